#!/usr/bin/env bash
# r1cs-check-all.sh [--sample=N] [--widths="unbounded 8"] [PROG ...]
#
# Compiles each program (C or circ dialect; default: bench/programs/*.c,
# test/e2e/*.c and examples/dialect/*.mlir) with circ-cc -O2 at each io width
# ("unbounded": no -circ-io-width, circ-ts picks the width) and runs
# circ-r1cs --check on it: every execution of every block (or the first N of
# each with --sample=N) gets its witness from the run, checked against every
# constraint. Prints one row per program and width, then "N passed, N failed"
# (a row fails on a violation, a compile error or a fault). Uses
# $CIRC_BUILD_DIR (default build/).
set -u
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CIRC_BUILD_DIR:-$repo/build}
sample=0
widths="unbounded 8"
progs=()
for a in "$@"; do
  case $a in
    --sample=*) sample=${a#--sample=} ;;
    --widths=*) widths=${a#--widths=} ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "r1cs-check-all: unknown option $a" >&2; exit 2 ;;
    *) progs+=("$a") ;;
  esac
done
if [ ${#progs[@]} -eq 0 ]; then
  progs=("$repo"/bench/programs/*.c "$repo"/test/e2e/*.c "$repo"/examples/dialect/*.mlir)
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/r1cs-check.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

passed=0 failed=0
printf '| program | width | blocks | executions | constraints checked | violations | seconds |\n|---|---|---|---|---|---|---|\n'
for p in "${progs[@]}"; do
  name=$(basename "$p")
  for w in $widths; do
    opt=()
    [ "$w" = unbounded ] || opt=(-circ-io-width="$w")
    if ! "$build/bin/circ-cc" -O2 "${opt[@]}" "$p" -o "$tmp/p.s" 2> "$tmp/cc.err"; then
      printf '| %s | %s | compile error | | | | |\n' "$name" "$w"
      head -n 5 "$tmp/cc.err" >&2
      failed=$((failed + 1)); continue
    fi
    start=$(date +%s%N)
    "$build/bin/circ-r1cs" --check --sample="$sample" --max-steps=2000000000 "$tmp/p.s" \
      < /dev/null > "$tmp/out" 2> "$tmp/err"
    rc=$?
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    line=$(grep '^r1cs-check: blocks=' "$tmp/out" | tail -n 1)
    if [ -z "$line" ]; then
      printf '| %s | %s | fault (exit %d) | | | | |\n' "$name" "$w" "$rc"
      tail -n 5 "$tmp/err" >&2
      failed=$((failed + 1)); continue
    fi
    read -r b e c v <<< "$(echo "$line" | sed -E 's/.*blocks=([0-9]+) executions=([0-9]+) constraints=([0-9]+) violations=([0-9]+)/\1 \2 \3 \4/')"
    printf '| %s | %s | %s | %s | %s | %s | %d.%d |\n' "$name" "$w" "$b" "$e" "$c" "$v" \
      $((ms / 1000)) $((ms % 1000 / 100))
    if [ "$rc" -eq 0 ] && [ "$v" -eq 0 ]; then
      passed=$((passed + 1))
    else
      head -n 5 "$tmp/err" >&2
      failed=$((failed + 1))
    fi
  done
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
