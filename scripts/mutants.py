#!/usr/bin/env python3
"""Mutation testing of the checks: which check catches which allocator fault.

    scripts/mutants.sh [--jobs N] [--allocators A,B] [--out FILE] [PROG.c...]

For each fault that circ-llc's hidden option -circ-inject-fault commits
(target/Circ/RegAlloc/FaultInjection.h: once per function), each allocator
(default circ-ts and circ-local) and each program (default test/e2e/*.c), the
program that passes without a fault is compiled at -O2 with the fault,
and every check runs on it:

  stack verifier     circ-cc's default compile fails in -circ-verify-stack
  machine verifier   with -verify-machineinstrs it fails ("Bad machine code")
  transition check   the asm printer refuses a register live across a transition
  other compile error  any other compile failure (an allocator's own assertion)
(all but the first with -circ-verify-stack=false, so each check is seen alone)
  circ-sim fault     circ-sim exits 70 (a fault)
  circ-r1cs --check  a block execution's witness violates its constraints
  wrong output       stdout or exit code differs from the native build's

A fault "caught" by none of them left this program's output right: the
program never ran the faulty code, or the fault did not change a value it
used. Prints one markdown table row per fault and allocator (the number of
programs where the fault was committed and, per check, how many it caught)
and writes it to --out (default bench/results/mutants/mutants.md), then
lists the programs no check caught. Uses $CIRC_BUILD_DIR (default build/).
"""
import argparse
import concurrent.futures
import glob
import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("CIRC_BUILD_DIR", os.path.join(REPO, "build"))
FAULTS = ["drop-move", "swap-moves", "skip-restore", "rewrite-cell",
          "extra-pop", "share-register"]
CHECKS = ["machine verifier", "stack verifier", "transition check",
          "other compile error", "circ-sim fault", "circ-r1cs --check",
          "wrong output"]
TIMEOUT = 120


def tool(name):
    return os.path.join(BUILD, "bin", name)


def run(cmd, stdin=subprocess.DEVNULL):
    try:
        p = subprocess.run(cmd, stdin=stdin, capture_output=True, text=True,
                           timeout=TIMEOUT, errors="replace")
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return None, "", "timeout"


def native(prog, tmp):
    """The native build's (exit code, stdout), as scripts/e2e-check.sh has it."""
    exe = os.path.join(tmp, os.path.basename(prog) + ".native")
    rc, _, err = run(["gcc", "-std=c11", "-O1", "-w", prog, "-o", exe, "-lm"])
    if rc != 0:
        sys.exit("mutants: %s does not build natively: %s" % (prog, err))
    rc, out, _ = run([exe])
    return rc, out


def simulate(asm):
    """circ-sim's (exit code, stdout) for one program; exit None on a timeout."""
    rc, out, _ = run([tool("circ-sim"), "--max-steps=200000000", asm])
    return rc, out


def compile_fails(cmd, marker):
    rc, _, err = run(cmd)
    return rc != 0 and marker in err


def check_mutant(fault, allocator, prog, expected, tmp):
    """The checks that catch one mutant: a set of CHECKS, or None when the
    fault found no place to go in this program."""
    base = os.path.join(tmp, "%s.%s.%s" % (os.path.basename(prog), fault, allocator))
    cc = [tool("circ-cc"), "-O2", "-regalloc=" + allocator,
          "-circ-inject-fault=" + fault, prog]
    # The stack verifier runs by default; the other compiles go without it,
    # so that each check is seen on its own.
    rc, _, err = run(cc + ["-o", base + ".k.s"])
    if "injected fault" not in err:
        return None
    caught = set()
    if rc != 0 and "circ-verify-stack" in err:
        caught.add("stack verifier")
    plain = cc + ["-circ-verify-stack=false"]
    if compile_fails(plain + ["-verify-machineinstrs", "-o", base + ".v.s"],
                     "Bad machine code"):
        caught.add("machine verifier")
    rc, _, err = run(plain + ["-o", base + ".s"])
    if rc != 0:
        caught.add("transition check" if "live across a transition" in err
                   else "other compile error")
        return caught
    rc, out = simulate(base + ".s")
    if rc == 70 or rc is None:
        caught.add("circ-sim fault")
    elif (rc, out) != expected:
        caught.add("wrong output")
    # A violation is reported when found, also in a run that faults later.
    _, _, err = run([tool("circ-r1cs"), "--check", "--sample=4",
                     "--max-steps=200000000", base + ".s"])
    if "r1cs-check: violation" in err:
        caught.add("circ-r1cs --check")
    return caught


def baseline_passes(allocator, prog, expected, tmp):
    """The program compiles and runs right without a fault."""
    asm = os.path.join(tmp, "%s.%s.s" % (os.path.basename(prog), allocator))
    rc, _, _ = run([tool("circ-cc"), "-O2", "-regalloc=" + allocator, prog,
                    "-o", asm])
    if rc != 0:
        return False
    return simulate(asm) == expected


def table(results, allocators):
    rows = ["| fault | allocator | programs with it | " + " | ".join(CHECKS)
            + " | caught by none |",
            "|---|---|---:|" + "---:|" * (len(CHECKS) + 1)]
    for fault in FAULTS:
        for a in allocators:
            got = [c for (f, al, _), c in results.items()
                   if f == fault and al == a and c is not None]
            counts = [sum(1 for c in got if check in c) for check in CHECKS]
            none = sum(1 for c in got if not c)
            rows.append("| %s | %s | %d | %s | %d |" % (
                fault, a, len(got), " | ".join(map(str, counts)), none))
    return "\n".join(rows) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--allocators", default="circ-ts,circ-local")
    ap.add_argument("--out", default=os.path.join(REPO, "bench", "results",
                                                  "mutants", "mutants.md"))
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    progs = args.programs or sorted(glob.glob(os.path.join(REPO, "test", "e2e", "*.c")))
    allocators = args.allocators.split(",")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
            expected = dict(zip(progs, ex.map(lambda p: native(p, tmp), progs)))
            good = {(a, p): ex.submit(baseline_passes, a, p, expected[p], tmp)
                    for a in allocators for p in progs}
            for (a, p), fut in good.items():
                if not fut.result():
                    print("mutants: %s fails under %s without a fault; left out"
                          % (os.path.relpath(p, REPO), a))
            futs = {ex.submit(check_mutant, f, a, p, expected[p], tmp): (f, a, p)
                    for f in FAULTS for a in allocators for p in progs
                    if good[(a, p)].result()}
            for done, fut in enumerate(concurrent.futures.as_completed(futs), 1):
                results[futs[fut]] = c = fut.result()
                f, a, p = futs[fut]
                print("[%d/%d] %s %s %s: %s" % (
                    done, len(futs), f, a, os.path.basename(p),
                    "no place for it" if c is None else
                    ", ".join(sorted(c)) or "caught by none"), flush=True)
    text = table(results, allocators)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        f.write(text)
    print(text)
    missed = sorted(k for k, c in results.items() if c is not None and not c)
    print("caught by none (the output stayed right):")
    for f, a, p in missed:
        print("  %s %s %s" % (f, a, os.path.relpath(p, REPO)))
    print("%d mutants, %d caught, %d caught by none, %d without a place for the fault"
          % (len(results), sum(1 for c in results.values() if c),
             len(missed), sum(1 for c in results.values() if c is None)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
