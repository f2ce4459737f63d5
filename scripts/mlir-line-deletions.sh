#!/usr/bin/env bash
# mlir-line-deletions.sh [FILE.mlir...]: deletes each line that names a circ
# op, one at a time, from each file (default: examples/dialect/*.mlir) and
# runs circ-opt's lowering pipeline on the result: every mutant must give
# diagnostics (exit 1) or a result (exit 0), never a crash. Prints the ones
# that crashed and ends with "N mutants, C crashed"; exits 1 if any did.
# Tools from $CIRC_BUILD_DIR (default build/).
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
opt=${CIRC_BUILD_DIR:-$src/build}/bin/circ-opt
[ $# -gt 0 ] || set -- "$src"/examples/dialect/*.mlir
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 crashed=0
for f in "$@"; do
  for line in $(grep -n 'circ\.' "$f" | cut -d: -f1); do
    sed "${line}d" "$f" > "$tmp/m.mlir"
    "$opt" "$tmp/m.mlir" -circ-to-llvm-pipeline -o /dev/null 2> "$tmp/err"
    rc=$?
    n=$((n + 1))
    if [ "$rc" -gt 1 ] || grep -q 'Sanitizer\|Stack dump' "$tmp/err"; then
      crashed=$((crashed + 1))
      echo "CRASH (exit $rc): $f without line $line"
    fi
  done
done
echo "$n mutants, $crashed crashed"
[ "$crashed" -eq 0 ]
