#!/usr/bin/env python3
"""Validate the hundred-and-twenty-third hold-out set (holdout123): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:months", "other:calls", "other:protests", "other:households", "other:couples",
                       "other:views", "other:shares", "other:certificates", "other:permits", "other:visas"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in three", "in two",
                                                         "in 20", "out of ten", "for every", "three-quarters",
                                                         "two-thirds", "two-fifths", "a fifth", "a third",
                                                         "thousands?", "millions?", "hundreds", "dozens", "a few",
                                                         "handful", "both", "(?<=\\d)bn\\b", "(?<=\\d)k\\b",
                                                         "(?<=\\d)m\\b", "(?<=\\d)million", "(?<=\\d)MILLION",
                                                         "(?<=\\d)BILLION", "billion", "c\\.", "between", "nearly",
                                                         "NEARLY", "almost", "roughly", "around", "about", "some",
                                                         "over", "under", "up to", "fewer", "more than", "less than",
                                                         "at least", "just", "close to", "below", "above", "net",
                                                         "weeks?", "days?", "months?", "years?", "twice",
                                                         "doubl\\w*", "per cent", "percent", "lower", "higher",
                                                         "halve\\w*", "record\\w*", "since", "single", "ratio",
                                                         "every", "none", "each", "times", "most", "peak",
                                                         "high-water", "topped", "revised", "estimated", "median",
                                                         "typical", "shrink\\w*", "grew", "rose", "fell"),
          measures=True)
