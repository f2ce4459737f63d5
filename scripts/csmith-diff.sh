#!/usr/bin/env bash
# csmith-diff.sh N [circ-cc options...]
#
# Differential testing against the native compiler with N random csmith
# programs. Program i (0 <= i < N) uses seed CSMITH_SEED + i (CSMITH_SEED
# defaults to 1), so a run is reproducible. For each program:
#   native: gcc -O1 -w -I<csmith include dir>, run with timeout 5 s; a program
#           whose native run times out or crashes is skipped
#   circ:   $CIRC_BUILD_DIR/bin/circ-cc [options] -I<csmith include dir>,
#           then circ-sim --max-steps=300000000 (3,000,000,000 again if it
#           stops there after a native run of over 50 ms)
# and the output (csmith prints "checksum = X") and exit code must agree. A
# program that circ-sim stops at the step limit after a native run of over
# a second, at gcc -O1 or at -O0, is skipped too (billions of instructions:
# too long to simulate); after quicker native runs it is a failure.
# With CSMITH_CONFIGS (circ-cc option sets separated by ';') each program is
# compiled and run once per set instead, and the counts are kept per set.
# A failing program is kept in $CIRC_BUILD_DIR/csmith-failures/seed-S.c with
# seed-S.txt telling what differed (seed-S.K.txt for set K). Ends with
# "P passed, F failed, S skipped" (over all sets: a skipped program counts
# once per set), after a line "[OPTIONS] P passed, F failed, S skipped" per
# set when there are several; exits 1 if any failed.
#
# Environment: CIRC_BUILD_DIR (default <repo>/build), CSMITH_SEED (default 1),
# CSMITH_CONFIGS (above), CSMITH_ARGS (extra csmith options, appended to the
# defaults below), CIRC_SIM_ARGS (appended to circ-sim's arguments).
# Two runs over different seed ranges may go side by side (one per core).
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
# Milliseconds of native run past which a program circ-sim cannot finish in
# its step limit counts as skipped, not failed.
LONG_NATIVE_MS=1000
# ... and past which it gets a second run with ten times the steps first.
RETRY_NATIVE_MS=50

# gcc -O1 can take most of a program's work away (seed 40223: 196 ms at
# -O1, 12.4 s at -O0; circ-cc -O0's build ran over 2e10 steps, -O2's gave
# the right checksum within 2e10): the milliseconds of a native
# -O0 run (5 s at most), measured once per program when a configuration
# needs them.
native_unoptimised_ms() {
  if [ ! -f "$tmp/native-O0.ms" ]; then
    local ms=0 # not measured: no reason to skip
    if "$native_cc" -O0 -w -I"$inc" "$tmp/prog.c" -o "$tmp/native-O0" 2> /dev/null; then
      local start=$(date +%s%N)
      timeout 5 "$tmp/native-O0" < /dev/null > /dev/null 2>&1
      ms=$((($(date +%s%N) - start) / 1000000))
    fi
    echo "$ms" > "$tmp/native-O0.ms"
  fi
  cat "$tmp/native-O0.ms"
}

passed=0
failed=0
skipped=0

keep_failure() { # keep_failure SEED REASON: save the program and a report
  local seed=$1 reason=$2 report
  mkdir -p "$failures"
  cp "$tmp/prog.c" "$failures/seed-$seed.c"
  report=$failures/seed-$seed$suffix.txt
  {
    echo "seed $seed: $reason"
    echo "csmith: csmith --seed $seed ${csmith_opts[*]}"
    echo "circ-cc: $circ_cc ${cc_opts[*]} -I$inc seed-$seed.c -o seed-$seed.s"
    echo "circ-sim: $circ_sim --max-steps=300000000 seed-$seed.s ${sim_extra[*]} (3000000000 after a native run of over $RETRY_NATIVE_MS ms)"
    echo "native exit code: ${native_rc:-}, circ exit code: ${circ_rc:-}"
    for f in native.out circ.out cc.err sim.err; do
      if [ -s "$tmp/$f" ]; then
        echo "--- $f:"
        head -n 40 "$tmp/$f"
      fi
    done
  } > "$report"
  echo "FAIL seed $seed${cc_opts[*]:+ [${cc_opts[*]}]}: $reason (kept in $failures/seed-$seed.c)"
  failed_in[$k]=$((failed_in[$k] + 1))
}

skip() { # skip SEED REASON: the program counts as skipped in every set
  echo "SKIP seed $1: $2"
  for ((k = 0; k < nconfigs; k++)); do skipped_in[$k]=$((skipped_in[$k] + 1)); done
}

# simulate STEPS: runs $tmp/prog.s in circ-sim for at most STEPS steps.
simulate() {
  "$circ_sim" --max-steps="$1" "$tmp/prog.s" "${sim_extra[@]}" \
    < /dev/null > "$tmp/circ.out" 2> "$tmp/sim.err"
  circ_rc=$?
}

hit_step_limit() { grep -q 'max-steps\|instruction limit' "$tmp/sim.err"; }

# run_config SEED: compiles and runs $tmp/prog.c with cc_opts, compares.
run_config() {
  local seed=$1
  circ_rc=""
  # The csmith directory holds no header with a standard name (only
  # csmith.h, safe_math.h, ...), so with -I our runtime headers still provide
  # stdio.h, string.h, math.h etc.
  if ! "$circ_cc" "${cc_opts[@]}" -I"$inc" "$tmp/prog.c" -o "$tmp/prog.s" \
       > /dev/null 2> "$tmp/cc.err"; then
    keep_failure "$seed" "circ-cc failed"
    return
  fi
  simulate 300000000
  # A native run of a tenth of a second can be 2,000,000,000 instructions
  # (seed 48415: 172 ms at gcc -O1, 1.88e9 simulated); such a program gets
  # ten times the steps before the rule below judges it.
  if hit_step_limit && [ "$native_ms" -gt "$RETRY_NATIVE_MS" ]; then
    simulate 3000000000
  fi
  if cmp -s "$tmp/native.out" "$tmp/circ.out" && [ "$native_rc" -eq "$circ_rc" ]; then
    passed_in[$k]=$((passed_in[$k] + 1))
    rm -f "$failures/seed-$seed$suffix.txt" # fixed since
    echo "PASS seed $seed${cc_opts[*]:+ [${cc_opts[*]}]}"
  elif hit_step_limit; then
    # A native run of over a second is billions of instructions, which
    # 300,000,000 simulated ones cannot finish: too long to simulate. A
    # quicker one that circ does not finish is a failure (a loop that does
    # not end, say).
    if [ "$native_ms" -gt "$LONG_NATIVE_MS" ]; then
      echo "SKIP seed $seed${cc_opts[*]:+ [${cc_opts[*]}]}: circ-sim reached the step limit after a native run of $native_ms ms (too long to simulate)"
      skipped_in[$k]=$((skipped_in[$k] + 1))
    elif [ "$(native_unoptimised_ms)" -gt "$LONG_NATIVE_MS" ]; then
      echo "SKIP seed $seed${cc_opts[*]:+ [${cc_opts[*]}]}: circ-sim reached the step limit; the native run took $native_ms ms at gcc -O1 but $(native_unoptimised_ms) ms at -O0 (too long to simulate)"
      skipped_in[$k]=$((skipped_in[$k] + 1))
    else
      keep_failure "$seed" "circ-sim hit the step limit (native run: $native_ms ms)"
    fi
  elif ! cmp -s "$tmp/native.out" "$tmp/circ.out"; then
    keep_failure "$seed" "output differs"
  else
    keep_failure "$seed" "exit code differs (native $native_rc, circ $circ_rc)"
  fi
}

if [ -n "${CSMITH_CONFIGS:-}" ]; then
  IFS=';' read -r -a configs <<< "$CSMITH_CONFIGS"
else
  configs=("$*")
fi
nconfigs=${#configs[@]}
declare -a passed_in failed_in skipped_in
for ((k = 0; k < nconfigs; k++)); do
  passed_in[$k]=0 failed_in[$k]=0 skipped_in[$k]=0
done

for ((i = 0; i < count; i++)); do
  seed=$((base + i))
  native_rc=""
  rm -f "$tmp"/*
  if ! csmith --seed "$seed" "${csmith_opts[@]}" -o "$tmp/prog.c" > /dev/null 2>&1; then
    skip "$seed" "csmith failed"
    continue
  fi

  # Native reference.
  if ! "$native_cc" -O1 -w -I"$inc" "$tmp/prog.c" -o "$tmp/native" 2> "$tmp/native-cc.err"; then
    skip "$seed" "native compile failed"
    continue
  fi
  start_ns=$(date +%s%N)
  timeout 5 "$tmp/native" < /dev/null > "$tmp/native.out" 2> /dev/null
  native_rc=$?
  native_ms=$((($(date +%s%N) - start_ns) / 1000000))
  if [ "$native_rc" -eq 124 ]; then
    skip "$seed" "native run timed out"
    continue
  fi
  if [ "$native_rc" -ge 128 ]; then
    skip "$seed" "native run crashed (exit $native_rc)"
    continue
  fi

  for ((k = 0; k < nconfigs; k++)); do
    read -r -a cc_opts <<< "${configs[$k]}"
    suffix=$([ "$nconfigs" -gt 1 ] && echo ".$k")
    run_config "$seed"
  done
  # The program stays while any configuration's report of it does.
  if ! compgen -G "$failures/seed-$seed.*txt" > /dev/null; then
    rm -f "$failures/seed-$seed.c"
  fi
done

passed=0 failed=0 skipped=0
for ((k = 0; k < nconfigs; k++)); do
  if [ "$nconfigs" -gt 1 ]; then
    echo "[${configs[$k]}] ${passed_in[$k]} passed, ${failed_in[$k]} failed, ${skipped_in[$k]} skipped"
  fi
  passed=$((passed + passed_in[k])) failed=$((failed + failed_in[k]))
  skipped=$((skipped + skipped_in[k]))
done
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
