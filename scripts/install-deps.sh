#!/usr/bin/env bash
# Installs the Debian packages circ builds and tests with, then the pinned,
# project-local snarkjs (scripts/snarkjs, npm ci). Safe to run twice: it asks
# apt only for what is missing and runs npm ci only when node_modules is.
set -euo pipefail

PKGS=(libgtest-dev libclang-rt-22-dev llvm-22-dev llvm-22-tools libmlir-22-dev mlir-22-tools clang-22 libcsmith-dev
      ninja-build ccache cmake csmith gcc graphviz make python3 nodejs npm)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PKGS[@]}"; do
  # A nodejs that bundles npm (NodeSource's) conflicts with Debian's npm package.
  if [ "$p" = npm ] && command -v npm >/dev/null 2>&1; then continue; fi
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
else
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# snarkjs for scripts/snarkjs.sh and scripts/prove-demo.sh, from its lock file.
snarkjs_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/snarkjs" && pwd)
if [ ! -d "$snarkjs_dir/node_modules" ]; then
  echo "install-deps: npm ci in scripts/snarkjs"
  (cd "$snarkjs_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
