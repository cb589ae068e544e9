#!/usr/bin/env python3
"""Validate the hundred-and-forty-second hold-out set (holdout142): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:households"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in 12", "in five", "in three",
                                                         "three-quarters", "a third", "a quarter", "a fifth",
                                                         "half", "halved", "thousands?", "millions?",
                                                         "billions?", "hundreds", "dozens?", "a few",
                                                         "(?<=\\d)bn\\b", "(?<=\\d)k\\b", "(?<=\\d)m\\b",
                                                         "(?<=\\d)million\\b", "c\\.", "between", "nearly",
                                                         "almost", "roughly", "around", "about", "some",
                                                         "barely", "over", "under", "up to", "fewer",
                                                         "more than", "less than", "at least", "only", "just",
                                                         "mere", "net", "weeks?", "days?", "months?", "years?",
                                                         "hours?", "nights?", "fortnight", "twice", "doubl\\w*",
                                                         "tripl\\w*", "per cent", "percent", "lower", "higher",
                                                         "record\\w*", "since", "single", "ratio", "every",
                                                         "none", "no one", "each", "times", "most", "total",
                                                         "average\\w*", "median", "rate", "revis\\w*",
                                                         "estimat\\w*", "peak\\w*", "decades?", "one", "two",
                                                         "three", "four", "five", "six", "seven", "nine",
                                                         "COVID", "Article", "[Cc]lause", "[Ss]ection",
                                                         "item", "\\d+(st|nd|rd|th)", "first", "second",
                                                         "fourth", "threshold", "range"),
          measures=True)
