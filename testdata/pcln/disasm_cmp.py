"""disasm_cmp.py TABLE OBJDUMP_OUTPUT - compares `gocc tool objdump` of the
encode table's functions (TEXT ·f<LINE>) with the table's Plan 9 column
after normalising spelling: numbers by value (any base, 'c' constants,
expressions), Jcc aliases, `0(PC)` for a branch to itself, spacing.
Prints one line per table entry (`same`/`diff`) and a summary line."""
import re, sys

ALIAS = {"JE": "JEQ", "JZ": "JEQ", "JNZ": "JNE", "JL": "JLT", "JNGE": "JLT", "JNL": "JGE", "JNG": "JLE",
         "JG": "JGT", "JNLE": "JGT", "JB": "JCS", "JC": "JCS", "JLO": "JCS", "JNAE": "JCS", "JAE": "JCC",
         "JNB": "JCC", "JNC": "JCC", "JHS": "JCC", "JBE": "JLS", "JNA": "JLS", "JA": "JHI", "JNBE": "JHI",
         "JS": "JMI", "JNS": "JPL", "JO": "JOS", "JNO": "JOC", "JP": "JPS", "JPE": "JPS", "JNP": "JPC",
         "JPO": "JPC", "MOVOA": "MOVO", "PSHUFD": "PSHUFL"}

def value(e):
    e = e.strip()
    if e == "":
        return 0
    e = re.sub(r"'(\\?.)'", lambda m: str(ord(m.group(1)[-1])), e)
    if not re.fullmatch(r"[0-9a-fA-FxX+\-*/<>|&^~() ]+", e):
        return e
    try:
        return int(eval(e, {}, {}))
    except Exception:
        return e

def split_ops(s):
    out, depth, cur = [], 0, ""
    for ch in s:
        if ch == "(": depth += 1
        if ch == ")": depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip()); cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out

def norm_op(o, here, here_name=None):
    if o.startswith("$"):
        v = value(o[1:])
        return ("imm", v % (1 << 64) if isinstance(v, int) else v)
    if o == "0(PC)" or (here_name and o == here_name + "(SB)"):
        return ("pc", 0)
    m = re.fullmatch(r"(.*?)((\((?:[A-Z][A-Z0-9]*|[A-Z][A-Z0-9]*\*\d)\))+)", o)
    if m and m.group(2):
        return ("mem", value(m.group(1)), m.group(2).replace(" ", ""))
    if here is not None and re.fullmatch(r"0x[0-9a-f]+", o) and int(o, 16) == here:
        return ("pc", 0)
    return ("reg", o)

def same_imm(a, b):
    if a == b:
        return True
    if not (isinstance(a, int) and isinstance(b, int)):
        return False
    for bits in (8, 16, 32):
        if (a - b) % (1 << bits) == 0 and (a % (1 << 64) < (1 << bits) or b % (1 << 64) < (1 << bits)):
            return True
    return False

def norm(insn, here=None, here_name=None):
    parts = [p.strip() for p in insn.split(";") if p.strip()]
    res = []
    for p in parts:
        mn, _, rest = p.partition(" ")
        mn = ALIAS.get(mn, mn)
        res.append((mn, [norm_op(o, here, here_name) for o in split_ops(rest)]))
    return res

def equal(x, y):
    if len(x) != len(y):
        return False
    for (m1, o1), (m2, o2) in zip(x, y):
        if m1 != m2 or len(o1) != len(o2):
            return False
        for a, b in zip(o1, o2):
            if a[0] != b[0]:
                return False
            if a[0] == "imm" and not same_imm(a[1], b[1]):
                return False
            if a[0] != "imm" and a != b:
                return False
    return True

table = {}
for n, line in enumerate(open(sys.argv[1]), 1):
    s = line.strip()
    if not s or s.startswith("#") or " | " not in s:
        continue
    table[n] = s[:s.rindex(" | ")].strip()

got, cur = {}, None
for line in open(sys.argv[2]):
    m = re.match(r"TEXT .*f(\d+)\(SB\)", line)
    if m:
        cur = int(m.group(1)); got[cur] = []
        continue
    f = line.rstrip("\n").split("\t")
    if cur is not None and len(f) >= 4:
        got[cur].append((int(f[1], 16), f[3]))

nsame = 0
for n, p9 in table.items():
    ins = got.get(n, [])
    text = "; ".join(t for _, t in ins)
    here = ins[0][0] if ins else None
    ok = ins and equal(norm(p9), norm(text, here, "main.f%d" % n))
    nsame += bool(ok)
    print("%s %d %s => %s" % ("same" if ok else "diff", n, p9, text))
print("summary %d %d" % (nsame, len(table)))
