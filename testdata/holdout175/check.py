#!/usr/bin/env python3
"""Check the hundred-and-seventy-fifth hold-out set (holdout175); the checks are in ../holdoutlib.py.

    python3 -B check.py [--uncovered] [--measures]
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import check, NUMWORDS_NEWS, NUMWORDS_50

if __name__ == "__main__":
    check(HERE, words=(500, 650),
          extra_units=("other:households", "other:persons_per_10000_residents", "other:hotels", "other:operations",
                       "other:weeks", "other:views", "other:applications", "other:rooms", "other:flights",
                       "other:beds"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in three",
                                                         "in six", "in 18", "in every", "for every", "per",
                                                         "three-quarters", "two-thirds", "a third", "a quarter",
                                                         "a fifth", "a tenth", "half", "thousands?", "millions?",
                                                         "billions?", "hundreds", "dozens?", "a few", "handful",
                                                         "(?<=\\d)bn\\b", "(?<=\\d)k\\b", "(?<=\\d)m\\b", "billion",
                                                         "million", "c\\.", "between", "from", "nearly", "almost",
                                                         "close to", "roughly", "around", "about", "some", "or so",
                                                         "over", "under", "up to", "as many as", "fewer",
                                                         "more than", "less than", "at least", "or more", "only",
                                                         "just", "net", "zero", "weeks?", "days?", "months?",
                                                         "years?", "hours?", "nights?", "twice", "once", "DOUBLE",
                                                         "doubl\\w*", "tripl\\w*", "trebl\\w*", "halv\\w*",
                                                         "per cent", "percent", "lower", "higher", "record\\w*",
                                                         "since", "single", "ratio", "every", "none", "no one",
                                                         "nobody", "each", "times", "most", "total", "tally",
                                                         "average\\w*", "median", "rate", "revis\\w*",
                                                         "estimat\\w*", "peak\\w*", "decades?", "one", "two",
                                                         "three", "four", "five", "six", "seven", "eight", "nine",
                                                         "ten", "eleven", "twelve", "Eighteen", "COVID",
                                                         "Article", "[Cc]lause", "[Ss]ection", "\\d+(st|nd|rd|th)",
                                                         "first", "second", "third", "highest", "largest",
                                                         "biggest", "busiest", "calmest", "share", "gap", "extra",
                                                         "further", "several", "target", "threshold", "alone",
                                                         "rest", "dwarf", "passes", "pounds", "beds", "flights"),
          measures=True)
