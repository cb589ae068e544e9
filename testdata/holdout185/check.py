#!/usr/bin/env python3
"""Validate the hundred-and-eighty-fifth hold-out set (holdout185): every gold label points at its quote, no span is labelled twice, fields are valid.

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
    check(HERE, words=(520, 660),
          extra_units=("other:hotels", "other:weeks", "other:hours", "other:days", "other:beds",
                       "other:persons_per_10000_residents", "other:shares", "other:visits", "other:drones",
                       "other:kilometres"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in three",
                                                         "in 50", "in every", "for every", "per",
                                                         "three-quarters", "two-thirds", "a third", "a quarter",
                                                         "a fifth", "half", "thousands?", "millions?",
                                                         "billions?", "hundreds", "dozens?", "a few", "handful",
                                                         "(?<=\\d)bn\\b", "(?<=\\d)k\\b", "(?<=\\d)m\\b",
                                                         "billion", "million", "MILLION", "c\\.", "between",
                                                         "nearly", "almost", "close to", "roughly", "around",
                                                         "about", "some", "or so", "over", "under", "up to",
                                                         "as much as", "anywhere", "topped", "passe[sd]",
                                                         "fewer", "more than", "less than", "at least", "below",
                                                         "above", "only", "just", "net", "minus", "weeks?",
                                                         "days?", "months?", "years?", "hours?", "nights?",
                                                         "minutes?", "twice", "doubl\\w*", "tripl\\w*",
                                                         "trebl\\w*", "quadrupl\\w*", "halv\\w*", "per cent",
                                                         "percent", "lower", "higher", "record\\w*", "since",
                                                         "single", "ratio", "every", "none", "no one", "nobody",
                                                         "each", "times", "most", "total", "average\\w*",
                                                         "median", "rate", "revis\\w*", "estimat\\w*",
                                                         "peak\\w*", "decades?", "one", "two", "three", "four",
                                                         "five", "six", "seven", "eight", "nine", "ten",
                                                         "eleven", "twelve", "COVID", "Covid", "Article",
                                                         "[Cc]lause", "[Ss]ection", "\\d+(st|nd|rd|th)", "first",
                                                         "second", "third", "highest", "largest", "biggest",
                                                         "lowest", "busiest", "share", "gap", "a head", "extra",
                                                         "further", "maximum", "ceiling", "capacity", "target",
                                                         "quota", "allocation", "threshold", "fraction", "bulk",
                                                         "alone", "remaining", "forecast\\w*", "projection\\w*",
                                                         "fortnight", "several", "quarter\\w*", "tally",
                                                         "high point", "milestone"),
          measures=True)
