#!/usr/bin/env python3
"""Scores the relations `tracuu show PATH --json` reads from gazette documents against hand labels.

Usage: scripts/relations.py INDEX LABELS.tsv [--root DIR] [--baseline]
  INDEX   an index of DIR built with the binary under test (tracuu index --index INDEX DIR)
  LABELS  Tests/Fixtures/relations/{tuning,fresh}.tsv: file, target, relation, scope, cited_by
  --root  the folder the label file names are relative to (default /work/shared/corpus-samples/gazette)
  --baseline  read only which numbers each document cites (`tracuu refs`), for a binary without relations
Environment: TRACUU_BIN (default <repo>/.build/debug/tracuu).

Prints precision and recall per relation over (document, target, relation) triples, the typed
relations together (all but `cites`), "every cited number found" (labelled targets the document
cites by number that appear in its relations with any relation), named-law links, and scope agreement.
"""
import json, os, subprocess, sys, unicodedata
from collections import defaultdict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRACUU = os.environ.get("TRACUU_BIN", os.path.join(REPO, ".build/debug/tracuu"))
RELATIONS = ["based_on", "amends", "replaces", "repeals", "guides", "consolidates", "cites"]
CONFUSABLE = str.maketrans({"Т": "T", "С": "C", "В": "B", "А": "A", "О": "O", "Н": "H", "Е": "E", "М": "M", "Х": "X"})

def key(target):
    """One spelling per number: Cyrillic look-alikes, Đ/D, Ư/W (TƯ = TW) and spaces do not count."""
    text = target.translate(CONFUSABLE).upper().replace("Đ", "D").replace("Ư", "W").replace(" ", "")
    return unicodedata.normalize("NFC", text)

def run(*args):
    out = subprocess.run([TRACUU, *args], capture_output=True, text=True)
    return out.returncode, out.stdout

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    root = "/work/shared/corpus-samples/gazette"
    if "--root" in sys.argv:
        root = sys.argv[sys.argv.index("--root") + 1]
        args.remove(root)
    baseline = "--baseline" in sys.argv
    index, labels_path = args
    labels = defaultdict(set)
    scopes = {}
    by_number = defaultdict(set)
    named = defaultdict(set)
    for line in open(labels_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        name, target, relation, scope, cited_by = (line.rstrip("\n").split("\t") + [""] * 5)[:5]
        labels[name].add((key(target), relation))
        if scope:
            scopes[(name, key(target), relation)] = scope
        (by_number if cited_by == "number" else named)[name].add(key(target))

    predicted = defaultdict(set)
    predicted_scopes = defaultdict(set)
    if baseline:
        _, listing = run("refs", "--index", index, "--json", "--limit", "0")
        for reference in json.loads(listing)["references"]:
            _, found = run("refs", reference["id"], "--index", index, "--json")
            for citation in json.loads(found)["citations"]:
                name = os.path.relpath(citation["path"], root)
                if name in labels:
                    predicted[name].add((key(reference["id"]), "cites"))
    else:
        for name in labels:
            status, out = run("show", os.path.join(root, name), "--index", index, "--json")
            if status != 0:
                print(f"tracuu show failed for {name}", file=sys.stderr)
                continue
            for relation in json.loads(out).get("relations", []):
                pair = (key(relation["target"]), relation["relation"])
                predicted[name].add(pair)
                if relation.get("scope"):
                    predicted_scopes[(name, *pair)].add(relation["scope"])

    def score(relations):
        tp = fp = fn = 0
        for name in labels:
            gold = {p for p in labels[name] if p[1] in relations}
            got = {p for p in predicted[name] if p[1] in relations}
            tp += len(gold & got); fp += len(got - gold); fn += len(gold - got)
        precision = tp / (tp + fp) if tp + fp else float("nan")
        recall = tp / (tp + fn) if tp + fn else float("nan")
        return precision, recall, tp, fp, fn

    print(f"{len(labels)} documents, {sum(len(v) for v in labels.values())} labelled relations ({labels_path})")
    print(f"{'relation':<14}{'precision':>10}{'recall':>8}{'tp':>6}{'fp':>5}{'fn':>5}")
    for relation in RELATIONS + ["typed"]:
        chosen = set(RELATIONS[:-1]) if relation == "typed" else {relation}
        p, r, tp, fp, fn = score(chosen)
        print(f"{relation:<14}{p:>10.3f}{r:>8.3f}{tp:>6}{fp:>5}{fn:>5}")
    found = total = 0
    for name in labels:
        targets = {t for t, _ in predicted[name]}
        total += len(by_number[name]); found += len(by_number[name] & targets)
    print(f"every cited number found: {found}/{total} = {found / total:.3f}")
    linked = sum(len(named[n] & {t for t, _ in predicted[n]}) for n in labels)
    print(f"laws cited by name linked: {linked}/{sum(len(v) for v in named.values())}")
    agree = sum(1 for (n, t, r), s in scopes.items() if s in predicted_scopes.get((n, t, r), set()))
    print(f"scopes given: {agree}/{len(scopes)}")
    if "-v" in sys.argv or os.environ.get("VERBOSE"):
        for name in sorted(labels):
            missing = labels[name] - predicted[name]; extra = predicted[name] - labels[name]
            if missing or extra:
                print(f"\n{name}\n  missing: {sorted(missing)}\n  extra:   {sorted(extra)}")

main()
