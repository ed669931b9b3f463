#!/usr/bin/env python3
"""backend_fuzz.py SEED - prints a random Go program in the subset the back end
supports (sized integer arithmetic, conversions, shifts, division, if/for/
switch, break/continue, calls, println) for tests/backend_fuzz.sh, which
compares gocc's result with Go's. Every leaf is a variable, so no expression
is a constant that Go could reject for overflow."""
import random, sys
TYPES = ["int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr"]
class G:
    def __init__(s, seed):
        s.r = random.Random(seed); s.funcs = []
    def expr(s, vars, t, d=0):
        r = s.r
        cands = [v for v, vt in vars if vt == t]
        if t == "string":
            return s.strexpr(vars, d)
        if t == "bool":
            return f"({s.cond(vars, 2)})"
        if d > 3 or r.random() < 0.3:
            return r.choice(cands)
        if t == "int" and r.random() < 0.1:
            x = s.strexpr(vars, d + 1)
            return r.choice([f"len({x})", f"int({x}[uint(len({x})-1)/2])"])
        k = r.random()
        a = s.expr(vars, t, d+1); b = s.expr(vars, t, d+1)
        if k < 0.5: return f"({a} {r.choice(['+','-','*','&','|','^','&^'])} {b})"
        if k < 0.6: return f"({a} / ({b} | 1))"
        if k < 0.7: return f"({a} % ({b} | 1))"
        if k < 0.8: return f"({a} {r.choice(['<<','>>'])} (uint({b}) % 70))"
        if k < 0.85: return f"({r.choice(['-','^'])}{a})"
        if k < 0.92:
            ot = r.choice(TYPES); return f"{t}({s.expr(vars, ot, d+1)})"
        fs = [f for f in s.funcs if f[2] == t]
        if fs:
            f = r.choice(fs); return f"{f[0]}(" + ", ".join(s.expr(vars, pt, d+1) for pt in f[1]) + ")"
        return a
    def strexpr(s, vars, d):
        r = s.r
        cands = [v for v, vt in vars if vt == "string"]
        if d > 2 or r.random() < 0.4:
            return r.choice(cands + ['"go"', '"x\\ty"'])
        return f"({s.strexpr(vars, d + 1)} + {s.strexpr(vars, d + 1)})"
    def cond(s, vars, d=0):
        r = s.r; t = r.choice(TYPES + ["string", "bool"])
        ops = ['==', '!='] if t == "bool" else ['<', '<=', '>', '>=', '==', '!=']
        c = f"{s.expr(vars, t, 2)} {r.choice(ops)} {s.expr(vars, t, 2)}"
        if d < 2 and r.random() < 0.3: c = f"({c}) {r.choice(['&&','||'])} ({s.cond(vars, d+1)})"
        if r.random() < 0.1: c = f"!({c})"
        return c
    def block(s, vars, depth, ind, rett):
        r = s.r; out = []; vars = list(vars)
        for _ in range(r.randint(1, 5)):
            k = r.random()
            if k < 0.3 or not vars:
                t = r.choice(TYPES + ["string", "bool"]); n = f"v{len(vars)}_{depth}_{r.randint(0,999)}"
                out.append(f"{ind}{n} := {s.expr(vars, t)}"); out.append(f"{ind}_ = {n}"); vars.append((n, t))
            elif k < 0.5:
                cand = [x for x in vars if not x[0].startswith("i")] or vars
                v, t = r.choice(cand)
                if v.startswith("i"): continue
                op = r.choice(["=", "+=", "-=", "*=", "^=", "|=", "<<="])
                if t in ("string", "bool"):
                    op = "+=" if t == "string" and r.random() < 0.5 else "="
                rhs = s.expr(vars, t) if op != "<<=" else f"(uint({s.expr(vars, t)}) % 9)"
                out.append(f"{ind}{v} {op} {rhs}")
            elif k < 0.65 and depth < 3:
                out.append(f"{ind}if {s.cond(vars)} {{"); out += s.block(vars, depth+1, ind+"\t", rett)
                out.append(f"{ind}}} else {{"); out += s.block(vars, depth+1, ind+"\t", rett); out.append(f"{ind}}}")
            elif k < 0.78 and depth < 3:
                i = f"i{depth}"; out.append(f"{ind}for {i} := 0; {i} < {r.randint(0,6)}; {i}++ {{")
                out += s.block(vars + [(i, "int")], depth+1, ind+"\t", rett)
                if r.random() < 0.3: out.append(f"{ind}\tif {s.cond(vars)} {{ break }}")
                if r.random() < 0.3: out.append(f"{ind}\tif {s.cond(vars)} {{ continue }}")
                out.append(f"{ind}}}")
            elif k < 0.85 and depth < 3:
                t = r.choice(TYPES); out.append(f"{ind}switch {s.expr(vars, t)} {{")
                for c in r.sample(range(6), r.randint(1,3)):
                    out.append(f"{ind}case {t}({c}):"); out += s.block(vars, depth+1, ind+"\t", rett)
                out.append(f"{ind}default:"); out += s.block(vars, depth+1, ind+"\t", rett); out.append(f"{ind}}}")
            elif k < 0.93:
                vs = r.sample(vars, min(len(vars), r.randint(1, 4)))
                out.append(f"{ind}println(" + ", ".join(v for v, _ in vs) + ")")
            elif depth > 0 and r.random() < 0.3:
                out.append(f"{ind}return {s.expr(vars, rett)}")
        return out
    def func(s, i):
        r = s.r; params = [(f"p{j}", r.choice(TYPES)) for j in range(r.randint(0, 4))]
        rett = r.choice(TYPES); name = f"f{i}"
        ks = [(f"k_{t}", t) for t in TYPES] + [("k_string", "string"), ("k_bool", "bool"), ("g_int", "int"), ("g_str", "string")]
        body = [f"\tvar k_{t} {t} = {r.randint(0, 100) if t.startswith('u') else r.randint(-100, 100)}" for t in TYPES]
        body += [f"\t_ = k_{t}" for t in TYPES]
        body += [f"\tk_string := \"s{i}\"", "\tk_bool := g_int > 3", "\t_, _ = k_string, k_bool"]
        body += s.block(params + ks, 0, "\t", rett)
        src = [f"func {name}(" + ", ".join(f"{n} {t}" for n, t in params) + f") {rett} {{"] + body
        src.append(f"\treturn {s.expr(params + ks, rett)}"); src.append("}")
        s.funcs.append((name, [t for _, t in params], rett)); return src
    def prog(s):
        out = ["package main", "", "var g_int = 7", "var g_str = \"glob\"", "var g_calc = len(g_str) * g_int", ""]
        for i in range(s.r.randint(2, 6)): out += s.func(i); out.append("")
        out.append("func main() {")
        out.append("\tprintln(g_int, g_str, g_calc)")
        for f in s.funcs:
            out.append(f"\tprintln({f[0]}(" + ", ".join(f"{t}({s.r.randint(-50,50) if not t.startswith('u') else s.r.randint(0,90)})" for t in f[1]) + "))")
        out.append("\tprintln(g_int, g_str)")
        out.append("}")
        return "\n".join(out) + "\n"
print(G(int(sys.argv[1])).prog())
