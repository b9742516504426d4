#!/usr/bin/env python3
"""Makes a Word document (.docx, with python-docx) from a gazette text version, the way an
office types one: the issuer and "Số: …" in a borderless header table, beside the motto and
"Hà Nội, ngày …"; the rest as paragraphs; a footnote-like note at the end.

usage: scripts/make-docx.py TEXT.txt OUT.docx      (pip install python-docx)
"""
import re, sys
import docx

text = open(sys.argv[1], encoding="utf-8").read().replace("\r", "")
noise = re.compile(r"^\s*(CÔNG BÁO\s*/.*|\d{1,5}|[_\-. ]+|(Người ký|Ký bởi|Email|Cơ quan|Thời gian ký|Ngày ký):.*)\s*$")
lines = [l.strip() for l in text.split("\n") if l.strip() and not noise.match(l)]
number = next((i for i, l in enumerate(lines[:40]) if re.match(r"^(\S+ )?[Ss]ố:", l)), None)
motto = next((i for i, l in enumerate(lines[:40]) if l.startswith("CỘNG HÒA") or l.startswith("CỘNG HOÀ")), None)
document = docx.Document()
if number is not None and motto is not None and motto < number:
    issuer, mottos = lines[:motto], lines[motto:number]
    place = next((i for i in range(number + 1, min(number + 3, len(lines))) if re.search(r", ngày \d", lines[i])), None)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "\n".join(issuer)
    table.cell(0, 1).text = "\n".join(mottos)
    table.cell(1, 0).text = lines[number]
    table.cell(1, 1).text = lines[place] if place is not None else ""
    rest = lines[(place if place is not None else number) + 1:]
else:
    rest = lines
for line in rest:
    document.add_paragraph(line)
document.save(sys.argv[2])
