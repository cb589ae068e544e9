#!/usr/bin/env python3
"""Check the hundred-and-seventy-fourth hold-out set (holdout174); the checks are in ../holdoutlib.py.

    python3 -B check.py [--uncovered] [--measures]
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import check, NUMWORDS_NEWS, NUMWORDS_50

if __name__ == "__main__":
    check(HERE, words=(500, 650),
          extra_units=("other:launches", "other:operations", "other:licences", "other:visits", "other:households",
                       "other:hotels", "other:persons_per_10000_residents"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in three",
                                                         "in six", "in every", "for every", "per", "three-quarters",
                                                         "two-thirds", "a third", "a quarter", "a fifth", "a sixth",
                                                         "nine-tenths", "half", "thousands?", "millions?",
                                                         "billions?", "hundreds", "dozens?", "a few", "handful",
                                                         "(?<=\\d)bn\\b", "(?<=\\d)k\\b", "(?<=\\d)m\\b", "billion",
                                                         "million", "MILLION", "c\\.", "between", "from", "nearly",
                                                         "almost", "close to", "roughly", "around", "about", "some",
                                                         "or so", "over", "under", "up to", "as many as", "fewer",
                                                         "more than", "less than", "at least", "or more", "only",
                                                         "just", "net", "minus", "zero", "weeks?", "days?",
                                                         "months?", "years?", "hours?", "nights?", "twice", "once",
                                                         "doubl\\w*", "tripl\\w*", "trebl\\w*", "quadrupl\\w*",
                                                         "halv\\w*", "per cent", "percent", "lower", "higher",
                                                         "record\\w*", "since", "single", "ratio", "every", "none",
                                                         "no one", "nobody", "each", "times", "most", "total",
                                                         "average\\w*", "median", "rate", "revis\\w*",
                                                         "estimat\\w*", "peak\\w*", "decades?", "century", "one",
                                                         "two", "three", "four", "five", "six", "seven", "eight",
                                                         "nine", "ten", "eleven", "twelve", "forty", "COVID",
                                                         "Article", "[Cc]lause", "[Ss]ection", "Rule", "Channel",
                                                         "\\d+(st|nd|rd|th)", "first", "second", "third",
                                                         "twentieth", "highest", "largest", "biggest", "lowest",
                                                         "busiest", "share", "gap", "extra", "further", "maximum",
                                                         "target", "threshold", "deadline", "ceiling", "fraction",
                                                         "alone", "remaining", "rest", "projection\\w*", "modelling",
                                                         "fortnight", "dozen", "outnumber\\w*", "exceed\\w*",
                                                         "shortfall", "short", "surplus", "level"),
          measures=True)
