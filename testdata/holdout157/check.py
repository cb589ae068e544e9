#!/usr/bin/env python3
"""Validate the hundred-and-fifty-seventh hold-out set (holdout157): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:households", "other:flights", "other:persons_per_flight",
                       "other:persons_per_10000_residents", "other:visits", "other:penalties", "other:shares",
                       "other:vacancies"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in three",
                                                         "in seven", "in nine", "in 14", "in every", "out of",
                                                         "three-quarters", "two-thirds", "four-fifths",
                                                         "three in five", "a third", "a quarter", "a fifth",
                                                         "half", "thousands?", "millions?", "billions?",
                                                         "hundreds", "dozens?", "a few", "handful",
                                                         "(?<=\\d)bn\\b", "(?<=\\d)mn\\b", "(?<=\\d)k\\b",
                                                         "(?<=\\d)m\\b", "c\\.", "between", "nearly", "almost",
                                                         "close to", "roughly", "around", "about", "some",
                                                         "barely", "upwards of", "beyond", "above", "below",
                                                         "tops?", "pass\\w*", "exceed\\w*", "as many as",
                                                         "over", "under", "up to", "fewer", "more than",
                                                         "less than", "at least", "no more than", "only",
                                                         "just", "net", "minus", "weeks?", "days?", "months?",
                                                         "years?", "hours?", "fortnight", "twice",
                                                         "doubl\\w*", "tripl\\w*", "halv\\w*", "\\w+fold",
                                                         "per cent", "percent", "lower", "higher", "record\\w*",
                                                         "since", "single", "ratio", "every", "none", "no one",
                                                         "each", "times", "most", "total", "average\\w*",
                                                         "median", "rate", "revis\\w*", "estimat\\w*",
                                                         "peak\\w*", "decades?", "one", "two", "three", "four",
                                                         "five", "six", "seven", "eight", "nine", "ten",
                                                         "COVID", "Article", "[Cc]lause", "[Ss]ection",
                                                         "\\d+(st|nd|rd|th)", "first", "second", "busiest",
                                                         "highest", "largest", "biggest", "worst", "share",
                                                         "gap", "midpoint", "cap", "threshold"),
          measures=True)
