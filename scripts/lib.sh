# lib.sh: what the differential test scripts share; source it, do not run it.
#   circ_tools           sets repo, build (CIRC_BUILD_DIR, default <repo>/build),
#                        circ_cc, circ_sim and sim_extra (CIRC_SIM_ARGS split
#                        on white space)
#   native_compiler      prints the native C compiler: gcc, else clang-22
#   make_tmp NAME        makes a temporary directory, removed on exit, in $tmp
#   lit_count LOG LABEL  the number lit printed after "LABEL:" in the summary
#                        it wrote to LOG (0 if none)

circ_tools() {
  repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  build=${CIRC_BUILD_DIR:-$repo/build}
  circ_cc=$build/bin/circ-cc
  circ_sim=$build/bin/circ-sim
  read -r -a sim_extra <<< "${CIRC_SIM_ARGS:-}"
}

native_compiler() {
  if command -v gcc > /dev/null 2>&1; then echo gcc; else echo clang-22; fi
}

make_tmp() {
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX") || exit 1
  trap 'rm -rf "$tmp"' EXIT
}

lit_count() {
  local n
  n=$(grep -E "^ *$2 *: *[0-9]+" "$1" | tail -n 1 | sed -E 's/.*: *([0-9]+).*/\1/')
  echo "${n:-0}"
}
