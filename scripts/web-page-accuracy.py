#!/usr/bin/env python3
"""Scores tracuu's reading of saved web pages against hand labels.

usage: scripts/web-page-accuracy.py [TRACUU] FOLDER...
Each FOLDER holds pages and a labels.json (a list of {file, title, published or
published_visible, lead_first_sentence, body_first_sentence, body_last_sentence});
pages are indexed into a temporary index and read back with `tracuu show --json`.
Reports, per page and in total: headline, date, first sentence (the lead's when labelled,
else the body's) right at the start of the text, last sentence right at its end.
"""
import json, os, re, subprocess, sys, tempfile, unicodedata

args = sys.argv[1:]
tracuu = args.pop(0) if args and os.access(args[0], os.X_OK) and not os.path.isdir(args[0]) else ".build/debug/tracuu"
nfc = lambda s: re.sub(r" ([.,;:!?])", r"\1", unicodedata.normalize("NFC", re.sub(r"\s+", " ", s or "")).strip())

def label_date(label):
    if label.get("published"):
        return label["published"][:10]
    visible = label.get("published_visible")
    if not visible:
        return None
    m = re.search(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})", visible)
    return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else None

totals = {"headline": 0, "date": 0, "first": 0, "last": 0}
count = 0
for folder in args:
    labels = json.load(open(os.path.join(folder, "labels.json")))
    with tempfile.TemporaryDirectory() as tmp:
        index = os.path.join(tmp, "t.sqlite")
        for label in labels:
            page = os.path.join(folder, os.path.basename(label["file"]))
            subprocess.run([tracuu, "index", page, "--index", index], capture_output=True)
            shown = subprocess.run([tracuu, "show", page, "--index", index, "--json"], capture_output=True, text=True)
            doc = json.loads(shown.stdout) if shown.returncode == 0 else {}
            text = nfc((doc.get("lead") or "") + " " + (doc.get("body") or ""))
            first = nfc(label.get("lead_first_sentence") or label["body_first_sentence"])
            result = {
                "headline": nfc(doc.get("title")) == nfc(label["title"]),
                "date": doc.get("date") == label_date(label),
                "first": text.startswith(first),
                "last": text.endswith(nfc(label["body_last_sentence"])),
            }
            count += 1
            for key, ok in result.items():
                totals[key] += ok
            wrong = [k for k, ok in result.items() if not ok]
            print(f"{os.path.basename(page):28} {'ok' if not wrong else 'WRONG ' + ','.join(wrong)}")
            if "headline" in wrong: print(f"    title: {doc.get('title')!r}")
            if "date" in wrong: print(f"    date: {doc.get('date')} (label {label_date(label)})")
            if "first" in wrong: print(f"    starts: {text[:120]!r}")
            if "last" in wrong: print(f"    ends: {text[-120:]!r}")
print("; ".join(f"{k} {v}/{count}" for k, v in totals.items()))
