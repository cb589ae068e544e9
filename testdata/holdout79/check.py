#!/usr/bin/env python3
"""Validate the seventy-ninth hold-out set (holdout79): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:days", "other:households", "other:homes", "other:council_areas",
                       "other:properties", "other:reports", "other:incidents", "other:centres", "other:operations",
                       "other:persons_per_household", "other:patients_per_gp"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("one in every", "one for every", "in twenty", "in three",
                                                         "in five", "in six", "three-quarters", "halves", "or 800,000",
                                                         "a little under", "little more than", "hundreds", "thousands",
                                                         "dozens", "almost all", "net"),
          measures=True)
