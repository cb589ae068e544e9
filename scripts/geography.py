#!/usr/bin/env python3
"""Score the geography column against the labels of one or more sets.

    python3 scripts/geography.py testdata/holdout19 [more sets ...] [--misses]

score.py does not score geography; the labels have it (`geography`: "UK", "France",
"Scotland", a town's name). This runs `etl` through score.py's own matching and counts the
matched figures whose geography equals the label's, with "UK" read as "United Kingdom" and
"EU" as "European Union". A figure with no geography is shown as "-". --misses lists the
disagreements by (label, got), with a few examples each.
"""
import argparse, collections, csv, os, sys, tempfile
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "eval"))
import score  # noqa: E402

CANON = {"UK": "United Kingdom", "EU": "European Union"}
ap = argparse.ArgumentParser()
ap.add_argument("sets", nargs="+")
ap.add_argument("--misses", action="store_true")
args = ap.parse_args()
tot = ok = 0
conf, ex = collections.Counter(), collections.defaultdict(list)
with tempfile.TemporaryDirectory(prefix="geo-") as tmp:
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
                want = CANON.get(g.get("geography"), g.get("geography"))
                got = rows[(slug, p["start"], p["end"])]["geography"] or "-"
                tot += 1
                if (want or '').lower() == (got or '').lower():
                    ok += 1
                else:
                    conf[(want, got)] += 1
                    ex[(want, got)].append(f"{os.path.basename(os.path.normpath(s))}/{slug[:20]} {g['quote']!r}")
print(f"geography {ok}/{tot} = {ok / tot:.3f}" if tot else "no matched figures")
if args.misses:
    for (want, got), n in conf.most_common():
        print(f"{n:4d}  label {want!r}, got {got!r}: " + "; ".join(ex[(want, got)][:3]))
