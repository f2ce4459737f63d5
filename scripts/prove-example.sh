#!/usr/bin/env bash
# prove-example.sh [BUILD_DIR] [PROG.c]: `make prove-demo`. Compiles PROG.c
# (default examples/find_min.c) with circ-cc, checks one execution of each
# block with circ-r1cs (writing the block instances and those witnesses),
# then makes and verifies a Groth16 proof of one execution of the largest
# block with snarkjs (scripts/prove-demo.sh prints the timings).
set -euo pipefail
build=${1:-build}
src=$(cd "$(dirname "$0")/.." && pwd)
prog=${2:-$src/examples/find_min.c}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/prove-example.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

"$build/bin/circ-cc" -O2 "$prog" -o "$tmp/p.s"
"$build/bin/circ-r1cs" --check --sample=1 --emit-r1cs="$tmp/r1cs" \
  --emit-wtns="$tmp/r1cs" "$tmp/p.s" > "$tmp/check.out"
tail -n 1 "$tmp/check.out"
# The largest block that ran (it has a witness): index.tsv column 4.
block=$(awk -F'\t' -v d="$tmp/r1cs" 'NR > 1 {
          cmd = "test -f " d "/" $1 ".0.wtns"; if (system(cmd) == 0 && $4 > best) { best = $4; b = $1 } }
        END { print b }' "$tmp/r1cs/index.tsv")
[ -n "$block" ] || { echo "prove-example: no block ran" >&2; exit 1; }
echo "prove-example: block $block of $(basename "$prog")"
"$src/scripts/prove-demo.sh" "$tmp/r1cs" "$block"
