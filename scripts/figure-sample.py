#!/usr/bin/env python3
"""Picks the vnnews-2017 articles of the hand-labelled figure samples (issue 16).

Seeded, so the pick can be repeated: for each phenomenon the issue names (negated
comparisons, written minus signs, rises and falls, injuries, durations, fractions and
halves, ages and birth years, clock times) three articles that show it, and then
articles chosen at random among those with digits; articles of 900-3,200 bytes only, so
that every figure of each can be labelled by hand. The first of each phenomenon and
every other random one go to the FRESH set (not looked at while tuning), the rest to
the TUNING set. Articles already in `Tests/Fixtures/figures/*.json` are kept out of a
new pick only when --exclude-labelled is given (the printed pick is what was labelled).

    scripts/figure-sample.py /tmp/vnnews-2017
"""
import os, random, re, sys

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

def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/tmp/vnnews-2017"
    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    texts = {}
    for name in names:
        size = os.path.getsize(os.path.join(folder, name))
        if 900 <= size <= 3200:
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                texts[name[:-4]] = f.read()
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
