#!/usr/bin/env python3
"""Checks the own number tracuu reads from each gazette text against the publisher's `so_hieu`.

Usage: scripts/own-numbers.py INDEX [ROOT]   (ROOT default /work/shared/corpus-samples/gazette,
INDEX an index of ROOT built with the binary under test). Environment: TRACUU_BIN.

`so_hieu` is noisy: most are URL slugs ("thong-tu-so-01-2024-tt-bldtbxh-41332"); a slug is read
back into a number by dropping the type words before "-so-" and the site's page id at the end
("01/2024/TT-BLDTBXH"); numbers are compared with Đ read as D and case ignored. A document
"has a text layer" when, gazette page headers and signature stamps left out, 300 letters remain.
"""
import glob, json, os, re, subprocess, sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRACUU = os.environ.get("TRACUU_BIN", os.path.join(REPO, ".build/debug/tracuu"))
NOISE = re.compile(r"^\s*(CÔNG BÁO|\d{1,5}\s*$|Người ký:|Email:|Cơ quan:|Thời gian ký:|Ký bởi:|Ngày ký:)", re.I)

def key(number):
    return re.sub(r"\s", "", number).upper().replace("Đ", "D")

def expected(so_hieu):
    if "-so-" not in so_hieu:
        number = so_hieu.split("số")[-1].strip()
        head, _, rest = number.partition("/")
        return key(f"{int(head):02d}/{rest}")
    slug = so_hieu.split("-so-", 1)[1]
    parts = slug.split("-")
    if parts and parts[-1].isdigit() and len(parts[-1]) >= 5:
        parts = parts[:-1]
    number, rest = parts[0], parts[1:]
    year = ""
    if rest and re.fullmatch(r"\d{4}", rest[0]):
        year, rest = rest[0] + "/", rest[1:]
    if len(rest) == 1:
        return key(f"{int(number):02d}/{year}{rest[0]}")
    return key(f"{int(number):02d}/{year}{rest[0]}-{'-'.join(rest[1:])}")

def main():
    index = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/corpus-samples/gazette"
    total = right = 0
    no_layer = []
    for text_path in sorted(glob.glob(os.path.join(root, "*", "*.txt"))):
        letters = sum(ch.isalpha() for line in open(text_path, encoding="utf-8") if not NOISE.match(line) for ch in line)
        if letters < 300:
            no_layer.append(os.path.relpath(text_path, root))
            continue
        want = expected(json.load(open(text_path[:-4] + ".json", encoding="utf-8"))["so_hieu"])
        out = subprocess.run([TRACUU, "show", text_path, "--index", index, "--json"], capture_output=True, text=True)
        got = json.loads(out.stdout).get("number") if out.returncode == 0 else None
        total += 1
        if got and key(got) == want:
            right += 1
        else:
            print(f"{os.path.relpath(text_path, root)}: expected {want}, read {got}")
    print(f"own number right: {right}/{total} = {right / total:.3f} of the documents with a text layer; "
          f"{len(no_layer)} without: {', '.join(no_layer)}")

main()
