#!/usr/bin/env python3
"""Validate the hundred-and-sixty-fifth hold-out set (holdout165): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:licences", "other:homes", "other:countries"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in three",
                                                         "in eight", "in every", "for every", "three-quarters",
                                                         "two-thirds", "two-fifths", "a third", "a quarter",
                                                         "a fifth", "half", "thousands?", "millions?",
                                                         "billions?", "hundreds", "dozens?", "a few",
                                                         "handful", "(?<=\\d)bn\\b", "(?<=\\d)k\\b",
                                                         "(?<=\\d)m\\b", "billion", "million", "c\\.",
                                                         "between", "from", "nearly", "almost", "close to",
                                                         "roughly", "around", "about", "some", "or so",
                                                         "over", "under", "up to", "fewer", "more than",
                                                         "less than", "at least", "only", "just", "net",
                                                         "minus", "weeks?", "days?", "months?", "years?",
                                                         "hours?", "minutes?", "twice", "doubl\\w*",
                                                         "tripl\\w*", "quadrupl\\w*", "halv\\w*", "per cent",
                                                         "percent", "percentage points?", "lower", "higher",
                                                         "record\\w*", "since", "single", "ratio", "every",
                                                         "none", "each", "times", "most", "total",
                                                         "average\\w*", "median", "rate", "revis\\w*",
                                                         "estimat\\w*", "peak\\w*", "decades?", "one", "two",
                                                         "three", "four", "five", "six", "seven", "eight",
                                                         "nine", "ten", "sixty", "COVID", "Article",
                                                         "[Cc]lause", "[Ss]ection", "\\d+(st|nd|rd|th)",
                                                         "first", "second", "highest", "largest", "biggest",
                                                         "lowest", "steepest", "share", "gap", "per", "a head",
                                                         "extra", "further", "minority", "bulk", "remaining",
                                                         "quarter\\w*", "fifties", "sixties", "twenties",
                                                         "thirties", "no", "zero"),
          measures=True)
