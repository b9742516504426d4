#!/usr/bin/env python3
"""Compares tracuu's reading of gazette PDFs (or Word files) with the publisher's text of the same documents.

usage: scripts/gazette-accuracy.py [TRACUU] [FOLDER TEXT_FOLDER]
defaults: .build/debug/tracuu, /work/shared/corpus-samples/gazette-pdf/cong_doan and
/work/shared/corpus-samples/gazette/cong_doan (NAME.pdf or NAME.docx beside NAME.txt + NAME.json;
scripts/make-docx.py makes the .docx from the .txt).
Indexes both folders into temporary indexes and reports, per document and in total:
- number/kind: the own number and kind read from the PDF equal those read from the text version;
- words: share of the publisher's words (multiset, case-folded, NFC) found in the stored PDF text,
  against the raw .txt and against the text version as stored (page headers/numbers dropped);
- pages, seconds of `tracuu index` on the PDFs, and of pdftotext alone (its share of the build).
"""
import collections, json, os, re, subprocess, sys, tempfile, time, unicodedata

args = sys.argv[1:]
tracuu = args.pop(0) if args and os.path.isfile(args[0]) else ".build/debug/tracuu"
pdfs = args[0] if args else "/work/shared/corpus-samples/gazette-pdf/cong_doan"
texts = args[1] if len(args) > 1 else "/work/shared/corpus-samples/gazette/cong_doan"

def words(text):
    return collections.Counter(re.findall(r"\w+", unicodedata.normalize("NFC", text).lower()))

def found(expected, actual):
    total = sum(expected.values())
    return sum(min(n, actual[w]) for w, n in expected.items()) / total if total else 1.0

def show(index, path):
    out = subprocess.run([tracuu, "show", path, "--index", index, "--json"], capture_output=True, text=True)
    return json.loads(out.stdout) if out.returncode == 0 else {}

with tempfile.TemporaryDirectory() as tmp:
    pdf_index, text_index = os.path.join(tmp, "pdf.sqlite"), os.path.join(tmp, "text.sqlite")
    started = time.time()
    run = subprocess.run([tracuu, "index", pdfs, "--index", pdf_index], capture_output=True, text=True)
    seconds = time.time() - started
    sys.stderr.write(run.stderr)
    subprocess.run([tracuu, "index", texts, "--index", text_index], capture_output=True)
    started = time.time()
    for name in sorted(os.listdir(pdfs)):
        if name.endswith(".pdf"):
            subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(pdfs, name), os.devnull])
    pdftotext_seconds = time.time() - started
    same = raw_share = stored_share = pages = count = 0
    for name in sorted(os.listdir(pdfs)):
        stem, ext = os.path.splitext(name)
        if ext not in (".pdf", ".docx"):
            continue
        if ext == ".pdf":
            info = subprocess.run(["pdfinfo", os.path.join(pdfs, name)], capture_output=True, text=True).stdout
            pages += int(re.search(r"Pages:\s+(\d+)", info).group(1))
        pdf = show(pdf_index, os.path.join(pdfs, name))
        text = show(text_index, os.path.join(texts, stem + ".txt"))
        meta = json.load(open(os.path.join(texts, stem + ".json")))
        stored = words(" ".join(pdf.get(k) or "" for k in ("title", "lead", "body")))
        raw = found(words(open(os.path.join(texts, stem + ".txt"), encoding="utf-8").read()), stored)
        kept = found(words(" ".join(text.get(k) or "" for k in ("title", "lead", "body"))), stored)
        agree = (pdf.get("number"), pdf.get("kind")) == (text.get("number"), text.get("kind"))
        count += 1; same += agree; raw_share += raw; stored_share += kept
        flag = "" if agree and kept >= 0.97 else "  <--"
        print(f"{stem[:48]:48} {meta['loai'][:10]:10} got {str(pdf.get('number')):24} {pdf.get('kind'):10} text {str(text.get('number')):24} words {raw:.3f}/{kept:.3f}{flag}")
    print(f"number and kind as for the text version: {same}/{count} ({100 * same / count:.1f}%)")
    print(f"publisher's words found: {100 * raw_share / count:.2f}% of the raw .txt, {100 * stored_share / count:.2f}% of the text version as stored")
    if pages: print(f"{pages} pages: tracuu index {seconds:.1f} s ({pages / seconds:.1f} pages/s); pdftotext alone {pdftotext_seconds:.1f} s ({100 * pdftotext_seconds / seconds:.0f}% of the build)")
