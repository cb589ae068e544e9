#!/usr/bin/env python3
"""Validate the hundred-and-fortieth hold-out set (holdout140): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:households", "other:signatures", "other:vacancies", "other:weeks",
                       "other:children_per_woman", "other:applications_per_1000_population",
                       "other:persons_per_10000_residents"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in eight", "in seven", "in five",
                                                         "in three", "three-quarters", "two-thirds", "a third",
                                                         "a quarter", "a fifth", "half", "thousands?",
                                                         "millions?", "billions?", "hundreds", "dozens?",
                                                         "a few", "(?<=\\d)bn\\b", "(?<=\\d)k\\b", "(?<=\\d)m\\b",
                                                         "(?<=\\d)million\\b", "c\\.", "between", "nearly",
                                                         "almost", "roughly", "around", "about", "some",
                                                         "something like", "close to", "over", "under", "up to",
                                                         "fewer", "more than", "less than", "at least", "only",
                                                         "just", "little more", "net", "weeks?", "days?",
                                                         "months?", "years?", "hours?", "nights?", "twice",
                                                         "doubl\\w*", "quadrupl\\w*", "per cent", "percent",
                                                         "lower", "higher", "record\\w*", "since", "single",
                                                         "ratio", "every", "none", "no one", "each", "apiece",
                                                         "times", "most", "total", "average", "median", "rate",
                                                         "revis\\w*", "estimat\\w*", "projects?", "peak\\w*",
                                                         "decades?", "one", "two", "four", "six", "seven",
                                                         "nine", "tops", "COVID", "Article", "[Cc]lause",
                                                         "\\d+(st|nd|rd|th)"),
          measures=True)
