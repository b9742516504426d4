#!/usr/bin/env python3
"""Picks the vnnews-2017 articles of the hand-labelled figure samples (issue 16).

Seeded, so the pick can be repeated: for each phenomenon the issue names (negated
comparisons, written minus signs, rises and falls, injuries, durations, fractions and
halves, ages and birth years, clock times) three articles that show it, and then
articles chosen at random among those with digits; articles of 900-3,200 bytes only, so
that every figure of each can be labelled by hand. The first of each phenomenon and
every other random one go to the FRESH set (not looked at while tuning), the rest to
the TUNING set.

A held-out sample drawn later (`fresh2.json`, `fresh3.json`) gives a new seed and the
labelled files to keep out: two articles for each phenomenon, then 18 at random among
all the other eligible articles, digits or not, all printed as FRESH.

    scripts/figure-sample.py /tmp/vnnews-2017
    scripts/figure-sample.py /tmp/vnnews-2017 --seed 3120 \
        --exclude Tests/Fixtures/figures/{tuning,fresh,fresh2}.json
"""
import argparse, json, os, random, re

PHENOMENA = [
    ("negation", r"không (cao hơn|thấp hơn|quá|vượt quá|dưới|đến) [0-9]"),
    ("sign", r"(^|[\s(:])[-−–][0-9]+(,[0-9]+)? ?%"),
    ("change", r"(tăng|giảm)( thêm| đi)? [0-9]+(,[0-9]+)? ?%"),
    ("injury", r"[0-9]+ người bị thương"),
    ("duration", r"(trong|sau|mất|suốt|kéo dài) [0-9]+ (ngày|tháng|năm|giờ|phút|tuần)"),
    ("fraction", r"½|một nửa|[0-9] (tiếng|giờ|năm|tháng|tuần) rưỡi|rưỡi"),
    ("age", r"[0-9]{2} tuổi|sinh năm [0-9]{4}|SN [0-9]{4}"),
    ("clock", r"[0-9]{1,2}h[0-9]{2}|lúc [0-9]{1,2} giờ|[0-9]{1,2} giờ [0-9]{1,2}"),
]
PER_PHENOMENON = 3
RANDOM = 24
SEED = 16

def held_out_pick(texts, seed):
    rng = random.Random(seed)
    taken = set()
    for label, pattern in PHENOMENA:
        regex = re.compile(pattern)
        for pick in rng.sample([i for i in sorted(texts) if i not in taken and regex.search(texts[i])], 2):
            taken.add(pick)
            print("fresh", pick, label)
    for pick in rng.sample([i for i in sorted(texts) if i not in taken], 18):
        print("fresh", pick, "random")

def main():
    arguments = argparse.ArgumentParser(description="Picks the articles of a figure sample.")
    arguments.add_argument("folder", nargs="?", default="/tmp/vnnews-2017")
    arguments.add_argument("--seed", type=int, help="draw a held-out sample with this seed")
    arguments.add_argument("--exclude", nargs="*", default=[], help="labelled samples to keep out")
    options = arguments.parse_args()
    labelled = set()
    for path in options.exclude:
        with open(path, encoding="utf-8") as f:
            labelled.update(article["id"] for article in json.load(f)["articles"])
    folder = options.folder
    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    texts = {}
    for name in names:
        size = os.path.getsize(os.path.join(folder, name))
        if 900 <= size <= 3200 and name[:-4] not in labelled:
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                texts[name[:-4]] = f.read()
    if options.seed is not None:
        held_out_pick(texts, options.seed)
        return
    rng = random.Random(SEED)
    taken, tuning, fresh = set(), [], []
    for label, pattern in PHENOMENA:
        regex = re.compile(pattern)
        found = [i for i in sorted(texts) if i not in taken and regex.search(texts[i])]
        for position, pick in enumerate(rng.sample(found, PER_PHENOMENON)):
            taken.add(pick)
            (fresh if position == 0 else tuning).append((pick, label))
    digits = [i for i in sorted(texts) if i not in taken and len(re.findall(r"[0-9]+", texts[i])) >= 4]
    for position, pick in enumerate(rng.sample(digits, RANDOM)):
        (fresh if position % 3 == 0 else tuning).append((pick, "random"))
    for name, picks in (("tuning", tuning), ("fresh", fresh)):
        for pick, label in picks:
            print(name, pick, label)

main()
