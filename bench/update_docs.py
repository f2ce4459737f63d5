#!/usr/bin/env python3
"""Copies the benchmark result tables into the docs.

    bench/update_docs.py [--check]

Replaces what stands between `<!-- BEGIN FILE -->` and `<!-- END FILE -->` in
the documents of DOCS with FILE (a path from the repository
root), for every such pair. With --check it changes nothing and exits 1 if any
copy differs from its file (test/Docs runs it).
"""
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = ["docs/benchmarks.md", "docs/regalloc.md", "docs/conformance.md",
        "docs/robustness.md"]
PAIR = re.compile(r"(<!-- BEGIN (\S+) -->\n)(.*?)(<!-- END \2 -->)", re.S)


def update(doc, check):
    """Returns (copies, stale copies) of one document."""
    path = os.path.join(REPO, doc)
    text = open(path).read()
    stale = []

    def fill(m):
        body = open(os.path.join(REPO, m.group(2))).read()
        if not body.endswith("\n"):
            body += "\n"
        if m.group(3) != body:
            stale.append(m.group(2))
        return m.group(1) + body + m.group(4)

    new = PAIR.sub(fill, text)
    if not check and new != text:
        open(path, "w").write(new)
    return len(PAIR.findall(text)), stale


def main():
    check = "--check" in sys.argv[1:]
    total, bad = 0, 0
    for doc in DOCS:
        n, stale = update(doc, check)
        total += n
        bad += len(stale)
        for f in stale:
            print("update_docs: %s %s %s" % (doc, "has an old copy of" if check
                                             else "updated from", f))
    if check:
        print("update_docs: %d of %d tables current" % (total - bad, total))
        return 1 if bad else 0
    print("update_docs: %d tables, %d updated" % (total, bad))
    return 0


if __name__ == "__main__":
    sys.exit(main())
