#!/usr/bin/env bash
# demo.sh [BUILD_DIR]: compiles the bundled examples with circ-cc, runs them in
# circ-sim, and shows their output, the allocator report and the cost report.
set -euo pipefail
build=${1:-build}
src=$(cd "$(dirname "$0")/.." && pwd)
out=$build/demo
mkdir -p "$out"

for prog in "$src"/examples/*.c; do
  name=$(basename "$prog" .c)
  echo "== $name: circ-cc -O2 $name.c (allocator report for $name's own functions)"
  "$build/bin/circ-cc" -O2 -circ-ra-report "$prog" -o "$out/$name.s" 2> "$out/$name.ra"
  grep -E "func=(main|$name|find_min|kmp|build_failure) " "$out/$name.ra" || true
  echo "== circ-sim --report $name.s"
  set +e
  "$build/bin/circ-sim" --report "$out/$name.s"
  rc=$?
  set -e
  echo "(exit code $rc)"
  # The same program under each allocator: what the prover pays.
  line="prover-work by allocator:"
  for ra in greedy circ-local circ-ts; do
    "$build/bin/circ-cc" -O2 -regalloc=$ra "$prog" -o "$out/$name.$ra.s"
    pw=$({ "$build/bin/circ-sim" --report "$out/$name.$ra.s" 2>&1 >/dev/null ||
           true; } | sed -n 's/^prover-work: //p')
    w=$(sed -n 's/^[[:space:]]*\.iowidth[[:space:]]*//p' "$out/$name.$ra.s")
    line="$line $ra $pw (io width $w);"
  done
  echo "$line"
  echo
done
echo "assembly and reports are in $out/"
