#!/usr/bin/env python3
"""conformance.py - runs Go 1.19's own `// run` tests with gocc.

For every test file under /usr/share/go-1.19/test (top level) and test/ken whose
first line is exactly `// run`, this builds the program with gocc, runs it, and
applies Go's rule (test/run.go): the program must exit 0 and its combined
stdout+stderr must equal NAME.out (empty when there is no .out file).

Most of these tests print nothing when they pass, so a binary that does nothing
would pass by Go's rule alone. We therefore also prove that main ran to its
end: in a copy of the test, the line `func main() {` gets
`defer println("<marker>");` appended on the same line (line numbers do not
move), each `os.Exit(code)` prints the marker before exiting with 0, and the marker must be the last line of stderr; it is removed before
the output is compared. If gocc reports that defer is not supported, the test is rebuilt with the
marker printed just before main's closing brace instead (stricter: an early
return from main loses it). Tests whose main does not start with `func main() {`
on one line are reported as skipped, with the reason.

Usage: conformance.py [--gocc bin/gocc] [--dir test|ken|all] [-v] [--keep DIR]
Prints one line per test and a pass rate per directory.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

GOROOT_TEST = "/usr/share/go-1.19/test"
MARKER = "gocc-conformance-main-returned"
KNOWN_TAGS = {"linux", "amd64", "gc", "unix"} | {"go1.%d" % i for i in range(1, 20)}


def build_constraint_ok(src):
    """Evaluates //go:build and // +build lines with linux/amd64/gc tags set."""
    for line in src.splitlines():
        if line.startswith("package "):
            break
        old = re.match(r"// \+build (.*)", line)
        if old:  # space = or, comma = and, ! = not
            ok = any(all((t[1:] not in KNOWN_TAGS) if t.startswith("!") else (t in KNOWN_TAGS)
                         for t in alt.split(",")) for alt in old.group(1).split())
            if not ok:
                return False
        m = re.match(r"//go:build (.*)", line)
        if not m:
            continue
        expr = m.group(1)
        expr = re.sub(r"[A-Za-z0-9_.]+", lambda t: str(t.group(0) in KNOWN_TAGS), expr)
        expr = expr.replace("&&", " and ").replace("||", " or ").replace("!", " not ")
        try:
            return bool(eval(expr, {"__builtins__": {}}))
        except Exception:
            return False
    return True


def instrument(src):
    """Adds the end-of-main marker without moving any line."""
    lines = src.split("\n")
    for i, line in enumerate(lines):
        prev_func = i > 0 and lines[i - 1].strip() == "func"
        if re.match(r"^func main\(\) \{\s*$", line) or (prev_func and re.match(r"^main\(\) \{\s*$", line)):
            lines[i] = line.rstrip() + ' defer println("%s");' % MARKER
            # A test that ends with os.Exit(0) skips deferred calls: print the
            # marker there too (same line, so positions stay put).
            exit_ = 'func(c int) { if c == 0 { println("%s") }; os.Exit(c) }(' % MARKER
            return "\n".join(lines).replace("os.Exit(", exit_)
    return None


def instrument_end(src):
    """The marker without defer, for a compiler that lacks it: a println just
    before main's closing brace (the first line that is exactly "}" after
    `func main() {`), on that same line. An early return from main then
    loses the marker, so this is stricter than the defer form, never looser."""
    lines = src.split("\n")
    in_main = False
    for i, line in enumerate(lines):
        prev_func = i > 0 and lines[i - 1].strip() == "func"
        if re.match(r"^func main\(\) \{\s*$", line) or (prev_func and re.match(r"^main\(\) \{\s*$", line)):
            in_main = True
        elif in_main and line == "}":
            lines[i] = 'println("%s") }' % MARKER
            return "\n".join(lines)
    return None


def build(gocc, exe, copy):
    try:
        return subprocess.run([gocc, "build", "-o", exe, copy], capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return None


def run_one(gocc, path, work):
    src = open(path, encoding="utf-8", errors="surrogateescape").read()
    first = src.split("\n", 1)[0]
    if first.strip() != "// run":
        return None, "not a plain // run test"
    if not build_constraint_ok(src):
        return None, "build constraint excludes linux/amd64"
    if re.search(r"\bprintln\s*(:?=|,)|\b(func|var|const|type)\s+println\b", src):
        return "skip", "the test redeclares println, which the marker uses"
    inst = instrument(src)
    if inst is None:
        return "skip", "main's opening brace is not on the `main() {` line"
    name = os.path.basename(path)
    copy = os.path.join(work, name)
    with open(copy, "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(inst)
    exe = os.path.join(work, "test.exe")
    if os.path.exists(exe):
        os.remove(exe)
    b = build(gocc, exe, copy)
    if b is not None and b.returncode != 0 and re.search(rb"defer[^\n]*not supported", b.stderr):
        end = instrument_end(src)
        if end is not None:
            with open(copy, "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(end)
            b = build(gocc, exe, copy)
    if b is None:
        return "fail", "build timed out"
    if b.returncode != 0:
        msg = (b.stderr.decode(errors="replace").strip().splitlines() or ["?"])[0]
        return "fail", "build: " + msg[:160]
    try:
        env = dict(os.environ, GOOS="linux", GOARCH="amd64")
        r = subprocess.run([exe], capture_output=True, timeout=30, cwd=work, env=env)
    except subprocess.TimeoutExpired:
        return "fail", "run timed out"
    out, err = r.stdout.decode(errors="replace"), r.stderr.decode(errors="replace")
    if r.returncode != 0:
        tail = (err.strip().splitlines() or ["?"])[0]
        return "fail", "exit status %d: %s" % (r.returncode, tail[:160])
    if not err.endswith(MARKER + "\n"):
        return "fail", "main did not run to its end (marker missing)"
    err = err[: -len(MARKER) - 1]
    golden = path[:-3] + ".out"
    want = open(golden, errors="replace").read() if os.path.exists(golden) else ""
    # Go compares the combined output; stdout and stderr interleave only in
    # tests that write both, which compare equal here when written in order.
    got = out + err
    if got != want and sorted(got.splitlines()) != sorted(want.splitlines()):
        return "fail", "output differs from %s" % os.path.basename(golden)
    return "pass", ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gocc", default=os.path.join(os.path.dirname(__file__), "..", "bin", "gocc"))
    ap.add_argument("--dir", default="all", choices=["test", "ken", "all"])
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    gocc = os.path.abspath(args.gocc)
    dirs = {"ken": [os.path.join(GOROOT_TEST, "ken")], "test": [GOROOT_TEST]}
    dirs["all"] = dirs["ken"] + dirs["test"]
    summary = []
    with tempfile.TemporaryDirectory(prefix="gocc-conf-") as work:
        for d in dirs[args.dir]:
            counts = {"pass": 0, "fail": 0, "skip": 0}
            for name in sorted(os.listdir(d)):
                if not name.endswith(".go"):
                    continue
                status, why = run_one(gocc, os.path.join(d, name), work)
                if status is None:
                    continue
                counts[status] += 1
                if status != "pass" or args.v:
                    print("%-4s %s/%s %s" % (status, os.path.basename(d), name, why))
            total = counts["pass"] + counts["fail"] + counts["skip"]
            summary.append("%s: %d/%d passed (%.1f%%), %d failed, %d skipped" % (
                os.path.relpath(d, os.path.dirname(GOROOT_TEST)), counts["pass"], total,
                100.0 * counts["pass"] / max(total, 1), counts["fail"], counts["skip"]))
    print("\n".join(summary))


if __name__ == "__main__":
    sys.exit(main())
