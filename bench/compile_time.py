#!/usr/bin/env python3
"""Compile time of circ's allocators against greedy on large generated functions.

Generates one C function of N switch cases in a loop (a state machine: about
3 blocks per case, a dozen values live around the loop) and a main that calls
it, compiles it with clang once, then times circ-llc with each allocator (and
circ-ts choosing the io width, with the runtime linked) and prints a markdown table:
seconds, ratio to greedy, and seconds per thousand blocks (flat = linear).

    bench/compile_time.py [--build DIR] [--sizes 250,1000,4000] [--repeats 3]
                          [--io-width W]
"""
import argparse, os, subprocess, sys, tempfile, time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# name, circ-llc options; "auto" chooses the io width (the program is whole:
# it has main, and the runtime is linked), the others take --io-width or none.
ALLOCATORS = [("greedy", ["-regalloc=greedy"]), ("circ-ts", ["-regalloc=circ-ts"]),
              ("circ-local", ["-regalloc=circ-local"]),
              ("circ-ts auto", ["-regalloc=circ-ts", "-circ-io-width=auto"])]


def frontend_flags():
    """The front end's ABI flags, from tools/circ-cc/frontend-flags.txt."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools",
                        "circ-cc", "frontend-flags.txt")
    with open(path) as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


def generate(cases):
    lines = ["unsigned long machine(unsigned long seed, unsigned long steps) {",
             "  unsigned long a = seed, b = seed ^ 7, c = seed + 3, d = 1, e = 2,",
             "                f = 5, g = 11, h = 13, s = 0, i;",
             "  for (i = 0; i < steps; ++i) {",
             "    switch ((a ^ s) %% %d) {" % cases]
    for k in range(cases):
        lines.append("    case %d:" % k)
        lines.append("      a += b * %d + (c >> %d); b ^= d + %d;" % (k % 7 + 1, k % 5, k))
        lines.append("      if ((a & %d) == %d) { c += e; e = e * 3 + %d; }" % (k % 15 + 1, k % 3, k))
        lines.append("      else { d ^= f + g; h += %d; }" % (k % 11))
        lines.append("      s += h ^ g; break;")
    lines += ["    default: s ^= a; break;", "    }",
              "    g = g * 5 + a; f ^= s;", "  }",
              "  return a + b + c + d + e + f + g + h + s;", "}",
              "int main(void) { return (int)(machine(7, 100) & 0xff); }"]
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default=os.environ.get("CIRC_BUILD_DIR",
                                                      os.path.join(REPO, "build")))
    ap.add_argument("--sizes", default="250,1000,4000")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--io-width", type=int, default=0,
                    help="pass -circ-io-width=N to every allocator (0: none)")
    args = ap.parse_args()
    llc = os.path.join(args.build, "bin", "circ-llc")
    clang = "/usr/lib/llvm-22/bin/clang-22"
    print("| cases | blocks | allocator | seconds | vs greedy | s per 1000 blocks |")
    print("|---:|---:|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in [int(x) for x in args.sizes.split(",")]:
            src = os.path.join(tmp, "m%d.c" % n)
            bc = os.path.join(tmp, "m%d.bc" % n)
            with open(src, "w") as f:
                f.write(generate(n))
            subprocess.run([clang] + frontend_flags() + ["-O2", "-emit-llvm", "-c", src,
                                                         "-o", bc], check=True)
            # Blocks of the allocated function, counted from the assembly.
            out = subprocess.run([llc, "-circ-quiet-retarget", "-regalloc=greedy", bc,
                                  "-o", "-"], check=True, capture_output=True, text=True)
            blocks = sum(1 for l in out.stdout.splitlines()
                         if l.startswith(".LBB") and l.endswith(":")) + 1
            base = None
            runtime = os.path.join(args.build, "lib", "circ", "runtime.bc")
            for ra, opts in ALLOCATORS:
                best = None
                for _ in range(args.repeats):
                    t = time.perf_counter()
                    if "-circ-io-width=auto" in opts:
                        width = ["-runtime=" + runtime]
                    else:
                        width = ["-circ-io-width=%d" % args.io_width] if args.io_width else []
                    r = subprocess.run([llc, "-circ-quiet-retarget"] + opts
                                       + width + [bc, "-o", os.devnull],
                                       capture_output=True, text=True)
                    dt = time.perf_counter() - t
                    if r.returncode != 0:
                        print("| %d | %d | %s | FAIL | | |" % (n, blocks, ra))
                        print(r.stderr[:500], file=sys.stderr)
                        best = None
                        break
                    best = dt if best is None else min(best, dt)
                if best is None:
                    continue
                if ra == "greedy":
                    base = best
                ratio = "%.2f" % (best / base) if base else "-"
                print("| %d | %d | %s | %.3f | %s | %.3f |" %
                      (n, blocks, ra, best, ratio, best / blocks * 1000))
                sys.stdout.flush()


if __name__ == "__main__":
    main()
