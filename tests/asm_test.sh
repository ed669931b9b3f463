#!/usr/bin/env bash
# asm_test.sh - tests of `gocc tool asm` beyond single-instruction encodings
# (those are tests/encode_test.sh): prologue shapes, relocations, data, the
# preprocessor and <ABIInternal> code compared with bytes Go 1.19's assembler
# produced for the same inputs (testdata/asmsrc/*.golden, made by mkgolden.py);
# -gensymabis against Go's output; ELF validity with readelf/objdump/nm; gocc's
# syntax extensions; and error cases. Needs binutils only.
# Output: one line per case, `ok NAME` or `FAIL NAME: reason`.
set -u
cd "$(dirname "$0")/.."
root=$(pwd)
GOCC=${GOCC:-$root/bin/gocc}
src=$root/testdata/asmsrc
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"

ok() { echo "ok asm/$1"; }
fail() { echo "FAIL asm/$1: $2"; }

# asm OUT ARGS...: runs the assembler with a time limit; messages go to OUT.err.
asm() {
    local out=$1
    shift
    timeout 10 "$GOCC" tool asm -o "$out" "$@" > "$out.err" 2>&1
}

# dump_obj OBJ: the object in golden form - "F sym hex", "D sym section hex|size=N",
# "R sym off type target addend" - read with binutils only.
dump_obj() {
    local o=$1
    {
        echo "#HEX"
        od -An -v -tx1 "$o" | tr -d ' \n'
        echo
        echo "#SEC"
        readelf -SW "$o"
        echo "#SYM"
        readelf -sW "$o"
        echo "#REL"
        readelf -rW "$o"
    } | awk '
        function hexv(s,    i, v) {
            v = 0; s = tolower(s)
            for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
            return v }
        /^#/ { part = $1; next }
        part == "#HEX" { hex = $0; next }
        part == "#SEC" && /^ *\[ *[0-9]+\]/ {
            line = $0; sub(/^ *\[ */, "", line); sub(/\]/, "", line)
            split(line, f, " +")
            sname[f[1]] = f[2]; stype[f[2]] = f[3]; soff[f[2]] = hexv(f[5]); next }
        part == "#SYM" && $1 ~ /^[0-9]+:$/ && ($4 == "FUNC" || $4 == "OBJECT") && $7 ~ /^[0-9]+$/ {
            n = ++nsym; name = $8; for (i = 9; i <= NF; i++) name = name " " $i
            sym[n] = name; sval[n] = hexv($2); ssize[n] = $3; ssec[n] = sname[$7]; skind[n] = $4; next }
        part == "#REL" && /^Relocation section/ { rsec = $3; gsub(/\x27/, "", rsec); sub(/^\.rela/, "", rsec); next }
        part == "#REL" && $1 ~ /^[0-9a-f]+$/ && NF >= 7 {
            off = hexv($1); tgt = $5; for (i = 6; i < NF - 1; i++) tgt = tgt " " $i
            add = ($(NF - 1) == "-" ? "-" : "") hexv($NF)
            for (n = 1; n <= nsym; n++)
                if (ssec[n] == rsec && off >= sval[n] && off < sval[n] + ssize[n])
                    print "R " sym[n] " " (off - sval[n]) " " $3 " " tgt " " add
            next }
        END {
            for (n = 1; n <= nsym; n++) {
                s = ssec[n]
                if (stype[s] == "NOBITS") body = "size=" ssize[n]
                else body = substr(hex, 2 * (soff[s] + sval[n]) + 1, 2 * ssize[n])
                if (skind[n] == "FUNC") print "F " sym[n] " " body
                else print "D " sym[n] " " s " " body
            }
        }' | sort
}

# golden NAME GOLDEN ARGS...: assembles, compares every golden symbol's lines.
golden() {
    local name=$1 gold=$2
    shift 2
    if ! asm "$tmp/$name.o" "$@"; then
        fail "$name" "assembler failed: $(head -3 "$tmp/$name.o.err")"
        return
    fi
    dump_obj "$tmp/$name.o" > "$tmp/$name.dump"
    local s
    for s in $(awk '{print $2}' "$gold" | sort -u); do
        # All golden lines of s, and (for relocations) nothing more.
        if diff <(awk -v s="$s" '$2 == s' "$gold") <(awk -v s="$s" '$2 == s' "$tmp/$name.dump") > "$tmp/d" 2>&1; then
            ok "$name/$s"
        else
            fail "$name/$s" "differs from Go: $(tr '\n' ' ' < "$tmp/d" | cut -c1-300)"
        fi
    done
}

golden prologue prologue.golden -p main -I inc prologue.s
golden reloc reloc.golden -p main -I inc -D GOARCH_amd64 reloc.s
golden pp pp.golden -p main -I inc -D FROMCMD -D VALCMD=0x20 pp.s
golden abiint abiint.golden -p runtime -compiling-runtime -I inc -D GOARCH_amd64 abiint.s

# -gensymabis output is Go's, byte for byte; no object is written.
if asm "$tmp/symabis" -p main -compiling-runtime -I inc -gensymabis symabis.s && cmp -s "$tmp/symabis" symabis.golden; then
    ok gensymabis
else
    fail gensymabis "$(diff symabis.golden "$tmp/symabis" 2>&1 | head -5 | tr '\n' ' ')"
fi

# gocc extension: the word ABIInternal among a TEXT's flags makes a def ABIInternal.
printf 'TEXT \xc2\xb7f(SB), 4|ABIInternal, $0-8\n\tRET\nTEXT \xc2\xb7g(SB), 4, $0-8\n\tRET\n' >"$tmp/abiflag.s"
if asm "$tmp/abiflag" -p main -gensymabis "$tmp/abiflag.s" &&
    [ "$(cat "$tmp/abiflag")" = "$(printf 'def "".f ABIInternal\ndef "".g ABI0')" ]; then
    ok gensymabis-abiinternal-flag
else
    fail gensymabis-abiinternal-flag "$(tr '\n' ' ' <"$tmp/abiflag" 2>&1)"
fi

# ELF validity: binutils read the objects without any warning.
for f in prologue reloc pp abiint; do
    [ -f "$tmp/$f.o" ] || continue
    w=$( { readelf -aW "$tmp/$f.o" > /dev/null; objdump -dr "$tmp/$f.o" > /dev/null; nm "$tmp/$f.o" > /dev/null; } 2>&1)
    if [ -z "$w" ]; then ok "elf-clean/$f"; else fail "elf-clean/$f" "$(echo "$w" | head -2 | tr '\n' ' ')"; fi
done

# check NAME COND MESSAGE: one assertion.
check() { if eval "$2"; then ok "$1"; else fail "$1" "$3"; fi; }

o=$tmp/reloc.o
readelf -SW "$o" > "$tmp/sec"
readelf -sW "$o" > "$tmp/sym"
nm "$o" > "$tmp/nm"
order=$(awk '/^ *\[ *[0-9]+\]/ { l = $0; sub(/^ *\[ *[0-9]+\] /, "", l); split(l, f, " "); printf "%s ", f[1] }' "$tmp/sec")
check elf/section-order '[ "$order" = "NULL .text .rela.text .rodata .data .rela.data .bss .noptrdata .noptrbss .note.GNU-stack .gocc.subsections_via_symbols .gocc.pcln .rela.gocc.pcln .debug_abbrev .debug_info .rela.debug_info .debug_line .rela.debug_line .debug_aranges .rela.debug_aranges .debug_frame .rela.debug_frame .symtab .strtab .shstrtab " ]' "$order"
nlocal=$(awk '$1 ~ /^[0-9]+:$/ && $5 == "LOCAL"' "$tmp/sym" | wc -l)
info=$(awk '/\.symtab/ { l = $0; sub(/^.*SYMTAB +/, "", l); n = split(l, f, " +"); print f[n - 1] }' "$tmp/sec")
check elf/symtab-info '[ "$info" = "$nlocal" ]' "sh_info $info, $nlocal locals"
check elf/func-symbol 'grep -Eq "FUNC +GLOBAL +DEFAULT +1 main.br$" "$tmp/sym"' "main.br is not a sized global FUNC"
check elf/object-symbol 'grep -Eq " 64 OBJECT +GLOBAL +DEFAULT +[0-9]+ main.v$" "$tmp/sym"' "main.v is not a 64-byte OBJECT"
check elf/dupok-weak 'grep -q "^0000000000000000 V main.nd$" "$tmp/nm"' "DUPOK data is not weak"
check elf/static-local 'grep -Eq "OBJECT +LOCAL +DEFAULT +[0-9]+ local$" "$tmp/sym"' "<> symbol is not LOCAL"
check elf/tlsg 'grep -Eq "0 TLS +GLOBAL +DEFAULT +UND runtime.tlsg$" "$tmp/sym"' "runtime.tlsg is not an undefined TLS symbol"
check elf/nm-letters 'grep -q " D main.v$" "$tmp/nm" && grep -q " B main.bss$" "$tmp/nm" && grep -q " r local$" "$tmp/nm" && grep -q " T main.f$" "$tmp/nm" && grep -q " U runtime.other$" "$tmp/nm"' "$(tr '\n' ' ' < "$tmp/nm")"
check elf/objdump-relocs 'objdump -dr "$o" | grep -q "R_X86_64_TPOFF32	runtime.tlsg" && objdump -dr "$o" | grep -q "R_X86_64_PLT32	runtime.other-0x4"' "relocations not shown by objdump"

# gocc extensions: dotted names, quoted names, the ABIInternal flag word (R14 stack check, no TLS load).
if asm "$tmp/ext.o" -I inc ext.s; then
    objdump -dr "$tmp/ext.o" > "$tmp/ext.dis"
    check ext/quoted-call 'grep -q "R_X86_64_PLT32	main.(\*T).M-0x4" "$tmp/ext.dis"' "call to quoted symbol"
    check ext/quoted-data 'grep -q "R_X86_64_PC32	go.string.\"hi\"+0x4" "$tmp/ext.dis"' "quoted data symbol"
    check ext/quoted-static 'readelf -sW "$tmp/ext.o" | grep -Eq "OBJECT +LOCAL .* type:\*\[\]int$"' "quoted static symbol"
    check ext/abiinternal-prologue 'grep -A1 "<main.compiled>:" "$tmp/ext.dis" | grep -q "cmp    0x10(%r14),%rsp"' "ABIInternal function does not start with the R14 check"
else
    fail ext "$(head -3 "$tmp/ext.o.err")"
fi

# Several input files make one object; <> symbols and labels stay per file / per TEXT.
printf 'TEXT \xc2\xb7a(SB), 4, $0\nloop:\n\tJMP loop\n\tMOVQ x<>(SB), AX\nDATA x<>(SB)/8, $1\nGLOBL x<>(SB), 8, $8\n' > "$tmp/m1.s"
printf 'TEXT \xc2\xb7b(SB), 4, $0\nloop:\n\tJMP loop\n\tMOVQ x<>(SB), AX\nDATA x<>(SB)/8, $2\nGLOBL x<>(SB), 8, $8\n' > "$tmp/m2.s"
if asm "$tmp/m.o" "$tmp/m1.s" "$tmp/m2.s"; then
    check multi-file/two-statics '[ "$(readelf -sW "$tmp/m.o" | grep -Ec "OBJECT +LOCAL .* x$")" = 2 ]' "want two local x symbols"
    check multi-file/relocs '[ "$(readelf -rW "$tmp/m.o" | grep -c "R_X86_64_PC32 .* x - 4")" = 2 ]' "want two relocations to x"
    objcopy -O binary -j .rodata "$tmp/m.o" "$tmp/m.rodata"
    check multi-file/data '[ "$(od -An -tx1 "$tmp/m.rodata" | tr -d " \n")" = 01000000000000000200000000000000 ]' ".rodata contents"
else
    fail multi-file "$(head -3 "$tmp/m.o.err")"
fi

# -S prints a listing (header, TEXT line, pc/(file:line)/instruction, bytes) and still writes the object.
if timeout 10 "$GOCC" tool asm -S -I inc -o "$tmp/s.o" prologue.s > "$tmp/s.lst" 2>&1 && [ -s "$tmp/s.o" ]; then
    check listing/header 'grep -q "^main.small STEXT size=61 args=0x8 locals=0x20$" "$tmp/s.lst"' "header line"
    check listing/text 'grep -q "TEXT	main.small(SB), \$32-8$" "$tmp/s.lst"' "TEXT line"
    check listing/instr 'grep -q "^	0x0009 00009 (prologue.s:6)	CMPQ	SP, 16(R14)$" "$tmp/s.lst"' "instruction line"
else
    fail listing "asm -S failed"
fi

# #line changes the reported position; errors name file:line, exit non-zero, write nothing.
errcase() {
    local name=$1 want=$2 text=$3
    shift 3
    printf '%b' "$text" > "$tmp/$name.s"
    rm -f "$tmp/$name.o"
    if asm "$tmp/$name.o" -I inc "$@" "$tmp/$name.s"; then
        fail "error/$name" "accepted"
    elif [ -e "$tmp/$name.o" ]; then
        fail "error/$name" "output file written"
    elif ! grep -q -- "$want" "$tmp/$name.o.err"; then
        fail "error/$name" "want '$want', got: $(head -2 "$tmp/$name.o.err" | tr '\n' ' ')"
    else
        ok "error/$name"
    fi
}
T='TEXT ·f(SB), 4, $0\n'
errcase unknown-instr "$tmp/unknown-instr.s:3: unknown instruction FOOQ" "$T\tRET\n\tFOOQ AX, BX\n"
errcase bad-operand "$tmp/bad-operand.s:2: invalid instruction: MOVQ with these operands" "$T\tMOVQ AX, \$1\n"
errcase undefined-label "$tmp/undefined-label.s:2: undefined label nowhere" "$T\tJMP nowhere\n\tRET\n"
errcase bad-include "$tmp/bad-include.s:1: #include: cannot find \"nosuch.h\"" '#include "nosuch.h"\n'"$T"'\tRET\n'
errcase line-directive "foo.s:41: unknown instruction BOGUS" "$T#line 40 \"foo.s\"\n\tRET\n\tBOGUS\n"
errcase macro-line "$tmp/macro-line.s:4: unknown instruction BADOP" "#define TWO(r) MOVQ r, r \\\\\n\tBADOP r\n$T\tTWO(AX)\n"
errcase unbalanced-push "unbalanced PUSH/POP" "TEXT ·f(SB), \$8\n\tPUSHQ AX\n\tRET\n"
errcase fp-no-name "$tmp/fp-no-name.s:2: cannot reference FP without a symbol" "$T\tMOVQ 8(FP), AX\n\tRET\n"
errcase abi-selector "ABI selector only permitted when compiling runtime" "TEXT ·f<ABIInternal>(SB), 4, \$0\n\tRET\n"
errcase data-no-globl "DATA for main.d without GLOBL" "DATA ·d+0(SB)/8, \$1\n"
errcase data-outside "outside the 8-byte symbol" "DATA ·d+8(SB)/8, \$1\nGLOBL ·d(SB), \$8\n"
errcase data-overlap "overlapping DATA entry for main.d" "DATA \xc2\xb7d+0(SB)/8, \$1\nDATA \xc2\xb7d+4(SB)/4, \$2\nGLOBL \xc2\xb7d(SB), \$16\n"
errcase redefined "symbol main.f redefined" "$T\tRET\n$T\tRET\n"
errcase unterminated-ifdef "unterminated #ifdef" "#ifdef X\n$T\tRET\n"
errcase else-without-if "#else without #ifdef" "#else\n"
errcase no-if "#if is not supported" "#if 1\n#endif\n"
errcase byte-reg-width "invalid instruction: MOVQ" "$T\tMOVQ AL, BX\n"
errcase indexed-sym "indexed symbol reference" "$T\tMOVQ ·t(SB)(CX*8), AX\n"
errcase rel8-range "out of range for an 8-bit displacement" "${T}l:\n\tMOVQ \$0, AX; MOVQ \$0, AX; MOVQ \$0, AX; MOVQ \$0, AX; MOVQ \$0, AX; MOVQ \$0, AX; MOVQ \$0, AX\n\tMOVQ \$0, AX; MOVQ \$0, AX; MOVQ \$0, AX; MOVQ \$0, AX; MOVQ \$0, AX; MOVQ \$0, AX; MOVQ \$0, AX\n\tMOVQ \$0, AX; MOVQ \$0, AX; MOVQ \$0, AX; MOVQ \$0, AX; MOVQ \$0, AX; MOVQ \$0, AX; MOVQ \$0, AX\n\tLOOP l\n"
errcase recursive-macro "expansion nested too deeply" "#define X X\n$T\tX\n"
errcase static-undefined "undefined static symbol nowhere<>" "$T\tCALL nowhere<>(SB)\n"
# Float immediates become constants of the SOURCE operand's size: CVTSD2SS
# reads a float64, CVTSS2SD and the SS arithmetic a float32 (bits as Go's asm).
printf '#include "textflag.h"\nTEXT f(SB),NOSPLIT,$0\n\tCVTSD2SS $1.5, X0\n\tCVTSS2SD $2.5, X1\n\tADDSS $0.5, X2\n\tRET\n' >"$tmp/fconst.s"
if "$GOCC" tool asm -I "$root/pkg/include" -o "$tmp/fconst.o" "$tmp/fconst.s" 2>"$tmp/fconst.err" &&
    syms=$(readelf -sW "$tmp/fconst.o" | grep -o '\$f[0-9]*\.[0-9a-f]*' | sort | tr '\n' ' ') &&
    [ "$syms" = '$f32.3f000000 $f32.40200000 $f64.3ff8000000000000 ' ]; then
    ok fconst-source-size
else
    fail fconst-source-size "constants: ${syms:-$(head -1 "$tmp/fconst.err")}"
fi
exit 0
