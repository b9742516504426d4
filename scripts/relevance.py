#!/usr/bin/env python3
"""Scores tracuu's ranking; run through scripts/relevance.sh, which builds the indexes.

  relevance.py alqac INDEX DATASET_DIR       R@10 and MRR@10 on the development set, questions
                                             as written and without diacritics (d for đ)
  relevance.py everyday INDEX CORPUS_DIR TSV P@10 of each everyday query, unaccented and accented

Judgement rule for the everyday queries: a result is relevant when its file (title, lead and
body) holds the meant phrase as consecutive words, compared after NFC, case folding and one
tone-mark placement (Hòa = Hoà, ma túy = ma tuý); words are runs of letters and digits, so
"TP.Đà Nẵng" holds "Đà Nẵng". Diacritics count: "Phi Nhung" does not hold "tham nhũng",
"Công ty CP" does not hold "Chính phủ". The judge is independent of tracuu's analyzer.
"""
import json
import os
import re
import subprocess
import sys
import unicodedata
from concurrent.futures import ThreadPoolExecutor

TRACUU = os.environ.get("TRACUU_BIN") or os.path.join(os.path.dirname(__file__), "..", ".build", "debug", "tracuu")
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
WORD = re.compile(r"\w+")
BM25S = {"accented": (0.987, 0.949), "unaccented": (0.987, 0.949)}


def unaccented(text):
    """Every diacritic removed and đ → d: what most users type."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)))


def word_key(word):
    """A word with its tone mark moved to the end: one key whatever the tone placement."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    tones = "".join(c for c in decomposed if c in TONES)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES)) + tones


def words(text):
    return [word_key(w) for w in WORD.findall(unicodedata.normalize("NFC", text))]


def holds(text_words, phrase_words):
    n = len(phrase_words)
    first = phrase_words[0]
    return any(text_words[i] == first and text_words[i:i + n] == phrase_words for i in range(len(text_words) - n + 1))


def search(index, query, limit=10):
    """The paths of tracuu's top results for one query (an empty list when none)."""
    done = subprocess.run([TRACUU, "search", "--index", index, "--limit", str(limit), "--json", "--", query],
                          capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"relevance.py: tracuu search failed ({done.returncode}) for {query!r}: {done.stderr.strip()}")
    if not done.stdout.strip():
        return []
    return [hit["path"] for hit in json.loads(done.stdout)["results"]]


def alqac(index, dataset):
    questions = json.load(open(os.path.join(dataset, "queries.json"), encoding="utf-8"))
    rows = []
    with ThreadPoolExecutor(max_workers=2) as pool:
        for way, transform in (("accented", lambda t: t), ("unaccented", unaccented)):
            texts = [transform(q["text"]) for q in questions]
            results = list(pool.map(lambda t: search(index, t), texts))
            recall = mrr = 0.0
            for question, paths in zip(questions, results):
                names = [os.path.basename(p) for p in paths[:10]]
                relevant = set(question["relevant"])
                recall += len(relevant & set(names)) / len(relevant)
                mrr += next((1 / (rank + 1) for rank, name in enumerate(names) if name in relevant), 0.0)
            rows.append((way, recall / len(questions), mrr / len(questions)))
    print(f"ALQAC 2022 development set, {len(questions)} questions, top 10 (tracuu: {TRACUU})")
    print(f"{'questions':<12} {'R@10':>7} {'MRR@10':>7}   {'bm25s+bigrams R@10':>18} {'MRR@10':>7}")
    for way, recall, mrr in rows:
        goal = BM25S[way]
        print(f"{way:<12} {recall:7.3f} {mrr:7.3f}   {goal[0]:18.3f} {goal[1]:7.3f}")
    print(f"unaccented - accented: R@10 {rows[1][1] - rows[0][1]:+.3f}, MRR@10 {rows[1][2] - rows[0][2]:+.3f}")


def everyday(index, corpus, tsv, show):
    pairs = []
    for line in open(tsv, encoding="utf-8"):
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            query, phrase = line.split("\t")
            pairs.append((query, phrase))
    cache = {}

    def relevant(path, phrase):
        if path not in cache:
            full = path if os.path.isabs(path) else os.path.join(corpus, path)
            if not os.path.exists(full):
                full = os.path.join(corpus, os.path.basename(path))
            cache[path] = words(open(full, encoding="utf-8", errors="replace").read())
        return holds(cache[path], words(phrase))

    with ThreadPoolExecutor(max_workers=2) as pool:
        plain = list(pool.map(lambda p: search(index, p[0]), pairs))
        accented = list(pool.map(lambda p: search(index, p[1]), pairs))
    print(f"Everyday queries ({os.path.basename(tsv)}), P@10 on {corpus}")
    print(f"{'query':<24} {'meant':<24} {'P@10':>5} {'accented':>8}")
    totals = [0.0, 0.0]
    lowest = (2.0, "")
    for (query, phrase), a, b in zip(pairs, plain, accented):
        p = sum(relevant(path, phrase) for path in a[:10]) / 10
        q = sum(relevant(path, phrase) for path in b[:10]) / 10
        totals[0] += p
        totals[1] += q
        lowest = min(lowest, (p, query))
        print(f"{query:<24} {phrase:<24} {p:5.1f} {q:8.1f}")
        if show:
            for rank, path in enumerate(a[:10], 1):
                print(f"    {rank:2} {'+' if relevant(path, phrase) else '-'} {path}")
    n = len(pairs)
    print(f"{'mean (' + str(n) + ' queries)':<49} {totals[0] / n:5.3f} {totals[1] / n:8.3f}")
    print(f"lowest unaccented P@10: {lowest[0]:.1f} ({lowest[1]})")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "alqac":
        alqac(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 5 and sys.argv[1] == "everyday":
        everyday(sys.argv[2], sys.argv[3], sys.argv[4], "--show" in sys.argv[5:])
    else:
        sys.exit(__doc__)
