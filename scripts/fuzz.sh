#!/usr/bin/env bash
# fuzz.sh NAME SECONDS: fuzz one input of circ for SECONDS seconds.
#   circ-sim   the assembler and interpreter (libFuzzer, test/fuzz/circ_sim_fuzz.c)
#   circ-r1cs  the block constraint systems checked against runs (libFuzzer)
#   circ-opt   the .mlir parser, the circ verifiers and the lowering (libFuzzer)
#   circ-llc   llvm-stress programs (seeds from $STRESS_SEED, default 1)
#              through circ-llc -verify-machineinstrs with the runtime (the
#              default, io width 4, circ-local, -O0 greedy in turn), the
#              assembly through circ-sim's assembler (as LLVM tests its
#              backends); tools from $CIRC_BUILD_DIR (default build/)
#   all        each of them for SECONDS, $FUZZ_AT_ONCE at a time (default 2,
#              one per core; 4 runs them all at once, each on half a core)
# Each run's counts replace its target's row of
# bench/results/robustness/fuzz.md (unless FUZZ_NO_TABLE is set).
# The libFuzzer harnesses are built with clang-22 and AddressSanitizer and
# UndefinedBehaviorSanitizer in $CIRC_FUZZ_BUILD (default build-fuzz/, once);
# the corpus grows in $CIRC_FUZZ_BUILD/corpus/NAME (seeded from the tests),
# findings go to $CIRC_FUZZ_BUILD/findings/NAME/. Prints
# "fuzz NAME: E executions in S s, C findings" and exits 1 on a finding.
set -uo pipefail
name=${1:?usage: fuzz.sh circ-sim|circ-r1cs|circ-opt|circ-llc|all SECONDS}
secs=${2:?usage: fuzz.sh NAME SECONDS}
src=$(cd "$(dirname "$0")/.." && pwd)
fb=${CIRC_FUZZ_BUILD:-$src/build-fuzz}
build=${CIRC_BUILD_DIR:-$src/build}

build_harnesses() {
  [ -n "${harnesses_built:-}" ] && return
  harnesses_built=1
  mkdir -p "$fb"
  CC=/usr/lib/llvm-22/bin/clang CXX=/usr/lib/llvm-22/bin/clang++ \
    CIRC_BUILD_TARGETS="circ-sim-fuzz circ-r1cs-fuzz circ-opt-fuzz" \
    "$src/scripts/build.sh" "$fb" 2 -DCIRC_FUZZ=ON > "$fb/fuzz-build.log" 2>&1 || {
    echo "fuzz: building the harnesses failed ($fb/fuzz-build.log)" >&2
    exit 2
  }
}

seed_corpus() { # seed_corpus NAME GLOB...: a corpus from the project's tests
  local dir=$fb/corpus/$1
  shift
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir"
    for f in "$@"; do [ -f "$f" ] && cp "$f" "$dir/"; done
  fi
  echo "$dir"
}

libfuzzer() { # libfuzzer NAME DICT CORPUS
  local out=$fb/findings/$1 log=$fb/findings/$1.log
  mkdir -p "$out"
  "$fb/bin/$1-fuzz" -max_total_time="$secs" -close_fd_mask=3 -max_len=4096 \
    -timeout=20 -rss_limit_mb=4096 -dict="$2" -artifact_prefix="$out/" "$3" \
    > "$log" 2>&1
  local execs found
  execs=$(sed -nE 's/^Done ([0-9]+) runs.*/\1/p' "$log" | tail -n 1)
  if [ -z "$execs" ]; then # stopped at a finding: the last status line
    execs=$(sed -nE 's/^#([0-9]+).*/\1/p' "$log" | tail -n 1)
  fi
  found=$(find "$out" -type f | wc -l)
  local where=""
  [ "$found" -gt 0 ] && where=" ($out, log $log)"
  echo "fuzz $1: ${execs:-0} executions in $secs s, $found findings$where"
  [ "$found" -eq 0 ]
}

# circ-llc's option sets, one per seed in turn.
stress_opts=("" "-circ-io-width=4" "-regalloc=circ-local" "-O0 -regalloc=greedy")

stress_llc() { # llvm-stress programs until SECONDS have passed
  local out=$fb/findings/circ-llc end n=0 found=0 seed=${STRESS_SEED:-1}
  mkdir -p "$out"
  stress_tmp=$(mktemp -d)
  trap 'rm -rf "$stress_tmp"' EXIT
  local tmp=$stress_tmp
  # Copies of the tools, so that rebuilding the tree during a campaign
  # neither breaks it nor changes what it tests.
  cp "$build/bin/circ-llc" "$build/bin/circ-sim" "$build/lib/circ/runtime.bc" "$tmp/" || exit 2
  printf 'main:\n\tli %%r0, 0\n\tret\n' > "$tmp/main.s"
  end=$((SECONDS + secs))
  while [ "$SECONDS" -lt "$end" ]; do
    /usr/lib/llvm-22/bin/llvm-stress -seed="$seed" -size=$((20 + seed % 200)) \
      -o "$tmp/s.ll"
    read -r -a opts <<< "${stress_opts[$((seed % ${#stress_opts[@]}))]}"
    timeout 60 "$tmp/circ-llc" -verify-machineinstrs "${opts[@]}" "$tmp/s.ll" \
      -runtime="$tmp/runtime.bc" -o "$tmp/s.s" 2> "$tmp/err"
    local rc=$? why=""
    if [ "$rc" -eq 0 ]; then
      "$tmp/circ-sim" "$tmp/s.s" "$tmp/main.s" > /dev/null 2> "$tmp/err" ||
        why="circ-sim rejects its assembly"
    elif [ "$rc" -ne 1 ] || ! grep -q 'error:' "$tmp/err"; then
      why="exit $rc without a diagnostic"
    fi
    if [ -n "$why" ]; then
      found=$((found + 1))
      cp "$tmp/s.ll" "$out/seed-$seed.ll"
      { echo "$why (circ-llc ${opts[*]})"; head -n 20 "$tmp/err"; } > "$out/seed-$seed.txt"
    fi
    n=$((n + 1)) seed=$((seed + 1))
  done
  local where=""
  [ "$found" -gt 0 ] && where=" ($out)"
  echo "fuzz circ-llc: $n executions in $secs s, $found findings$where"
  [ "$found" -eq 0 ]
}

names=(circ-sim circ-r1cs circ-opt circ-llc)
at_once=1
if [ "$name" = all ]; then
  at_once=${FUZZ_AT_ONCE:-2}
  [[ $at_once =~ ^[1-4]$ ]] || { echo "fuzz: FUZZ_AT_ONCE must be 1..4" >&2; exit 2; }
fi

# record LINE: a run's counts as its target's row of
# bench/results/robustness/fuzz.md (for docs/robustness.md), replacing the
# row of an earlier run of that target; not for smoke runs (FUZZ_NO_TABLE).
record() {
  [ -n "${FUZZ_NO_TABLE:-}" ] && return
  [[ $1 =~ ^fuzz\ [^:]+:\ [0-9]+\ executions ]] || return
  local table=$src/bench/results/robustness/fuzz.md row target n old
  row=$(echo "$1" | sed -E "s/^fuzz ([^:]+): ([0-9]+) executions in ([0-9]+) s, ([0-9]+) findings.*/| \\1 | \\3 | $at_once | \\2 | \\4 |/")
  target=$(echo "$1" | sed -E 's/^fuzz ([^:]+):.*/\1/')
  mkdir -p "$(dirname "$table")"
  {
    echo "| target | seconds | run at once on $(nproc) cores | executions | findings |"
    echo "|---|---:|---:|---:|---:|"
    for n in "${names[@]}"; do
      if [ "$n" = "$target" ]; then
        echo "$row"
      elif [ -f "$table" ] && old=$(grep -E "^\| $n \|" "$table"); then
        echo "$old"
      fi
    done
  } > "$table.new"
  mv "$table.new" "$table"
}

run_one() {
  case $1 in
  circ-sim | circ-r1cs)
    build_harnesses
    libfuzzer "$1" "$src/test/fuzz/circ-sim.dict" \
      "$(seed_corpus "$1" "$src"/test/Sim/*.s "$src"/test/R1CS/*.s)" ;;
  circ-opt)
    build_harnesses
    libfuzzer circ-opt "$src/test/fuzz/circ-opt.dict" \
      "$(seed_corpus circ-opt "$src"/test/Dialect/*.mlir "$src"/test/Transforms/*.mlir \
         "$src"/test/Conversion/*.mlir "$src"/examples/dialect/*.mlir)" ;;
  circ-llc) stress_llc ;;
  *) echo "fuzz: unknown NAME '$1' (circ-sim, circ-r1cs, circ-opt, circ-llc, all)" >&2
     exit 2 ;;
  esac
}

if [ "$name" = all ]; then
  # FUZZ_AT_ONCE at a time; the harnesses are built first, once.
  build_harnesses
  status=0
  results=$(mktemp -d)
  for ((i = 0; i < ${#names[@]}; i += at_once)); do
    for n in "${names[@]:i:at_once}"; do
      (run_one "$n" > "$results/$n"; echo $? > "$results/$n.rc") &
    done
    wait
  done
  for n in "${names[@]}"; do
    line=$(cat "$results/$n")
    [ "$(cat "$results/$n.rc")" -eq 0 ] || status=1
    echo "$line"
    record "$line"
  done
  rm -rf "$results"
  exit $status
fi
line=$(run_one "$name")
status=$?
echo "$line"
record "$line"
exit $status
