#!/usr/bin/env python3
"""Validate the hundred-and-twenty-fifth hold-out set (holdout125): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:days", "other:hours", "other:weeks", "other:recommendations", "other:providers",
                       "other:reports", "other:views", "other:shares", "other:vacancies", "other:licences",
                       "other:applications", "other:flights", "other:persons_per_flight"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in five", "in four", "in three", "in eight",
                                                         "to one", "three-quarters", "three-fifths", "a fifth",
                                                         "a third", "a quarter", "thousands?", "millions?",
                                                         "hundreds", "dozens?", "a few", "handful", "both",
                                                         "(?<=\\d)bn\\b", "(?<=\\d)k\\b", "(?<=\\d)m\\b",
                                                         "(?<=\\d)MILLION", "(?<=\\d)million", "billion", "c\\.",
                                                         "between", "nearly", "almost", "roughly", "around",
                                                         "about", "some", "over", "under", "up to", "fewer",
                                                         "more than", "less than", "at least", "just", "close to",
                                                         "below", "above", "net", "weeks?", "days?", "months?",
                                                         "years?", "hours?", "nights?", "twice", "doubl\\w*",
                                                         "tripl\\w*", "per cent", "percent", "lower", "higher",
                                                         "halve\\w*", "record\\w*", "since", "single", "ratio",
                                                         "every", "none", "each", "times", "most", "highest",
                                                         "revised", "estimated", "median", "average", "rate",
                                                         "grew", "rose", "fell", "shrank", "twelve", "decade"),
          measures=True)
