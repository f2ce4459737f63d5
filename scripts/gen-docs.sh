#!/usr/bin/env bash
# gen-docs.sh [BUILD_DIR]: copies the dialect and pass references that
# mlir-tblgen generates from the ODS files into docs/. test/Docs checks
# that the committed copies are current.
set -euo pipefail
build=${1:-build}
src=$(cd "$(dirname "$0")/.." && pwd)
ninja -C "$build" CircDialectIncGen CircPassesIncGen >/dev/null
cp "$build/dialect/CircDialect.md" "$src/docs/dialect.md"
cp "$build/lib/Passes.md" "$src/docs/passes.md"
echo "docs/dialect.md and docs/passes.md regenerated"
