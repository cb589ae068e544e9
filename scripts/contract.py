"""Whether a predicted measure is right by the data contract, for a hand-labelled figure.

score.py credits a prediction only when it equals gold_map.py's mapping of the label. The data
contract also holds that "a breakdown keeps the parent measure": a label such as returns_enforced
or visas_granted_skilled_worker, which gold_map.py maps to `other`, is right as returns or
visas_granted. And some labels name a contract measure by another name (population_natural_change
is natural_change). cmd/trainmeasure maps labels to the contract's vocabulary the same way
(its `aliases` and `target`).
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
from gold_map import map_measure  # noqa: E402

# label names (and their breakdowns, name_...) that stand for a measure of the contract under
# another name; as cmd/trainmeasure's aliases
ALIASES = {
    "population_growth": "population_change",
    "population_natural_change": "natural_change",
    "small_boat_occupancy": "small_boat_arrivals",
    "small_boat_count": "small_boats",
    "rwanda_scheme_planned_cost": "rwanda_scheme_cost",
    "inadequately_documented_air_arrivals": "irregular_arrivals",
}


def credited(gold_measure, gold_unit, predicted):
    """True when predicted is the label's measure as score.py maps it, or by the contract's rule."""
    if predicted == map_measure(gold_measure, gold_unit)[0]:
        return True
    if predicted == "other":
        return False
    names = [gold_measure] + [v for a, v in ALIASES.items()
                              if gold_measure == a or gold_measure.startswith(a + "_")]
    return any(n == predicted or n.startswith(predicted + "_") for n in names)
