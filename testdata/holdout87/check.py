#!/usr/bin/env python3
"""Validate the eighty-seventh hold-out set (holdout87): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:households", "other:days", "other:children_per_woman",
                       "other:council_areas", "other:persons_per_10000_residents"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 11", "in 16", "in nine", "in seven", "in five",
                                                         "in four", "in 3", "three-quarters", "two-thirds",
                                                         "four-fifths", "hundreds", "thousands", "tens of thousands",
                                                         "both", "mn\\b", "(?<=\\d)bn\\b", "(?<=\\d)k\\b",
                                                         "(?<=\\d)m\\b", "c\\.", "between", "from", "nearly",
                                                         "almost", "roughly", "around", "about", "some", "over",
                                                         "up to", "fewer", "more than", "less than", "at least",
                                                         "something like", "only", "just", "anywhere",
                                                         "percentage points?"),
          measures=True)
