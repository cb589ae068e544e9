#!/usr/bin/env python3
"""Validate the two-hundred-and-sixteenth hold-out set (holdout216): every gold label points at its quote, no span is labelled twice, fields are valid.

    python3 -B check.py              # exits non-zero on any problem
    python3 -B check.py --uncovered  # also list digits / number words that carry no label (for review)
    python3 -B check.py --measures   # also print the labels per contract (measure, statistic) via gold_map.py

The checks are in ../holdoutlib.py; this file only gives this set's parameters.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import check, NUMWORDS_NEWS, NUMWORDS_50, NUMWORDS_REVIEW

if __name__ == "__main__":
    check(HERE, words=(500, 700),
          extra_units=("other:flights", "other:staff", "other:centres", "other:beds", "other:days", "other:visits",
                       "other:objections", "other:respondents", "other:applications", "other:reports"),
          extra_numwords=NUMWORDS_NEWS + NUMWORDS_50 + NUMWORDS_REVIEW + ("\\d+(\\.\\d+)?k\\b", "Thousands", "[Nn]o one",
                                                                          "nobody", "some", "[Tt]ens of", "[Aa]lmost all",
                                                                          "[Nn]early all", "both", "pair", "apiece",
                                                                          "a head", "fortnight", "dinghy", "dinghies",
                                                                          "[Bb]arely", "a little over", "just over",
                                                                          "quadrupl\\w*", "[Tt]hree thousand"),
          measures=True)
