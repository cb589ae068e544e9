"""Shared tooling for the hand-labelled hold-out sets (testdata/holdout, holdout2, holdout3, holdout4).

Each set's `build_gold.py` holds only its hand-written labels (ARTICLES) and calls `build_gold`; each
set's `check.py` calls `check` with that set's parameters. Both import this module by putting the parent
folder (testdata/) on sys.path; it is not a package.

- Label constructors `L` (point), `V` (vague) and `R` (range), and shorthands for units, qualifiers,
  fractions and common measures, for writing labels.
- `build_gold(here, articles)`: locates each label's quote in `articles/<slug>.txt` and writes
  `gold/<slug>.jsonl` and `articles/<slug>.meta.json`. A label is located by its quote (which must then
  occur exactly once as a whole token), or by `ctx` (a longer string that contains the quote and occurs
  once), and/or by `occ` (0-based index among the quote's occurrences). Offsets are Unicode code points
  (Python str indices).
- `check(here, ...)`: validates every gold label against its text, no span is labelled twice, fields are
  valid; `--uncovered` lists digits / number words that carry no label; `--measures` (where enabled)
  prints the labels per contract (measure, statistic) via gold_map.py. Exits non-zero on any problem.
"""
import glob, json, os, re, sys

# --- label shorthands -------------------------------------------------------------------------------
P, GBP, PCT, YEARS = "persons", "GBP", "percent", "years"
BOATS, EUR, PPB, RATIO = "other:boats", "other:EUR", "other:persons_per_boat", "other:ratio"
HOTELS, MONTHS = "other:hotels", "other:months"
THIRD, SIXTH = 100 / 3, 100 / 6
E, AP, MT, AL, LT, AM, ALM = "exact", "approximately", "more_than", "at_least", "less_than", "at_most", "almost"
EW = "England and Wales"
SBA, SBC, NM, AC = "small_boat_arrivals", "small_boat_count", "net_migration", "asylum_cost"
HOT = "asylum_hotel_population"
PTR, RSC, RSP = "payment_to_rwanda", "rwanda_scheme_cost", "rwanda_scheme_planned_cost"


def L(quote, value, qualifier, unit, measure, period, ctx=None, occ=None, lo=None, hi=None, geo="UK"):
    return dict(quote=quote, value=value, qualifier=qualifier, unit=unit, measure=measure, period=period,
                ctx=ctx, occ=occ, lo=lo, hi=hi, geo=geo)


def V(quote, lo, hi, unit, measure, period, **kw):          # vague
    return L(quote, None, "vague", unit, measure, period, lo=lo, hi=hi, **kw)


def R(quote, lo, hi, unit, measure, period, **kw):          # range
    return L(quote, None, "range", unit, measure, period, lo=lo, hi=hi, **kw)


# --- build_gold -------------------------------------------------------------------------------------
def is_token(text, s, e):
    """True if text[s:e] is not glued to a longer number or word."""
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    if before.isalnum() or after.isalnum():
        return False
    if before in ",." and s >= 2 and text[s - 2].isdigit() and text[s].isdigit():
        return False
    if after in ",." and e + 1 < len(text) and text[e + 1].isdigit() and text[e - 1].isdigit():
        return False
    return True


def occurrences(text, q):
    out, i = [], text.find(q)
    while i >= 0:
        if is_token(text, i, i + len(q)):
            out.append(i)
        i = text.find(q, i + 1)
    return out


def locate(text, lab):
    q = lab["quote"]
    if lab["ctx"]:
        ctxs = [i for i in range(len(text)) if text.startswith(lab["ctx"], i)]
        if lab["occ"] is None:
            assert len(ctxs) == 1, f"ctx {lab['ctx']!r} occurs {len(ctxs)} times"
            c = ctxs[0]
        else:
            c = ctxs[lab["occ"]]
        s = c + lab["ctx"].index(q)
        assert is_token(text, s, s + len(q)), (q, lab["ctx"])
        return s
    occ = occurrences(text, q)
    if lab["occ"] is None:
        assert len(occ) == 1, f"{q!r} occurs {len(occ)} times; give ctx or occ"
        return occ[0]
    assert lab["occ"] < len(occ), f"{q!r} has only {len(occ)} occurrences"
    return occ[lab["occ"]]


def num(v):
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def build_gold(here, articles):
    """Write gold/*.jsonl and articles/*.meta.json under `here` for every article in `articles`."""
    for slug, art in articles.items():
        path = os.path.join(here, "articles", slug + ".txt")
        text = open(path, encoding="utf-8").read()
        meta = dict(art["meta"]); meta.setdefault("license", None)
        with open(os.path.join(here, "articles", slug + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump({k: meta[k] for k in ("url", "title", "publisher", "author", "published_date", "license")},
                      f, ensure_ascii=False, indent=1)
            f.write("\n")
        rows = []
        for lab in art["labels"]:
            s = locate(text, lab)
            assert text[s:s + len(lab["quote"])] == lab["quote"]
            rows.append({"quote": lab["quote"], "start": s, "value": num(lab["value"]), "value_low": num(lab["lo"]),
                         "value_high": num(lab["hi"]), "qualifier": lab["qualifier"], "unit": lab["unit"],
                         "measure": lab["measure"], "geography": lab["geo"], "period": lab["period"]})
        rows.sort(key=lambda r: r["start"])
        with open(os.path.join(here, "gold", slug + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{slug}: {len(rows)} labels, {len(text)} chars")


# --- check ------------------------------------------------------------------------------------------
KEYS = ["quote", "start", "value", "value_low", "value_high", "qualifier", "unit", "measure", "geography", "period"]
QUALIFIERS = {"exact", "approximately", "more_than", "at_least", "less_than", "at_most", "almost", "range", "vague"}
UNITS = {"persons", "GBP", "percent", "years", "other:boats", "other:EUR", "other:persons_per_boat", "other:ratio"}
META_KEYS = {"url", "title", "publisher", "author", "published_date", "license"}
NUMWORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "twenty", "thirty", "forty", "fifty", "dozen", "hundreds?", "thousands?", "millions?", "billions?",
            "half", "third", "quarter", "quarters", "fifth", "tenth", "twice", "doubled", "halved")
# number words added from holdout2 on, and from holdout3 on
NUMWORDS_MORE = ("double", "dozens?", "quarters?", "fifths?", "thirds?")
NUMWORDS_TEENS = ("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")

# The number words and scales the newer sets (holdout15 on) ask check --uncovered to list, on top
# of NUMWORDS_TEENS and NUMWORDS_MORE.
NUMWORDS_NEWS = NUMWORDS_TEENS + NUMWORDS_MORE + (
    "sixth", "fifths?", "tenths?", "sixty", "seventy", "eighty", "ninety", "hundred", "tripled", "twice",
    "doubl\\w*", "decades?", "century", "dozens?", "times", "thirtieth", "halved", "halves", "seven",
    "twenty-\\w+", "eighth", "minimum", "several", "nights?", "k\\b", "ninth", "quarters?", "(?<=\\d)m\\b",
    "c\\.", "seventh", "few", "single", "couple")


# The lists of further words that holdout44 and holdout50 reviewed for `--uncovered`; the sets after
# each (holdout46-49, holdout51-54) start from it, in the same order, and add their own.
NUMWORDS_44 = (
    "treble", "triple", "quadruple\\w*", "tens", "halving", "halved", "fifths?", "tenths?", "plus", "minus",
    "nearer", "closer", "mn\\b", "(?<=\\d)bn\\b", "(?<=\\d)billion", "(?<=\\d)million", "thousand", "eighth",
    "sevenths?", "seven", "twelve", "score", "zero", "none", "nobody", "handful", "twentieth", "(?<=\\d)k\\b",
    "per cent", "three-quarters", "three-fifths", "two-fifths", "two-thirds", "eighths?", "ninety",
    "percentage points?", "upwards", "figures?", "eleven", "four-figure", "twenty-eight", "generation", "record",
    "peak", "million", "millions", "pounds", "euros", "(?<=\\d)C\\b", "average\\w*", "ratio", "tally", "toll",
    "(?<=\\d)pc\\b", "seven-eighths", "\\w+-eighths", "twice", "once", "annually", "pensions?", "high point",
    "height", "fifty-\\w+", "dozens?", "no one", "consecutive", "several", "sixths?", "instalments?", "trickle",
    "highest", "largest", "busiest", "worst", "total", "share", "range", "nineteen", "majority", "most", "steepest",
    "all-time", "ahead", "shortfall", "outnumber\\w*", "exceed\\w*", "balanced", "cancelled out", "short")
NUMWORDS_50 = (
    "treble", "triple", "quadrupl\\w*", "tens", "halving", "halved", "halves", "fifths?", "tenths?", "plus", "minus",
    "nearer", "closer", "mn\\b", "(?<=\\d)bn\\b", "(?<=\\d)billion", "(?<=\\d)million", "thousand", "eighth",
    "sevenths?", "seven", "twelve", "score", "zero", "none", "nobody", "handful", "twentieth", "(?<=\\d)k\\b",
    "per cent", "three-quarters", "three-fifths", "two-fifths", "two-thirds", "eighths?", "ninety",
    "percentage points?", "basis points?", "upwards", "figures?", "eleven", "generation", "record", "peak",
    "million", "millions", "pounds", "euros", "(?<=\\d)C\\b", "average\\w*", "ratio", "tally", "toll",
    "(?<=\\d)pc\\b", "twice", "once", "annually", "dozens?", "no one", "consecutive", "several", "sixths?",
    "highest", "largest", "busiest", "worst", "total", "share", "range", "majority", "most", "all-time", "shortfall",
    "exceed\\w*", "gap", "biggest", "lowest", "fastest", "past", "every", "(?<=\\d)m\\b", "dollars?", "halve\\w*",
    "rate", "head", "level", "ever", "fraction", "smallest", "in every", "slice", "alone", "first", "second",
    "third", "decade", "fourth", "in a row", "(?<=\\d)s\\b")

# The words and patterns the sets from holdout176 on list for `check.py --uncovered` besides
# NUMWORDS_NEWS and NUMWORDS_50 (each set adds its own after them).
NUMWORDS_REVIEW = (
    'in ten', 'in 10', 'in five', 'in four', 'in three', 'in 50', 'in every', 'for every', 'per',
    'three-quarters', 'two-thirds', 'a third', 'a quarter', 'a fifth', 'half', 'thousands?', 'millions?',
    'billions?', 'hundreds', 'dozens?', 'a few', 'handful', '(?<=\\d)bn\\b', '(?<=\\d)k\\b', '(?<=\\d)m\\b',
    'billion', 'million', 'MILLION', 'c\\.', 'between', 'nearly', 'almost', 'close to', 'roughly', 'around',
    'about', 'some', 'or so', 'over', 'under', 'up to', 'as much as', 'anywhere', 'topped', 'passe[sd]',
    'fewer', 'more than', 'less than', 'at least', 'below', 'above', 'only', 'just', 'net', 'minus', 'weeks?',
    'days?', 'months?', 'years?', 'hours?', 'nights?', 'minutes?', 'twice', 'doubl\\w*', 'tripl\\w*',
    'trebl\\w*', 'quadrupl\\w*', 'halv\\w*', 'per cent', 'percent', 'lower', 'higher', 'record\\w*', 'since',
    'single', 'ratio', 'every', 'none', 'no one', 'nobody', 'each', 'times', 'most', 'total', 'average\\w*',
    'median', 'rate', 'revis\\w*', 'estimat\\w*', 'peak\\w*', 'decades?', 'one', 'two', 'three', 'four',
    'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'COVID', 'Covid', 'Article',
    '[Cc]lause', '[Ss]ection', '\\d+(st|nd|rd|th)', 'first', 'second', 'third', 'highest', 'largest',
    'biggest', 'lowest', 'busiest', 'share', 'gap', 'a head', 'extra', 'further', 'maximum', 'ceiling',
    'capacity', 'target', 'quota', 'allocation', 'threshold', 'fraction', 'bulk', 'alone', 'remaining',
    'forecast\\w*', 'projection\\w*', 'fortnight', 'several', 'quarter\\w*', 'tally', 'high point',
    'milestone',
)


def check(here, *, chars=None, words=None, extra_units=(), extra_numwords=(), measures=False, argv=None):
    """Validate the set under `here` and exit (1 on any problem).

    chars=(lo, hi) or words=(lo, hi): allowed article length in characters or in whitespace-separated words.
    extra_units: units accepted besides UNITS. extra_numwords: regex alternatives added to NUMWORDS for
    `--uncovered`. measures: whether `--measures` is supported.
    """
    argv = sys.argv if argv is None else argv
    units = UNITS | set(extra_units)
    numwords = r"\b(" + "|".join(NUMWORDS + tuple(extra_numwords)) + r")\b"
    show = "--uncovered" in argv
    show_measures = measures and "--measures" in argv
    dist = {}
    errors, n_art, n_lab = [], 0, 0
    sys.path.insert(0, "/work/shared/eval")
    try:
        from gold_map import map_measure
    except ImportError:
        map_measure = None
    txts = sorted(glob.glob(os.path.join(here, "articles", "*.txt")))
    golds = {os.path.basename(p)[:-6] for p in glob.glob(os.path.join(here, "gold", "*.jsonl"))}
    slugs = {os.path.basename(p)[:-4] for p in txts}
    if slugs != golds:
        errors.append(f"articles/gold mismatch: {sorted(slugs ^ golds)}")
    for txt in txts:
        slug = os.path.basename(txt)[:-4]
        n_art += 1
        raw = open(txt, "rb").read()
        text = raw.decode("utf-8")  # raises on invalid UTF-8
        if chars and not chars[0] <= len(text) <= chars[1]:
            errors.append(f"{slug}: length {len(text)} outside {chars[0]}-{chars[1]}")
        if words and not words[0] <= len(text.split()) <= words[1]:
            errors.append(f"{slug}: {len(text.split())} words, outside {words[0]}-{words[1]}")
        meta = json.load(open(txt[:-4] + ".meta.json", encoding="utf-8"))
        if set(meta) != META_KEYS:
            errors.append(f"{slug}: meta keys {sorted(meta)}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("published_date") or ""):
            errors.append(f"{slug}: bad published_date")
        gpath = os.path.join(here, "gold", slug + ".jsonl")
        if not os.path.exists(gpath):
            continue
        spans = []
        for ln, line in enumerate(open(gpath, encoding="utf-8"), 1):
            where = f"{slug}:{ln}"
            g = json.loads(line)
            n_lab += 1
            if list(g) != KEYS:
                errors.append(f"{where}: keys {list(g)}")
                continue
            q, s = g["quote"], g["start"]
            if not isinstance(s, int) or not isinstance(q, str) or not q:
                errors.append(f"{where}: bad quote/start"); continue
            if text[s:s + len(q)] != q:
                errors.append(f"{where}: text[{s}:{s + len(q)}]={text[s:s + len(q)]!r} != {q!r}")
            if q != q.strip():
                errors.append(f"{where}: quote has outer whitespace")
            if g["qualifier"] not in QUALIFIERS:
                errors.append(f"{where}: qualifier {g['qualifier']!r}")
            if g["unit"] not in units:
                errors.append(f"{where}: unit {g['unit']!r}")
            if not isinstance(g["measure"], str) or not re.fullmatch(r"[a-z0-9_]+", g["measure"]):
                errors.append(f"{where}: measure {g['measure']!r}")
            for k in ("geography", "period"):
                if not isinstance(g[k], str) or not g[k]:
                    errors.append(f"{where}: empty {k}")
            nums = [g["value"], g["value_low"], g["value_high"]]
            if any(x is not None and (isinstance(x, bool) or not isinstance(x, (int, float))) for x in nums):
                errors.append(f"{where}: non-numeric value field")
            if g["qualifier"] in ("vague", "range"):
                if g["value"] is not None or g["value_low"] is None or g["value_high"] is None or g["value_low"] > g["value_high"]:
                    errors.append(f"{where}: {g['qualifier']} needs value=null and value_low<=value_high")
            else:
                if g["value"] is None or g["value_low"] is not None or g["value_high"] is not None:
                    errors.append(f"{where}: point label needs value and null bounds")
            if g["unit"] == "percent" and g["value"] is not None and g["value"] < 0 and not g["measure"].endswith(("_change", "_revision")):
                errors.append(f"{where}: negative percentage on a non-change measure")
            if map_measure and g["measure"].endswith("_ratio") and g["unit"] != "other:ratio":
                errors.append(f"{where}: *_ratio measure should use unit other:ratio")
            if measures and map_measure:
                key = map_measure(g["measure"], g["unit"])
                dist[key] = dist.get(key, 0) + 1
            spans.append((s, s + len(q), where))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append(f"{b[2]}: span overlaps {a[2]} (same span labelled twice?)")
        if show:
            covered = [(a, b) for a, b, _ in spans]
            def free(m):
                return not any(a <= m.start() and m.end() <= b for a, b in covered)
            for m in re.finditer(r"[£€]?\d[\d,.]*\d|[£€]?\d", text):
                if free(m):
                    ctx = text[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")
                    print(f"  unlabelled {slug} @{m.start()}: {m.group()!r}  …{ctx}…")
            for m in re.finditer(numwords, text, re.I):
                if free(m):
                    ctx = text[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")
                    print(f"  unlabelled word {slug} @{m.start()}: {m.group()!r}  …{ctx}…")
    if show_measures:
        for (m, st), n in sorted(dist.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:4d}  {m} / {st}")
    for e in errors:
        print("ERROR", e)
    print(f"{n_art} articles, {n_lab} labels, {len(errors)} errors")
    sys.exit(1 if errors else 0)
