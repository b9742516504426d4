#!/usr/bin/env python3
"""Scores `tracuu figures` against the hand-labelled vnnews-2017 samples (issue 16).

    scripts/figure-eval.py [--binary .build/debug/tracuu] [--corpus /tmp/vnnews-2017]
                           [--errors] [Tests/Fixtures/figures/tuning.json ...]

Copies the labelled articles into a temporary folder, indexes them with the built
binary and reads `tracuu figures --json --limit 0` back. A figure found matches a
label of the same article when the values agree (sign included, to 1e-3 relative)
and so does the head word of the thing counted: its first word, lower case, with
the unit aliases of `--unit` (VNĐ, đ → đồng; đô la → usd); a rate such as
`đồng/lít` is one word. Each label matches at most one figure. Prints per-article
precision (matched / found) and recall (matched / labelled), their means over the
articles and over all figures, and on the matched figures how often the qualifier,
the direction and the whole thing counted agree with the label. `--errors` lists
what was missed, what was found in excess, and the wrong qualifiers and directions.
The articles are read from the corpus (never copied into the project): the labels
hold only ids, values and the figures' own words. Any labels file of that shape is
scored by its path (`{"articles": [{"id", "figures": [{"value", "unit", "qualifier",
"direction"}]}]}`; `picked_for` and the other fields are optional).
"""
import argparse, json, os, shutil, subprocess, sys, tempfile, unicodedata

ALIASES = {"vnd": "đồng", "vnđ": "đồng", "đ": "đồng", "đô la": "usd", "đôla": "usd", "phần trăm": "%"}


def unit_key(unit):
    if unit is None:
        return ""
    key = unicodedata.normalize("NFC", unit).strip().lower()
    key = " ".join(key.split())
    for form, alias in ALIASES.items():
        if key == form or key.startswith(form + " ") or key.startswith(form + "/"):
            key = alias + key[len(form):]
    return key


def head(unit):
    key = unit_key(unit)
    return key.split(" ")[0] if key else ""


def same_value(a, b):
    return abs(a - b) <= 1e-3 * max(1.0, abs(b))


def match(found, labels):
    """Pairs found figures with labels: same value and head word, preferring the same
    whole unit, qualifier and direction; returns (pairs, unmatched found, unmatched labels)."""
    pairs, free = [], list(range(len(labels)))
    candidates = []
    for i, f in enumerate(found):
        for j, l in enumerate(labels):
            if same_value(f["value"], l["value"]) and head(f.get("unit")) == head(l.get("unit")):
                score = (unit_key(f.get("unit")) == unit_key(l.get("unit"))) * 4 \
                    + (f.get("qualifier") == l.get("qualifier")) * 2 + (f.get("direction") == l.get("direction"))
                candidates.append((-score, i, j))
    used_f, used_l = set(), set()
    for _, i, j in sorted(candidates):
        if i in used_f or j in used_l:
            continue
        used_f.add(i)
        used_l.add(j)
        pairs.append((found[i], labels[j]))
    return pairs, [f for i, f in enumerate(found) if i not in used_f], [l for j, l in enumerate(labels) if j not in used_l]


def run(binary, corpus, ids):
    work = tempfile.mkdtemp(prefix="figure-eval-")
    try:
        docs = os.path.join(work, "docs")
        os.mkdir(docs)
        for article in ids:
            shutil.copy(os.path.join(corpus, article + ".txt"), docs)
        index = os.path.join(work, "index.sqlite")
        subprocess.run([binary, "index", "--index", index, docs], check=True, stdout=subprocess.DEVNULL)
        result = subprocess.run([binary, "figures", "--index", index, "--json", "--limit", "0"],
                                stdout=subprocess.PIPE, check=False)
        if result.returncode not in (0, 1):
            sys.exit(f"figure-eval: tracuu figures exited {result.returncode}")
        found = {article: [] for article in ids}
        for figure in json.loads(result.stdout)["figures"]:
            article = os.path.basename(figure["path"])[:-4]
            found[article].append(figure)
        return found
    finally:
        shutil.rmtree(work)


def describe(f):
    value = f["value"]
    value = int(value) if value == int(value) else value
    text = f.get("text", "")
    return f'{value} [{f.get("unit")}] {f.get("qualifier") or "-"} {f.get("direction") or "-"}  «{text}»'


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("labels", nargs="*", default=["Tests/Fixtures/figures/tuning.json"])
    parser.add_argument("--binary", default=".build/debug/tracuu")
    parser.add_argument("--corpus", default="/tmp/vnnews-2017")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    if not os.path.isdir(args.corpus):
        sys.exit(f"figure-eval: no vnnews-2017 at {args.corpus}: tar -xzf ../shared/bench/vnnews-2017.tar.gz -C /tmp")
    for path in args.labels:
        articles = json.load(open(path))["articles"]
        for article in articles:
            article["id"] = str(article["id"])
        found = run(args.binary, args.corpus, [a["id"] for a in articles])
        print(f"== {path}: {len(articles)} articles, {sum(len(a['figures']) for a in articles)} labelled figures")
        print(f"{'article':>9} {'picked for':>10} {'labels':>6} {'found':>5} {'match':>5} {'P':>5} {'R':>5}")
        precisions, recalls = [], []
        totals = {"labels": 0, "found": 0, "matched": 0, "qualifier": 0, "direction": 0, "unit": 0}
        errors = []
        for article in articles:
            labels, figures = article["figures"], found[article["id"]]
            pairs, extra, missed = match(figures, labels)
            p = len(pairs) / len(figures) if figures else 1.0
            r = len(pairs) / len(labels) if labels else 1.0
            precisions.append(p)
            recalls.append(r)
            totals["labels"] += len(labels)
            totals["found"] += len(figures)
            totals["matched"] += len(pairs)
            for f, l in pairs:
                totals["qualifier"] += f.get("qualifier") == l.get("qualifier")
                totals["direction"] += f.get("direction") == l.get("direction")
                totals["unit"] += unit_key(f.get("unit")) == unit_key(l.get("unit"))
                if f.get("qualifier") != l.get("qualifier"):
                    errors.append((article["id"], "qualifier", f"{describe(f)}  label {l.get('qualifier')}"))
                if f.get("direction") != l.get("direction"):
                    errors.append((article["id"], "direction", f"{describe(f)}  label {l.get('direction')}"))
            errors += [(article["id"], "missed", describe(l)) for l in missed]
            errors += [(article["id"], "extra", describe(f)) for f in extra]
            print(f"{article['id']:>9} {article.get('picked_for', '-'):>10} {len(labels):>6} {len(figures):>5} {len(pairs):>5} {p:5.2f} {r:5.2f}")
        n, m = len(articles), max(totals["matched"], 1)
        print(f"per-article mean: precision {sum(precisions) / n:.3f}, recall {sum(recalls) / n:.3f}")
        print(f"over all figures: precision {totals['matched'] / max(totals['found'], 1):.3f} "
              f"({totals['matched']}/{totals['found']}), recall {totals['matched'] / max(totals['labels'], 1):.3f} "
              f"({totals['matched']}/{totals['labels']})")
        print(f"on the {totals['matched']} matched: qualifier {totals['qualifier'] / m:.3f}, direction "
              f"{totals['direction'] / m:.3f}, whole thing counted {totals['unit'] / m:.3f}")
        if args.errors:
            for article, kind, text in sorted(errors, key=lambda e: (e[1], e[0])):
                print(f"  {kind:9} {article}  {text}")


main()
