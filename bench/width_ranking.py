#!/usr/bin/env python3
"""Which io width is cheapest, by prover-cost and by the old estimate.

    bench/width_ranking.py RESULTS.csv

Reads a bench/run.py results.csv (run it with several --widths) and prints,
per configuration, how many programs each width is cheapest for and the
geometric mean of each width's cost relative to the same configuration at
unbounded width. It does so twice: by `prover-cost` (circ-sim --report, from
the block constraint systems; docs/r1cs.md) and by the old hand-set estimate
`prover-work` = blocks x pow2(2 W) + instructions + 2 x stack accesses +
4 x RAM accesses, recomputed from the same cells. Then it ranks the
configurations by prover-cost at each width (geometric mean relative to
greedy), again both ways. Markdown on stdout; standard library only.
"""

import csv
import math
import sys

REFERENCE = "greedy"


def pow2(x):
    p = 1
    while p < x:
        p *= 2
    return p


def prover_work(c):
    return (int(c["blocks"]) * pow2(2 * int(c["io-width"])) + int(c["instructions"])
            + 2 * (int(c["stack-writes"]) + int(c["stack-reads"]))
            + 4 * (int(c["ram-writes"]) + int(c["ram-reads"])))


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def load(path):
    cells = {}
    order = {"configs": [], "widths": [], "programs": []}
    for c in csv.DictReader(open(path)):
        if c["status"] != "ok":
            continue
        for key, val in (("configs", c["config"]), ("widths", c["width"]),
                         ("programs", c["program"])):
            if val not in order[key]:
                order[key].append(val)
        cells[(c["program"], c["config"], c["width"])] = {
            "prover-cost": int(c["prover-cost"]), "prover-work": prover_work(c)}
    return cells, order


def cheapest_table(cells, order, metric):
    widths = order["widths"]
    lines = ["| config | " + " | ".join("cheapest at %s" % w for w in widths) +
             " | " + " | ".join("%s vs unbounded" % w for w in widths if w != "unbounded") + " |",
             "|---|" + "---:|" * (2 * len(widths) - (1 if "unbounded" in widths else 0))]
    for cfg in order["configs"]:
        wins = {w: 0 for w in widths}
        rel = {w: [] for w in widths}
        for p in order["programs"]:
            row = {w: cells.get((p, cfg, w)) for w in widths}
            if any(v is None for v in row.values()):
                continue
            best = min(widths, key=lambda w: row[w][metric])
            wins[best] += 1
            if "unbounded" in row:
                for w in widths:
                    rel[w].append(row[w][metric] / row["unbounded"][metric])
        n = sum(wins.values())
        lines.append("| %s | " % cfg + " | ".join("%d/%d" % (wins[w], n) for w in widths) +
                     " | " + " | ".join("×%.3f" % geomean(rel[w]) for w in widths
                                        if w != "unbounded") + " |")
    return "\n".join(lines)


def config_table(cells, order, metric):
    widths = order["widths"]
    lines = ["| config | " + " | ".join("vs %s at %s" % (REFERENCE, w) for w in widths) + " |",
             "|---|" + "---:|" * len(widths)]
    for cfg in order["configs"]:
        vals = []
        for w in widths:
            rs = [cells[(p, cfg, w)][metric] / cells[(p, REFERENCE, w)][metric]
                  for p in order["programs"]
                  if (p, cfg, w) in cells and (p, REFERENCE, w) in cells]
            vals.append("×%.3f" % geomean(rs) if rs else "-")
        lines.append("| %s | " % cfg + " | ".join(vals) + " |")
    return "\n".join(lines)


def main():
    if len(sys.argv) != 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__)
        return 2
    cells, order = load(sys.argv[1])
    if not cells:
        print("width_ranking: no successful cells in %s" % sys.argv[1], file=sys.stderr)
        return 1
    for metric, what in (("prover-cost", "prover-cost (the block constraint systems)"),
                         ("prover-work", "prover-work (the old hand-set estimate)")):
        print("### Widths by %s\n" % what)
        print(cheapest_table(cells, order, metric))
        print()
        if REFERENCE in order["configs"]:
            print("Configurations by %s, geometric mean over programs:\n" % metric)
            print(config_table(cells, order, metric))
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
