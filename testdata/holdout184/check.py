#!/usr/bin/env python3
"""Validate the hundred-and-eighty-fourth hold-out set (holdout184): every gold label points at its quote, no span is labelled twice, fields are valid.

    python3 -B check.py              # exits non-zero on any problem
    python3 -B check.py --uncovered  # also list digits / number words that carry no label (for review)
    python3 -B check.py --measures   # also print the labels per contract (measure, statistic) via gold_map.py

The checks are in ../holdoutlib.py; this file only gives this set's parameters.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import check, NUMWORDS_NEWS, NUMWORDS_50, NUMWORDS_REVIEW

if __name__ == "__main__":
    check(HERE, words=(540, 660),
          extra_units=("other:hotels", "other:police_callouts", "other:signatures", "other:institutions",
                       "other:jobs", "other:programmes", "other:penalties", "other:firms", "other:crossing_points",
                       "other:agencies", "other:children_per_woman", "other:homes", "other:cases"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + NUMWORDS_REVIEW + ('tenths?', 'eleven', 'mn\\b', 'seventy', 'quadrupl\\w*', 'hundreds', 'Hundreds'),
          measures=True)
