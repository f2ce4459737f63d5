#!/usr/bin/env bash
# csmith-diff.sh N [circ-cc options...]
#
# Differential testing against the native compiler with N random csmith
# programs. Program i (0 <= i < N) uses seed CSMITH_SEED + i (CSMITH_SEED
# defaults to 1), so a run is reproducible. For each program:
#   native: gcc -O1 -w -I<csmith include dir>, run with timeout 5 s; a program
#           whose native run times out or crashes is skipped
#   circ:   $CIRC_BUILD_DIR/bin/circ-cc [options] -I<csmith include dir>,
#           then circ-sim --max-steps=300000000
# and the output (csmith prints "checksum = X") and exit code must agree.
# A failing program is kept in $CIRC_BUILD_DIR/csmith-failures/seed-S.c with
# seed-S.txt telling what differed. Ends with "P passed, F failed, S skipped";
# exits 1 if any failed.
#
# Environment: CIRC_BUILD_DIR (default <repo>/build), CSMITH_SEED (default 1),
# CSMITH_ARGS (extra csmith options, appended to the defaults below),
# CIRC_SIM_ARGS (appended to circ-sim's arguments).
# Needs the Debian packages csmith and libcsmith-dev (csmith.h).
set -u

if [ $# -lt 1 ] || ! [[ $1 =~ ^[0-9]+$ ]]; then
  echo "usage: $0 N [circ-cc options...]" >&2
  exit 2
fi
count=$1
shift

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
circ_tools
failures=$build/csmith-failures
base=${CSMITH_SEED:-1}
read -r -a csmith_extra <<< "${CSMITH_ARGS:-}"

if ! command -v csmith > /dev/null 2>&1; then
  echo "csmith-diff: csmith not found (apt-get install csmith libcsmith-dev)" >&2
  exit 2
fi
inc=""
for d in /usr/include/csmith /usr/local/include/csmith /usr/include/csmith-*; do
  if [ -f "$d/csmith.h" ]; then inc=$d; break; fi
done
if [ -z "$inc" ]; then
  echo "csmith-diff: csmith.h not found (apt-get install libcsmith-dev)" >&2
  exit 2
fi
native_cc=$(native_compiler)

# Small programs without what circ lacks (floating point) or what makes them
# slow (many functions, deep nesting, big arrays). csmith's default for
# --float is off; say so anyway.
csmith_opts=(--no-float --max-funcs 4 --max-block-depth 3 --max-block-size 4
             --max-expr-complexity 6 --max-array-dim 2 --max-array-len-per-dim 6
             --max-struct-fields 6 --max-union-fields 4 --max-pointer-depth 2
             "${csmith_extra[@]}")

make_tmp csmith-diff

passed=0
failed=0
skipped=0

keep_failure() { # keep_failure SEED REASON: save the program and a report
  local seed=$1 reason=$2 report
  mkdir -p "$failures"
  cp "$tmp/prog.c" "$failures/seed-$seed.c"
  report=$failures/seed-$seed.txt
  {
    echo "seed $seed: $reason"
    echo "csmith: csmith --seed $seed ${csmith_opts[*]}"
    echo "circ-cc: $circ_cc ${cc_opts[*]} -I$inc seed-$seed.c -o seed-$seed.s"
    echo "circ-sim: $circ_sim --max-steps=300000000 seed-$seed.s ${sim_extra[*]}"
    echo "native exit code: ${native_rc:-}, circ exit code: ${circ_rc:-}"
    for f in native.out circ.out cc.err sim.err; do
      if [ -s "$tmp/$f" ]; then
        echo "--- $f:"
        head -n 40 "$tmp/$f"
      fi
    done
  } > "$report"
  echo "FAIL seed $seed: $reason (kept in $failures/seed-$seed.c)"
  failed=$((failed + 1))
}

cc_opts=("$@")
for ((i = 0; i < count; i++)); do
  seed=$((base + i))
  native_rc=""
  circ_rc=""
  rm -f "$tmp"/*
  if ! csmith --seed "$seed" "${csmith_opts[@]}" -o "$tmp/prog.c" > /dev/null 2>&1; then
    echo "SKIP seed $seed: csmith failed"
    skipped=$((skipped + 1))
    continue
  fi

  # Native reference.
  if ! "$native_cc" -O1 -w -I"$inc" "$tmp/prog.c" -o "$tmp/native" 2> "$tmp/native-cc.err"; then
    echo "SKIP seed $seed: native compile failed"
    skipped=$((skipped + 1))
    continue
  fi
  timeout 5 "$tmp/native" < /dev/null > "$tmp/native.out" 2> /dev/null
  native_rc=$?
  if [ "$native_rc" -eq 124 ]; then
    echo "SKIP seed $seed: native run timed out"
    skipped=$((skipped + 1))
    continue
  fi
  if [ "$native_rc" -ge 128 ]; then
    echo "SKIP seed $seed: native run crashed (exit $native_rc)"
    skipped=$((skipped + 1))
    continue
  fi

  # circ. The csmith directory holds no header with a standard name (only
  # csmith.h, safe_math.h, ...), so with -I our runtime headers still provide
  # stdio.h, string.h, math.h etc.
  if ! "$circ_cc" "${cc_opts[@]}" -I"$inc" "$tmp/prog.c" -o "$tmp/prog.s" \
       > /dev/null 2> "$tmp/cc.err"; then
    keep_failure "$seed" "circ-cc failed"
    continue
  fi
  "$circ_sim" --max-steps=300000000 "$tmp/prog.s" "${sim_extra[@]}" \
    < /dev/null > "$tmp/circ.out" 2> "$tmp/sim.err"
  circ_rc=$?
  if cmp -s "$tmp/native.out" "$tmp/circ.out" && [ "$native_rc" -eq "$circ_rc" ]; then
    passed=$((passed + 1))
    rm -f "$failures/seed-$seed.c" "$failures/seed-$seed.txt" # fixed since
    echo "PASS seed $seed"
  elif grep -q 'max-steps\|instruction limit' "$tmp/sim.err"; then
    keep_failure "$seed" "circ-sim hit the step limit"
  elif ! cmp -s "$tmp/native.out" "$tmp/circ.out"; then
    keep_failure "$seed" "output differs"
  else
    keep_failure "$seed" "exit code differs (native $native_rc, circ $circ_rc)"
  fi
done

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
