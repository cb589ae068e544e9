#!/usr/bin/env python3
"""Score several labelled sets as one: score.py's own matching and columns, pooled.

    python3 scripts/pooled.py ../shared/eval/dev testdata/holdout testdata/holdout2 ...
    python3 scripts/pooled.py --etl /tmp/etl-old testdata/holdout55 testdata/holdout56

score.py scores one set at a time; a mean of its per-set figures weighs a set of 150 labels
as one of 250. This runs `etl` on each set (built from this checkout, or the binary given
with --etl, to compare two builds), keeps score.py's `score()` result per set, and pools it:
precision, recall and F1 from the summed counts, and each accuracy column weighted by the
matched figures it was taken over. `contract` is the measure accuracy that credits a
breakdown to its parent measure, as the data contract does (scripts/contract.py).
"""
import argparse, os, shutil, sys, tempfile
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "eval"))
import score  # noqa: E402
from contract import credited  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("sets", nargs="+")
ap.add_argument("--etl", help="an etl binary to score instead of building this checkout")
args = ap.parse_args()
cols = ["value_acc", "qualifier_acc", "unit_acc", "measure_acc", "statistic_acc"]
gold = pred = matched = contract = 0
tot = {c: 0.0 for c in cols}
with tempfile.TemporaryDirectory(prefix="pooled-") as tmp:
    etl = args.etl
    if not etl:
        etl = os.path.join(tmp, "etl")
        score.subprocess.run(["go", "build", "-o", etl, "./cmd/etl"], cwd=os.path.join(here, ".."), check=True)
    for s in args.sets:
        arts = score.load_set(s)
        preds, info = score.run_project(arts, os.path.join(here, ".."), etl=etl)
        shutil.rmtree(info["tmp"], ignore_errors=True)
        res, pairs = score.score(arts, preds, "etl")
        gold, pred, matched = gold + res["gold"], pred + res["predicted"], matched + res["matched"]
        for c in cols:
            tot[c] += (res[c] or 0) * res["matched"]
        for g, p in pairs:
            contract += credited(g["measure"], g["unit"], p.get("measure"))
prec, rec = matched / pred, matched / gold
print(f"{len(args.sets)} sets: {gold} labels, {pred} predicted, {matched} matched; "
      f"F1 {2 * prec * rec / (prec + rec):.4f} (P {prec:.4f}, R {rec:.4f}), "
      + ", ".join(f"{c[:-4]} {tot[c] / matched:.4f}" for c in cols)
      + f", contract {contract / matched:.4f}")
