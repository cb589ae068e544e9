#!/usr/bin/env python3
"""Validate the hundred-and-forty-ninth hold-out set (holdout149): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:cases", "other:vacancies", "other:signatures", "other:callouts",
                       "other:shares", "other:meals", "other:decisions", "other:persons_per_10000_residents"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in six", "in seven",
                                                         "in every", "in 50", "in 25", "three-quarters", "two-thirds",
                                                         "a third", "a quarter", "a fifth", "a sixth", "half",
                                                         "thousands?", "millions?", "billions?", "hundreds", "dozens?",
                                                         "a few", "(?<=\\d)bn\\b", "(?<=\\d)mn\\b", "(?<=\\d)k\\b",
                                                         "(?<=\\d)m\\b", "(?<=\\d)million\\b", "c\\.", "between",
                                                         "nearly", "almost", "roughly", "around", "about", "some",
                                                         "barely", "over", "under", "up to", "passed", "little more than",
                                                         "fewer", "more than", "less than", "at least", "only",
                                                         "just", "net", "weeks?", "days?", "months?", "years?",
                                                         "hours?", "twice", "doubl\\w*", "tripl\\w*", "halved",
                                                         "per cent", "percent", "percentage points?", "points?",
                                                         "lower", "higher", "record\\w*", "since", "single",
                                                         "ratio", "every", "none", "no one", "each", "times",
                                                         "most", "total", "tally", "toll", "average\\w*", "median",
                                                         "rate", "revis\\w*", "estimat\\w*", "peak\\w*", "decades?",
                                                         "one", "two", "three", "four", "five", "six", "seven",
                                                         "eight", "nine", "ten", "COVID", "Article", "[Cc]lause",
                                                         "[Ss]ection", "\\d+(st|nd|rd|th)", "first", "second",
                                                         "busiest", "highest", "largest", "biggest", "share",
                                                         "gap", "shortfall", "budget\\w*", "forecast\\w*"),
          measures=True)
