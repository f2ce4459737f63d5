#!/usr/bin/env bash
# build.sh [BUILD_DIR] [JOBS]: configures (once) and builds circ with Ninja.
set -euo pipefail
build=${1:-build}
jobs=${2:-2}
src=$(cd "$(dirname "$0")/.." && pwd)
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ ! -f "$build/build.ninja" ]; then
  cmake -G Ninja -S "$src" -B "$build" \
    -DLLVM_DIR=/usr/lib/llvm-22/lib/cmake/llvm \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DCMAKE_BUILD_TYPE=Release "${launcher[@]}"
fi
ninja -C "$build" -j "$jobs"
