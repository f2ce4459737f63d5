#!/usr/bin/env python3
"""Bad input to every tool: the exit code and the message, checked or tabled.

    scripts/bad-inputs.py [--build DIR] [--table FILE]

Runs each case of test/Driver/Inputs/bad/cases.txt (tool, input class,
arguments, expected exit code, a regular expression stderr must match) from
that directory with the tools of DIR/bin (default build/, or
$CIRC_BUILD_DIR), and checks that the tool exited with that code, that it
did not crash (a signal or a sanitizer report) and that its message matches.
Prints each wrong case and ends with "N cases, M wrong"; exits 1 if any is
wrong. --table writes the markdown table of docs/robustness.md: per case
the tool, the class, the command, the exit code and the first line of the
message.
"""
import argparse
import os
import re
import shlex
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES_DIR = os.path.join(REPO, "test", "Driver", "Inputs", "bad")


def read_cases():
    cases = []
    with open(os.path.join(CASES_DIR, "cases.txt")) as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = [x.strip() for x in line.rstrip("\n").split(" | ")]
            if len(fields) != 5:
                sys.exit("cases.txt:%d: expected 5 fields separated by ' | '" % n)
            tool, what, args, code, pattern = fields
            cases.append((n, tool, what, args, int(code), pattern))
    return cases


def run_case(build, tool, args):
    runtime = os.path.join(build, "lib", "circ", "runtime.bc")
    argv = [os.path.join(build, "bin", tool)] + [
        a.replace("@RUNTIME@", runtime) for a in shlex.split(args)]
    p = subprocess.run(argv, cwd=CASES_DIR, stdin=subprocess.DEVNULL,
                       capture_output=True, text=True, errors="replace",
                       timeout=120)
    # Paths of this checkout are noise in the messages.
    err = p.stderr.replace(build + "/", "build/").replace(REPO + "/", "")
    return p.returncode, err


def first_line(err):
    lines = [l for l in err.splitlines() if l.strip()]
    pick = next((l for l in lines if "error" in l or "fault" in l),
                lines[0] if lines else "")
    return pick.strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default=os.environ.get(
        "CIRC_BUILD_DIR", os.path.join(REPO, "build")))
    ap.add_argument("--table")
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    wrong = 0
    rows = ["| tool | bad input | command | exit | message |",
            "|---|---|---|---:|---|"]
    cases = read_cases()
    for n, tool, what, cargs, code, pattern in cases:
        rc, err = run_case(build, tool, cargs)
        problems = []
        if rc < 0 or "Sanitizer" in err or "Stack dump" in err:
            problems.append("crashed (exit %d)" % rc)
        elif rc != code:
            problems.append("exit %d, expected %d" % (rc, code))
        if not re.search(pattern, err, re.M):
            problems.append("stderr does not match /%s/" % pattern)
        if problems:
            wrong += 1
            print("cases.txt:%d: %s %s: %s\n  stderr: %s" % (
                n, tool, cargs, "; ".join(problems), err.strip()[:400]))
        msg = first_line(err).replace("|", "\\|")
        rows.append("| %s | %s | `%s %s` | %d | `%s` |" % (
            tool, what, tool, cargs.replace("@RUNTIME@", "runtime.bc"), rc, msg))
    if args.table:
        with open(args.table, "w") as f:
            f.write("\n".join(rows) + "\n")
    print("%d cases, %d wrong" % (len(cases), wrong))
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
