#!/usr/bin/env python3
"""The callee-saved preference on and off, program by program.

    bench/pref_table.py RESULTS.csv

Reads a bench/run.py results.csv with the configurations circ-local-pref and
circ-local-nopref and prints, for each io width in it, one markdown table of
the dynamic counts, each cell `on / off`: pushes, pops, stack reads+writes,
RAM reads+writes and prover-cost, with a total row. docs/regalloc.md copies
its output (bench/update_docs.py).
"""
import csv
import sys

ON, OFF = "circ-local-pref", "circ-local-nopref"
COLS = [("pushes", lambda c: c["pushes"]), ("pops", lambda c: c["pops"]),
        ("stack reads+writes", lambda c: c["stack-reads"] + c["stack-writes"]),
        ("RAM reads+writes", lambda c: c["ram-reads"] + c["ram-writes"]),
        ("prover-cost", lambda c: c["prover-cost"])]
INTS = ["pushes", "pops", "stack-reads", "stack-writes", "ram-reads", "ram-writes",
        "prover-cost"]


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    cells, widths, programs = {}, [], []
    for c in csv.DictReader(open(sys.argv[1])):
        if c["status"] != "ok" or c["config"] not in (ON, OFF):
            continue
        for k in INTS:
            c[k] = int(c[k])
        cells[(c["program"], c["config"], c["width"])] = c
        if c["width"] not in widths:
            widths.append(c["width"])
        if c["program"] not in programs:
            programs.append(c["program"])
    for w in widths:
        print("**io width %s**: dynamic counts from `circ-sim --report`, each cell "
              "`on / off` (`-circ-prefer-callee-saved=true / false`)\n" % w)
        print("| program | " + " | ".join(n for n, _ in COLS) + " |")
        print("|---|" + "---:|" * len(COLS))
        tot = [[0, 0] for _ in COLS]
        for p in programs:
            on, off = cells.get((p, ON, w)), cells.get((p, OFF, w))
            if not on or not off:
                continue
            vals = []
            for i, (_, f) in enumerate(COLS):
                tot[i][0] += f(on)
                tot[i][1] += f(off)
                vals.append("%d / %d" % (f(on), f(off)))
            print("| %s | %s |" % (p, " | ".join(vals)))
        print("| **total** | %s |\n" % " | ".join("**%d / %d**" % tuple(t) for t in tot))
    return 0


if __name__ == "__main__":
    sys.exit(main())
