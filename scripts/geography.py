#!/usr/bin/env python3
"""Score the geography column against the labels of one or more sets.

    python3 scripts/geography.py testdata/holdout19 [more sets ...] [--misses]

score.py does not score geography; the labels have it (`geography`: "UK", "France",
"Scotland", a town's name). This runs `etl` through score.py's own matching and counts the
matched figures whose geography equals the label's, with "UK" read as "United Kingdom" and
"EU" as "European Union". A figure with no geography is shown as "-". --misses lists the
disagreements by (label, got), with a few examples each.
"""
import argparse, collections, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from matched import matched_rows  # noqa: E402

CANON = {"UK": "United Kingdom", "EU": "European Union"}
ap = argparse.ArgumentParser()
ap.add_argument("sets", nargs="+")
ap.add_argument("--misses", action="store_true")
args = ap.parse_args()
tot = ok = 0
conf, ex = collections.Counter(), collections.defaultdict(list)
for name, slug, g, row in matched_rows(args.sets):
    want = CANON.get(g.get("geography"), g.get("geography"))
    got = row["geography"] or "-"
    tot += 1
    if (want or '').lower() == (got or '').lower():
        ok += 1
    else:
        conf[(want, got)] += 1
        ex[(want, got)].append(f"{name}/{slug[:20]} {g['quote']!r}")
print(f"geography {ok}/{tot} = {ok / tot:.3f}" if tot else "no matched figures")
if args.misses:
    for (want, got), n in conf.most_common():
        print(f"{n:4d}  label {want!r}, got {got!r}: " + "; ".join(ex[(want, got)][:3]))
