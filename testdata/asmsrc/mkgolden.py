#!/usr/bin/env python3
# mkgolden.py - regenerates the *.golden files of tests/asm_test.sh from Go 1.19's
# `go tool asm -S` (needs Go; the test itself does not). Usage: mkgolden.py FILE.s [asm flags...]
# Golden lines: "F sym hex" (function bytes), "D sym section hex|size=N" (data),
# "R sym off ELF-type target addend" (relocations, offset relative to sym, ELF addend).
import os, re, subprocess, sys
src, flags = sys.argv[1], sys.argv[2:]
pkg = flags[flags.index("-p") + 1] if "-p" in flags else "main"
env = dict(os.environ, PATH="/usr/lib/go-1.19/bin:" + os.environ["PATH"])
out = subprocess.run(["go", "tool", "asm", "-I", "/usr/lib/go-1.19/pkg/include", "-S", "-o", "/tmp/mkgolden.o"] + flags + [src],
                     capture_output=True, text=True, env=env, check=True).stdout
secs = {"SDATA": ".data", "SRODATA": ".rodata", "SNOPTRDATA": ".noptrdata", "SBSS": ".bss", "SNOPTRBSS": ".noptrbss"}
name = lambda s: s.replace('"".', pkg + ".")
lines, cur, kind, hexs = [], None, None, {}
for l in out.splitlines():
    m = re.match(r'^(\S+) (STEXT|SDATA|SRODATA|SNOPTRDATA|SBSS|SNOPTRBSS)\b.*size=(\d+)', l)
    if m:
        cur, kind = name(m.group(1)), m.group(2)
        hexs[cur] = (kind, "", int(m.group(3)))
        continue
    if not l.startswith("\t"):
        cur = None
        continue
    m = re.match(r'^\t0x[0-9a-f]{4} ((?:[0-9a-f]{2} )+)', l)
    if cur and m and not re.search(r'\(\S+:\d+\)', l):
        k, h, n = hexs[cur]
        hexs[cur] = (k, h + m.group(1).replace(" ", ""), n)
    m = re.match(r'^\trel (\d+)\+(\d+) t=(\d+) (.+)\+(-?\d+)$', l)
    if cur and m and m.group(2) != "0":
        off, t, tgt, add = int(m.group(1)), int(m.group(3)), name(m.group(4)), int(m.group(5))
        typ = {14: "R_X86_64_PC32", 7: "R_X86_64_PLT32", 15: "R_X86_64_TPOFF32", 1: "R_X86_64_64"}[t]
        if t in (14, 7):
            add -= 4
        if t == 15:
            tgt = "runtime.tlsg"
        lines.append("R %s %d %s %s %d" % (cur, off, typ, tgt, add))
for s, (k, h, n) in hexs.items():
    if k == "STEXT":
        lines.append("F %s %s" % (s, h))
    else:
        bss = k in ("SBSS", "SNOPTRBSS")
        lines.append("D %s %s %s" % (s, secs[k], "size=%d" % n if bss else h.ljust(2 * n, "0")))
print("\n".join(sorted(lines)))
