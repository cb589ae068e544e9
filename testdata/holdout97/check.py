#!/usr/bin/env python3
"""Validate the ninety-seventh hold-out set (holdout97): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:months", "other:weeks", "other:households", "other:persons_per_10000_residents",
                       "other:views", "other:businesses"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in three", "in eight",
                                                         "three-quarters", "two-thirds", "thousands?", "millions",
                                                         "hundreds", "dozens", "a few", "handful", "both", "mn\\b",
                                                         "(?<=\\d)bn\\b", "(?<=\\d)k\\b", "(?<=\\d)billion",
                                                         "(?<=\\d)million", "(?<=\\d)p\\b", "c\\.", "between",
                                                         "nearly", "almost", "roughly", "around", "about", "some",
                                                         "over", "under", "up to", "as much as", "fewer", "more than",
                                                         "less than", "higher than", "at least", "only", "just",
                                                         "decade", "seven", "eleven", "billion", "net", "again",
                                                         "weeks?", "days?", "months?", "years?", "hours?", "minutes?",
                                                         "quarters?", "nights?", "twice", "doubled?", "tripled?",
                                                         "triple", "halved", "another", "further", "median",
                                                         "ONE", "one-off", "one-year"),
          measures=True)
