#!/usr/bin/env python3
"""Validate the hundred-and-sixtieth hold-out set (holdout160): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:months", "other:weeks", "other:vacancies", "other:providers",
                       "other:calls", "other:persons_per_10000_residents", "other:requests", "other:parcels",
                       "other:households", "other:gps", "other:countries", "other:views",
                       "other:applications_per_1000_population", "other:homes", "other:decisions"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in three",
                                                         "in eight", "in 13", "in every", "three-quarters",
                                                         "two-thirds", "a third", "a quarter", "a fifth",
                                                         "half", "thousands?", "millions?", "billions?",
                                                         "hundreds", "dozens?", "a few", "handful",
                                                         "(?<=\\d)bn\\b", "(?<=\\d)k\\b", "(?<=\\d)m\\b",
                                                         "(?<=\\d)p\\b", "c\\.", "between", "nearly", "almost",
                                                         "close to", "roughly", "around", "about", "some",
                                                         "or so", "minimum", "upwards of", "tops?", "passed",
                                                         "above", "below", "over", "under", "up to",
                                                         "as much as", "fewer", "more than", "less than",
                                                         "at least", "only", "just", "net", "weeks?", "days?",
                                                         "months?", "years?", "hours?", "twice", "doubl\\w*",
                                                         "quadrupl\\w*", "halv\\w*", "per cent", "percent",
                                                         "lower", "higher", "record\\w*", "since", "single",
                                                         "ratio", "every", "none", "each", "times", "most",
                                                         "total", "average\\w*", "median", "rate", "revis\\w*",
                                                         "estimat\\w*", "peak\\w*", "decades?", "one", "two",
                                                         "three", "four", "five", "six", "seven", "eight",
                                                         "nine", "ten", "COVID", "Article", "[Cc]lause",
                                                         "[Ss]ection", "\\d+(st|nd|rd|th)", "first", "second",
                                                         "busiest", "highest", "largest", "biggest", "share",
                                                         "gap", "per", "a head", "extra", "further", "short"),
          measures=True)
