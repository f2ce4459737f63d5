#!/usr/bin/env python3
"""circ benchmark harness.

Compiles every benchmark program with every allocator configuration at every
io width, runs it in circ-sim, checks its output against the native (gcc -O2)
build (for a circ dialect program, .mlir, the build of its C twin) and prints one markdown table of the static (ra-report) and dynamic
(circ-sim --report) costs. See docs/benchmarks.md.

    bench/run.py [--build DIR] [--programs GLOB[,GLOB...]] [--configs NAME,...]
                 [--widths unbounded,16,8] [--out DIR] [--timeout S]
                 [--compile-repeats N]

Writes DIR/results.csv (one row per cell), DIR/table.md (the table printed on
stdout), DIR/prover-cost.svg (prover-cost relative to greedy) and
DIR/cost-terms.svg (where each configuration's prover cost goes: its terms
stacked, per program). Progress goes to stderr. Standard library only; one
job at a time. `bench/run.py --replot [--out DIR]` draws the charts again
from DIR/results.csv without running anything.
"""

import argparse
import csv
import datetime
import glob
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

# ---------------------------------------------------------------------------
# In a configuration's options: use a profile of the program (circ-sim
# --profile of the same configuration's build without it, one first run).
PROFILE = "<profile>"
# Allocator configurations: ONE line each. name, circ-cc options (the front
# end level FRONTEND is added to all). A configuration whose allocator does not
# exist in the build fails at compile time and shows as FAIL cells.
CONFIGS = [
    ("fast", ["-cg-O0", "-regalloc=fast"]),
    ("basic", ["-regalloc=basic"]),
    ("greedy", ["-regalloc=greedy"]),
    ("circ-local-pref", ["-regalloc=circ-local", "-circ-prefer-callee-saved=true"]),
    ("circ-local-nopref", ["-regalloc=circ-local", "-circ-prefer-callee-saved=false"]),
    ("circ-ts", ["-regalloc=circ-ts"]),
    ("circ-ts-cost", ["-regalloc=circ-ts", "-circ-spill-rank=cost"]),
    ("circ-ts-auto", ["-regalloc=circ-ts", "-circ-io-width=auto"]),
    ("circ-ts-auto-cost", ["-regalloc=circ-ts", "-circ-io-width=auto",
                           "-circ-spill-rank=cost"]),
    ("circ-ts-auto-pgo", ["-regalloc=circ-ts", "-circ-io-width=auto", PROFILE]),
]
FRONTEND = ["-O2"]          # clang's level, for every configuration
REFERENCE = "greedy"        # ratios are relative to this configuration
DEFAULT_WIDTHS = "unbounded,16,8"
SWEEP_WIDTHS = [str(w) for w in range(4, 33)]  # --widths sweep
# The column of a configuration that chooses its own width (-circ-io-width=auto).
AUTO = "auto"
MAX_STEPS = 200000000
NATIVE_TIMEOUT = 10
# ---------------------------------------------------------------------------

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

REPORT_KEYS = ["instructions", "blocks", "calls", "io-width", "pushes", "pops",
               "stack-writes", "stack-reads", "ram-writes", "ram-reads",
               "constraints", "prover-cost", "prover-cost-blocks",
               "prover-cost-transitions", "prover-cost-stack", "prover-cost-ram"]

COLUMNS = ["program", "config", "width", "st.width", "lower bd", "spills",
           "reloads", "st.push", "st.pop", "io-width", "instructions", "blocks", "pushes",
           "pops", "stack r+w", "RAM r+w", "constraints", "prover-cost", "pc/greedy",
           "compile/greedy", "note"]


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# --- source: which functions does the program itself define -----------------

def strip_c(text):
    """The C source with comments, string and character literals blanked."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(" ")
            i = j
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(c + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def defined_functions(path):
    """Names of the functions defined (with a body) at file scope in PATH."""
    if path.endswith(".mlir"):
        with open(path, encoding="utf-8", errors="replace") as f:
            return set(re.findall(r"func\.func @([A-Za-z_][\w$.]*)", f.read()))
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = strip_c(f.read())
    except OSError:
        return set()
    text = re.sub(r"^\s*#.*$", "", text, flags=re.M)
    names, depth = set(), 0
    for i, c in enumerate(text):
        if c == "{":
            if depth == 0:
                head = text[:i].rstrip()
                if head.endswith(")"):
                    # find the matching "(" and the identifier before it
                    level, j = 0, len(head) - 1
                    while j >= 0:
                        if head[j] == ")":
                            level += 1
                        elif head[j] == "(":
                            level -= 1
                            if level == 0:
                                break
                        j -= 1
                    m = re.search(r"([A-Za-z_]\w*)\s*$", head[:max(j, 0)])
                    if m:
                        names.add(m.group(1))
            depth += 1
        elif c == "}":
            depth = max(depth - 1, 0)
    return names


# --- running tools ----------------------------------------------------------

TOOL_MISSING = re.compile(r"cannot run '[^']*'|posix_spawn failed|No such file or directory"
                          r"|Permission denied|Text file busy")


def run_tool(cmd, timeout, retries=3, wait=20):
    """run(), but wait and retry while a tool of the build is missing or being
    replaced (a rebuild in progress), which is not a result of the cell."""
    for attempt in range(retries + 1):
        res = run(cmd, timeout)
        rc, _, err, _ = res
        missing = rc in (126, 127) or (rc not in (0, None) and TOOL_MISSING.search(err or "")
                                       and "circ-" in err and "error" in err)
        if not missing or attempt == retries:
            return res
        log("run.py: %s: tool unavailable (%s); retrying in %d s"
            % (os.path.basename(cmd[0]), first_error_line(err), wait))
        time.sleep(wait)
    return res


def run(cmd, timeout, stdout=subprocess.PIPE):
    """(returncode or None on timeout, stdout bytes, stderr text, seconds)."""
    t0 = time.monotonic()
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=stdout,
                           stderr=subprocess.PIPE, timeout=timeout)
        rc, out, err = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        rc, out, err = None, e.stdout, e.stderr
    except OSError as e:
        rc, out, err = 127, b"", str(e).encode()
    dt = time.monotonic() - t0
    return rc, out or b"", (err or b"").decode("utf-8", "replace"), dt


def first_error_line(err):
    lines = [l.strip() for l in err.splitlines() if l.strip()]
    for l in lines:
        if "error" in l.lower() or "cannot find" in l.lower():
            return l
    return lines[0] if lines else "(no message)"


def native_build(src, tmp, timeout):
    """Build and run the program natively: (stdout, rc) or (None, reason)."""
    cc = shutil.which("gcc") or shutil.which("clang-22") or shutil.which("clang")
    if not cc:
        return None, "no native compiler (gcc/clang)"
    exe = os.path.join(tmp, "native")
    if src.endswith(".mlir"):
        src = src[:-len(".mlir")] + ".c"  # a dialect program's C twin
    # -lm after the source, for programs that call <math.h> (float_ops.c).
    rc, _, err, _ = run([cc, "-std=c11", "-O2", "-w", src, "-o", exe, "-lm"], 120)
    if rc != 0:
        return None, "native build failed: " + first_error_line(err)
    rc, out, err, _ = run([exe], timeout)
    if rc is None:
        return None, "native run timed out"
    return out, rc


def parse_ra_report(err):
    funcs = {}
    for line in err.splitlines():
        if not line.startswith("ra-report:"):
            continue
        fields = dict(kv.split("=", 1) for kv in line.split()[1:] if "=" in kv)
        if "func" in fields:
            funcs[fields["func"]] = fields
    return funcs


def parse_sim_report(err):
    rep = {}
    for line in err.splitlines():
        m = re.match(r"^([a-z-]+): (-?\d+(?:\.\d+)?)\s*$", line)
        if m and m.group(1) in REPORT_KEYS:
            rep[m.group(1)] = int(m.group(2))
    return rep


def static_summary(funcs, own):
    """Max width/lower bound, summed spills/... over the program's functions."""
    mine = [f for name, f in funcs.items() if name in own]
    res = {}

    def num(v):
        return int(v) if re.fullmatch(r"-?\d+", v or "") else None

    for key, agg in (("width", max), ("lower-bound", max), ("spills", sum),
                     ("reloads", sum), ("pushes", sum), ("pops", sum),
                     ("copies", sum)):
        vals = [num(f.get(key)) for f in mine]
        vals = [v for v in vals if v is not None]
        res[key] = agg(vals) if vals else "-"
    res["functions"] = " ".join(sorted(f["func"] for f in mine))
    return res


def width_options(width):
    if width == AUTO:
        return []  # the configuration says -circ-io-width=auto itself
    if width == "unbounded":
        return ["-circ-io-width=lower-bound"]
    return ["-circ-io-width=" + width]


def compile_cell(cell, src, opts, args, asm):
    """Compiles; returns (None, stderr) or (FAIL reason, stderr)."""
    if os.path.exists(asm):
        os.remove(asm)
    cmd = [args.cc] + FRONTEND + opts + width_options(cell["width"])
    cmd += ["-circ-ra-report", src, "-o", asm]
    cell["command"] = " ".join(cmd)
    rc, _, err, dt = run_tool(cmd, args.timeout)
    for _ in range(args.compile_repeats - 1):  # compile time: best of N
        if rc != 0:
            break
        rc, _, err, dt2 = run_tool(cmd, args.timeout)
        dt = min(dt, dt2)
    cell["compile_seconds"] = round(dt, 4)
    cell["_log"] = cell.get("_log", "") + "$ " + " ".join(cmd) + "\n" + err
    return compile_failure(rc, err), err


def compile_failure(rc, err):
    if rc is None:
        return "compile timeout"
    if rc < 0:
        return "compiler crash (signal %d): %s" % (-rc, first_error_line(err))
    if rc == 0:
        return None
    msg = first_error_line(err)
    if re.search(r"Stack dump|PLEASE submit a bug report|Segmentation fault|"
                 r"Assertion .* failed|UNREACHABLE executed", err):
        crash = [l.strip() for l in err.splitlines()
                 if re.search(r"Assertion|UNREACHABLE|LLVM ERROR|Segmentation|error", l)]
        return "compiler crash (exit %d): %s" % (rc, crash[0] if crash else msg)
    if re.search(r"regalloc.*Cannot find option named|Cannot find option named.*"
                 r"|Unknown command line argument", msg):
        return "allocator/option not available in this build: " + msg
    return "compile error (exit %d): %s" % (rc, msg)


def profile_options(cell, src, args, tmp):
    """The configuration's options, with PROFILE replaced by a profile from a
    first build and run; (options, FAIL reason or None)."""
    opts = cell["_opts"]
    if PROFILE not in opts:
        return opts, None
    base = [o for o in opts if o != PROFILE]
    asm, prof = os.path.join(tmp, "profiled.s"), os.path.join(tmp, "prog.profile")
    why, _ = compile_cell(cell, src, base, args, asm)
    if why:
        return opts, "profiling build: " + why
    sim = [args.sim, "--profile=" + prof, "--max-steps=%d" % MAX_STEPS, asm]
    rc, _, err, _ = run_tool(sim, args.timeout)
    if rc is None or rc < 0 or rc == 70 or not os.path.exists(prof):
        return opts, "profiling run failed: " + first_error_line(err)
    return base + ["-circ-profile=" + prof], None


def compile_and_run(cell, src, own, native_out, native_rc, args, tmp):
    """Fill CELL (a dict) with status, reason and the measurements."""
    asm = os.path.join(tmp, "prog.s")
    opts, why = profile_options(cell, src, args, tmp)
    if not why:
        why, err = compile_cell(cell, src, opts, args, asm)
    if why:
        return fail(cell, why)
    cell.update({"st_" + k: v for k, v in static_summary(parse_ra_report(err), own).items()})
    sim = [args.sim, "--report", "--max-steps=%d" % MAX_STEPS, asm]
    rc, out, err, dt = run_tool(sim, args.timeout)
    cell["sim_seconds"] = round(dt, 4)
    cell["_log"] += "$ " + " ".join(sim) + "\n" + err[-4000:]
    rep = parse_sim_report(err)
    for k in REPORT_KEYS:
        cell[k] = rep.get(k, "")
    if rc is None:
        return fail(cell, "simulation timeout (%d s)" % args.timeout)
    if rc == 70:
        what = [l for l in err.splitlines() if "fault" in l]
        return fail(cell, "machine fault (exit 70): " + (what[0].strip() if what else "?"))
    if rc < 0:
        return fail(cell, "simulator crash (signal %d)" % -rc)
    if rc == 1 and "prover-cost" not in rep:
        return fail(cell, "simulator rejected the assembly: " + first_error_line(err))
    if out != native_out:
        cell["_log"] += ("--- circ stdout (exit %d):\n%s\n--- native stdout (exit %d):\n%s\n"
                         % (rc, out.decode("utf-8", "replace")[:2000], native_rc,
                            native_out.decode("utf-8", "replace")[:2000]))
        return fail(cell, "wrong output (differs from native gcc -O2)%s"
                    % ("" if rc == native_rc else ", exit code %d" % rc))
    if rc != native_rc:
        return fail(cell, "exit code %d, native %d" % (rc, native_rc))
    if any(rep.get(k) is None for k in REPORT_KEYS):
        return fail(cell, "incomplete --report")
    cell["status"] = "ok"
    return cell


def chooses_width(opts):
    return "-circ-io-width=auto" in opts


def widths_of(opts, widths):
    """The width columns a configuration runs at: its own choice, or all."""
    return [AUTO] if chooses_width(opts) else [w for w in widths if w != AUTO]


def fail(cell, reason):
    cell["status"] = "FAIL"
    cell["reason"] = reason
    return cell


# --- formatting --------------------------------------------------------------

def fmt_int(v):
    return "-" if v in (None, "", "-") else str(v)


def fmt_ratio(v):
    return "-" if v is None else "%.3f" % v


def ratio(a, b):
    """a/b for counts; both zero is 1, one zero uses (a+1)/(b+1)."""
    if a == 0 and b == 0:
        return 1.0
    if a == 0 or b == 0:
        return (a + 1.0) / (b + 1.0)
    return a / b


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def stack_acc(c):
    return c["stack-reads"] + c["stack-writes"]


def ram_acc(c):
    return c["ram-reads"] + c["ram-writes"]


def cheapest(cells, program, config):
    """The configuration's cheapest ok cell at a width it was given, or None."""
    ok = [c for c in cells if c["program"] == program and c["config"] == config
          and c["status"] == "ok" and c["width"] != AUTO]
    return min(ok, key=lambda c: c["prover-cost"]) if ok else None


def reference_cells(cells, programs):
    """(program, width) -> the reference's cell; at AUTO its cheapest."""
    ref = {(c["program"], c["width"]): c for c in cells
           if c["config"] == REFERENCE and c["status"] == "ok"}
    for p in programs:
        best = cheapest(cells, p, REFERENCE)
        if best:
            ref[(p, AUTO)] = best
    return ref


def build_table(cells, programs, configs, widths):
    ref = reference_cells(cells, programs)
    notes, note_cells = [], {}  # reason -> number, number -> cells
    lines = ["| " + " | ".join(COLUMNS) + " |",
             "|" + "|".join(["---"] * 3 + ["---:"] * (len(COLUMNS) - 4) + ["---"]) + "|"]
    for c in cells:
        row = [c["program"], c["config"], c["width"]]
        if c["status"] != "ok":
            if c["reason"] not in notes:
                notes.append(c["reason"])
            k = notes.index(c["reason"]) + 1
            note_cells.setdefault(k, []).append(c)
            row += ["FAIL"] * (len(COLUMNS) - 4) + ["[%d]" % k]
        else:
            r = ref.get((c["program"], c["width"]))
            pw_r = c["prover-cost"] / r["prover-cost"] if r else None
            ct_r = (c["compile_seconds"] / r["compile_seconds"]
                    if r and r["compile_seconds"] > 0 else None)
            c["pc_vs_ref"] = pw_r
            c["compile_vs_ref"] = ct_r
            row += [fmt_int(c["st_width"]), fmt_int(c["st_lower-bound"]),
                    fmt_int(c["st_spills"]), fmt_int(c["st_reloads"]),
                    fmt_int(c["st_pushes"]), fmt_int(c["st_pops"]),
                    str(c["io-width"]), str(c["instructions"]), str(c["blocks"]), str(c["pushes"]),
                    str(c["pops"]), str(stack_acc(c)), str(ram_acc(c)),
                    str(c["constraints"]), str(c["prover-cost"]), fmt_ratio(pw_r),
                    fmt_ratio(ct_r), ""]
        lines.append("| " + " | ".join(row) + " |")
    # summary rows: geometric means relative to the reference, same width
    summary = []
    for name, opts in configs:
        for w in widths_of(opts, widths):
            pw, st, ram, ct, cons = [], [], [], [], []
            for p in programs:
                c = next((x for x in cells if x["program"] == p and x["config"] == name
                          and x["width"] == w), None)
                r = ref.get((p, w))
                if not c or c["status"] != "ok" or not r:
                    continue
                pw.append(ratio(c["prover-cost"], r["prover-cost"]))
                cons.append(ratio(c["constraints"], r["constraints"]))
                st.append(ratio(stack_acc(c), stack_acc(r)))
                ram.append(ratio(ram_acc(c), ram_acc(r)))
                if r["compile_seconds"] > 0 and c["compile_seconds"] > 0:
                    ct.append(c["compile_seconds"] / r["compile_seconds"])
            s = {"config": name, "width": w, "n": len(pw), "of": len(programs),
                 "prover-cost": geomean(pw), "constraints": geomean(cons),
                 "stack": geomean(st), "ram": geomean(ram),
                 "compile": geomean(ct)}
            summary.append(s)
            row = ["**geomean vs %s** (%d/%d programs)" % (REFERENCE, s["n"], s["of"]),
                   name, w] + [""] * 11
            row += ["×" + fmt_ratio(s["stack"]) if pw else "-",
                    "×" + fmt_ratio(s["ram"]) if pw else "-",
                    "×" + fmt_ratio(s["constraints"]) if pw else "-",
                    "",
                    "×" + fmt_ratio(s["prover-cost"]) if pw else "-",
                    "×" + fmt_ratio(s["compile"]) if ct else "-",
                    "" if pw else "all FAIL"]
            lines.append("| " + " | ".join(row) + " |")
    # footnotes
    foot = []
    if notes:
        foot.append("")
        foot.append("FAIL reasons:")
        foot.append("")
        for k, reason in enumerate(notes, 1):
            foot.append("%d. %s — %s" % (k, reason, describe_cells(note_cells[k], programs, widths)))
    return "\n".join(lines + foot) + "\n", summary


def driven_terms(c):
    """The prover-cost terms the allocator drives: transitions, stack, RAM."""
    return (c["prover-cost-transitions"] + c["prover-cost-stack"]
            + c["prover-cost-ram"])


CHOICE_COLUMNS = ["program", "circ-ts cheapest", "auto", "auto/cheapest",
                  "auto-pgo", "pgo/cheapest", "greedy cheapest", "auto/greedy",
                  "auto terms/greedy terms"]


def choice_row(cells, p):
    """One program's row of the width-choice table and its ratios."""
    def at(config):
        return next((c for c in cells if c["program"] == p and c["config"] == config
                     and c["width"] == AUTO and c["status"] == "ok"), None)

    def show(c):
        return "%s: %d" % (c["io-width"], c["prover-cost"]) if c else "FAIL"

    best, greedy = cheapest(cells, p, "circ-ts"), cheapest(cells, p, REFERENCE)
    auto, pgo = at("circ-ts-auto"), at("circ-ts-auto-pgo")
    r = {"auto": ratio(auto["prover-cost"], best["prover-cost"]) if auto and best else None,
         "pgo": ratio(pgo["prover-cost"], best["prover-cost"]) if pgo and best else None,
         "greedy": ratio(auto["prover-cost"], greedy["prover-cost"]) if auto and greedy else None,
         "terms": ratio(driven_terms(auto), driven_terms(greedy)) if auto and greedy else None}
    row = [p, show(best), show(auto), fmt_ratio(r["auto"]), show(pgo), fmt_ratio(r["pgo"]),
           show(greedy), fmt_ratio(r["greedy"]), fmt_ratio(r["terms"])]
    return row, r


def build_choice_table(cells, programs, widths):
    """The chosen widths against the cheapest of the widths run (width: cost)."""
    swept = [w for w in widths if w != AUTO]
    lines = ["Cheapest of the widths run (%s); each cell is io width: prover-cost."
             % ", ".join(swept), "",
             "| " + " | ".join(CHOICE_COLUMNS) + " |",
             "|---|" + "---:|" * (len(CHOICE_COLUMNS) - 1)]
    ratios = {k: [] for k in ("auto", "pgo", "greedy", "terms")}
    for p in programs:
        row, r = choice_row(cells, p)
        for k, v in r.items():
            if v is not None:
                ratios[k].append(v)
        lines.append("| " + " | ".join(row) + " |")
    for label, agg in (("geomean", geomean), ("max", max)):
        v = {k: "×" + fmt_ratio(agg(x)) if x else "-" for k, x in ratios.items()}
        row = ["**%s**" % label, "", "", v["auto"], "", v["pgo"], "", v["greedy"],
               v["terms"]]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines) + "\n"


def describe_cells(cs, programs, widths):
    """'circ-ts at unbounded, 16, 8: all programs; basic at 8: crc32, sha256'."""
    by_cfg = {}
    for c in cs:
        by_cfg.setdefault(c["config"], {}).setdefault(c["width"], set()).add(c["program"])
    parts = []
    for cfg, ws in by_cfg.items():
        groups = {}  # program set -> widths
        for w in widths:
            if w in ws:
                groups.setdefault(frozenset(ws[w]), []).append(w)
        for progs, wl in groups.items():
            ptxt = ("all programs" if len(progs) == len(programs) and len(programs) > 1
                    else ", ".join(p for p in programs if p in progs))
            parts.append("%s at %s: %s" % (cfg, ", ".join(wl), ptxt))
    return "; ".join(parts)


# --- chart ------------------------------------------------------------------

PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2",
           "#edc948", "#9c755f", "#ff9da7", "#bab0ac"]


def esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


BAR_W, BAR_GAP, PLOT_H = 9, 14, 360


def chart_layout(nconfigs, nprograms, right):
    """The grouped-bar layout the charts share: (group width, left margin,
    top margin, plot width, image width, image height)."""
    group_w = BAR_W * nconfigs + BAR_GAP
    left, top, bottom = 80, 50, 120
    plot_w = max(group_w * nprograms, 300)
    return group_w, left, top, plot_w, left + plot_w + right, top + PLOT_H + bottom


def svg_start(W, H, left, title):
    return ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
            'viewBox="0 0 %d %d" font-family="sans-serif" font-size="11">' % (W, H, W, H),
            '<rect width="100%" height="100%" fill="white"/>',
            '<text x="%d" y="24" font-size="15" font-weight="bold">%s</text>' % (left, title)]


def write_svg(path, cells, programs, configs, width):
    names = [n for n, _ in configs]
    data = {}
    for c in cells:
        if c["width"] == width and c["status"] == "ok" and c.get("pc_vs_ref"):
            data[(c["program"], c["config"])] = c["pc_vs_ref"]
    vals = list(data.values()) or [1.0]
    lo = 2.0 ** math.floor(math.log2(min(vals + [1.0])) - 1e-9)
    hi = 2.0 ** math.ceil(math.log2(max(vals + [1.0])) + 1e-9)
    if hi / lo < 2:
        lo, hi = lo / 2, hi * 2
    bar_w, gap, plot_h = BAR_W, BAR_GAP, PLOT_H
    group_w, left, top, plot_w, W, H = chart_layout(len(names), len(programs), 180)

    def y(v):
        return top + plot_h * (1 - (math.log2(v) - math.log2(lo)) / (math.log2(hi) - math.log2(lo)))

    o = svg_start(W, H, left, 'prover-cost relative to %s (io width %s, log scale; lower is '
                  'better)' % (REFERENCE, esc(width)))
    # grid and y ticks at powers of two (and the midpoints when the range is small)
    e = math.log2(lo)
    step = 0.5 if math.log2(hi / lo) <= 3 else 1.0
    while e <= math.log2(hi) + 1e-9:
        v = 2.0 ** e
        yy = y(v)
        o.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s" stroke-width="1"/>'
                 % (left, yy, left + plot_w, yy, "#555" if abs(v - 1) < 1e-9 else "#ddd"))
        o.append('<text x="%d" y="%.1f" text-anchor="end">%s</text>'
                 % (left - 6, yy + 4, ("%.3g" % v) + "×"))
        e += step
    o.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>'
             % (left, top, left, top + plot_h))
    o.append('<text transform="translate(20,%d) rotate(-90)" text-anchor="middle" font-size="12">'
             'prover-cost / %s prover-cost</text>' % (top + plot_h // 2, REFERENCE))
    o.append('<text x="%d" y="%d" text-anchor="middle" font-size="12">program</text>'
             % (left + plot_w // 2, H - 10))
    base = y(1.0)
    for gi, p in enumerate(programs):
        gx = left + gi * group_w + gap // 2
        for ci, n in enumerate(names):
            x = gx + ci * bar_w
            v = data.get((p, n))
            color = PALETTE[ci % len(PALETTE)]
            if v is None:
                o.append('<text x="%.1f" y="%.1f" text-anchor="middle" fill="%s" font-size="9">'
                         '×<title>%s %s: FAIL</title></text>' % (x + bar_w / 2, base - 2, color,
                                                                  esc(p), esc(n)))
                continue
            yy = y(v)
            o.append('<rect x="%d" y="%.1f" width="%d" height="%.1f" fill="%s">'
                     '<title>%s %s: %.3f</title></rect>'
                     % (x, min(yy, base), bar_w - 1, max(abs(base - yy), 0.5), color,
                        esc(p), esc(n), v))
        lx = gx + group_w / 2 - gap / 2
        o.append('<text transform="translate(%.1f,%d) rotate(-45)" text-anchor="end">%s</text>'
                 % (lx, top + plot_h + 14, esc(p)))
    # legend
    lx, ly = left + plot_w + 20, top + 10
    o.append('<text x="%d" y="%d" font-weight="bold">configuration</text>' % (lx, ly))
    for ci, n in enumerate(names):
        yy = ly + 16 + ci * 18
        o.append('<rect x="%d" y="%d" width="12" height="12" fill="%s"/>'
                 % (lx, yy - 10, PALETTE[ci % len(PALETTE)]))
        o.append('<text x="%d" y="%d">%s</text>' % (lx + 18, yy, esc(n)))
    o.append('<text x="%d" y="%d" fill="#555">× = FAIL</text>' % (lx, ly + 16 + len(names) * 18 + 6))
    o.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(o) + "\n")


TERMS = [("prover-cost-blocks", "blocks"), ("prover-cost-transitions", "transitions"),
         ("prover-cost-stack", "stack"), ("prover-cost-ram", "RAM")]
TERM_COLOURS = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759"]


def terms_data(cells, width):
    """(program, config) -> the four cost terms relative to the reference's
    prover cost at `width`; a configuration that chooses its width counts its
    chosen-width cell."""
    ref = {c["program"]: float(c["prover-cost"]) for c in cells
           if c["config"] == REFERENCE and c["width"] == width and c["status"] == "ok"}
    data = {}
    for c in cells:
        if c["status"] != "ok" or c["width"] not in (width, AUTO):
            continue
        if not ref.get(c["program"]):
            continue
        data[(c["program"], c["config"])] = [float(c[k]) / ref[c["program"]]
                                             for k, _ in TERMS]
    return data


def write_terms_svg(path, cells, programs, configs, width):
    names = [n for n, _ in configs]
    data = terms_data(cells, width)
    top_v = max([sum(v) for v in data.values()] + [1.0])
    # A linear axis up to the next half step above the tallest bar.
    hi = math.ceil(top_v * 2) / 2
    bar_w, gap, plot_h = BAR_W, BAR_GAP, PLOT_H
    group_w, left, top, plot_w, W, H = chart_layout(len(names), len(programs), 200)

    def y(v):
        return top + plot_h * (1 - v / hi)

    o = svg_start(W, H, left, "where the prover cost goes: its terms stacked, relative to "
                  "%s's total (io width %s; chosen widths for auto)" % (REFERENCE, esc(width)))
    step = 0.5 if hi <= 4 else 1.0 if hi <= 10 else math.ceil(hi / 10)
    v = 0.0
    while v <= hi + 1e-9:
        o.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s"/>'
                 % (left, y(v), left + plot_w, y(v), "#555" if abs(v - 1) < 1e-9 else "#ddd"))
        o.append('<text x="%d" y="%.1f" text-anchor="end">%s</text>'
                 % (left - 6, y(v) + 4, ("%.3g" % v) + "×"))
        v += step
    o.append('<text transform="translate(20,%d) rotate(-90)" text-anchor="middle" font-size="12">'
             'cost term / %s prover-cost</text>' % (top + plot_h // 2, REFERENCE))
    for gi, p in enumerate(programs):
        gx = left + gi * group_w + gap // 2
        for ci, n in enumerate(names):
            x = gx + ci * bar_w
            parts = data.get((p, n))
            if parts is None:
                o.append('<text x="%.1f" y="%.1f" text-anchor="middle" font-size="9">×'
                         '<title>%s %s: FAIL or no cell</title></text>'
                         % (x + bar_w / 2, y(0) - 2, esc(p), esc(n)))
                continue
            acc = 0.0
            for (key, label), colour, part in zip(TERMS, TERM_COLOURS, parts):
                o.append('<rect x="%d" y="%.1f" width="%d" height="%.1f" fill="%s">'
                         '<title>%s %s: %s %.3f of %s</title></rect>'
                         % (x, y(acc + part), bar_w - 1, y(acc) - y(acc + part), colour,
                            esc(p), esc(n), label, part, REFERENCE))
                acc += part
            o.append('<text x="%.1f" y="%.1f" text-anchor="middle" font-size="8">%d</text>'
                     % (x + bar_w / 2, y(0) + 10, ci + 1))
        o.append('<text transform="translate(%.1f,%d) rotate(-45)" text-anchor="end">%s</text>'
                 % (gx + group_w / 2 - gap / 2, top + plot_h + 22, esc(p)))
    lx, ly = left + plot_w + 20, top + 10
    o.append('<text x="%d" y="%d" font-weight="bold">term</text>' % (lx, ly))
    for i, ((_, label), colour) in enumerate(zip(TERMS, TERM_COLOURS)):
        o.append('<rect x="%d" y="%d" width="12" height="12" fill="%s"/>'
                 '<text x="%d" y="%d">%s</text>'
                 % (lx, ly + 6 + i * 18, colour, lx + 18, ly + 16 + i * 18, label))
    ly += 16 + len(TERMS) * 18 + 10
    o.append('<text x="%d" y="%d" font-weight="bold">bars, left to right</text>' % (lx, ly))
    for ci, n in enumerate(names):
        o.append('<text x="%d" y="%d">%d %s</text>' % (lx, ly + 16 + ci * 16, ci + 1, esc(n)))
    o.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(o) + "\n")


def write_charts(out, cells, programs, configs, widths):
    chart_w = "unbounded" if "unbounded" in widths else widths[0]
    write_svg(os.path.join(out, "prover-cost.svg"), cells, programs, configs, chart_w)
    write_terms_svg(os.path.join(out, "cost-terms.svg"), cells, programs, configs, chart_w)


def replot(out):
    """The charts again from out/results.csv: programs, configurations and
    widths in the order the run met them."""
    path = os.path.join(out, "results.csv")
    try:
        with open(path, newline="") as f:
            cells = list(csv.DictReader(f))
    except OSError as e:
        log("run.py: error: cannot read %s: %s" % (path, e.strerror))
        return 2
    # The ratios as the run had them, not rounded as the CSV keeps them.
    for c in cells:
        if c["status"] == "ok":
            c["prover-cost"] = int(c["prover-cost"])
    seen = lambda key: list(dict.fromkeys(c[key] for c in cells))
    ref = reference_cells(cells, seen("program"))
    for c in cells:
        r = ref.get((c["program"], c["width"]))
        if c["status"] == "ok" and r:
            c["pc_vs_ref"] = c["prover-cost"] / r["prover-cost"]
    known = dict(CONFIGS)
    configs = [(n, known.get(n, [])) for n in seen("config")]
    widths = [w for w in seen("width") if w != AUTO] or [AUTO]
    write_charts(out, cells, seen("program"), configs, widths)
    log("run.py: wrote %s/{prover-cost.svg,cost-terms.svg} from %d cells" % (out, len(cells)))
    return 0


# --- main -------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default=os.environ.get("CIRC_BUILD_DIR")
                    or os.path.join(REPO, "build"),
                    help="build directory with bin/circ-cc and bin/circ-sim "
                         "(default: $CIRC_BUILD_DIR or <repo>/build)")
    ap.add_argument("--programs",
                    default=",".join([os.path.join(REPO, "bench", "programs", "*.c"),
                                      os.path.join(REPO, "examples", "dialect", "*.mlir")]),
                    help="glob(s) of C programs and circ dialect programs (.mlir, "
                    "checked against their C twin), comma separated")
    ap.add_argument("--configs", default=",".join(n for n, _ in CONFIGS),
                    help="configurations, comma separated (default: all: %(default)s)")
    ap.add_argument("--widths", default=DEFAULT_WIDTHS,
                    help="io widths, comma separated; 'unbounded' = no -circ-io-width "
                         "(default: %(default)s)")
    ap.add_argument("--out", default=os.path.join(REPO, "bench", "results"),
                    help="output directory (default: <repo>/bench/results)")
    ap.add_argument("--timeout", type=float, default=60,
                    help="seconds per compile and per simulation (default: 60)")
    ap.add_argument("--compile-repeats", type=int, default=3,
                    help="compile each cell N times and keep the fastest wall time "
                         "(default: %(default)s)")
    ap.add_argument("--replot", action="store_true",
                    help="only draw the charts again from --out's results.csv")
    args = ap.parse_args()
    if args.replot:
        return replot(args.out)
    args.compile_repeats = max(args.compile_repeats, 1)

    args.cc = os.path.join(args.build, "bin", "circ-cc")
    args.sim = os.path.join(args.build, "bin", "circ-sim")
    for tool in (args.cc, args.sim):
        if not os.access(tool, os.X_OK):
            log("run.py: error: %s not found or not executable (--build?)" % tool)
            return 2

    srcs = []
    for g in args.programs.split(","):
        found = sorted(glob.glob(g.strip())) if g.strip() else []
        if not found:
            log("run.py: error: no programs match %r" % g)
            return 2
        srcs += [s for s in found if s not in srcs]
    known = dict(CONFIGS)
    configs = []
    for n in args.configs.split(","):
        n = n.strip()
        if n not in known:
            log("run.py: error: unknown configuration %r (known: %s)"
                % (n, ", ".join(known)))
            return 2
        configs.append((n, known[n]))
    sweep = args.widths.strip() == "sweep"
    widths = list(SWEEP_WIDTHS) if sweep else []
    for w in [] if sweep else args.widths.split(","):
        w = w.strip()
        if w != "unbounded" and not (w.isdigit() and 4 <= int(w) <= 64):
            log("run.py: error: width %r is neither 'unbounded' nor 4..64 "
                "(or --widths sweep)" % w)
            return 2
        widths.append(w)
    if any(chooses_width(o) for _, o in configs):
        widths.append(AUTO)

    os.makedirs(args.out, exist_ok=True)
    logdir = os.path.join(args.out, "logs")
    if os.path.isdir(logdir):
        shutil.rmtree(logdir)
    start = time.monotonic()
    # A dialect program is named with its suffix: bench/programs has C
    # programs of the same names.
    programs = [os.path.basename(s) if s.endswith(".mlir")
                else os.path.splitext(os.path.basename(s))[0] for s in srcs]
    cells = []
    total = len(srcs) * sum(len(widths_of(o, widths)) for _, o in configs)
    with tempfile.TemporaryDirectory(prefix="circ-bench.") as tmp:
        for src, prog in zip(srcs, programs):
            own = defined_functions(src)
            native_out, native_rc = native_build(src, tmp, NATIVE_TIMEOUT)
            for name, opts in configs:
                for w in widths_of(opts, widths):
                    cell = {"program": prog, "config": name, "width": w, "status": "",
                            "reason": "", "_opts": opts, "options": " ".join(FRONTEND + opts)}
                    if native_out is None:
                        fail(cell, native_rc)
                    else:
                        compile_and_run(cell, src, own, native_out, native_rc, args, tmp)
                    cells.append(cell)
                    if cell["status"] != "ok":
                        os.makedirs(logdir, exist_ok=True)
                        with open(os.path.join(logdir, "%s.%s.%s.log" % (prog, name, w)), "w") as f:
                            f.write(cell.get("_log", "") + "\n" + cell["reason"] + "\n")
                    log("[%d/%d] %s %s %s: %s" % (
                        len(cells), total, prog, name, w,
                        "ok prover-cost=%s compile=%.2fs" % (cell["prover-cost"], cell["compile_seconds"])
                        if cell["status"] == "ok" else "FAIL " + cell["reason"]))

    table, summary = build_table(cells, programs, configs, widths)
    elapsed = time.monotonic() - start
    sys.stdout.write(table)
    with open(os.path.join(args.out, "table.md"), "w") as f:
        f.write(table)
    if AUTO in widths and "circ-ts" in dict(configs):
        choice = build_choice_table(cells, programs, widths)
        sys.stdout.write("\n" + choice)
        with open(os.path.join(args.out, "width-choice.md"), "w") as f:
            f.write(choice)

    fields = ["program", "config", "width", "status", "reason", "options",
              "st_width", "st_lower-bound", "st_spills", "st_reloads", "st_pushes",
              "st_pops", "st_copies", "st_functions"] + REPORT_KEYS + [
              "compile_seconds", "compile_vs_ref", "pc_vs_ref", "sim_seconds"]
    with open(os.path.join(args.out, "results.csv"), "w", newline="") as f:
        wr = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore")
        wr.writeheader()
        for c in cells:
            row = {k: c.get(k, "") for k in fields}
            for k in ("compile_vs_ref", "pc_vs_ref"):
                if isinstance(row[k], float):
                    row[k] = "%.4f" % row[k]
            wr.writerow(row)
    write_charts(args.out, cells, programs, configs, widths)
    nfail = sum(c["status"] != "ok" for c in cells)
    log("run.py: %d cells, %d FAIL, %.0f s, %s; wrote %s/{table.md,results.csv,"
        "prover-cost.svg,cost-terms.svg}"
        % (len(cells), nfail, elapsed, datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
           args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
