#!/usr/bin/env python3
"""Validate the hundred-and-ninth hold-out set (holdout109): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:councils", "other:weeks", "other:reposts", "other:homes"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in eight", "in nine",
                                                         "in three", "in six", "in 33", "in every", "for every",
                                                         "three-quarters", "two-thirds", "an eighth", "a sixth",
                                                         "thousands?", "millions", "hundreds", "dozens", "a few",
                                                         "handful", "both", "mn\\b", "(?<=\\d)bn\\b", "(?<=\\d)k\\b",
                                                         "(?<=\\d)m\\b", "(?<=\\d)billion", "(?<=\\d)million",
                                                         "(?<=\\d)MILLION", "c\\.", "between", "nearly", "almost",
                                                         "roughly", "around", "about", "some", "over", "under",
                                                         "up to", "upwards", "upwards of", "fewer", "fewer than",
                                                         "no fewer than", "more than", "less than", "at least",
                                                         "at most", "only", "just", "just over", "just under",
                                                         "barely", "nearer", "closer", "close to", "towards",
                                                         "well over", "pass\\w*", "below", "decade", "eleven",
                                                         "billion", "net", "again", "weeks?", "days?", "months?",
                                                         "years?", "hours?", "nights?", "twice", "doubl\\w*",
                                                         "tripl\\w*", "per cent", "percent", "percentage points?",
                                                         "lower", "higher", "above", "another", "estimated",
                                                         "halve\\w*", "halving", "quarter", "record\\w*", "since",
                                                         "milestone", "mark", "peak\\w*", "zero", "single", "ratio",
                                                         "alone", "all", "every", "none", "no one", "nobody"),
          measures=True)
