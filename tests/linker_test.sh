#!/usr/bin/env bash
# linker_test.sh - tests of `gocc tool link`, `pack` and `nm` (and of the ELF
# object reader and ar archives beneath them). Inputs are C and GNU as sources
# in testdata/link, built here with gcc and as; outputs are checked by running
# the executables and with GNU readelf, objdump, nm, ar and ld as oracles.
# Prints "ok NAME" or "FAIL NAME: why" per case; always exits 0.
set -u
cd "$(dirname "$0")/.."
G=$PWD/bin/gocc
D=$PWD/testdata/link
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
CFLAGS="-c -O2 -fno-pic -ffreestanding -fno-asynchronous-unwind-tables -fno-stack-protector -ffixed-r14"

ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; }
# check NAME COMMAND...: ok if the command succeeds.
check() {
    local name=$1
    shift
    if "$@" >/dev/null 2>&1; then ok "$name"; else fail "$name" "command failed: $*"; fi
}

# --- build the inputs ---
for f in hello abs32 bss usea liba libb libc_fn undef dup1 dup2 tls weakuse functab ctor ifunc weakref; do
    gcc $CFLAGS -o $f.o "$D/$f.c" || fail "build-$f" "gcc failed"
done
gcc ${CFLAGS/-O2/-O0} -o switch.o "$D/switch.c"
gcc $CFLAGS -fcommon -o common1.o "$D/common1.c"
gcc $CFLAGS -fcommon -o common2.o "$D/common2.c"
for f in rt0 weak1 weak2 got tlsg gofuncs range label bounds tailcall; do as -o $f.o "$D/$f.s" || fail "build-$f" "as failed"; done

# run_case NAME EXE WANT_STDOUT WANT_STATUS
run_case() {
    local out st
    out=$(timeout 10 "./$2" 2>&1)
    st=$?
    if [ "$out" = "$3" ] && [ "$st" = "$4" ]; then ok "$1"; else fail "$1" "got status $st output '$out'"; fi
}

# link_ok NAME OUT INPUTS...: the link must succeed and produce OUT.
link_ok() {
    local name=$1 out=$2
    shift 2
    if "$G" tool link -o "$out" "$@" 2>link.err && [ -x "$out" ]; then return 0; fi
    fail "$name" "link failed: $(head -3 link.err)"
    return 1
}

# link_fails NAME REGEXP INPUTS...: the link must fail with a message matching REGEXP, no output, no crash.
link_fails() {
    local name=$1 re=$2 st
    shift 2
    rm -f bad.out
    "$G" tool link -o bad.out "$@" 2>link.err
    st=$?
    if [ $st -eq 0 ] || [ $st -ge 128 ]; then
        fail "$name" "exit status $st"
    elif [ -e bad.out ]; then
        fail "$name" "output file written"
    elif ! grep -Eq "$re" link.err; then
        fail "$name" "message '$(head -3 link.err)' does not match /$re/"
    else
        ok "$name"
    fi
}

# --- first milestone: gcc .o + as .o -> running static executable ---
if link_ok hello hello rt0.o hello.o; then
    run_case hello-run hello "hello" 8
    ph=$(readelf -lW hello)
    loads=$(echo "$ph" | awk '$1 == "LOAD" {f = ""; for (i = 7; i < NF; i++) f = f $i; print f}' | tr '\n' ' ')
    if [ "$loads" = "RE R RW " ]; then ok hello-segments; else fail hello-segments "LOAD flags '$loads'"; fi
    if echo "$ph" | grep -Eq 'INTERP|DYNAMIC|TLS '; then fail hello-static "has INTERP/DYNAMIC/TLS"; else ok hello-static; fi
    if echo "$ph" | grep -q GNU_STACK; then ok hello-gnustack; else fail hello-gnustack "no PT_GNU_STACK"; fi
    # every PT_LOAD: offset == vaddr mod page; text at 0x401000; base 0x400000
    bad=
    while read -r _ off vaddr _; do
        [ $((off % 4096)) = $((vaddr % 4096)) ] || bad="$bad $off/$vaddr"
    done < <(echo "$ph" | grep '^ *LOAD')
    if [ -z "$bad" ] && echo "$ph" | grep -q 'LOAD .* 0x0000000000400000 '; then ok hello-pagealign; else fail hello-pagealign "$bad"; fi
    text=$(readelf -SW hello | sed -n 's/.* \.text *PROGBITS *\([0-9a-f]*\) .*/\1/p')
    if [ "$text" = "0000000000401000" ]; then ok hello-textaddr; else fail hello-textaddr "text at $text"; fi
    entry=$(readelf -h hello | awk '/Entry point/ {print $4}')
    rt0=$(nm hello | awk '$3 == "_rt0_amd64_linux" {print $1}')
    if [ -n "$rt0" ] && [ "$((entry))" = "$((16#$rt0))" ]; then ok hello-entry; else fail hello-entry "entry $entry, _rt0 $rt0"; fi
    syms=$(nm hello | awk '{print $2 " " $3}' | tr '\n' ',')
    if [ "$syms" = "T _rt0_amd64_linux,T cmain,B counter,D msg,D table,T unused_fn," ]; then ok hello-nm; else fail hello-nm "$syms"; fi
    if objdump -d hello | grep -q '<cmain>:'; then ok hello-objdump; else fail hello-objdump "no <cmain> in objdump -d"; fi
    check hello-readelf-all readelf -a hello
    if ! command -v gdb >/dev/null; then
        : # gdb is optional
    elif gdb -batch -ex 'break cmain' -ex run -ex 'info symbol $pc' ./hello 2>&1 | grep -q 'cmain in section .text'; then
        ok hello-gdb
    else
        fail hello-gdb "gdb could not stop in cmain"
    fi
    if "$G" tool link -v -o hello-v rt0.o hello.o 2>&1 | grep -q '^deadcode: kept'; then ok link-verbose; else fail link-verbose "no step report"; fi
fi

# --- relocation kinds ---
if readelf -r switch.o | grep -A2 'rela.rodata' | grep -q 'R_X86_64_64 .* \.text + '; then
    link_ok switch sw rt0.o switch.o && run_case switch-table sw "switch ok" 0
else
    fail switch-table "gcc did not make a .text-relative jump table"
fi
if readelf -r abs32.o | grep -q 'R_X86_64_32 ' && readelf -r abs32.o | grep -q 'R_X86_64_32S '; then
    link_ok abs32 a32 rt0.o abs32.o && run_case abs32-run a32 "abc" 3
else
    fail abs32-run "gcc made no R_X86_64_32/32S"
fi
if link_ok bss bss rt0.o bss.o; then
    run_case bss-zero-and-ptr64 bss "bss ok" 11
    memsz=$(readelf -lW bss | awk '$1 == "LOAD" && $7 == "RW" {print $5, $6}' | { read -r fs ms; echo $((ms - fs)); })
    if [ "${memsz:-0}" -ge 1048576 ]; then ok bss-nobits; else fail bss-nobits "RW MemSiz-FileSiz = $memsz"; fi
fi
link_ok got got got.o && run_case got-relax-and-slot got "" 42
if objdump -d got 2>/dev/null | grep -q 'lea .*<gotval>'; then ok got-mov-to-lea; else fail got-mov-to-lea "mov not relaxed"; fi
if link_ok tlsg tlsg tlsg.o; then
    if objdump -d tlsg | grep -q 'mov    %fs:0xfffffffffffffff8,%rax'; then ok tlsg-minus8; else fail tlsg-minus8 "TPOFF32 not -8"; fi
fi
link_fails tls-in-c 'tls\.o: thread-local storage in C is not supported' rt0.o tls.o
link_ok common common rt0.o common1.o common2.o && run_case common-symbols common "" 42
link_ok weak weak rt0.o weakuse.o weak1.o weak2.o && run_case weak-dupok-first weak "" 42

if link_ok gofuncs gof gofuncs.o; then
    run_case gofuncs-run gof "" 42
    if nm gof | grep -q main.unused; then fail deadcode-per-function "main.unused kept"; else ok deadcode-per-function; fi
    used=$(nm gof | awk '$3 == "main.used" {print $1}')
    if [ $((16#${used:-1} % 32)) = 0 ]; then ok deadcode-keeps-alignment; else fail deadcode-keeps-alignment "main.used at $used"; fi
fi
if link_ok bounds bnd bounds.o; then
    # section [addr, addr+size) from readelf must match the symbols from nm
    want=$(readelf -SW bnd | sed -n 's/.* \(\.text\|\.data\|\.bss\) *[A-Z]* *\([0-9a-f]*\) [0-9a-f]* \([0-9a-f]*\) .*/\1 \2 \3/p' |
        while read -r n a z; do printf '%s %x %x\n' "$n" $((16#$a)) $((16#$a + 16#$z)); done | tr '\n' ' ')
    got=$(for p in text data bss; do
        printf '.%s %x %x\n' $p $((16#$(nm bnd | awk -v s=runtime.$p '$3 == s {print $1}'))) \
            $((16#$(nm bnd | awk -v s=runtime.e$p '$3 == s {print $1}')))
    done | tr '\n' ' ')
    endsym=$(nm bnd | awk '$3 == "runtime.end" {print $1}')
    if [ "$want" = "$got" ] && [ "$((16#$endsym))" = "$((16#$(nm bnd | awk '$3 == "runtime.ebss" {print $1}')))" ]; then
        ok linker-defined-bounds
    else
        fail linker-defined-bounds "sections '$want' symbols '$got' end $endsym"
    fi
fi
link_ok functab ftab rt0.o functab.o &&
    run_case functab-run ftab "$(printf '_rt0_amd64_linux\nhelper\nnever_called\ncmain\nhelper+3 is in helper')" 42
gcc $CFLAGS -ffunction-sections -fdata-sections -o hello_fs.o "$D/hello.c"
if link_ok function-sections hfs rt0.o hello_fs.o; then
    run_case function-sections-run hfs "hello" 8
    if nm hfs | grep -q unused_fn; then fail deadcode-function-sections "unused_fn kept"; else ok deadcode-function-sections; fi
fi
link_ok tailcall-not-cut tc tailcall.o && run_case tailcall-not-cut-run tc "" 3
link_ok labels-not-cut lab label.o && run_case labels-not-cut-run lab "" 3
# A larger C program at several optimisation levels and code models: same output as GNU ld's link.
for v in "-O0" "-O2" "-Os" "-O2 -fpie" "-O2 -ffunction-sections -fdata-sections" "-O1 -g"; do
    n=prog$(echo "$v" | tr -d ' -')
    gcc ${CFLAGS/-O2/} $v -I"$D" -o $n.o "$D/prog.c" || { fail "$n" "gcc failed"; continue; }
    if link_ok "$n" "$n" rt0.o $n.o && ld -e _rt0_amd64_linux -o $n.ref rt0.o $n.o; then
        want=$(./$n.ref)
        run_case "$n-vs-gnu-ld" "$n" "$want" 0
    fi
done
# gocc's own assembler output, once `gocc tool asm` is built (skipped while it is a placeholder).
if "$G" tool asm -o p9hello.o "$D/p9hello.s" 2>/dev/null; then
    link_ok p9-asm p9 p9hello.o && run_case p9-asm-run p9 "hello" 7
fi
# Debian's default (PIE) code model, and objects with .eh_frame, CET notes and debug info.
for f in hello bss; do gcc ${CFLAGS/-fno-pic/} -o pie_$f.o "$D/$f.c"; done
link_ok pie-hello pie_hello rt0.o pie_hello.o && run_case pie-hello-run pie_hello "hello" 8
link_ok pie-bss pie_bss rt0.o pie_bss.o && run_case pie-bss-run pie_bss "bss ok" 11
gcc -c -O2 -ffreestanding -fno-pic -fcf-protection=full -g -o full.o "$D/hello.c"
if link_ok eh-frame-debug full rt0.o full.o; then
    run_case eh-frame-debug-run full "hello" 8
    # DWARF carried over: objdump -dl finds cmain's source line; readelf decodes it cleanly
    if objdump -dl full | grep -A2 '<cmain>:' | grep -q 'hello\.c:'; then ok dwarf-lines; else fail dwarf-lines "no hello.c line for cmain"; fi
    if readelf -wil full 2>&1 | grep -qi 'warning\|error'; then fail dwarf-clean "readelf complains"; else ok dwarf-clean; fi
    if command -v gdb >/dev/null && ! gdb -batch -ex 'break cmain' -ex run ./full 2>&1 | grep -q 'cmain () at .*hello\.c:'; then
        fail dwarf-gdb "gdb shows no source position"
    fi
    link_ok dwarf-w full_w -w rt0.o full.o
    if readelf -S full_w | grep -q debug_; then fail dwarf-w "-w kept .debug sections"; else ok dwarf-w; fi
fi

# --- symbol errors ---
link_fails undefined 'undef\.o: undefined reference to missing_fn \(referenced from cmain\)' rt0.o undef.o
if grep -q 'undefined reference to missing_data' link.err; then ok undefined-all-listed; else fail undefined-all-listed "missing_data not reported"; fi
link_fails duplicate 'dup2\.o: duplicate definition of dup_sym \(first defined in dup1\.o\)' rt0.o dup1.o dup2.o
link_fails reloc-out-of-range 'R_X86_64_32S against _rt0_amd64_linux out of range' range.o
if ! "$G" tool link hello.o 2>&1 | grep -q 'usage: gocc tool link'; then fail usage "no usage message"; else ok usage; fi
link_fails constructors 'ctor\.o: section \.init_array: C constructors/destructors are not supported' rt0.o ctor.o
link_fails ifunc 'ifunc\.o: pick is an IFUNC symbol, which is not supported' rt0.o ifunc.o
link_fails no-entry 'entry symbol nosuch is not defined' -e nosuch rt0.o hello.o
link_ok entry-flag e1 -e cmain hello.o && [ "$(readelf -h e1 | awk '/Entry/ {print $4}')" = 0x$(nm e1 | awk '$3 == "cmain" {print $1}' | sed 's/^0*//') ] && ok entry-flag

# --- archives ---
rm -f lib.a gnu.a
"$G" tool pack c lib.a liba.o libb.o libc_fn.o
if [ "$(ar t lib.a | tr '\n' ' ')" = "liba.o libb.o libc_fn.o " ]; then ok pack-ar-t; else fail pack-ar-t "$(ar t lib.a 2>&1)"; fi
if nm -s lib.a | grep -q 'libc_fn in libc_fn.o'; then ok pack-nm-s; else fail pack-nm-s "no index entry"; fi
if cmp -s <(ar p lib.a libb.o) libb.o; then ok pack-member-bytes; else fail pack-member-bytes "member differs"; fi
if ld -e _rt0_amd64_linux -o gnuld rt0.o usea.o lib.a 2>/dev/null && run_case_q=$(./gnuld; echo $?) && [ "$run_case_q" = 42 ]; then
    ok pack-gnu-ld
else
    fail pack-gnu-ld "GNU ld could not use the archive"
fi
if link_ok archive-pack lib rt0.o usea.o lib.a; then
    run_case archive-pack-run lib "" 42
    if nm lib | grep -q libb_unneeded; then fail archive-on-demand "unneeded member pulled"; else ok archive-on-demand; fi
fi
link_ok weak-ref-no-pull wr rt0.o weakref.o lib.a && run_case weak-ref-no-pull-run wr "" 7
ar rcs gnu.a libc_fn.o libb.o liba.o
link_ok archive-gnu gnulib rt0.o usea.o gnu.a && run_case archive-gnu-run gnulib "" 42
mkdir -p libdir && cp lib.a libdir/libx.a
link_ok archive-Ldir libl -L libdir rt0.o usea.o libx.a && run_case archive-Ldir-run libl "" 42
cp liba.o long_member_name_for_table.o
"$G" tool pack c long.a long_member_name_for_table.o libc_fn.o
if [ "$(ar t long.a | tr '\n' ' ')" = "long_member_name_for_table.o libc_fn.o " ]; then ok pack-longnames; else fail pack-longnames "$(ar t long.a 2>&1)"; fi
link_ok pack-longnames-link longl rt0.o usea.o long.a && run_case pack-longnames-run longl "" 42
"$G" tool pack r long.a libb.o liba.o
if [ "$(ar t long.a | tr '\n' ' ')" = "long_member_name_for_table.o libc_fn.o libb.o liba.o " ]; then ok pack-r-append; else fail pack-r-append "$(ar t long.a 2>&1)"; fi
"$G" tool pack r long.a libb.o
if [ "$(ar t long.a | wc -l)" = 4 ]; then ok pack-r-replace; else fail pack-r-replace "$(ar t long.a 2>&1)"; fi
# byte-identical to GNU `ar rcsD` (index, long names, odd sizes, a non-ELF __.PKGDEF member)
printf 'go object linux amd64\n$$\n' >__.PKGDEF
cp hello.o a_long_member_name_hello.o
rm -f gnuD.a ours.a
ar rcsD gnuD.a __.PKGDEF liba.o a_long_member_name_hello.o rt0.o long_member_name_for_table.o
"$G" tool pack c ours.a __.PKGDEF liba.o a_long_member_name_hello.o rt0.o long_member_name_for_table.o
check pack-same-as-gnu-ar cmp gnuD.a ours.a
# A Go-style archive: no index, names without a trailing '/', odd-sized member padded;
# its last member has a BSD-style name (#1/9: the name opens the body).
{
    printf '!<arch>\n'
    printf '%-16s%-12s%-6s%-6s%-8s%-10s`\n' __.PKGDEF 0 0 0 644 3
    printf 'abc\n'
    printf '%-16s%-12s%-6s%-6s%-8s%-10s`\n' liba.o 0 0 0 644 "$(stat -c %s liba.o)"
    cat liba.o
    [ $(($(stat -c %s liba.o) % 2)) = 1 ] && printf '\n'
    printf '%-16s%-12s%-6s%-6s%-8s%-10s`\n' '#1/9' 0 0 0 644 "$(($(stat -c %s libc_fn.o) + 9))"
    printf 'libc_fn.o'
    cat libc_fn.o
} >go.a
link_ok archive-gostyle gol rt0.o usea.o go.a && run_case archive-gostyle-run gol "" 42
if [ "$("$G" tool pack t go.a | tr '\n' ' ')" = "__.PKGDEF liba.o libc_fn.o " ]; then ok pack-t-names; else fail pack-t-names "$("$G" tool pack t go.a 2>&1)"; fi

"$G" tool pack c rt.a rt0.o libb.o
link_ok archive-entry rte usea.o lib.a rt.a && run_case archive-entry-run rte "" 42
"$G" tool link -o det1 rt0.o usea.o lib.a && "$G" tool link -o det2 rt0.o usea.o lib.a
check deterministic cmp det1 det2

# --- nm against GNU nm ---
for f in hello.o switch.o hello lib.a weak1.o weak gof; do
    if diff <("$G" tool nm "$f" 2>&1) <(nm "$f" 2>&1) >nm.diff; then ok "nm-$f"; else fail "nm-$f" "$(head -4 nm.diff)"; fi
done
if diff <("$G" tool nm -n -S hello.o hello 2>&1) <(nm -n -S hello.o hello 2>&1) >nm.diff; then ok nm-n-S; else fail nm-n-S "$(head -4 nm.diff)"; fi

# --- malformed objects: an error, never a crash or an output file ---
head -c 100 hello.o >trunc.o
link_fails malformed-truncated 'trunc\.o: malformed object' rt0.o trunc.o
printf 'this is not an object file at all\n' >garbage.o
link_fails malformed-garbage 'garbage\.o: not an object file' rt0.o garbage.o
cp hello.o arm.o && printf '\x28\x00' | dd of=arm.o bs=1 seek=18 conv=notrunc 2>/dev/null
link_fails malformed-machine 'arm\.o: malformed object: machine 40 is not x86-64' rt0.o arm.o
# section header 1's sh_offset (at e_shoff + 64 + 24) -> far outside the file
shoff=$(readelf -h hello.o | awk '/Start of section headers/ {print $5}')
cp hello.o badoff.o && printf '\xff\xff\xff\x7f' | dd of=badoff.o bs=1 seek=$((shoff + 64 + 24)) conv=notrunc 2>/dev/null
link_fails malformed-section-offset 'badoff\.o: malformed object: section 1: contents outside the file' rt0.o badoff.o
cp hello.o exec.o && printf '\x02' | dd of=exec.o bs=1 seek=16 conv=notrunc 2>/dev/null
link_fails malformed-not-rel 'exec\.o: malformed object: ELF type 2' rt0.o exec.o
head -c 300 lib.a >trunc.a
link_fails malformed-archive 'trunc\.a: malformed archive' rt0.o usea.o trunc.a
# many random corruptions: no signal, no sanitizer report
crashes=0
for i in $(seq 1 60); do
    cp hello.o fz.o
    size=$(stat -c %s fz.o)
    for k in 1 2 3 4; do
        printf "\\x$(printf %02x $((RANDOM % 256)))" | dd of=fz.o bs=1 seek=$(((RANDOM * 32768 + RANDOM) % size)) conv=notrunc 2>/dev/null
    done
    "$G" tool link -o fz.out rt0.o fz.o >/dev/null 2>&1
    [ $? -ge 128 ] && crashes=$((crashes + 1)) && cp fz.o "/tmp/linker-crash-$i.o"
    "$G" tool nm fz.o >/dev/null 2>&1
    [ $? -ge 128 ] && crashes=$((crashes + 1))
done
if [ $crashes = 0 ]; then ok malformed-random; else fail malformed-random "$crashes crashes"; fi
exit 0
