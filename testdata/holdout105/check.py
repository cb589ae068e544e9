#!/usr/bin/env python3
"""Validate the hundred-and-fifth hold-out set (holdout105): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:likes", "other:decisions", "other:days", "other:operations",
                       "other:occasions"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in eight", "in nine",
                                                         "in two", "in three", "in 13", "in 50", "in six", "in seven",
                                                         "in every", "for every", "three-quarters", "two-thirds",
                                                         "two-fifths", "nine-tenths", "an eighth", "thousands?",
                                                         "millions", "hundreds", "dozens", "a few", "handful", "both",
                                                         "mn\\b", "tn\\b", "(?<=\\d)bn\\b", "(?<=\\d)k\\b",
                                                         "(?<=\\d)K\\b", "(?<=\\d)m\\b", "(?<=\\d)billion",
                                                         "(?<=\\d)million", "c\\.", "between", "nearly", "almost",
                                                         "roughly", "around", "about", "some", "over", "under",
                                                         "up to", "as much as", "upwards", "fewer", "more than",
                                                         "less than", "at least", "at most", "only", "just", "barely",
                                                         "towards", "close to", "well over", "just under", "passed",
                                                         "below", "above", "decade", "eleven", "billion", "net",
                                                         "again", "weeks?", "days?", "months?", "years?", "hours?",
                                                         "minutes?", "nights?", "twice", "doubl\\w*", "tripl\\w*",
                                                         "per cent", "percent", "percentage points?", "points?",
                                                         "lower", "higher", "another", "estimated", "halve\\w*",
                                                         "quarter", "record\\w*", "since", "surge\\w*", "slump\\w*",
                                                         "soar\\w*", "plunge\\w*", "smash\\w*", "zero", "single",
                                                         "ratio", "several", "tens"),
          measures=True)
