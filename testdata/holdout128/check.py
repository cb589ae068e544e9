#!/usr/bin/env python3
"""Validate the hundred-and-twenty-eighth hold-out set (holdout128): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:households", "other:days", "other:rooms", "other:licences",
                       "other:employers", "other:calls", "other:crossings"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in five", "in three", "in eight", "two-thirds",
                                                         "three-quarters", "a third", "a quarter", "a dozen",
                                                         "half", "thousands?", "millions?", "billions?",
                                                         "hundreds", "handful", "a few", "(?<=\\d)bn\\b",
                                                         "(?<=\\d)k\\b", "(?<=\\d)m\\b", "mn\\b", "c\\.",
                                                         "between", "nearly", "almost", "roughly", "around",
                                                         "about", "some", "perhaps", "close to", "over", "under",
                                                         "up to", "fewer", "more than", "less than", "at least",
                                                         "only", "just", "below", "above", "net", "pass\\w*",
                                                         "tops", "weeks?", "days?", "months?", "years?", "nights?",
                                                         "hours?", "twice", "doubl\\w*", "halve\\w*", "per cent",
                                                         "percent", "lower", "higher", "estimated", "record\\w*",
                                                         "since", "single", "ratio", "every", "none", "each",
                                                         "times", "most", "total", "average", "median", "rate",
                                                         "toll", "range", "spread", "revis\\w*", "forecast\\w*",
                                                         "assum\\w*", "fortnight", "decades?", "two", "tenth",
                                                         "sixty", "fifty", "thirty", "forty", "fifty-\\w+",
                                                         "thirty-\\w+"),
          measures=True)
