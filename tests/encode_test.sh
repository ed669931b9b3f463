#!/usr/bin/env bash
# encode_test.sh - the instruction-encoding oracle test of gocc's assembler.
#
# For every table testdata/encode/*.txt (lines `PLAN9 | ATT`, verified against Go 1.19 and
# GNU as by testdata/encode/verify_with_go.sh) it assembles the Plan 9 side with
# `gocc tool asm` (one TEXT symbol ·f<LINE> per table line, bytes located with nm -S) and
# the AT&T side with `as --64` (one label per line, sizes from nm -n), and compares the
# bytes of each line. testdata/encode/errors.txt lists instructions that must be rejected
# with a file:line message and a non-zero exit. Needs binutils only (no Go).
# Output: `ok encode/FILE:LINE PLAN9` or `FAIL encode/FILE:LINE PLAN9: reason`.
set -u
cd "$(dirname "$0")/.."
root=$(pwd)
GOCC=${GOCC:-$root/bin/gocc}
dir=$root/testdata/encode
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# gasm OUT.o IN.s: runs gocc's assembler (bounded in time), stderr to OUT.o.err.
gasm() {
    timeout 10 "$GOCC" tool asm -o "$1" "$2" > "$1.err" 2>&1
}

# entries FILE: prints "LINENO<TAB>PLAN9<TAB>ATT" for every table line (comments start with #).
entries() {
    awk '{ line = $0; sub(/^[ \t]+/, "", line); sub(/[ \t]+$/, "", line)
           if (line == "" || substr(line, 1, 1) == "#") next
           n = 0; p = 0; s = line
           while ((i = index(s, " | ")) > 0) { p = n + i; n += i + 2; s = substr(s, i + 3) }
           if (p == 0) next
           printf "%d\t%s\t%s\n", NR, substr(line, 1, p - 1), substr(line, p + 3) }' "$1"
}

# plan9_src ENTRIES: one NOSPLIT|NOFRAME (516) TEXT symbol per entry; no include needed.
plan9_src() {
    local n p a
    while IFS=$'\t' read -r n p a; do
        printf 'TEXT ·f%d(SB), 516, $0-0\n\t%s\n' "$n" "$p"
    done < "$1"
}

# hex_of OBJ: the .text section of OBJ as one lower-case hex string.
hex_of() {
    objcopy -O binary -j .text "$1" "$1.bin" 2>/dev/null || : > "$1.bin"
    od -An -v -tx1 "$1.bin" | tr -d ' \n'
}

# gocc_bytes OBJ: "LINENO<TAB>HEX" per TEXT symbol ·f<LINENO>, using st_value/st_size.
gocc_bytes() {
    hex_of "$1" > "$1.hex"
    nm -S -t d "$1" 2>/dev/null | awk -v hexfile="$1.hex" '
        BEGIN { getline hex < hexfile }
        NF == 4 && $4 ~ /(^|[.])f[0-9]+$/ {
            n = $4; sub(/^.*f/, "", n)
            print n "\t" substr(hex, 2 * $1 + 1, 2 * $2) }'
}

# gnu_bytes ENTRIES: "LINENO<TAB>HEX" per entry from GNU as (label per line, sizes by nm -n).
gnu_bytes() {
    local n p a
    { echo '.text'
      while IFS=$'\t' read -r n p a; do printf 'f%d: %s\n' "$n" "$a"; done < "$1"
      echo 'fend: nop'; } > "$tmp/gnu.s"
    as --64 -o "$tmp/gnu.o" "$tmp/gnu.s" 2> "$tmp/gnu.err" || return 1
    hex_of "$tmp/gnu.o" > "$tmp/gnu.hex"
    nm -n -t d "$tmp/gnu.o" | awk -v hexfile="$tmp/gnu.hex" '
        BEGIN { getline hex < hexfile }
        $3 ~ /^f([0-9]+|end)$/ { off[++k] = $1 + 0; name[k] = substr($3, 2) }
        END { for (i = 1; i < k; i++)
                  print name[i] "\t" substr(hex, 2 * off[i] + 1, 2 * (off[i + 1] - off[i])) }'
}

# first_error FILE: the first diagnostic line of an assembler run, on one line.
first_error() {
    local msg
    msg=$(grep -v '^[[:space:]]*$' "$1" | head -1)
    echo "${msg:-no message}"
}

# check_table FILE: compares gocc and GNU bytes line by line.
check_table() {
    local f=$1 rel=encode/$(basename "$1") n p a
    entries "$f" > "$tmp/ents"
    : > "$tmp/errs"
    if ! gnu_bytes "$tmp/ents" > "$tmp/want"; then
        echo "FAIL $rel: GNU as rejected the table: $(first_error "$tmp/gnu.err")"
        return
    fi
    plan9_src "$tmp/ents" > "$tmp/p9.s"
    if ! gasm "$tmp/p9.o" "$tmp/p9.s"; then
        # find the failing lines one by one, then assemble the rest together
        : > "$tmp/good"
        while IFS=$'\t' read -r n p a; do
            printf '%s\t%s\t%s\n' "$n" "$p" "$a" > "$tmp/one"
            plan9_src "$tmp/one" > "$tmp/one.s"
            if gasm "$tmp/one.o" "$tmp/one.s"; then cat "$tmp/one" >> "$tmp/good"
            else printf '%s\t%s\n' "$n" "$(first_error "$tmp/one.o.err")" >> "$tmp/errs"; fi
        done < "$tmp/ents"
        plan9_src "$tmp/good" > "$tmp/p9.s"
        rm -f "$tmp/p9.o"
        [ -s "$tmp/good" ] && ! gasm "$tmp/p9.o" "$tmp/p9.s" &&
            echo "FAIL $rel: lines that assemble alone fail together: $(first_error "$tmp/p9.o.err")"
    fi
    if [ -f "$tmp/p9.o" ]; then gocc_bytes "$tmp/p9.o" > "$tmp/got"; else : > "$tmp/got"; fi
    awk -F'\t' -v f="$rel" '
        FILENAME == ARGV[1] { p9[$1] = $2; order[++k] = $1; next }
        FILENAME == ARGV[2] { want[$1] = $2; next }
        FILENAME == ARGV[3] { err[$1] = $2; next }
        { got[$1] = $2; seen[$1] = 1 }
        END { for (i = 1; i <= k; i++) { n = order[i]
                  if (n in err) print "FAIL " f ":" n " " p9[n] ": " err[n]
                  else if (!(n in seen)) print "FAIL " f ":" n " " p9[n] ": no symbol f" n " with a size in the object"
                  else if (got[n] != want[n]) print "FAIL " f ":" n " " p9[n] ": want " want[n] " got " got[n]
                  else print "ok " f ":" n " " p9[n] } }' \
        "$tmp/ents" "$tmp/want" "$tmp/errs" "$tmp/got"
}

# check_errors FILE: each line must make gocc's assembler fail with a file:line message.
check_errors() {
    local n=0 line rc
    while IFS= read -r line; do
        n=$((n + 1))
        case "$line" in ''|'#'*) continue ;; esac
        printf 'TEXT ·f(SB), 516, $0-0\n\t%s\n' "$line" > "$tmp/bad.s"
        rm -f "$tmp/bad.o"
        gasm "$tmp/bad.o" "$tmp/bad.s"; rc=$?
        if [ $rc -eq 0 ]; then
            echo "FAIL encode/errors.txt:$n $line: accepted (exit 0)"
        elif [ $rc -ge 124 ]; then
            echo "FAIL encode/errors.txt:$n $line: crashed or timed out (status $rc)"
        elif ! grep -q 'bad\.s:2\b' "$tmp/bad.o.err"; then
            echo "FAIL encode/errors.txt:$n $line: no bad.s:2 position in: $(first_error "$tmp/bad.o.err")"
        elif [ -e "$tmp/bad.o" ]; then
            echo "FAIL encode/errors.txt:$n $line: wrote an output file despite the error"
        else
            echo "ok encode/errors.txt:$n $line"
        fi
    done < "$1"
}

# The assembler must exist before anything else means something.
printf 'TEXT ·f(SB), 516, $0-0\n\tRET\n' > "$tmp/probe.s"
if [ ! -x "$GOCC" ] || { ! gasm "$tmp/probe.o" "$tmp/probe.s" &&
                         grep -q 'not built yet' "$tmp/probe.o.err"; }; then
    echo "FAIL encode: assembler not built"
    exit 0
fi
for f in "$dir"/*.txt; do
    case "$f" in */errors.txt) continue ;; esac
    check_table "$f"
done
check_errors "$dir/errors.txt"
exit 0
