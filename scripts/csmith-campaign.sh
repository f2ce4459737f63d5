#!/usr/bin/env bash
# csmith-campaign.sh N [SEED] [--summary-only]: the csmith campaign of
# docs/conformance.md.
# N programs (seeds SEED .. SEED+N-1, SEED defaulting to 30000), each run in
# the twelve configurations {circ-ts, greedy} x {-O0, -O2} x {unbounded, io
# width 8, width chosen (auto)} by scripts/csmith-diff.sh, in two shards side
# by side (one per core: the first half of the seeds and the second).
# CSMITH_WIDTHS (space-separated -circ-io-width values) narrows the widths,
# e.g. CSMITH_WIDTHS=auto for the chosen width alone. Prints, per
# configuration, "[OPTIONS] P passed, F failed, S skipped", then the total
# line, and writes them as a table to bench/results/csmith/campaign-SEED.md
# (docs/conformance.md copies it); exits 1 if any failed. The shards' logs
# stay in $CIRC_BUILD_DIR/csmith-campaign/; --summary-only writes the table
# from them again. About 45 minutes for N = 2000 on 2 cores with the widths
# unbounded and 8; auto compiles several widths and costs more.
set -u
n=${1:?usage: csmith-campaign.sh N [SEED]}
seed=${2:-30000}
src=$(cd "$(dirname "$0")/.." && pwd)
logs=${CIRC_BUILD_DIR:-$src/build}/csmith-campaign
mkdir -p "$logs"
configs=""
for ra in circ-ts greedy; do
  for level in -O0 -O2; do
    for width in ${CSMITH_WIDTHS:-lower-bound 8 auto}; do
      configs="$configs${configs:+;}$level -regalloc=$ra -circ-io-width=$width"
    done
  done
done
export CSMITH_CONFIGS=$configs
half=$(((n + 1) / 2))
if [ "${3:-}" != --summary-only ]; then
  CSMITH_SEED=$seed "$src/scripts/csmith-diff.sh" "$half" > "$logs/shard-0.log" 2>&1 &
  CSMITH_SEED=$((seed + half)) "$src/scripts/csmith-diff.sh" "$((n - half))" \
    > "$logs/shard-1.log" 2>&1 &
  wait
fi
table=$src/bench/results/csmith/campaign-$seed.md
mkdir -p "$(dirname "$table")"
# Sum the per-configuration lines of the two shards, in the order given.
awk '
  /^\[.*\] [0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$/ {
    cfg = substr($0, 1, index($0, "]"))
    if (!(cfg in pass)) order[++k] = cfg
    split(substr($0, index($0, "]") + 2), f, /[ ,]+/)
    pass[cfg] += f[1]; fail[cfg] += f[3]; skip[cfg] += f[5]
  }
  END {
    for (i = 1; i <= k; i++) {
      c = order[i]
      printf "%s %d passed, %d failed, %d skipped\n", c, pass[c], fail[c], skip[c]
      tp += pass[c]; tf += fail[c]; ts += skip[c]
    }
    printf "%d passed, %d failed, %d skipped\n", tp, tf, ts
    print "| configuration | passed | failed | skipped |" > table
    print "|---|---:|---:|---:|" > table
    for (i = 1; i <= k; i++) {
      c = order[i]
      printf "| `%s` | %d | %d | %d |\n", substr(c, 2, length(c) - 2), pass[c], fail[c], skip[c] > table
    }
    printf "| total | %d | %d | %d |\n\nSeeds %d-%d (%d programs), each in every configuration.\n", tp, tf, ts, first, first + n - 1, n > table
    exit tf > 0
  }' table="$table" first="$seed" n="$n" "$logs/shard-0.log" "$logs/shard-1.log"
