#!/usr/bin/env python3
"""Validate the forty-ninth hold-out set (holdout49): every gold label points at its quote, no span is labelled twice, fields are valid.

    python3 check.py              # exits non-zero on any problem
    python3 check.py --uncovered  # also list digits / number words that carry no label (for review)
    python3 check.py --measures   # also print the labels per contract (measure, statistic) via gold_map.py

The checks are in ../holdoutlib.py; this file only gives this set's parameters.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import check, NUMWORDS_NEWS

if __name__ == "__main__":
    check(HERE, words=(500, 650),
          extra_units=("other:hotels", "other:households", "other:council_areas", "other:flights", "other:bed_spaces"),
          extra_numwords=NUMWORDS_NEWS + ("treble", "triple", "quadruple\\w*", "tens", "halving", "halved", "fifths?", "tenths?",
                                          "plus", "minus", "nearer", "closer", "mn\\b", "(?<=\\d)bn\\b", "(?<=\\d)billion",
                                          "(?<=\\d)million", "thousand", "eighth", "sevenths?", "seven", "twelve",
                                          "score", "zero", "none", "nobody", "handful", "twentieth", "(?<=\\d)k\\b",
                                          "per cent", "three-quarters", "three-fifths", "two-fifths", "two-thirds", "eighths?",
                                          "ninety", "percentage points?", "upwards", "figures?", "eleven", "four-figure",
                                          "twenty-eight", "generation", "record", "peak", "million", "millions", "pounds", "euros",
                                          "(?<=\\d)C\\b", "average\\w*", "ratio", "tally", "toll",
                                          "(?<=\\d)pc\\b", "seven-eighths", "\\w+-eighths", "twice", "once", "annually",
                                          "pensions?", "high point", "height", "fifty-\\w+", "dozens?",
                                          "no one", "consecutive", "several", "sixths?", "instalments?", "trickle",
                                          "highest", "largest", "busiest", "worst", "total", "share", "range",
                                          "nineteen", "majority", "most", "steepest", "all-time", "ahead", "shortfall",
                                          "outnumber\\w*", "exceed\\w*", "balanced", "cancelled out", "short",
                                          "(?<=\\d)mn\\b", "gap", "biggest", "lowest", "fastest", "past", "every",
                                          "(?<=\\d)m\\b", "dollars?", "halve\\w*", "rate", "head", "level", "ever",
                                          "fraction", "smallest", "to one", "in every"),
          measures=True)
