#!/usr/bin/env python3
"""Validate the ninety-second hold-out set (holdout92): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:households", "other:days", "other:crossing_points", "other:operations",
                       "other:properties", "other:persons_per_10000_residents", "other:centres",
                       "other:test_results", "other:homes"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in eight", "in every",
                                                         "three-quarters", "two-thirds", "three-fifths", "thousands?",
                                                         "millions", "hundreds", "a few", "handful", "both", "mn\\b",
                                                         "(?<=\\d)bn\\b", "(?<=\\d)k\\b", "c\\.", "between", "nearly",
                                                         "almost", "roughly", "around", "about", "some", "over", "under",
                                                         "up to", "fewer", "no fewer", "more than", "less than", "at least",
                                                         "something like", "quadrupled", "triple\\w*", "only", "just",
                                                         "decade", "seven", "eleven", "billion", "net", "head", "again",
                                                         "weeks?", "days?", "months?", "years?"),
          measures=True)
