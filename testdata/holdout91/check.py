#!/usr/bin/env python3
"""Validate the ninety-first hold-out set (holdout91): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:calls", "other:protests", "other:beds", "other:views", "other:licences",
                       "other:businesses", "other:trips", "other:homes"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in five", "in four", "in six", "in eight", "in three",
                                                         "in 4", "in 1", "three-quarters", "two-thirds", "tenths?",
                                                         "thousands?", "millions", "hundreds", "a few", "handful",
                                                         "both", "mn\\b", "(?<=\\d)bn\\b", "(?<=\\d)k\\b", "(?<=\\d)m\\b",
                                                         "c\\.", "between", "nearly", "almost", "roughly", "around",
                                                         "about", "some", "over", "under", "up to", "upwards", "fewer",
                                                         "more than", "less than", "at least", "closer", "as high as",
                                                         "just under", "only", "just", "decade", "seven", "eleven",
                                                         "billion", "net", "head", "half", "double", "doubled"),
          measures=True)
