#!/usr/bin/env python3
"""Validate the hundred-and-forty-third hold-out set (holdout143): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:households", "other:days", "other:shares", "other:properties",
                       "other:incidents"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in 17", "in five", "in four",
                                                         "three-quarters", "two-thirds", "a third", "a quarter",
                                                         "a fifth", "half", "halved", "thousands?", "millions?",
                                                         "billions?", "hundreds", "dozens?", "a few",
                                                         "(?<=\\d)bn\\b", "(?<=\\d)k\\b", "(?<=\\d)m\\b",
                                                         "(?<=\\d)pc\\b", "c\\.", "between", "nearly", "almost",
                                                         "approaching", "roughly", "around", "about", "some",
                                                         "barely", "over", "under", "up to", "past", "topped",
                                                         "closer to", "fewer", "more than", "less than",
                                                         "at least", "only", "just", "net", "weeks?", "days?",
                                                         "months?", "years?", "hours?", "nights?", "twice",
                                                         "doubl\\w*", "tripl\\w*", "per cent", "percent",
                                                         "lower", "higher", "record\\w*", "since", "single",
                                                         "ratio", "every", "none", "no one", "each", "times",
                                                         "most", "total", "average\\w*", "median", "rate",
                                                         "revis\\w*", "estimat\\w*", "peak\\w*", "decades?",
                                                         "one", "two", "three", "four", "five", "six", "seven",
                                                         "nine", "COVID", "Article", "[Cc]lause", "[Ss]ection",
                                                         "[Pp]aragraph", "Part", "no\\.", "\\d+(st|nd|rd|th)",
                                                         "first", "second", "busiest", "highest", "largest",
                                                         "share", "cap\\w*", "threshold", "range", "tally"),
          measures=True)
