#!/usr/bin/env python3
"""Validate the hundred-and-thirty-sixth hold-out set (holdout136): every gold label points at its quote, no span is labelled twice, fields are valid.

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
          extra_units=("other:hotels", "other:decisions", "other:months", "other:licences", "other:signatures",
                       "other:days", "other:incidents", "other:operations", "other:council_areas",
                       "other:children_per_woman", "other:per_1000_residents"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + ("in ten", "in five", "in four", "in three", "in eight",
                                                         "two-thirds", "three-quarters", "a third", "a quarter",
                                                         "a fifth", "half", "thousands?", "millions?",
                                                         "billions?", "hundreds", "handful", "a few",
                                                         "(?<=\\d)bn\\b", "(?<=\\d)mn\\b", "(?<=\\d)k\\b",
                                                         "(?<=\\d)m\\b", "c\\.", "between", "nearly", "almost",
                                                         "roughly", "around", "about", "some", "perhaps",
                                                         "over", "under", "up to", "as many as", "fewer",
                                                         "more than", "less than", "at least", "only", "just",
                                                         "little more", "below", "above", "net", "weeks?",
                                                         "days?", "months?", "years?", "hours?", "nights?",
                                                         "twice", "doubl\\w*", "halve\\w*", "per cent",
                                                         "percent", "lower", "higher", "record\\w*", "since",
                                                         "single", "ratio", "every", "none", "each", "times",
                                                         "most", "total", "average", "median", "rate",
                                                         "revis\\w*", "estimat\\w*", "target", "threshold",
                                                         "decades?", "two", "hundred", "first", "second",
                                                         "peak", "COVID", "Article", "[Cc]lause", "[Ss]ection",
                                                         "Part", "Class", "to one", "all", "surplus", "gap",
                                                         "eleven", "\\d+(st|nd|rd|th)"),
          measures=True)
