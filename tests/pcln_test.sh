#!/usr/bin/env bash
# pcln_test.sh - source positions through the assembler and the linker
# (docs/pcln.md): the dead-code marker and per-function removal, .gocc.pcln
# turned into runtime.functab line tables (read back by a C traceback in
# testdata/pcln/tb.c and cross-checked row by row with GNU addr2line), DUPOK
# copies, the DWARF seen by readelf, objdump -dl and gdb, -w, malformed
# .gocc.pcln input, and `gocc tool objdump` (lines, relocations, random
# bytes, and the encode table decoded back to its Plan 9 spelling, >= 95%). Expected lines come from the #line directives of
# testdata/pcln/*.s. Prints "ok NAME" or "FAIL NAME: why"; always exits 0.
set -u
cd "$(dirname "$0")/.."
G=$PWD/bin/gocc
D=$PWD/testdata/pcln
INC=$PWD/runtime/include
ENC=$PWD/testdata/encode
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"

ok() { echo "ok pcln/$1"; }
fail() { echo "FAIL pcln/$1: $2"; }
check() { if eval "$2"; then ok "$1"; else fail "$1" "$3"; fi; }

for f in main f dupa dupb; do
    cp "$D/$f.s" .
    $G tool asm -I "$INC" -o $f.o $f.s || fail "asm-$f" "gocc tool asm failed"
done
gcc -c -O2 -fno-pic -ffreestanding -fno-asynchronous-unwind-tables -fno-stack-protector -ffixed-r14 \
    -fno-omit-frame-pointer -o tb.o "$D/tb.c" || fail build-tb "gcc failed"

# --- objects ---
secs=$(readelf -SW main.o)
for s in .gocc.subsections_via_symbols .gocc.pcln .debug_info .debug_abbrev .debug_line .debug_aranges .debug_frame; do
    check "object-has$s" 'echo "$secs" | grep -qF " $s "' "no $s section"
done
w=$(readelf -wilarf main.o 2>&1 >/dev/null)
check object-dwarf-clean '[ -z "$w" ]' "$w"
# the tail call JMP main.g(SB) in the same section carries a relocation (the marker's promise)
check object-jmp-reloc 'objdump -dr main.o | grep -A1 "jmp" | grep -q "R_X86_64_PLT32.*main.g"' "no relocation on jmp main.g"

# --- link: dead functions go, the functab maps pcs to lines ---
$G tool link -o prog main.o f.o dupb.o dupa.o tb.o || fail link "gocc tool link failed"
syms=$(nm prog)
check deadcode-drops '! echo "$syms" | grep -q "main\.dead"' "main.dead/main.deader still linked"
check deadcode-keeps 'echo "$syms" | grep -q " main\.h$" && echo "$syms" | grep -q " main\.g$"' "live functions missing"
out=$(timeout 10 ./prog)
want='traceback(...)
main.dup(...)
	/src/pcln/dup.go:81 +0x?
main.g(...)
	/src/pcln/main.go:53 +0x?
main.f(...)
	/src/pcln/f.go:12 +0x?
main.main(...)
	/src/pcln/main.go:7 +0x?
_rt0_amd64_linux(...)
	main.s:10 +0x?'
got=$(echo "$out" | sed -n '1,/^--$/p' | sed '$d' | sed 's/+0x[0-9a-f]*$/+0x?/')
check functab-traceback '[ "$got" = "$want" ]' "got: $(echo "$got" | tr '\n\t' '| ')"

# the +0x offsets are return address - entry: check them against nm and objdump
ra=$(objdump -d --no-show-raw-insn prog | awk '/call.*<main.dup>/ { getline; sub(":", "", $1); print $1 }')
ent=$(nm prog | awk '$3 == "main.g" { print $1 }')
off=$(echo "$out" | grep -A1 '^main.g' | sed -n 's/.*+0x//p')
check functab-offset '[ -n "$ra" ] && [ $((0x$ra - 0x$ent)) = $((0x$off)) ]' "ra $ra entry $ent printed $off"

# every row of the runtime table agrees with GNU addr2line reading our DWARF
echo "$out" | sed -n '/^--$/,$p' | sed 1d > rows
awk '{ print $1 }' rows | addr2line -e prog | sed "s|^$PWD/||" > a2l
check functab-rows-vs-addr2line '[ -s rows ] && awk "{ print \$2 }" rows | cmp -s - a2l' \
    "$(awk '{ print $2 }' rows | diff - a2l | head -3 | tr '\n' ' ')"
# C compiled with -g: the linker takes its lines from gcc's .debug_line (DWARF 5)
gcc -c -g -O2 -fno-pic -ffreestanding -fno-asynchronous-unwind-tables -fno-stack-protector -ffixed-r14 \
    -fno-omit-frame-pointer -o tbg.o "$D/tb.c" || fail build-tbg "gcc -g failed"
$G tool link -o progg main.o f.o dupb.o dupa.o tbg.o || fail link-g "gocc tool link failed"
outg=$(timeout 10 ./progg)
L=$(grep -n '^__attribute__((noinline)) int traceback' "$D/tb.c" | cut -d: -f1)
check functab-c-lines '[ "$(echo "$outg" | sed -n 2p)" = "	$D/tb.c:$L +0x0" ] && [ "$(echo "$outg" | sed -n "4,13p")" = "$(echo "$out" | sed -n "3,12p")" ]' \
    "$(echo "$outg" | head -4 | tr '\n\t' '| ')"
echo "$outg" | sed -n '/^--$/,$p' | sed 1d > rowsg
awk '{ print $1 }' rowsg | addr2line -e progg | sed -e "s|^$PWD/||" -e 's/ (discriminator [0-9]*)$//' > a2lg
check functab-c-rows-vs-addr2line '[ "$(grep -c tb.c rowsg)" -gt 50 ] && awk "{ print \$2 }" rowsg | cmp -s - a2lg' \
    "$(awk '{ print $2 }' rowsg | diff - a2lg | head -3 | tr '\n' ' ')"
check functab-dupok-first '! grep -q "dup.go:7" rows' "lines of the dropped DUPOK copy used"

# --- DWARF in the executable ---
dl=$(objdump -dl prog)
check objdump-dl 'echo "$dl" | grep -A2 "^/src/pcln/main.go:53$" | grep -q "call.*<main.dup>"' "no main.go:53 before the call"
check objdump-dl-func 'echo "$dl" | grep -q "^main.f():$"' "no main.f() heading"
w=$(readelf -wilarf prog 2>&1 >/dev/null)
check exe-dwarf-clean '[ -z "$w" ]' "$w"
if command -v gdb > /dev/null; then
    bt=$(timeout 30 gdb -nx -batch -ex 'break main.f' -ex run -ex bt ./prog 2>&1)
    check gdb-break 'echo "$bt" | grep -q "^Breakpoint 1, main.f () at /src/pcln/f.go:10"' "$(echo "$bt" | tail -3 | tr '\n' ' ')"
    check gdb-bt 'echo "$bt" | grep -q "^#1 .* in main.main () at /src/pcln/main.go:7"' "$(echo "$bt" | tail -3 | tr '\n' ' ')"
    br=$(timeout 30 gdb -nx -batch -ex 'break main.g' ./prog 2>&1)
    check gdb-prologue-end 'echo "$br" | grep -q "file /src/pcln/main.go, line 52"' "$br"
    bt=$(timeout 30 gdb -nx -batch -ex 'break traceback' -ex run -ex bt ./prog 2>&1)
    check gdb-bt-cfi 'echo "$bt" | grep -q "main.g () at /src/pcln/main.go:53" && echo "$bt" | grep -q "main.f () at /src/pcln/f.go:12"' \
        "$(echo "$bt" | tail -4 | tr '\n' ' ')"
fi

# --- -w: no DWARF, same line tables ---
$G tool link -w -o progw main.o f.o dupb.o dupa.o tb.o || fail link-w "link -w failed"
check link-w-nodebug '! readelf -SW progw | grep -q debug_' "debug sections with -w"
check link-w-lines '[ "$(timeout 10 ./progw | sed "s/+0x[0-9a-f]*$//")" = "$(echo "$out" | sed "s/+0x[0-9a-f]*$//")" ]' "different output with -w"

# --- a malformed .gocc.pcln is a clear error, not a crash ---
printf 'XXXX\001\000\000\000' > bad.bin
objcopy --update-section .gocc.pcln=bad.bin f.o bad.o 2>/dev/null
msg=$($G tool link -o progbad main.o bad.o dupa.o tb.o 2>&1)
check malformed-error '[ $? -ne 0 ] && echo "$msg" | grep -q "bad.o: malformed .gocc.pcln section" && [ ! -e progbad ]' "$msg"

# --- gocc tool objdump ---
od=$($G tool objdump -s '^main\.f$' prog 2>&1)
check objdump-exe-lines 'echo "$od" | grep -q "^TEXT main.f(SB) /src/pcln/f.go$" && echo "$od" | grep -qP "^  f.go:12\t0x[0-9a-f]+\te8[0-9a-f]{8}\tCALL main.h\(SB\)$"' \
    "$(echo "$od" | head -8 | tr '\n\t' '| ')"
check objdump-filter '[ "$(echo "$od" | grep -c "^TEXT")" = 1 ]' "-s did not select one function"
od=$($G tool objdump main.o 2>&1)
check objdump-obj-reloc 'echo "$od" | grep -qP "^  main.go:21\t.*\tCALL main.deader\(SB\)$" && echo "$od" | grep -qP "\tJMP main.g\(SB\)$"' \
    "$(echo "$od" | grep -E "CALL|JMP" | head -3 | tr '\n\t' '| ')"
check objdump-obj-noline 'echo "$od" | grep -qP "^  main.s:10\t.*CALL main.main\(SB\)$"' "no main.s:10 for _rt0's CALL"
# random bytes: every byte decodes or prints "?", never a crash or a hang
printf 'TEXT ·big(SB), 516, $0-0\n' > big.s
for i in $(seq 1 256); do printf '\tQUAD $0\n'; done >> big.s
$G tool asm -o big.o big.s
head -c 2048 /dev/urandom > rnd.bin
objcopy --update-section .text=rnd.bin big.o rnd.o 2>/dev/null
timeout 20 $G tool objdump rnd.o > rnd.dis 2>&1
st=$?
n=$(awk -F'\t' 'NF >= 4 { n += length($3) / 2 } END { print n + 0 }' rnd.dis)
check objdump-random-bytes '[ $st = 0 ] && [ "$n" = 2048 ]' "status $st, $n of 2048 bytes listed"
$G tool pack c lib.a f.o > /dev/null 2>&1
od=$($G tool objdump lib.a 2>&1)
check objdump-archive 'echo "$od" | grep -qP "^  f.go:12\t.*\tCALL main.h\(SB\)$"' "$(echo "$od" | head -3 | tr '\n\t' '| ')"
$G tool objdump /dev/null > /dev/null 2>&1
check objdump-bad-input '[ $? = 1 ]' "no error for a non-ELF file"
# the encode table (verified against Go and GNU as) decodes back to its Plan 9 spelling
if command -v python3 > /dev/null; then
    E=$ENC
    all=0 same=0
    for t in "$E"/*.txt; do
        b=$(basename "$t" .txt)
        [ "$b" = errors ] && continue
        awk '{ l = $0; sub(/^[ \t]+/, "", l); if (l == "" || substr(l, 1, 1) == "#") next
               s = l; p = 0; n = 0; while ((k = index(s, " | ")) > 0) { p = n + k; n += k + 2; s = substr(s, k + 3) }
               if (p) printf "TEXT ·f%d(SB), 516, $0-0\n\t%s\n", NR, substr(l, 1, p - 1) }' "$t" > enc_$b.s
        $G tool asm -o enc_$b.o enc_$b.s 2>/dev/null && $G tool objdump enc_$b.o > enc_$b.dis 2>/dev/null
        set -- $(python3 "$D/disasm_cmp.py" "$t" enc_$b.dis | tail -1)
        same=$((same + $2)) all=$((all + $3))
    done
    check objdump-encode-table '[ $all -gt 1000 ] && [ $((same * 100)) -ge $((all * 95)) ]' "$same of $all forms decode to their spelling"
fi
