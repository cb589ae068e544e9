#!/usr/bin/env python3
"""Validate the seventy-seventh hold-out set (holdout77): every gold label points at its quote, no span is labelled twice, fields are valid.

    python3 check.py              # exits non-zero on any problem
    python3 check.py --uncovered  # also list digits / number words that carry no label (for review)
    python3 check.py --measures   # also print the labels per contract (measure, statistic) via gold_map.py

The checks are in ../holdoutlib.py; this file only gives this set's parameters.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import check, NUMWORDS_NEWS, NUMWORDS_50

if __name__ == "__main__":
    check(HERE, words=(500, 650),
          extra_units=("other:hotels", "other:jobs", "other:investigations", "other:council_areas",
                       "other:children_per_woman"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("trebled", "in 70", "in 12", "in 20", "two and a half",
                                                         "three quarters of a billion", "two-fifths", "six in ten",
                                                         "two in five", "one in seven", "in three", "some", "net"),
          measures=True)
