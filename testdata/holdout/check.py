#!/usr/bin/env python3
"""Validate the hold-out set: every gold label points at its quote, no span is labelled twice, fields are valid.

    python3 check.py              # exits non-zero on any problem
    python3 check.py --uncovered  # also list digits / number words that carry no label (for review)

The checks are in ../holdoutlib.py; this file only gives this set's parameters.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import check

if __name__ == "__main__":
    check(HERE, chars=(1500, 4000))
