#!/usr/bin/env bash
# torture-all.sh SUITE_DIR: the configurations of docs/conformance.md, each
# written to bench/results/torture/CONFIG.md, then copied into the docs
# (bench/update_docs.py). SUITE_DIR as for scripts/torture.sh.
set -euo pipefail
suite=${1:?usage: torture-all.sh SUITE_DIR (gcc-c-torture/execute of llvm-test-suite)}
src=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$src/bench/results/torture"
for cfg in "-O0" "-O2" "-O2 -circ-io-width=4" "-O2 -regalloc=greedy"; do
  name=$(echo "$cfg" | sed 's/^-//; s/ -/_/g; s/=/-/g')
  "$src/scripts/torture.sh" "$suite" --jobs 2 --list-failures $cfg \
    > "$src/bench/results/torture/$name.md" || true
  echo "torture-all: $cfg: $(tail -n 1 "$src/bench/results/torture/$name.md")"
done
python3 "$src/bench/update_docs.py"
