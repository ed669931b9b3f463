#!/usr/bin/env bash
# backend_unit.sh OUT - builds tests/backend_unit.c against the back end's
# objects in build/obj (run `make` first) as OUT and runs it: it prints the
# assembly of the SSA functions it builds by hand. Extra args go to it.
set -eu
cd "$(dirname "$0")/.."
out=$1
shift
objs=""
for f in ssa ssa_opt ssa_pass regalloc regalloc_live regalloc_split amd64_lower amd64_emit amd64_move; do
    objs="$objs build/obj/compiler/$f.o"
done
${CC:-cc} -std=c11 -Wall -Wextra -Isupport -Icompiler -o "$out" tests/backend_unit.c $objs \
    build/obj/support/arena.o build/obj/support/buf.o build/obj/support/diag.o build/obj/support/strmap.o
"$out" "$@"
