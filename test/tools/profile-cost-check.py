#!/usr/bin/env python3
"""profile-cost-check.py CIRC-SIM PROG.s...: runs each program under
circ-sim --report --profile-cost with every metric and checks that the
folded stacks add up to the run: instructions and constraints to the
report's, the prover cost with the table's padding row to the report's
prover cost, and that every stack starts at main. Prints one line per
program and "N programs, M wrong"; exits 1 if any is wrong."""
import os
import re
import subprocess
import sys
import tempfile


def run(sim, prog, metric, folded):
    p = subprocess.run([sim, "--report", "--max-steps=200000000",
                        "--profile-cost=" + folded, "--profile-metric=" + metric, prog],
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    report = dict(re.findall(r"^([a-z-]+): (\d+)$", p.stderr, re.M))
    pad = re.search(r"^  \(padding, initial RAM\) +(\d+)", p.stderr, re.M)
    stacks = []
    with open(folded) as f:
        for line in f:
            path, count = line.rstrip("\n").rsplit(" ", 1)
            stacks.append((path, int(count)))
    return report, int(pad.group(1)) if pad else None, stacks


def check(sim, prog, tmp):
    folded = os.path.join(tmp, "p.folded")
    wrong = []
    for metric, key in (("instructions", "instructions"), ("constraints", "constraints"),
                        ("cost", "prover-cost")):
        report, pad, stacks = run(sim, prog, metric, folded)
        total = sum(c for _, c in stacks) + (pad if metric == "cost" else 0)
        if key not in report or int(report[key]) != total:
            wrong.append("%s: folded %d, report %s" % (metric, total, report.get(key)))
        if any(not p.startswith("main") for p, _ in stacks):
            wrong.append("%s: a stack that does not start at main" % metric)
    return wrong


def main():
    sim, progs = sys.argv[1], sys.argv[2:]
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for prog in progs:
            wrong = check(sim, prog, tmp)
            bad += bool(wrong)
            print("%s %s%s" % ("WRONG" if wrong else "ok", os.path.basename(prog),
                               ": " + "; ".join(wrong) if wrong else ""))
    print("%d programs, %d wrong" % (len(progs), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
