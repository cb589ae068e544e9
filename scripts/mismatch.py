#!/usr/bin/env python3
"""List matched extractions whose measure, statistic, qualifier or unit differ from gold.

    python3 scripts/mismatch.py [--set DIR] [--field measure] [--reachable]

Uses ../shared/eval/score.py's own matching, so the figures agree with it.

--only-reachable lists only the measure misses a label could have credited.

--contract adds the share of matched figures whose measure is right by the data contract's rule
that "a breakdown keeps the parent measure": a label such as returns_enforced or
visas_granted_skilled_worker, which gold_map.py maps to `other`, is credited to a prediction of
returns or visas_granted (scripts/contract.py). score.py's measure column does not credit them.

--reachable adds a count of the measure misses whose predicted (measure, statistic) pair no gold
label can produce through gold_map.py (for example small_boat_arrivals/share, visas_granted/level,
births/level): the contract has such pairs, the scorer cannot credit them. It says nothing about
which side is right; it separates those misses from the rest.
"""
import argparse, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "eval"))
import score  # noqa: E402
from gold_map import map_measure  # noqa: E402
sys.path.insert(0, here)
from contract import credited  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--set", default=os.path.join(here, "..", "..", "shared", "eval", "dev"))
ap.add_argument("--field", action="append")
ap.add_argument("--reachable", action="store_true")
ap.add_argument("--contract", action="store_true")
ap.add_argument("--only-reachable", action="store_true",
                help="list only the measure misses whose predicted pair some label could produce")
args = ap.parse_args()
fields = args.field or ["measure", "statistic", "qualifier", "unit"]
arts = score.load_set(args.set)
preds, _ = score.run_project(arts, os.path.join(here, ".."))


def gold_map_image():
    """The (measure, statistic) pairs some label can be mapped to: every vocabulary name and gold_map
    prefix, with the suffixes labels use, in persons and in percent."""
    import gold_map
    names = set(gold_map.BASE) | set(gold_map.BASE.values()) | {
        "small_boat_share", "air_arrivals_share", "in_country_detections_share", "port_detections_share",
        "immigration_x", "emigration_x", "net_migration", "asylum_backlog", "small_boat_occupancy"}
    image = set()
    for n in names:
        for suffix in ("", "_change", "_revision", "_ratio", "_share", "_share_x", "_x_share", "_x"):
            for unit in ("persons", "percent", "GBP"):
                image.add(map_measure(n + suffix, unit))
    return image


image = gold_map_image() if args.reachable or args.only_reachable else set()
misses = unreachable = matched = contract_ok = 0
for slug, a in arts.items():
    for g, p in score.match(a["gold"], preds.get(slug, [])):
        m, s = map_measure(g["measure"], g["unit"])
        matched += 1
        pm = p["measure"]
        if credited(g["measure"], g["unit"], pm):
            contract_ok += 1
        want = {"measure": m, "statistic": s, "qualifier": g["qualifier"], "unit": score.UNIT.get(g["unit"], "other"),
                "quote": g["quote"]}
        bad = [f"{f}: gold {want[f]} got {p[f]}" for f in fields if want[f] != p[f]]
        if want["measure"] != p["measure"]:
            misses += 1
            if args.reachable and (p["measure"], p["statistic"]) not in image:
                unreachable += 1
        if args.only_reachable and (want["measure"] == p["measure"] or (p["measure"], p["statistic"]) not in image):
            continue
        if bad:
            print(f"{slug[:14]} {g['quote']!r:32} {'; '.join(bad)}  [{g['measure']}]")
if args.reachable:
    print(f"measure misses: {misses}; of them {unreachable} predict a pair gold_map cannot produce")
if args.contract and matched:
    print(f"measure: {1 - misses / matched:.3f} as score.py counts it, {contract_ok / matched:.3f} crediting breakdowns "
          f"to their parent measure as the contract does ({matched} matched)")
