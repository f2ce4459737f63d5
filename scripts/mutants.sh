#!/usr/bin/env bash
# mutants.sh [--jobs N] [--allocators A,B] [--out FILE] [PROG.c...]: which
# check catches which injected allocator fault (scripts/mutants.py has the
# details; docs/robustness.md the table). About 15 minutes on 2 cores.
exec python3 "$(dirname "${BASH_SOURCE[0]}")/mutants.py" "$@"
