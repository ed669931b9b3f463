#!/usr/bin/env python3
"""triage.py - sorts the `// run` tests of one Go test directory by how gocc fails them.

Not part of `make test`: a tool for finding miscompiles. For each file in DIR
whose first line (after build constraints) is `// run` (gc's -gcflags ignored), this builds it with gocc (with the same
end-of-main marker as conformance.py), runs it with a time limit, and puts it
in one class:

  PASS         exit 0, marker printed, output equal to NAME.out (or empty)
  UNSUPPORTED  gocc rejected it with a clear unsupported-feature error (generics, cgo, ...)
  BOGUS        gocc rejected it with any other compile error (valid Go: a bug to look at)
  CRASH        the compiler died of a signal or an internal assertion
  WRONG        it ran and exited 0 but the output (or the marker) was wrong
  RTCRASH      it exited non-zero or died of a signal
  TIMEOUT      the build or the run took too long
  SKIP         conformance.py cannot instrument it

With --compile, the `// compile` tests instead: gocc must build them (PASS)
without an error (UNSUPPORTED / BOGUS) or a crash (CRASH).

Usage: tests/triage.py [--gocc bin/gocc] [--timeout 10] [--only CLASS,...] [--compile] DIR [FILE.go ...]
Prints one line per test (class, name, first line of the reason) and a count per class.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conformance  # noqa: E402

UNSUPPORTED_RE = re.compile(
    rb"not supported|unsupported|generic|type parameter|cgo|not implemented|gocc does not")
CRASH_RE = re.compile(rb"signal: |internal error|[Aa]ssertion|\bassert\b|panic:|Segmentation")
CLASSES = ["PASS", "UNSUPPORTED", "BOGUS", "CRASH", "WRONG", "RTCRASH", "TIMEOUT", "SKIP"]


def directive(src):
    """The test's first line after any build constraints and blank lines
    ("// run", "// compile", ...); gc-only flags after run are ignored."""
    for line in src.split("\n"):
        if line.strip() and not re.match(r"// ?\+build|//go:build", line):
            return line.strip()
    return ""


def first_line(data):
    lines = data.decode(errors="replace").strip().splitlines()
    return (lines[0] if lines else "?")[:200]


def classify_build(b):
    if b.returncode < 0 or CRASH_RE.search(b.stderr):
        return "CRASH", first_line(b.stderr)
    if UNSUPPORTED_RE.search(b.stderr):
        return "UNSUPPORTED", first_line(b.stderr)
    return "BOGUS", first_line(b.stderr)


def build(gocc, exe, copy, timeout):
    try:
        return subprocess.run([gocc, "build", "-o", exe, copy], capture_output=True,
                              timeout=max(timeout, 60))
    except subprocess.TimeoutExpired:
        return None


def importcfg(gocc, work):
    """An import config naming every package of gocc's standard library
    (taken from `gocc build -x` of an empty program)."""
    cfg = os.path.join(work, "importcfg")
    if not os.path.exists(cfg):
        prog = os.path.join(work, "empty.go")
        with open(prog, "w") as f:
            f.write("package main\n\nfunc main() {}\n")
        x = subprocess.run([gocc, "build", "-x", "-o", os.path.join(work, "empty"), prog],
                           capture_output=True, text=True).stderr
        lines = [l for l in x.splitlines() if l.startswith("packagefile ")]
        with open(cfg, "w") as f:
            f.write("# import config\n" + "".join(l + "\n" for l in lines))
    return cfg


def compile_one(gocc, path, work, timeout):
    src = open(path, encoding="utf-8", errors="surrogateescape").read()
    if directive(src) != "// compile" or not conformance.build_constraint_ok(src):
        return None, ""
    m = re.search(r"^package\s+(\w+)", src, re.M)
    cmd = [gocc, "tool", "compile", "-p", m.group(1) if m else "p", "-importcfg", importcfg(gocc, work),
           "-o", os.path.join(work, "out.s"), path]
    try:
        b = subprocess.run(cmd, capture_output=True, timeout=max(timeout, 60))
    except subprocess.TimeoutExpired:
        return "TIMEOUT", "build"
    return ("PASS", "") if b.returncode == 0 else classify_build(b)


def triage_one(gocc, path, work, timeout):
    src = open(path, encoding="utf-8", errors="surrogateescape").read()
    if not re.fullmatch(r"// run( -gcflags=\S+)?", directive(src)):
        return None, ""
    if not conformance.build_constraint_ok(src):
        return None, ""
    inst = conformance.instrument(src)
    if inst is None or re.search(r"\bprintln\s*(:?=|,)|\b(func|var|const|type)\s+println\b", src):
        return "SKIP", "cannot add the end-of-main marker"
    copy = os.path.join(work, os.path.basename(path))
    with open(copy, "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(inst)
    exe = os.path.join(work, "test.exe")
    if os.path.exists(exe):
        os.remove(exe)
    b = build(gocc, exe, copy, timeout)
    if b is None:
        return "TIMEOUT", "build"
    if b.returncode != 0:
        return classify_build(b)
    try:
        env = dict(os.environ, GOOS="linux", GOARCH="amd64", GOTRACEBACK="single")
        r = subprocess.run([exe], capture_output=True, timeout=timeout, cwd=work, env=env)
    except subprocess.TimeoutExpired:
        return "TIMEOUT", "run"
    out, err = r.stdout.decode(errors="replace"), r.stderr.decode(errors="replace")
    if r.returncode != 0:
        return "RTCRASH", "exit %d: %s" % (r.returncode, first_line(r.stderr + r.stdout))
    marker = conformance.MARKER + "\n"
    if not err.endswith(marker):
        return "WRONG", "marker missing"
    got = out + err[: -len(marker)]
    golden = path[:-3] + ".out"
    want = open(golden, errors="replace").read() if os.path.exists(golden) else ""
    if got != want and sorted(got.splitlines()) != sorted(want.splitlines()):
        return "WRONG", "output differs: %r" % got[:120]
    return "PASS", ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gocc", default=os.path.join(os.path.dirname(__file__), "..", "bin", "gocc"))
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--only", default="", help="print only these classes (comma separated)")
    ap.add_argument("--compile", action="store_true", help="the // compile tests: build only")
    ap.add_argument("dir")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    gocc = os.path.abspath(args.gocc)
    only = set(args.only.split(",")) if args.only else set(CLASSES)
    names = args.files or sorted(n for n in os.listdir(args.dir) if n.endswith(".go"))
    counts = dict.fromkeys(CLASSES, 0)
    with tempfile.TemporaryDirectory(prefix="gocc-triage-") as work:
        for name in names:
            one = compile_one if args.compile else triage_one
            cls, why = one(gocc, os.path.join(args.dir, name), work, args.timeout)
            if cls is None:
                continue
            counts[cls] += 1
            if cls in only:
                print("%-11s %s %s" % (cls, name, why), flush=True)
    total = sum(counts.values())
    print("%s: %d/%d PASS; " % (args.dir, counts["PASS"], total) +
          ", ".join("%s %d" % (c, counts[c]) for c in CLASSES[1:]))


if __name__ == "__main__":
    sys.exit(main())
