#!/usr/bin/env python3
"""snarkjs-check-blocks.py DIR [--blocks N]

Runs `snarkjs wtns check` (scripts/snarkjs.sh) on blocks that circ-r1cs wrote
to DIR with --emit-r1cs=DIR --emit-wtns=DIR --sample=K: the N largest blocks
that have a witness DIR/bID.0.wtns, and one with RAM accesses. Each must be
accepted. Then, for the largest, the witness with one wire changed (the last
wire plus one) must be rejected. Prints one line per check and
"N passed, N failed"; exits 1 if any check failed.
"""
import csv
import os
import shutil
import subprocess
import sys
import tempfile

P = 21888242871839275222246405745257275088548364400416034343698204186575808495617
SNARKJS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "snarkjs.sh")


def wtns_check(r1cs, wtns):
    r = subprocess.run([SNARKJS, "wtns", "check", r1cs, wtns],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return r.returncode == 0 and "WITNESS IS CORRECT" in r.stdout, r.stdout


def tamper(src, dst):
    """Copies a .wtns with its last value plus one (mod p)."""
    data = bytearray(open(src, "rb").read())
    off = len(data) - 32
    v = (int.from_bytes(data[off:], "little") + 1) % P
    data[off:] = v.to_bytes(32, "little")
    open(dst, "wb").write(data)


def main():
    args = sys.argv[1:]
    if not args or args[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    d = args[0]
    n = int(args[args.index("--blocks") + 1]) if "--blocks" in args else 2
    rows = list(csv.DictReader(open(os.path.join(d, "index.tsv")), delimiter="\t"))
    rows = [r for r in rows if os.path.exists(os.path.join(d, r["block"] + ".0.wtns"))]
    if not rows:
        print("snarkjs-check: no block has a witness in %s" % d)
        return 1
    rows.sort(key=lambda r: -int(r["constraints"]))
    chosen = rows[:n]
    ram = [r for r in rows if int(r["ram_accesses"]) > 0 and r not in chosen]
    chosen += ram[:1]
    passed = failed = 0
    for r in chosen:
        b = r["block"]
        ok, out = wtns_check(os.path.join(d, b + ".r1cs"), os.path.join(d, b + ".0.wtns"))
        print("snarkjs-check: %s %s (%s constraints, %s wires, %s RAM accesses)" %
              ("accepted" if ok else "REJECTED", b, r["constraints"], r["wires"],
               r["ram_accesses"]))
        if ok:
            passed += 1
        else:
            failed += 1
            print(out[-2000:])
    b = chosen[0]["block"]
    tmp = tempfile.mkdtemp()
    try:
        bad = os.path.join(tmp, b + ".bad.wtns")
        tamper(os.path.join(d, b + ".0.wtns"), bad)
        ok, out = wtns_check(os.path.join(d, b + ".r1cs"), bad)
        print("snarkjs-check: %s %s with its last wire changed" %
              ("ACCEPTED" if ok else "rejected", b))
        if ok:
            failed += 1
        else:
            passed += 1
    finally:
        shutil.rmtree(tmp)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
