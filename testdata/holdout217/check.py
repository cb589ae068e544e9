#!/usr/bin/env python3
"""Validate the two-hundred-and-seventeenth hold-out set (holdout217): every gold label points at its quote, no span is labelled twice, fields are valid.

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
    check(HERE, words=(500, 700),
          extra_units=("other:hotels", "other:councils", "other:nights", "other:weeks", "other:days",
                       "other:presentations"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + NUMWORDS_REVIEW + ("\\d+(\\.\\d+)?k\\b", "[Tt]ens of", "[Nn]o one",
                                                                          "nobody", "[Aa]lmost all", "[Ss]ome",
                                                                          "[Bb]arely", "upwards", "well below",
                                                                          "well over", "perhaps", "[Uu]nder"),
          measures=True)
