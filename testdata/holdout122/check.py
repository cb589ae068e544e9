#!/usr/bin/env python3
"""Validate the hundred-and-twenty-second hold-out set (holdout122): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:incidents", "other:reports", "other:licences", "other:vacancies",
                       "other:signatures", "other:journeys"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in six", "in two",
                                                         "in seven", "in eight", "in every", "in three", "for every",
                                                         "three-quarters", "two-thirds", "two-fifths", "four-fifths",
                                                         "a fifth", "thousands?", "millions?", "hundreds", "dozens",
                                                         "a few", "handful", "both", "mn\\b", "(?<=\\d)bn\\b",
                                                         "(?<=\\d)k\\b", "(?<=\\d)m\\b", "(?<=\\d)pc\\b",
                                                         "(?<=\\d)billion", "(?<=\\d)million", "(?<=\\d)MILLION",
                                                         "billion", "c\\.", "-plus", "between", "nearly", "almost",
                                                         "roughly", "around", "about", "some", "over", "under",
                                                         "up to", "as many as", "upwards", "fewer", "more than",
                                                         "less than", "at least", "at most", "only", "just",
                                                         "close to", "closer to", "just under", "below", "above",
                                                         "slightly", "a little", "decades?", "net", "again", "weeks?",
                                                         "days?", "months?", "years?", "hours?", "nights?", "twice",
                                                         "doubl\\w*", "tripl\\w*", "quadrupl\\w*", "per cent",
                                                         "percent", "percentage points?", "lower", "higher",
                                                         "another", "estimated", "halve\\w*", "halving", "quarter",
                                                         "record\\w*", "since", "zero", "single", "ratio", "alone",
                                                         "all", "every", "none", "no one", "nobody", "revised",
                                                         "a head", "each", "times", "passed", "tops", "most",
                                                         "ONE", "DAY", "fortnight", "consecutive"),
          measures=True)
