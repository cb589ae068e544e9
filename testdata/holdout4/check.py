#!/usr/bin/env python3
"""Validate the fourth hold-out set (holdout4): every gold label points at its quote, no span is labelled twice, fields are valid.

    python3 check.py              # exits non-zero on any problem
    python3 check.py --uncovered  # also list digits / number words that carry no label (for review)
    python3 check.py --measures   # also print the labels per contract (measure, statistic) via gold_map.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["quote", "start", "value", "value_low", "value_high", "qualifier", "unit", "measure", "geography", "period"]
QUALIFIERS = {"exact", "approximately", "more_than", "at_least", "less_than", "at_most", "almost", "range", "vague"}
UNITS = {"persons", "GBP", "percent", "years", "other:boats", "other:EUR", "other:persons_per_boat", "other:ratio",
         "other:hotels", "other:months", "other:calls"}
META_KEYS = {"url", "title", "publisher", "author", "published_date", "license"}
NUMWORDS = r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozen|hundreds?|thousands?|millions?|billions?|half|third|quarter|quarters|fifth|tenth|twice|double|doubled|halved|dozens?|quarters?|fifths?|thirds?)\b"


def main():
    show = "--uncovered" in sys.argv
    show_measures = "--measures" in sys.argv
    dist = {}
    errors, n_art, n_lab = [], 0, 0
    sys.path.insert(0, "/work/shared/eval")
    try:
        from gold_map import map_measure
    except ImportError:
        map_measure = None
    txts = sorted(glob.glob(os.path.join(HERE, "articles", "*.txt")))
    golds = {os.path.basename(p)[:-6] for p in glob.glob(os.path.join(HERE, "gold", "*.jsonl"))}
    slugs = {os.path.basename(p)[:-4] for p in txts}
    if slugs != golds:
        errors.append(f"articles/gold mismatch: {sorted(slugs ^ golds)}")
    for txt in txts:
        slug = os.path.basename(txt)[:-4]
        n_art += 1
        raw = open(txt, "rb").read()
        text = raw.decode("utf-8")  # raises on invalid UTF-8
        if not 350 <= len(text.split()) <= 800:
            errors.append(f"{slug}: {len(text.split())} words, outside 350-800")
        meta = json.load(open(txt[:-4] + ".meta.json", encoding="utf-8"))
        if set(meta) != META_KEYS:
            errors.append(f"{slug}: meta keys {sorted(meta)}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("published_date") or ""):
            errors.append(f"{slug}: bad published_date")
        gpath = os.path.join(HERE, "gold", slug + ".jsonl")
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
            if g["unit"] not in UNITS:
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
            if map_measure:
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
            for m in re.finditer(NUMWORDS, text, re.I):
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


if __name__ == "__main__":
    main()
