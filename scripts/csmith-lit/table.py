#!/usr/bin/env python3
"""Record one csmith-lit run in bench/results/robustness/csmith-lit.md.

A campaign spread over shards (lit's --num-shards/--run-shard, on one
machine after another or on several) adds one row per shard; a shard run
again replaces its row. Rows of the same seeds and options add up to a
total line, which says how many of the shards have reported.

  table.py TABLE --seeds A..B --options O --shard I/K|all \
           --passed P --failed F --skipped S --minutes M
"""
import argparse
import os
import re

HEADER = [
    "| programs | seeds | circ-cc options | shard | passed | failed | skipped | minutes |",
    "|---:|---|---|---|---:|---:|---:|---:|",
]
ROW = re.compile(r"^\| (\d+|total) \| (\S+) \| `([^`]*)` \| (\S+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$")


def read_rows(path):
    rows = []
    if not os.path.exists(path):
        return rows
    with open(path) as f:
        for line in f:
            m = ROW.match(line.strip())
            if m and m.group(1) != "total":
                rows.append(list(m.groups()))
    return rows


def seed_count(seeds):
    first, last = seeds.split("..")
    return int(last) - int(first) + 1


def totals(rows):
    """One total line per (seeds, options) campaign run in shards."""
    out = []
    for key in sorted({(r[1], r[2]) for r in rows}):
        mine = [r for r in rows if (r[1], r[2]) == key and r[3] != "all"]
        if not mine:
            continue
        shards = int(mine[0][3].split("/")[1])
        sums = [sum(int(r[i]) for r in mine) for i in (4, 5, 6, 7)]
        note = f"{len(mine)} of {shards} shards"
        out.append(f"| total | {key[0]} | `{key[1]}` | {note} | "
                   + " | ".join(str(s) for s in sums) + " |")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("table")
    for opt in ("seeds", "options", "shard", "passed", "failed", "skipped",
                "minutes"):
        ap.add_argument("--" + opt, required=True)
    a = ap.parse_args()
    row = [str(seed_count(a.seeds)), a.seeds, a.options, a.shard, a.passed,
           a.failed, a.skipped, a.minutes]
    if a.shard != "all":  # the programs this shard ran, not the campaign's
        row[0] = str(int(a.passed) + int(a.failed) + int(a.skipped))
    rows = [r for r in read_rows(a.table) if r[1:4] != row[1:4]] + [row]
    rows.sort(key=lambda r: (r[1], r[2], r[3]))
    lines = HEADER + [
        "| " + " | ".join(r[:2]) + f" | `{r[2]}` | " + " | ".join(r[3:]) + " |"
        for r in rows
    ] + totals(rows)
    os.makedirs(os.path.dirname(os.path.abspath(a.table)), exist_ok=True)
    with open(a.table, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
