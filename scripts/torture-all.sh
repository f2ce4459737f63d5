#!/usr/bin/env bash
# torture-all.sh SUITE_DIR [--summary-only] [--levels "-O0 -O2 ..."]: the
# configurations of docs/conformance.md, each written to
# bench/results/torture/CONFIG.md (counts and failures), and a table of them
# to bench/results/torture/summary.md, then copied into the docs
# (bench/update_docs.py). SUITE_DIR as for scripts/torture.sh.
# Configurations: circ-cc -O0 -O1 -O2 -O3 (or the levels given), each with
# circ-ts (the width circ-llc chooses, which is the lower bound at -O0;
# unbounded; io width 4), greedy, circ-local and fast. About 7 minutes a
# cell on 2 cores, 3 hours for all 24. The table has a column per level
# run; --summary-only writes it (and the docs) from the result files there.
set -euo pipefail
suite=${1:?usage: torture-all.sh SUITE_DIR (gcc-c-torture/execute of llvm-test-suite)}
src=$(cd "$(dirname "$0")/.." && pwd)
out=$src/bench/results/torture
mkdir -p "$out"
allocators=("circ-ts, width chosen:" "circ-ts, unbounded:-circ-io-width=lower-bound"
            "circ-ts, io width 4:-circ-io-width=4"
            "greedy:-regalloc=greedy" "circ-local:-regalloc=circ-local"
            "fast:-regalloc=fast")
levels=(-O0 -O1 -O2 -O3)
summary_only=""
shift
while [ $# -gt 0 ]; do
  case $1 in
  --summary-only) summary_only=$1 ;;
  --levels) read -r -a levels <<< "${2:?--levels needs a list}"; shift ;;
  *) echo "torture-all: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done

name_of() { # name_of LEVEL OPTIONS: the result file's name
  echo "$1 $2" | sed 's/^-//; s/ *$//; s/ -/_/g; s/=/-/g'
}

for a in "${allocators[@]}"; do
  [ "$summary_only" = --summary-only ] && break
  opts=${a#*:}
  for level in "${levels[@]}"; do
    # shellcheck disable=SC2086
    "$src/scripts/torture.sh" "$suite" --jobs 2 --list-failures $level $opts \
      > "$out/$(name_of "$level" "$opts").md" || true
    echo "torture-all: $level $opts: $(tail -n 1 "$out/$(name_of "$level" "$opts").md")"
  done
done

{
  header="| allocator |" rule="|---|"
  for level in "${levels[@]}"; do
    header="$header $level |" rule="$rule---:|"
  done
  echo "$header"
  echo "$rule"
  for a in "${allocators[@]}"; do
    row="| ${a%%:*} |"
    for level in "${levels[@]}"; do
      counts=$(tail -n 1 "$out/$(name_of "$level" "${a#*:}").md" \
               | sed -E 's/([0-9]+) passed, ([0-9]+) failed/\1 \/ \2/')
      row="$row $counts |"
    done
    echo "$row"
  done
  echo
  echo "Cells: passed / failed, of the tests counted ($(sed -n 1p "$out/O2.md" \
    | sed -E 's/.* ([0-9]+) run on circ.*/\1/') in each); run of $(date -u +%Y-%m-%d)."
} > "$out/summary.md"
python3 "$src/bench/update_docs.py"
