#!/usr/bin/env python3
"""Validate the hundred-and-fourteenth hold-out set (holdout114): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:households"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in six", "in three",
                                                         "in twelve", "out of ten", "for every", "to one",
                                                         "three-quarters", "two-thirds", "four-fifths", "a sixth",
                                                         "thousands?", "millions", "hundreds?", "dozens", "a few",
                                                         "handful", "both", "mn\\b", "(?<=\\d)bn\\b", "(?<=\\d)k\\b",
                                                         "(?<=\\d)m\\b", "(?<=\\d)billion", "(?<=\\d)million",
                                                         "billion", "c\\.", "between", "nearly", "almost", "roughly",
                                                         "around", "about", "some", "over", "under", "up to",
                                                         "fewer", "more than", "less than", "at least", "at most",
                                                         "just under", "well over", "close to", "something like",
                                                         "only", "just", "decade", "eleven", "net", "again",
                                                         "weeks?", "days?", "months?", "years?", "hours?", "twice",
                                                         "doubl\\w*", "DOUBLES", "tripl\\w*", "per cent",
                                                         "percentage points?", "lower", "higher", "below", "above",
                                                         "another", "estimated", "halve\\w*", "quarter", "record\\w*",
                                                         "since", "zero", "single", "ratio", "alone", "all", "every",
                                                         "none", "no one", "nobody", "revised", "great majority",
                                                         "lion's share", "several"),
          measures=True)
