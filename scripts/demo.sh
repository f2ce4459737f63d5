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
  line="prover-cost by allocator:"
  for ra in greedy circ-local circ-ts; do
    "$build/bin/circ-cc" -O2 -regalloc=$ra "$prog" -o "$out/$name.$ra.s"
    pw=$({ "$build/bin/circ-sim" --report "$out/$name.$ra.s" 2>&1 >/dev/null ||
           true; } | sed -n 's/^prover-cost: //p')
    w=$(sed -n 's/^[[:space:]]*\.iowidth[[:space:]]*//p' "$out/$name.$ra.s")
    line="$line $ra $pw (io width $w);"
  done
  echo "$line"
  echo
done

# Where one program's prover cost goes, and pictures of its allocation.
name=kmp_search
echo "== circ-sim --profile-cost=$name.svg $name.s (functions; blocks and flame graph in $out/)"
"$build/bin/circ-sim" --profile-cost="$out/$name.svg" "$out/$name.s" > /dev/null \
  2> "$out/$name.profile" || true
sed -n '/^cost profile/,/(padding, initial RAM)/p' "$out/$name.profile"
"$build/bin/circ-sim" --profile-cost="$out/$name.folded" "$out/$name.s" > /dev/null 2>&1 || true
echo "== circ-cc -O2 -circ-dot-states=$name.states $name.c (one Graphviz file per function)"
"$build/bin/circ-cc" -O2 -circ-dot-states="$out/$name.states" "$src/examples/$name.c" \
  -o "$out/$name.states.s"
if command -v dot > /dev/null; then
  dot -Tsvg "$out/$name.states/main.dot" -o "$out/$name.states/main.svg"
  echo "rendered $out/$name.states/main.svg"
fi

# A circ dialect program: structured form -> block form -> width -> spill ->
# circ assembly -> circ-sim, next to its C twin.
name=find_min
mlir=$src/examples/dialect/$name.mlir
echo
echo "== circ dialect: examples/dialect/$name.mlir"
echo "-- circ-opt -circ-blockify -circ-io-width (circ_blocks' width vs ours)"
"$build/bin/circ-opt" "$mlir" -circ-blockify -circ-io-width -o "$out/$name.blocks.mlir"
width=$(sed -n 's/.*circ.io_width = \([0-9]*\).*/\1/p' "$out/$name.blocks.mlir")
budget=$((width - 1))
echo "-- circ-opt -circ-spill=width=$budget (push/pop frames chosen by ranking by states relieved)"
"$build/bin/circ-opt" "$mlir" -circ-blockify "-circ-spill=width=$budget report=1" \
  -circ-verify-stack -circ-io-width -o "$out/$name.spilled.mlir" | grep -v candidate
echo "-- circ-llc $name.spilled.mlir; circ-sim --report"
"$build/bin/circ-llc" "$out/$name.spilled.mlir" -o "$out/$name.mlir.s"
"$build/bin/circ-sim" --report "$out/$name.mlir.s" > "$out/$name.mlir.out" 2> "$out/$name.mlir.report"
cat "$out/$name.mlir.out"
grep -E "^(instructions|blocks|pushes|pops|constraints|prover-cost):" "$out/$name.mlir.report" || true
echo "-- its C twin, examples/dialect/$name.c, through circ-cc"
"$build/bin/circ-cc" -O2 "$src/examples/dialect/$name.c" -o "$out/$name.c.s"
"$build/bin/circ-sim" "$out/$name.c.s" > "$out/$name.c.out"
if cmp -s "$out/$name.mlir.out" "$out/$name.c.out"; then
  echo "same output as the C twin"
else
  echo "OUTPUT DIFFERS from the C twin" >&2
  exit 1
fi
echo "assembly and reports are in $out/"
