#!/usr/bin/env python3
"""Validate the eighty-fifth hold-out set (holdout85): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:months", "other:families", "other:patients_per_gp", "other:employers", "other:vacancies",
                       "other:homes", "other:council_areas"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in six", "in three",
                                                         "three-quarters", "two-thirds", "hundreds", "thousands",
                                                         "a few", "tens of thousands", "both", "mn\\b", "(?<=\\d)bn\\b",
                                                         "(?<=\\d)k\\b", "(?<=\\d)m\\b", "nearly", "almost", "roughly",
                                                         "around", "about", "some", "over", "above", "below", "up to",
                                                         "fewer", "less than", "more than", "c\\.", "just", "or so",
                                                         "something like", "only", "penny", "single"),
          measures=True)
