#!/usr/bin/env python3
"""The GCC C torture suite (execute tests) on circ.

    scripts/torture.sh SUITE_DIR [--jobs N] [--list-failures] [circ-cc options...]

SUITE_DIR is SingleSource/Regression/C/gcc-c-torture/execute of a checkout of
llvm/llvm-test-suite (a public repository; nothing of it goes into this one).
Each test is a program that calls abort() on a wrong result and exits 0
otherwise. The script skips what llvm-test-suite's own CMakeLists.txt in that
folder skips for clang on a target that is not x86 (GCC extensions, tests
relying on undefined behaviour or on GCC's optimiser, clang's known
failures, tests that need mmap), applies the per-test flags it gives (-fwrapv,
-Wno-return-type) and the semantic options a test asks for itself in its
dg-options line, as GCC's own harness does (-fwrapv, -fno-strict-aliasing),
and drops tests that do not build and pass natively with gcc. Every other
test is compiled with

    circ-cc -std=gnu17 -w -Wno-implicit-function-declaration -Wno-implicit-int
            -Wno-int-conversion [per-test flags] [circ-cc options] TEST.c

and run in circ-sim. It prints the count per cause of failure and ends with
"N passed, N failed". --list-failures prints every failing test with its
cause. Uses $CIRC_BUILD_DIR (default build/).
"""
import argparse
import concurrent.futures
import collections
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("CIRC_BUILD_DIR", os.path.join(REPO, "build"))
BASE_FLAGS = ["-std=gnu17", "-w", "-Wno-implicit-function-declaration",
              "-Wno-implicit-int", "-Wno-int-conversion"]
# CMakeLists.txt lists that skip tests on a non-x86 target without mmap (as
# llvm-test-suite skips them there), and the per-test flags it applies.
SKIP_LISTS = {"UnsupportedTests": "unsupported by clang (llvm-test-suite)",
              "FailingTests": "known clang failure (llvm-test-suite)",
              "X86OnlyTests": "x86 only (llvm-test-suite)",
              "MMapTests": "needs mmap, which the machine has not"}
FLAG_LISTS = {"TestRequiresFWrapV": ["-fwrapv"],
              "TestRequiresWNoReturnType": ["-Wno-return-type"]}
TIMEOUT = 20
MAX_STEPS = 500000000


# Options a test's own dg-options line may ask for: they change what the
# program means, not how it is built.
DG_OPTIONS = {"-fwrapv", "-fno-strict-aliasing"}


def dg_options(path):
    """The options of DG_OPTIONS that the test's dg-options line gives."""
    with open(path, errors="replace") as f:
        head = f.read(2000)
    found = []
    for m in re.finditer(r"dg-options\s+\{?\s*\"([^\"]*)\"", head):
        found += [o for o in m.group(1).split() if o in DG_OPTIONS]
    return found


def parse_cmake(path):
    """{list name: [file names]} for every file(GLOB NAME ...) block."""
    text = re.sub(r"#[^\n]*", "", open(path).read())  # comments hold ')'
    lists = {}
    for m in re.finditer(r"file\(GLOB\s+(\w+)(.*?)\)", text, re.S):
        lists.setdefault(m.group(1), []).extend(re.findall(r"[\w.+-]+\.c\b", m.group(2)))
    return lists


def run(cmd, timeout, cwd=None):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=timeout, cwd=cwd)
        return p.returncode, p.stdout.decode("utf-8", "replace"), \
            p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return None, "", ""


def compile_cause(err):
    """The cause of a circ-cc failure, from its messages."""
    text = err
    m = re.search(r"undefined (?:symbol|reference to) '([^']+)'", text)
    if m:
        return "missing in the runtime: " + m.group(1)
    for pat, cause in [
            (r"floating.point|only float and double", "floating point"),
            (r"inline assembly|inline asm", "inline assembly"),
            (r"wider than 64 bits", "division of integers wider than 64 bits"),
            (r"computed goto|indirectbr|blockaddress", "computed goto"),
            (r"setjmp|longjmp", "setjmp/longjmp"),
            (r"unknown mnemonic|unknown directive", "circ-sim rejects the assembly"),
            (r"unknown argument|unsupported option|Unknown command line argument",
             "circ-cc option not passed to clang")]:
        if re.search(pat, text, re.I):
            return cause
    m = re.search(r"fatal error: '([^']+)' file not found", text)
    if m:
        return "missing header: " + m.group(1)
    first = next((l.strip() for l in text.splitlines() if "error" in l), text.strip()[:120])
    first = re.sub(r"^\S+:\d+(:\d+)?: ", "", first)
    return "compile error: " + re.sub(r"'[^']*'", "'...'", first)[:100]


def check_one(test, suite, flags, circ_opts, tmp):
    src = os.path.join(suite, test)
    base = os.path.join(tmp, test[:-2])
    native = base + ".native"
    rc, _, _ = run(["gcc", "-w", "-O1"] + [f for f in flags if f != "-Wno-return-type"]
                   + [src, "-o", native, "-lm"], 60)
    if rc != 0:
        return test, "native", "does not build natively"
    rc, _, _ = run([native], TIMEOUT, cwd=tmp)
    if rc != 0:
        return test, "native", "fails natively"
    asm = base + ".s"
    rc, _, err = run([os.path.join(BUILD, "bin", "circ-cc")] + BASE_FLAGS + flags +
                     circ_opts + [src, "-o", asm], 120)
    if rc is None:
        return test, "fail", "compile timeout"
    if rc != 0:
        return test, "fail", compile_cause(err)
    rc, _, err = run([os.path.join(BUILD, "bin", "circ-sim"),
                      "--max-steps=%d" % MAX_STEPS, asm], TIMEOUT * 3)
    if rc is None:
        return test, "fail", "simulation timeout"
    if rc == 0:
        return test, "pass", ""
    if rc == 1:
        return test, "fail", compile_cause(err)
    if rc == 70:
        m = re.search(r"fault: (.*)", err)
        what = re.sub(r"-?\d+|0x[0-9a-f]+", "N", m.group(1)) if m else "?"
        return test, "fail", "fault: " + what
    return test, "fail", "wrong result (exit %d)" % rc


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("suite")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--list-failures", action="store_true")
    ap.add_argument("--only", help="comma-separated test names (for reruns)")
    args, circ_opts = ap.parse_known_args()
    cmake = os.path.join(args.suite, "CMakeLists.txt")
    if not os.path.isfile(cmake):
        sys.exit("torture: %s has no CMakeLists.txt: give the gcc-c-torture/execute "
                 "folder of an llvm-test-suite checkout" % args.suite)
    lists = parse_cmake(cmake)
    skip = {}
    for name, why in SKIP_LISTS.items():
        for t in lists.get(name, []):
            skip[t] = why
    flags = collections.defaultdict(list)
    for name, fl in FLAG_LISTS.items():
        for t in lists.get(name, []):
            flags[t] += fl
    tests = sorted(t for t in os.listdir(args.suite) if t.endswith(".c"))
    for t in tests:
        flags[t] += [o for o in dg_options(os.path.join(args.suite, t))
                     if o not in flags[t]]
    if args.only:
        tests = [t for t in tests if t in args.only.split(",")]
    run_tests = [t for t in tests if t not in skip]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
            futs = [ex.submit(check_one, t, args.suite, flags[t], circ_opts, tmp)
                    for t in run_tests]
            for f in concurrent.futures.as_completed(futs):
                results.append(f.result())
    results.sort()
    native = [r for r in results if r[1] == "native"]
    passed = [r for r in results if r[1] == "pass"]
    failed = [r for r in results if r[1] == "fail"]
    print("torture: %d tests, %d skipped as llvm-test-suite skips them for clang, "
          "%d not passing natively, %d run on circ (circ-cc %s)\n"
          % (len(tests), len(tests) - len(run_tests), len(native),
             len(passed) + len(failed), " ".join(circ_opts) or "(defaults)"))
    causes = collections.Counter(r[2] for r in failed)
    print("| cause | tests |\n|---|---:|")
    for cause, n in causes.most_common():
        print("| %s | %d |" % (cause, n))
    if args.list_failures:
        print("\nFailing tests:\n")
        for t, _, cause in failed:
            print("- `%s`: %s" % (t, cause))
        print()
    print("%d passed, %d failed" % (len(passed), len(failed)))
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
