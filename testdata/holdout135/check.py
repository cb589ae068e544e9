#!/usr/bin/env python3
"""Validate the hundred-and-thirty-fifth hold-out set (holdout135): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:households", "other:persons_per_10000_residents", "other:flights",
                       "other:persons_per_flight", "other:meals", "other:views", "other:shares"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in five", "in four", "in three", "in eight",
                                                         "in 20", "for every", "a head", "per head", "per person",
                                                         "three-quarters", "two-thirds", "two-fifths",
                                                         "four-fifths", "a fifth", "a third", "a quarter", "half",
                                                         "thousands?", "millions?", "billions?", "hundreds",
                                                         "dozens?", "a few", "handful", "(?<=\\d)bn\\b",
                                                         "(?<=\\d)k\\b", "(?<=\\d)m\\b", "c\\.", "guts of",
                                                         "between", "nearly", "almost", "roughly", "around",
                                                         "about", "some", "over", "under", "up to", "fewer",
                                                         "more than", "less than", "at least", "only", "just",
                                                         "nearer", "below", "above", "tops", "passed", "net",
                                                         "weeks?", "days?", "months?", "years?", "hours?",
                                                         "twice", "doubl\\w*", "per cent", "percent", "lower",
                                                         "higher", "halve\\w*", "record\\w*", "since", "single",
                                                         "ratio", "every", "none", "no one", "nobody", "each",
                                                         "times", "most", "highest", "average", "median", "rate",
                                                         "revised", "estimat\\w*", "target", "projections?",
                                                         "decade", "twelve", "pounds", "Article", "Paragraph",
                                                         "table", "COVID", "no\\."),
          measures=True)
