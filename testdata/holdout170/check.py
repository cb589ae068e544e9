#!/usr/bin/env python3
"""Validate the hundred-and-seventieth hold-out set (holdout170): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:reports", "other:referrals", "other:employers",
                       "other:deaths_per_1000_residents", "other:children_per_woman"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in three",
                                                         "for every", "in every", "three-quarters", "two-thirds",
                                                         "a third", "a quarter", "a fifth", "half", "thousands?",
                                                         "millions?", "billions?", "hundreds", "dozens?", "a few",
                                                         "handful", "(?<=\\d)bn\\b", "(?<=\\d)mn\\b", "(?<=\\d)k\\b",
                                                         "(?<=\\d)m\\b", "billion", "million", "c\\.", "between",
                                                         "nearly", "almost", "close to", "roughly", "around",
                                                         "about", "some", "or so", "over", "under", "up to",
                                                         "fewer", "more than", "less than", "at least", "passed",
                                                         "past", "upwards", "only", "just", "net", "minus",
                                                         "weeks?", "days?", "months?", "years?", "hours?",
                                                         "nights?", "twice", "doubl\\w*", "tripl\\w*", "halv\\w*",
                                                         "per cent", "percent", "percentage points?", "lower",
                                                         "higher", "record\\w*", "since", "single", "ratio",
                                                         "every", "none", "no one", "each", "times", "most",
                                                         "total", "average\\w*", "median", "rate", "revis\\w*",
                                                         "estimat\\w*", "peak\\w*", "decades?", "one", "two",
                                                         "three", "four", "five", "six", "seven", "eight", "nine",
                                                         "ten", "eleven", "twelve", "Ninety-\\w+", "COVID",
                                                         "Article", "[Cc]lause", "[Ss]ection",
                                                         "\\d+(st|nd|rd|th)", "first", "second", "third",
                                                         "highest", "largest", "biggest", "lowest", "share",
                                                         "gap", "balance", "per", "a head", "extra", "further",
                                                         "another", "cushion", "headroom", "forecast\\w*",
                                                         "projection\\w*", "assumption", "alone", "toll"),
          measures=True)
