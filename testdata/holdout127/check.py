#!/usr/bin/env python3
"""Validate the hundred-and-twenty-seventh hold-out set (holdout127): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:days", "other:hotels", "other:households", "other:persons_per_10000_residents",
                       "other:views", "other:shares", "other:homes", "other:councils"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in five", "in four", "in three", "in 12",
                                                         "in every", "for every", "per head", "per person",
                                                         "a head", "three-quarters", "two-thirds", "two-fifths",
                                                         "a fifth", "a third", "a quarter", "a tenth",
                                                         "thousands?", "millions?", "hundreds", "dozens?", "a few",
                                                         "handful", "both", "(?<=\\d)bn\\b", "(?<=\\d)k\\b",
                                                         "(?<=\\d)m\\b", "(?<=\\d)million", "billion", "c\\.",
                                                         "between", "nearly", "almost", "roughly", "around",
                                                         "about", "some", "over", "under", "up to", "fewer",
                                                         "more than", "less than", "at least", "only", "just",
                                                         "close to", "below", "above", "net", "topped", "passes",
                                                         "weeks?", "days?", "months?", "years?", "hours?",
                                                         "fortnight", "twice", "doubl\\w*", "tripl\\w*", "per cent",
                                                         "percent", "lower", "higher", "ahead", "halve\\w*",
                                                         "record\\w*", "since", "single", "ratio", "every", "none",
                                                         "each", "times", "most", "highest", "revised", "nudged",
                                                         "estimated", "median", "average", "rate", "grew", "rose",
                                                         "fell", "shrunk", "twelve", "decade", "confidence",
                                                         "interval", "pledge", "target", "forecast\\w*"),
          measures=True)
