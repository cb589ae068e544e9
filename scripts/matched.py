"""Shared by the column checks (geography.py, periods.py): build etl from this checkout (or take
the binary NUMTRAIL_ETL names, to compare two builds), run it over labelled sets through ../shared/eval/score.py, and yield each matched label with the
whole observations.csv row of the figure score.py matched it to (score.py's own predictions
carry only the scored columns)."""
import csv, os, sys, tempfile
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "eval"))
import score  # noqa: E402


def matched_rows(sets):
    """Yield (set name, document slug, gold label, observations row) for every matched label."""
    with tempfile.TemporaryDirectory(prefix="matched-") as tmp:
        etl = os.environ.get("NUMTRAIL_ETL")
        if not etl:
            etl = os.path.join(tmp, "etl")
            score.subprocess.run(["go", "build", "-o", etl, "./cmd/etl"], cwd=os.path.join(here, ".."), check=True)
        for i, s in enumerate(sets):
            arts = score.load_set(s)
            keep = os.path.join(tmp, str(i))
            os.makedirs(keep)
            preds, _ = score.run_project(arts, os.path.join(here, ".."), etl=etl, keep=keep)
            rows = {}
            for row in csv.DictReader(open(os.path.join(keep, "out", "observations.csv"), encoding="utf-8")):
                if row["char_start"] and row["source_id"].startswith("articles/"):
                    rows[(row["source_id"][len("articles/"):], int(row["char_start"]), int(row["char_end"]))] = row
            name = os.path.basename(os.path.normpath(s))
            for slug, a in arts.items():
                for g, p in score.match(a["gold"], preds.get(slug, [])):
                    yield name, slug, g, rows[(slug, p["start"], p["end"])]
