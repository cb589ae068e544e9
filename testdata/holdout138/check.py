#!/usr/bin/env python3
"""Validate the hundred-and-thirty-eighth hold-out set (holdout138): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:households", "other:persons_per_10000_residents", "other:languages",
                       "other:vacancies", "other:countries"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in six", "in five", "in four", "in three",
                                                         "two-thirds", "two-fifths", "three-quarters", "a third",
                                                         "a quarter", "a fifth", "a sixth", "half", "thousands?",
                                                         "millions?", "billions?", "hundreds", "handful", "a few",
                                                         "(?<=\\d)bn\\b", "(?<=\\d)k\\b", "(?<=\\d)m\\b", "c\\.",
                                                         "between", "nearly", "almost", "roughly", "around",
                                                         "about", "some", "over", "under", "up to", "upwards",
                                                         "fewer", "more than", "less than", "at least", "only",
                                                         "just", "below", "above", "net", "minus", "plus",
                                                         "weeks?", "days?", "months?", "years?", "hours?",
                                                         "nights?", "twice", "doubl\\w*", "halve\\w*", "per cent",
                                                         "percent", "lower", "higher", "record\\w*", "since",
                                                         "single", "ratio", "every", "none", "each", "times",
                                                         "most", "total", "average", "median", "rate", "apiece",
                                                         "revis\\w*", "estimat\\w*", "target", "peak", "decades?",
                                                         "two", "hundred", "first", "second", "COVID", "Article",
                                                         "[Cc]lause", "[Ss]ection", "all", "gap", "tally", "toll",
                                                         "\\d+(st|nd|rd|th)"),
          measures=True)
