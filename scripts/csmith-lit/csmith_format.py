# The lit test format of the csmith suite (lit.cfg.py): one test per seed.
# A module of its own, so that lit's worker processes can unpickle it.
import os
import re
import subprocess

import lit.formats
import lit.Test

repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class CsmithSeeds(lit.formats.base.TestFormat):
    def __init__(self, first, count, options, build):
        self.first, self.count = first, count
        self.options, self.build = options, build

    def getTestsInDirectory(self, testSuite, path_in_suite, litConfig, localConfig):
        if path_in_suite:  # the seeds live at the top only (not in __pycache__)
            return
        for seed in range(self.first, self.first + self.count):
            yield lit.Test.Test(testSuite, path_in_suite + ("seed-%d" % seed,),
                                localConfig)

    def execute(self, test, litConfig):
        seed = int(test.path_in_suite[-1].split("-")[1])
        env = dict(os.environ, CSMITH_SEED=str(seed), CIRC_BUILD_DIR=self.build)
        env.pop("CSMITH_CONFIGS", None)
        cmd = [os.path.join(repo, "scripts", "csmith-diff.sh"), "1"] + self.options
        proc = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True)
        out = proc.stdout
        m = re.search(r"^(\d+) passed, (\d+) failed, (\d+) skipped$", out, re.M)
        if m is None:
            return lit.Test.FAIL, "csmith-diff.sh printed no count:\n" + out
        if m.group(1) == "1":
            return lit.Test.PASS, ""
        if m.group(3) == "1":
            return lit.Test.UNSUPPORTED, out
        return lit.Test.FAIL, out
