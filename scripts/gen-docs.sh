#!/usr/bin/env bash
# gen-docs.sh [BUILD_DIR]: copies the dialect and pass references that
# mlir-tblgen generates from the ODS files into docs/, and writes the gadget
# table that circ-r1cs measures. test/Docs checks
# that the committed copies are current.
set -euo pipefail
build=${1:-build}
src=$(cd "$(dirname "$0")/.." && pwd)
ninja -C "$build" CircDialectIncGen CircPassesIncGen >/dev/null
cp "$build/include/circ/Dialect/Circ/CircDialect.md" "$src/docs/dialect.md"
cp "$build/include/circ/Transforms/Passes.md" "$src/docs/passes.md"
ninja -C "$build" circ-r1cs >/dev/null
"$build/bin/circ-r1cs" --gadget-table > "$src/docs/r1cs-gadgets.md"
echo "docs/dialect.md, docs/passes.md and docs/r1cs-gadgets.md regenerated"
