# A lit suite of csmith programs, one test per seed, so that a campaign
# shards with lit's own --num-shards/--run-shard (scripts/csmith-lit.sh
# drives it). Each test runs scripts/csmith-diff.sh on one seed: it passes
# when circ's output and exit code agree with the native build's, is
# UNSUPPORTED when csmith-diff.sh skips the program (a native run over 5 s),
# and fails otherwise (the program and a report stay in
# $CIRC_BUILD_DIR/csmith-failures/). Parameters (lit --param):
#   count=N     number of programs (seeds seed .. seed+N-1)
#   seed=S      first seed (default 40000)
#   options=... circ-cc options, e.g. "-O2 -regalloc=greedy" (default -O2)
#   build=DIR   circ's build directory (default <repo>/build)
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from csmith_format import CsmithSeeds, repo  # noqa: E402


def param(name, default):
    return lit_config.params.get(name, default)


build = os.path.abspath(param("build", os.path.join(repo, "build")))
config.name = "csmith"
config.test_format = CsmithSeeds(int(param("seed", "40000")), int(param("count", "100")),
                                 param("options", "-O2").split(), build)
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
config.test_exec_root = os.path.join(build, "csmith-lit")
