#!/usr/bin/env bash
# asm-snapshot.sh OUT_DIR [BUILD_DIR]
#
# Compiles every bench program, e2e test and dialect example with circ-cc -O2
# under the allocators and io widths whose code a restructuring of the
# allocator must not change, writing OUT_DIR/<name>.<config>.s and, next to it, the -circ-ra-report
# lines (.s.report). Two snapshots
# taken before and after a change compare with `diff -r OLD NEW`: the asm must
# be byte-identical, or each difference explained.
#   configs: circ-ts at W unbounded, 16, 8; circ-local at unbounded and 8;
#            greedy at 8 (LLVM's allocator sees the width only through the
#            reserved registers)
# Prints one line per failed compile and "N compiled, N failed".
set -u
if [ $# -lt 1 ]; then
  echo "usage: $0 OUT_DIR [BUILD_DIR]" >&2
  exit 2
fi
out=$1
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${2:-$repo/build}
mkdir -p "$out"

configs=(
  "ts-inf:-regalloc=circ-ts"
  "ts-16:-regalloc=circ-ts -circ-io-width=16"
  "ts-8:-regalloc=circ-ts -circ-io-width=8"
  "local-inf:-regalloc=circ-local"
  "local-8:-regalloc=circ-local -circ-io-width=8"
  "greedy-8:-regalloc=greedy -circ-io-width=8"
)
inputs=("$repo"/bench/programs/*.c "$repo"/test/e2e/*.c "$repo"/examples/dialect/*.mlir)

jobs() { # one line per compile: SOURCE OUTPUT OPTIONS...
  local src cfg name opts base
  for src in "${inputs[@]}"; do
    base=$(basename "$src")
    for cfg in "${configs[@]}"; do
      name=${cfg%%:*}
      opts=${cfg#*:}
      echo "$src $out/$base.$name.s $opts"
    done
  done
}

compile_one() { # compile_one SOURCE OUTPUT OPTIONS...
  local src=$1 dst=$2
  shift 2
  if ! "$CIRC_CC" -O2 -w -circ-ra-report "$@" "$src" -o "$dst" \
       2> "$dst.report"; then
    echo "FAILED $src $*"
    return 1
  fi
}
export -f compile_one
export CIRC_CC=$build/bin/circ-cc

jobs | xargs -P "${SNAPSHOT_JOBS:-2}" -L 1 bash -c 'compile_one "$@"' _ > "$out/.log"
failed=$(grep -c '^FAILED' "$out/.log")
cat "$out/.log"
total=$(jobs | wc -l)
echo "$((total - failed)) compiled, $failed failed"
[ "$failed" -eq 0 ]
