#!/usr/bin/env python3
# errors_annotate.py - developer tool (needs Go 1.19): appends Go's own error
# messages to a testdata/errors/*.go file as `// ERROR "regexp"` comments, so
# the expected texts always come from real `go tool compile -e`.
# Usage: tests/errors_annotate.py testdata/errors/NAME.go
import re, subprocess, sys

GO = "/usr/lib/go-1.19/bin/go"

def pattern(msg):
    out = ""
    for ch in msg:
        if ch == '"':
            out += "."
        elif ch in "\\()[]{}.*+?|^$":
            out += "\\" + ch
        else:
            out += ch
    return out

for path in sys.argv[1:]:
    lines = [l for l in open(path).read().split("\n")]
    lines = [re.sub(r"\s*// ERROR .*$", "", l) for l in lines]
    open(path, "w").write("\n".join(lines))
    r = subprocess.run([GO, "tool", "compile", "-e", "-p", "main", "-o", "/dev/null", path],
                       capture_output=True, text=True)
    errs = {}
    for l in (r.stdout + r.stderr).splitlines():
        m = re.match(r"^[^\t:]+:(\d+):\d+: (.*)$", l)
        if m:
            errs.setdefault(int(m.group(1)), []).append(m.group(2))
    for ln, msgs in errs.items():
        lines[ln - 1] += " // ERROR " + " ".join('"%s"' % pattern(m) for m in msgs)
    open(path, "w").write("\n".join(lines))
