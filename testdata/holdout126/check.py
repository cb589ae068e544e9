#!/usr/bin/env python3
"""Validate the hundred-and-twenty-sixth hold-out set (holdout126): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:sites", "other:signatures", "other:households", "other:persons_per_10000_residents"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in six", "in 4",
                                                         "in 20", "in two", "in three", "for every", "per head",
                                                         "three-quarters", "two-thirds", "two-fifths",
                                                         "four-fifths", "a fifth", "a third", "a sixth",
                                                         "thousands?", "millions?", "hundreds", "dozens?", "a few",
                                                         "handful", "both", "mn\\b", "(?<=\\d)bn\\b", "(?<=\\d)k\\b",
                                                         "(?<=\\d)m\\b", "(?<=\\d)million", "billion", "billions",
                                                         "c\\.", "or so", "between", "nearly", "almost", "roughly",
                                                         "around", "about", "some", "over", "under", "up to",
                                                         "fewer", "more than", "less than", "at least", "only",
                                                         "just", "close to", "below", "above", "net", "passes",
                                                         "weeks?", "days?", "months?", "years?", "nights?", "hours?",
                                                         "twice", "doubl\\w*", "tripl\\w*", "per cent", "percent",
                                                         "lower", "higher", "estimated", "halve\\w*", "record\\w*",
                                                         "since", "zero", "single", "ratio", "all", "every", "none",
                                                         "revised", "each", "times", "most", "total", "average",
                                                         "median", "rate", "peak\\w*", "high-water", "outturn",
                                                         "assum\\w*", "forecast\\w*", "target", "two", "sixteen"),
          measures=True)
