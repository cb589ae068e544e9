#!/usr/bin/env python3
"""Validate the ninety-third hold-out set (holdout93): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:persons_per_10000_residents", "other:meals", "other:incidents",
                       "other:views", "other:authorities", "other:episodes", "other:episodes_per_child"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in six", "in seven",
                                                         "in three", "in 25", "in every", "three-quarters", "two-thirds",
                                                         "three-fifths", "thousands?", "millions", "hundreds", "a few",
                                                         "handful", "both", "mn\\b", "(?<=\\d)bn\\b", "(?<=\\d)k\\b",
                                                         "c\\.", "between", "nearly", "almost", "roughly", "around",
                                                         "about", "some", "over", "under", "up to", "fewer", "more than",
                                                         "less than", "at least", "little", "slightly", "close to",
                                                         "quadrupled", "triple\\w*", "only", "just", "decade", "seven",
                                                         "eleven", "billion", "net", "head", "again", "weeks?", "days?",
                                                         "months?", "years?", "nights?", "per cent", "(?<=\\d)million"),
          measures=True)
