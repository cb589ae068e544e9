#!/usr/bin/env python3
"""Validate the hundred-and-twenty-fourth hold-out set (holdout124): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:households", "other:persons_per_10000_residents", "other:council_areas",
                       "other:licences", "other:applications", "other:vacancies", "other:signatures"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in six", "in two",
                                                         "in three", "in twenty", "in every", "for every", "per head",
                                                         "a head", "three-quarters", "two-thirds", "two-fifths",
                                                         "a fifth", "a third", "a sixteenth", "sixteenth",
                                                         "thousands?", "millions?", "hundreds", "dozens?", "a few",
                                                         "handful", "both", "mn\\b", "(?<=\\d)bn\\b", "(?<=\\d)k\\b",
                                                         "(?<=\\d)m\\b", "(?<=\\d)pc\\b", "(?<=\\d)billion",
                                                         "(?<=\\d)million", "billion", "c\\.", "or so", "-plus",
                                                         "between", "nearly", "almost", "roughly", "around", "about",
                                                         "some", "over", "under", "up to", "as many as", "upwards",
                                                         "fewer", "more than", "less than", "at least", "at most",
                                                         "only", "just", "just over", "close to", "below", "above",
                                                         "slightly", "a little", "decades?", "net", "again", "weeks?",
                                                         "days?", "months?", "years?", "hours?", "nights?", "twice",
                                                         "doubl\\w*", "tripl\\w*", "quadrupl\\w*", "per cent",
                                                         "percent", "percentage points?", "lower", "higher",
                                                         "another", "further", "estimated", "halve\\w*", "halving",
                                                         "quarter", "record\\w*", "since", "zero", "single", "ratio",
                                                         "alone", "all", "every", "none", "no one", "nobody",
                                                         "revised", "each", "times", "passed", "most", "tally",
                                                         "total", "average", "rate", "twelve", "fortnight", "none"),
          measures=True)
