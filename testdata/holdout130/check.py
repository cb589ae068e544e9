#!/usr/bin/env python3
"""Validate the hundred-and-thirtieth hold-out set (holdout130): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:households", "other:days", "other:cases", "other:views", "other:vacancies",
                       "other:care_homes", "other:providers", "other:flights"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in five", "in four", "in three", "in nine",
                                                         "in eight", "in 12", "in 70", "two-thirds",
                                                         "three-quarters", "a third", "a quarter", "a fifth",
                                                         "half", "thousands?", "millions?", "billions?",
                                                         "hundreds", "handful", "a few", "(?<=\\d)bn\\b",
                                                         "(?<=\\d)k\\b", "(?<=\\d)m\\b", "(?<=\\d)mn\\b", "c\\.",
                                                         "between", "nearly", "almost", "roughly", "around",
                                                         "about", "some", "over", "under", "up to", "fewer",
                                                         "more than", "less than", "at least", "only", "just",
                                                         "minus", "below", "above", "net", "weeks?", "days?",
                                                         "months?", "years?", "hours?", "fortnight", "twice",
                                                         "doubl\\w*", "halve\\w*", "per cent", "percent",
                                                         "lower", "higher", "record\\w*", "since", "single",
                                                         "ratio", "every", "none", "each", "times", "most",
                                                         "total", "average", "median", "rate", "toll",
                                                         "revis\\w*", "forecast\\w*", "estimat\\w*", "target",
                                                         "decades?", "two", "hundred", "successive",
                                                         "first", "second", "Article", "[Cc]lause",
                                                         "section", "COVID"),
          measures=True)
