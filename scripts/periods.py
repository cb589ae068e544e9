#!/usr/bin/env python3
"""A rough check of the period columns against the labels of one or more sets.

    python3 scripts/periods.py testdata/holdout19 [more sets ...] [--misses]
    NUMTRAIL_ETL=/tmp/etl-old python3 scripts/periods.py …   # a build of another commit

score.py does not score periods, and the labels give them as free text ("2025 (last year;
...)", "year ending June 2025", "end of March 2026 (31 March 2026)"). This takes the labels
whose period text (before any bracket) names a year and is not a comparison ("… vs …") or a
span ("2018 to 2024"), reads the year it is of (the last year named after "year to", "year
ending", "to"; else the first), and counts the matched figures whose extracted period
contains that year ("covered"), names none ("none"), or does not contain it ("other"). It is
rough: an open period ("by the end of March": no start) is read from its end, and a label may
name a year the figure is compared with. --misses lists the "other" ones.
"""
import argparse, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from matched import matched_rows  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("sets", nargs="+")
ap.add_argument("--misses", action="store_true")
args = ap.parse_args()
tot = covered = none = 0
other = []
for name, slug, g, row in matched_rows(args.sets):
    per = (g.get("period") or "").split("(")[0]
    years = re.findall(r"\b(19\d\d|20\d\d)\b", per)
    if not years or " vs " in per or "to" in per.split():
        continue
    year = int(years[-1]) if re.search(r"(year to|year ending|12 months to|to )", per) else int(years[0])
    start, end = row.get("period_start") or "", row.get("period_end") or ""
    tot += 1
    if not start and not end:
        none += 1
    elif int((start or end)[:4]) <= year <= int((end or start)[:4]):
        covered += 1
    else:
        other.append(f"{name}/{slug[:20]} {g['quote']!r}: label {per.strip()!r}, "
                     f"got {row.get('period_label')!r} {start}..{end}")
print(f"labels whose period names a year: {tot}; the extracted period contains it: {covered}; "
      f"no period: {none}; another: {len(other)}")
if args.misses:
    print("\n".join(other))
