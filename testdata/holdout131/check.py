#!/usr/bin/env python3
"""Validate the hundred-and-thirty-first hold-out set (holdout131): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:households", "other:flights", "other:USD", "other:views", "other:shares",
                       "other:vacancies"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in five", "in four", "in three", "in eight",
                                                         "in every", "for every", "per head", "per person",
                                                         "a head", "three-quarters", "two-thirds", "two-fifths",
                                                         "three-fifths", "a fifth", "a third", "a quarter",
                                                         "half", "thousands?", "millions?", "billions?",
                                                         "hundreds", "dozens?", "a few", "handful", "(?<=\\d)bn\\b",
                                                         "(?<=\\d)k\\b", "(?<=\\d)m\\b", "c\\.", "-plus",
                                                         "between", "nearly", "almost", "roughly", "around",
                                                         "about", "some", "over", "under", "up to", "fewer",
                                                         "more than", "less than", "at least", "only", "just",
                                                         "closer to", "near", "below", "above", "net", "weeks?",
                                                         "days?", "months?", "years?", "hours?", "twice",
                                                         "doubl\\w*", "per cent", "percent", "lower", "higher",
                                                         "halve\\w*", "record\\w*", "since", "single", "ratio",
                                                         "every", "none", "no", "each", "times", "most",
                                                         "highest", "lowest", "revised", "estimated", "average",
                                                         "rate", "cap", "premium", "target", "threshold",
                                                         "assum\\w*", "forecast", "decade", "twelve",
                                                         "pounds", "nineteen", "mins"),
          measures=True)
