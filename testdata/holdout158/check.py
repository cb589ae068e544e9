#!/usr/bin/env python3
"""Validate the hundred-and-fifty-eighth hold-out set (holdout158): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:council_areas", "other:operations", "other:vacancies"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in three",
                                                         "in six", "in nine", "in 11", "three-quarters",
                                                         "two-thirds", "four-fifths", "a third", "a quarter",
                                                         "a fifth", "a tenth", "an eighth", "half",
                                                         "thousands?", "millions?", "billions?", "hundreds",
                                                         "dozens?", "a few", "handful", "(?<=\\d)bn\\b",
                                                         "(?<=\\d)k\\b", "(?<=\\d)m\\b", "c\\.", "between",
                                                         "nearly", "almost", "close to", "closer", "roughly",
                                                         "around", "about", "some", "barely", "above",
                                                         "below", "under", "tops?", "passed", "over",
                                                         "up to", "fewer", "more than", "less than",
                                                         "at least", "only", "just", "net", "weeks?",
                                                         "days?", "months?", "years?", "hours?", "twice",
                                                         "doubl\\w*", "tripl\\w*", "halv\\w*", "halve",
                                                         "per cent", "percent", "lower", "higher",
                                                         "record\\w*", "since", "single", "ratio", "every",
                                                         "none", "no one", "each", "times", "most", "total",
                                                         "average\\w*", "rate", "revis\\w*", "estimat\\w*",
                                                         "peak\\w*", "decades?", "one", "two", "three",
                                                         "four", "five", "six", "seven", "eight", "nine",
                                                         "ten", "COVID", "Article", "[Cc]lause",
                                                         "[Ss]ection", "\\d+(st|nd|rd|th)", "first",
                                                         "second", "busiest", "highest", "largest",
                                                         "deadliest", "worst", "share", "gap", "ceiling",
                                                         "cap", "threshold", "or so", "upwards"),
          measures=True)
