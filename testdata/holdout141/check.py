#!/usr/bin/env python3
"""Validate the hundred-and-forty-first hold-out set (holdout141): every gold label points at its quote, no span is labelled twice, fields are valid.

    python3 -B check.py              # exits non-zero on any problem
    python3 -B check.py --uncovered  # also list digits / number words that carry no label (for review)
    python3 -B check.py --measures   # also print the labels per contract (measure, statistic) via gold_map.py

The checks are in ../holdoutlib.py; this file only gives this set's parameters.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import check, NUMWORDS_NEWS, NUMWORDS_50

if __name__ == "__main__":
    check(HERE, words=(500, 650),
          extra_units=("other:hotels", "other:persons_per_10000_residents", "other:councils", "other:households",
                       "other:views", "other:launches", "other:licences", "other:stems"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in six", "in five", "in three",
                                                         "three-quarters", "two-thirds", "a third", "a quarter",
                                                         "a fifth", "half", "thousands?", "millions?", "billions?",
                                                         "hundreds", "dozens?", "a few", "(?<=\\d)bn\\b",
                                                         "(?<=\\d)k\\b", "(?<=\\d)m\\b", "(?<=\\d)pc\\b", "c\\.",
                                                         "between", "nearly", "almost", "roughly", "around",
                                                         "about", "some", "over", "under", "up to", "just under",
                                                         "just over", "a little over", "slightly", "perhaps",
                                                         "fewer", "more than", "less than", "at least", "only",
                                                         "just", "net", "weeks?", "days?", "months?", "years?",
                                                         "hours?", "nights?", "twice", "doubl\\w*", "tripl\\w*",
                                                         "per cent", "percent", "lower", "higher", "record\\w*",
                                                         "since", "single", "ratio", "every", "none", "no one",
                                                         "each", "times", "most", "total", "average", "median",
                                                         "rate", "revis\\w*", "estimat\\w*", "peak\\w*",
                                                         "decades?", "one", "two", "four", "six", "seven", "COVID",
                                                         "Article", "[Cc]lause", "[Ss]ection", "no\\.",
                                                         "\\d+(st|nd|rd|th)", "first", "second", "busiest",
                                                         "highest", "largest", "toll", "share", "cap\\w*",
                                                         "headroom", "forecast\\w*", "assumption"),
          measures=True)
