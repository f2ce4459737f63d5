#!/usr/bin/env bash
# csmith-lit.sh N [SEED] [lit options...]: N csmith programs (seeds SEED ..
# SEED+N-1, SEED defaulting to 40000) compared with their native builds, one
# lit test per program (scripts/csmith-lit/lit.cfg.py). lit's own options
# spread a campaign over machines, e.g. on machine I of K:
#   scripts/csmith-lit.sh 10000 40000 --num-shards=K --run-shard=I
# and run it in parallel (-j, default 2). circ-cc's options come from
# CSMITH_OPTIONS (default -O2: circ-ts with the width circ-llc chooses).
# Ends with "P passed, F failed, S skipped" (skipped: native run over 5 s);
# exits 1 if any failed. Failing programs stay in
# $CIRC_BUILD_DIR/csmith-failures/. The counts go to $CSMITH_TABLE (default
# bench/results/robustness/csmith-lit.md, for docs/robustness.md: one row per
# shard, a shard run again replacing its row, and a total over the shards
# that have run) unless CSMITH_NO_TABLE is set. About 20 minutes per
# 5,000 programs.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
n=${1:?usage: csmith-lit.sh N [SEED] [lit options...]}
seed=40000
if [ $# -ge 2 ] && [[ $2 =~ ^[0-9]+$ ]]; then seed=$2; shift; fi
shift
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${CIRC_BUILD_DIR:-$src/build}" && pwd)
mkdir -p "$build/csmith-lit"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
/usr/lib/llvm-22/bin/lit -sv -j 2 "$@" --param "count=$n" --param "seed=$seed" \
  --param "options=${CSMITH_OPTIONS:--O2}" --param "build=$build" \
  "$src/scripts/csmith-lit" 2>&1 | tee "$log"
count() { lit_count "$log" "$1"; }
passed=$(count Passed) failed=$(count Failed) skipped=$(count Unsupported)
echo "$passed passed, $failed failed, $skipped skipped"
# The shard this run is, from lit's options ("all" for a whole campaign).
shard=all shards=1 run=1
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case ${args[i]} in
  --num-shards=*) shards=${args[i]#*=} ;;
  --num-shards) shards=${args[i + 1]:-1} ;;
  --run-shard=*) run=${args[i]#*=} ;;
  --run-shard) run=${args[i + 1]:-1} ;;
  esac
done
[ "$shards" != 1 ] && shard=$run/$shards
if [ -z "${CSMITH_NO_TABLE:-}" ]; then
  python3 "$src/scripts/csmith-lit/table.py" \
    "${CSMITH_TABLE:-$src/bench/results/robustness/csmith-lit.md}" --seeds "$seed..$((seed + n - 1))" \
    --options="${CSMITH_OPTIONS:--O2}" --shard "$shard" --passed "$passed" \
    --failed "$failed" --skipped "$skipped" --minutes $((SECONDS / 60))
fi
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
