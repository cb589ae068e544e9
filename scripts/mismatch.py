#!/usr/bin/env python3
"""List matched extractions whose measure, statistic, qualifier or unit differ from gold.

    python3 scripts/mismatch.py [--set DIR] [--field measure]

Uses ../shared/eval/score.py's own matching, so the figures agree with it.
"""
import argparse, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "eval"))
import score  # noqa: E402
from gold_map import map_measure  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--set", default=os.path.join(here, "..", "..", "shared", "eval", "dev"))
ap.add_argument("--field", action="append")
args = ap.parse_args()
fields = args.field or ["measure", "statistic", "qualifier", "unit"]
arts = score.load_set(args.set)
preds, _ = score.run_project(arts, os.path.join(here, ".."))
for slug, a in arts.items():
    for g, p in score.match(a["gold"], preds.get(slug, [])):
        m, s = map_measure(g["measure"], g["unit"])
        want = {"measure": m, "statistic": s, "qualifier": g["qualifier"], "unit": score.UNIT.get(g["unit"], "other"),
                "quote": g["quote"]}
        bad = [f"{f}: gold {want[f]} got {p[f]}" for f in fields if want[f] != p[f]]
        if bad:
            print(f"{slug[:14]} {g['quote']!r:32} {'; '.join(bad)}  [{g['measure']}]")
