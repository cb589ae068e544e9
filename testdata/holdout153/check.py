#!/usr/bin/env python3
"""Validate the hundred-and-fifty-third hold-out set (holdout153): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:households", "other:persons_per_10000_residents",
                       "other:council_areas", "other:views", "other:followers", "other:protests",
                       "other:days", "other:occasions"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in 10", "in five", "in four", "in six",
                                                         "in seven", "in three", "in eight", "in nine",
                                                         "three-quarters", "two-thirds", "a third",
                                                         "a quarter", "a fifth", "a sixth", "a tenth", "half",
                                                         "thousands?", "millions?", "billions?", "hundreds",
                                                         "dozens?", "a few", "handful", "(?<=\\d)bn\\b",
                                                         "(?<=\\d)MILLION\\b", "(?<=\\d)k\\b", "(?<=\\d)m\\b",
                                                         "c\\.", "between", "nearly", "almost", "close to",
                                                         "roughly", "around", "about", "some", "barely",
                                                         "well over", "as much as", "over", "under", "up to",
                                                         "fewer", "more than", "less than", "at least", "only",
                                                         "just", "net", "weeks?", "days?", "months?", "years?",
                                                         "hours?", "nights?", "fortnight", "twice", "doubl\\w*",
                                                         "tripl\\w*", "halv\\w*", "per cent", "percent",
                                                         "lower", "higher", "record\\w*", "since", "single",
                                                         "ratio", "every", "none", "nobody", "no one", "each",
                                                         "times", "most", "total", "average\\w*", "median",
                                                         "rate", "revis\\w*", "estimat\\w*", "peak\\w*",
                                                         "decades?", "one", "two", "three", "four", "five",
                                                         "six", "seven", "eight", "nine", "ten", "ninety",
                                                         "COVID", "Article", "[Cc]lause", "[Ss]ection",
                                                         "\\d+(st|nd|rd|th)", "first", "second", "biggest",
                                                         "highest", "largest", "share", "fraction", "tally",
                                                         "budget\\w*", "forecast\\w*", "a head", "per head"),
          measures=True)
