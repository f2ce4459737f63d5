#!/usr/bin/env bash
# build.sh [BUILD_DIR] [JOBS] [CMAKE_OPTION...]: configures (once, with the
# options given) and builds circ with Ninja: everything, or the targets in
# $CIRC_BUILD_TARGETS (separated by spaces).
set -euo pipefail
build=${1:-build}
jobs=${2:-2}
shift $(( $# < 2 ? $# : 2 ))
src=$(cd "$(dirname "$0")/.." && pwd)
# clang 22, the compiler Debian built LLVM and MLIR with, unless CC/CXX say
# otherwise: MLIR keys the TypeIDs of trait templates by the type names the
# compiler prints, so code from gcc and from MLIR's static C API library in
# one program disagree on them (docs/toolchain.md, Installing).
export CC=${CC:-/usr/lib/llvm-22/bin/clang} CXX=${CXX:-/usr/lib/llvm-22/bin/clang++}
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ ! -f "$build/build.ninja" ]; then
  cmake -G Ninja -S "$src" -B "$build" \
    -DLLVM_DIR=/usr/lib/llvm-22/lib/cmake/llvm \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" "$@"
fi
read -r -a targets <<< "${CIRC_BUILD_TARGETS:-}"
ninja -C "$build" -j "$jobs" "${targets[@]}"
