#!/usr/bin/env bash
# torture.sh SUITE_DIR [--jobs N] [--list-failures] [circ-cc options...]:
# the GCC C torture suite's execute tests from an llvm-test-suite checkout on
# circ (scripts/torture.py has the details). Ends with "N passed, N failed".
exec python3 "$(dirname "${BASH_SOURCE[0]}")/torture.py" "$@"
