#!/usr/bin/env python3
"""A rough check of the period columns against the labels of one or more sets.

    python3 scripts/periods.py testdata/holdout19 [more sets ...] [--misses]

score.py does not score periods, and the labels give them as free text ("2025 (last year;
...)", "year ending June 2025", "end of March 2026 (31 March 2026)"). This takes the labels
whose period text (before any bracket) names a year and is not a comparison ("… vs …") or a
span ("2018 to 2024"), reads the year it is of (the last year named after "year to", "year
ending", "to"; else the first), and counts the matched figures whose extracted period
contains that year ("covered"), names none ("none"), or does not contain it ("other"). It is
rough: an open period ("by the end of March": no start) is read from its end, and a label may
name a year the figure is compared with. --misses lists the "other" ones.
"""
import argparse, csv, os, re, sys, tempfile
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "eval"))
import score  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("sets", nargs="+")
ap.add_argument("--misses", action="store_true")
args = ap.parse_args()
tot = covered = none = 0
other = []
with tempfile.TemporaryDirectory(prefix="per-") as tmp:
    etl = os.path.join(tmp, "etl")
    score.subprocess.run(["go", "build", "-o", etl, "./cmd/etl"], cwd=os.path.join(here, ".."), check=True)
    for i, s in enumerate(args.sets):
        arts = score.load_set(s)
        keep = os.path.join(tmp, str(i))
        os.makedirs(keep)
        preds, _ = score.run_project(arts, os.path.join(here, ".."), etl=etl, keep=keep)
        rows = {}
        for row in csv.DictReader(open(os.path.join(keep, "out", "observations.csv"), encoding="utf-8")):
            if row["char_start"] and row["source_id"].startswith("articles/"):
                rows[(row["source_id"][len("articles/"):], int(row["char_start"]), int(row["char_end"]))] = row
        for slug, a in arts.items():
            for g, p in score.match(a["gold"], preds.get(slug, [])):
                per = (g.get("period") or "").split("(")[0]
                years = re.findall(r"\b(19\d\d|20\d\d)\b", per)
                if not years or " vs " in per or "to" in per.split():
                    continue
                year = int(years[-1]) if re.search(r"(year to|year ending|12 months to|to )", per) else int(years[0])
                row = rows[(slug, p["start"], p["end"])]
                start, end = row.get("period_start") or "", row.get("period_end") or ""
                tot += 1
                if not start and not end:
                    none += 1
                elif int((start or end)[:4]) <= year <= int((end or start)[:4]):
                    covered += 1
                else:
                    other.append(f"{os.path.basename(os.path.normpath(s))}/{slug[:20]} {g['quote']!r}: label {per.strip()!r}, "
                                 f"got {row.get('period_label')!r} {start}..{end}")
print(f"labels whose period names a year: {tot}; the extracted period contains it: {covered}; "
      f"no period: {none}; another: {len(other)}")
if args.misses:
    print("\n".join(other))
