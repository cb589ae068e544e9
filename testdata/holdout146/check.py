#!/usr/bin/env python3
"""Validate the hundred-and-forty-sixth hold-out set (holdout146): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:months", "other:weeks", "other:jobs", "other:drones",
                       "other:agreements", "other:persons_per_10000_residents", "other:vacancies", "other:licences"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in six", "in eight",
                                                         "for every", "three-quarters", "two-thirds", "two-fifths",
                                                         "three-fifths", "four-fifths", "nine-tenths", "an eighth",
                                                         "a third", "a quarter", "a fifth", "half", "thousands?",
                                                         "millions?", "billions?", "hundreds", "dozens?", "a few",
                                                         "(?<=\\d)bn\\b", "(?<=\\d)k\\b", "(?<=\\d)m\\b",
                                                         "(?<=\\d)p\\b", "(?<=\\d)million\\w*", "c\\.", "between",
                                                         "nearly", "almost", "approaching", "roughly", "around",
                                                         "about", "some", "barely", "over", "under", "up to",
                                                         "fewer", "more than", "less than", "at least", "only",
                                                         "just", "net", "weeks?", "days?", "months?", "years?",
                                                         "hours?", "minutes?", "twice", "doubl\\w*", "tripl\\w*",
                                                         "per cent", "percent", "lower", "higher", "record\\w*",
                                                         "since", "single", "ratio", "every", "none", "no one",
                                                         "each", "times", "most", "total", "average\\w*", "median",
                                                         "rate", "revis\\w*", "estimat\\w*", "peak\\w*", "decades?",
                                                         "one", "two", "three", "four", "five", "six", "seven",
                                                         "nine", "COVID", "Article", "[Cc]lause", "[Ss]ection",
                                                         "[Pp]aragraph", "\\d+(st|nd|rd|th)", "first", "second",
                                                         "busiest", "highest", "largest", "biggest", "share",
                                                         "penny", "pennies", "generation", "high-water mark"),
          measures=True)
