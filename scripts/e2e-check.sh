#!/usr/bin/env bash
# e2e-check.sh PROG.c [circ-cc options...]
#
# Runs the C program PROG.c natively and on circ and checks that both print
# the same standard output and end with the same exit code.
#   native: gcc -std=c11 -O1 -w ... -lm (clang-22 when there is no gcc),
#           timeout 10 s
#   circ:   $CIRC_BUILD_DIR/bin/circ-cc [options] PROG.c -o PROG.s, then
#           $CIRC_BUILD_DIR/bin/circ-sim --max-steps=200000000 PROG.s $CIRC_SIM_ARGS
# CIRC_BUILD_DIR defaults to <repo>/build; CIRC_SIM_ARGS (split on white space)
# is appended to circ-sim's arguments.
# Prints "PASS PROG options" and exits 0 on a match; otherwise prints what
# differed (a unified diff of the outputs, both exit codes, the failing
# command and its stderr) and exits 1.
set -u

if [ $# -lt 1 ]; then
  echo "usage: $0 PROG.c [circ-cc options...]" >&2
  exit 2
fi
prog=$1
shift

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
circ_tools
make_tmp e2e-check

fail() { # fail OPTIONS...: the first line of every failure report
  echo "FAIL $prog${*:+ $*}"
}

show_file() { # show_file TITLE FILE: a file's contents, at most 60 lines
  echo "--- $1:"
  head -n 60 "$2"
  local n
  n=$(wc -l < "$2")
  if [ "$n" -gt 60 ]; then echo "... ($n lines)"; fi
}

# --- native -----------------------------------------------------------------
native_cc=("$(native_compiler)" -std=c11 -O1 -w)
if ! "${native_cc[@]}" "$prog" -o "$tmp/native" -lm 2> "$tmp/native-cc.err"; then
  fail "$*"
  echo "native compile failed: ${native_cc[*]} $prog -o $tmp/native"
  show_file "stderr" "$tmp/native-cc.err"
  exit 1
fi
timeout 10 "$tmp/native" < /dev/null > "$tmp/native.out" 2> "$tmp/native.err"
native_rc=$?
if [ "$native_rc" -eq 124 ]; then
  fail "$*"
  echo "native run timed out after 10 s: $tmp/native"
  exit 1
fi

# --- circ -------------------------------------------------------------------
cc_cmd=("$circ_cc" "$@" "$prog" -o "$tmp/prog.s")
if ! "${cc_cmd[@]}" > "$tmp/cc.out" 2> "$tmp/cc.err"; then
  fail "$*"
  echo "circ-cc failed: ${cc_cmd[*]}"
  show_file "stdout" "$tmp/cc.out"
  show_file "stderr" "$tmp/cc.err"
  exit 1
fi
sim_cmd=("$circ_sim" --max-steps=200000000 "$tmp/prog.s" "${sim_extra[@]}")
"${sim_cmd[@]}" < /dev/null > "$tmp/circ.out" 2> "$tmp/sim.err"
circ_rc=$?

# --- compare ----------------------------------------------------------------
if cmp -s "$tmp/native.out" "$tmp/circ.out" && [ "$native_rc" -eq "$circ_rc" ]; then
  echo "PASS $prog${*:+ $*}"
  exit 0
fi
fail "$*"
if ! cmp -s "$tmp/native.out" "$tmp/circ.out"; then
  echo "standard output differs (- native, + circ):"
  diff -u --text --label native --label circ "$tmp/native.out" "$tmp/circ.out" \
    | head -n 200
fi
echo "exit code: native $native_rc, circ $circ_rc"
echo "command: ${sim_cmd[*]}"
echo "  (compiled with: ${cc_cmd[*]})"
show_file "circ-sim stderr" "$tmp/sim.err"
exit 1
