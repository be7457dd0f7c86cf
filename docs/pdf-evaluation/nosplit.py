#!/usr/bin/env python3
"""No-split test: every whitespace-separated token of `pdftotext -layout` output that
contains Hangul must be a whole 어절 (space-separated word) of the sample's source text.
Usage: nosplit.py FILE.pdf [extra source files with literal text]"""
import sys, re, subprocess
STRIP = "&`'\"[](),;#*:.<>/{}=\\"
src = "".join(open(p).read() for p in ["/work/pdf-eval/shared/content.rs"] + sys.argv[2:])
src = re.sub(r"<[^>]*>", " ", src.replace('\\n', ' '))  # HTML tags in the printpdf sample
PIECE = r"[^\s\"'\[\](),;#*<>{}=&`:./\\]+"
words = set(re.findall(PIECE, src))
txt = subprocess.run(["pdftotext", "-layout", sys.argv[1], "-"], capture_output=True, text=True).stdout
hangul = re.compile(r"[\uac00-\ud7a3]")
bad = [t for line in txt.splitlines() for t in line.split()
       if hangul.search(t) and any(p not in words for p in re.findall(PIECE, t))]
print("Hangul tokens not whole words:", len(bad), bad[:16])
sys.exit(1 if bad else 0)
