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
# $CIRC_BUILD_DIR/csmith-failures/. About 20 minutes per 5,000 programs.
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
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
