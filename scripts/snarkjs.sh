#!/usr/bin/env bash
# snarkjs.sh ARGS...: runs the project-local, pinned snarkjs CLI
# (scripts/snarkjs/package.json) with ARGS, e.g. `scripts/snarkjs.sh r1cs info
# x.r1cs`. Installs it first with `npm ci` from package-lock.json when
# scripts/snarkjs/node_modules is missing. Never installs anything globally.
set -euo pipefail
dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/snarkjs" && pwd)
cli=$dir/node_modules/snarkjs/build/cli.cjs

if ! command -v node >/dev/null 2>&1; then
  echo "snarkjs.sh: node not found: install the Debian packages nodejs and npm (scripts/install-deps.sh)" >&2
  exit 127
fi
if [ ! -f "$cli" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "snarkjs.sh: npm not found: install the Debian packages nodejs and npm (scripts/install-deps.sh)" >&2
    exit 127
  fi
  echo "snarkjs.sh: installing snarkjs into $dir/node_modules (npm ci)" >&2
  if ! (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
    echo "snarkjs.sh: npm ci failed in $dir" >&2
    exit 1
  fi
  if [ ! -f "$cli" ]; then
    echo "snarkjs.sh: npm ci ran but $cli is missing" >&2
    exit 1
  fi
fi
exec node "$cli" "$@"
