#!/usr/bin/env python3
"""The circ dialect examples: io width by circ_blocks' rule and by ours, and
what -circ-spill does at two budgets below ours (frames chosen, values pushed,
and the pushes/pops circ-sim counts when the spilled program runs).

usage: bench/dialect_widths.py [--build build] [--markdown]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

EXAMPLES = ["find_min", "mat_mult", "kmp_search", "dna_align", "rle_codec",
            "sha256", "poseidon"]


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def widths(opt, src):
    r = run([opt, src, "-circ-blockify", "-circ-io-width", "-o", os.devnull])
    m = re.search(r"io-width module: circ_blocks (\d+), coloured (\d+)", r.stdout)
    if r.returncode or not m:
        sys.exit(f"circ-opt failed on {src}: {r.stderr}")
    return int(m.group(1)), int(m.group(2))


def spill(b, src, width, tmp, ref_out):
    """Spills to width; returns (frames, values, pushes, pops, ok) or an error."""
    spilled = os.path.join(tmp, "spilled.mlir")
    r = run([f"{b}/circ-opt", src, "-circ-blockify",
             f"-circ-spill=width={width} report=1", "-circ-verify-stack",
             "-o", spilled])
    if r.returncode:
        m = re.search(r"transition state (\d+) at the entry of (\S+) needs (\d+) slots",
                      r.stderr)
        if not m:
            return "circ-opt failed: " + (r.stderr.strip().splitlines() or ["?"])[0]
        return ("not met: state %s (%s) needs %s slots, no candidate relieves it"
                % (m.group(1), m.group(2), m.group(3)))
    m = re.search(r"(\d+) frame\(s\), (\d+) value\(s\) pushed", r.stdout)
    asm = os.path.join(tmp, "spilled.s")
    r = run([f"{b}/circ-llc", spilled, "-o", asm])
    if r.returncode:
        return "circ-llc failed"
    r = run([f"{b}/circ-sim", "--report", asm])
    stats = dict(re.findall(r"^(\w[\w-]*): (\S+)", r.stderr, re.M))
    return (int(m.group(1)), int(m.group(2)), stats.get("pushes", "?"),
            stats.get("pops", "?"), r.returncode == 0 and r.stdout == ref_out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default="build")
    args = ap.parse_args()
    b = os.path.join(args.build, "bin")
    src_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                           "examples", "dialect")
    print("| example | circ_blocks width | our width | budget | frames | values pushed | "
          "run: pushes | run: pops | output |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name in EXAMPLES:
            src = os.path.join(src_dir, name + ".mlir")
            cb, ours = widths(f"{b}/circ-opt", src)
            asm = os.path.join(tmp, "plain.s")
            run([f"{b}/circ-llc", src, "-o", asm], check=True)
            ref = run([f"{b}/circ-sim", asm]).stdout
            for budget in (ours - 1, ours - 2):
                res = spill(b, src, budget, tmp, ref)
                if isinstance(res, str):
                    print(f"| {name} | {cb} | {ours} | {budget} | {res} | | | | |")
                    continue
                frames, values, pushes, pops, ok = res
                print(f"| {name} | {cb} | {ours} | {budget} | {frames} | {values} | "
                      f"{pushes} | {pops} | {'same' if ok else 'DIFFERS'} |")


if __name__ == "__main__":
    main()
