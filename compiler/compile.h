/* compile.h - the compiler's pipeline as one list of stages, and their entry points.
 *
 *   parse_file      source text -> N_FILE tree            (lex.re, parse.y)
 *   types_check     trees -> checked Package              (check*.c)
 *   ssa_compile     Package -> Plan 9 assembly text       (ir/ssa/amd64 back end)
 *   types_write_asmhdr / types_write_cdefs                (-asmhdr, -cdefs)
 *
 * compile_main (compile_main.c) parses flags and calls them in order,
 * stopping after the first stage that reports errors. */
#ifndef COMPILER_COMPILE_H
#define COMPILER_COMPILE_H

#include "ast.h"
#include "buf.h"
#include "types.h"

/* Parse one file. Returns its N_FILE node; syntax errors go to diag (Go's
 * wording, "file:line:col: syntax error: ..."), and NULL is returned if any. */
Node *parse_file(const char *filename, const char *src, size_t len);

typedef struct SymabisEntry {
    const char *name;   /* full symbol name, "runtime.gogo" */
    bool def;           /* def (true) or ref (false) */
    bool abi_internal;  /* ABIInternal (true) or ABI0 (false) */
} SymabisEntry;

typedef struct CompileOptions {
    const char *pkgpath;        /* -p (default "main") */
    bool std;                   /* -std: compiling a standard package */
    bool complete;              /* -complete: no body-less functions allowed */
    SymabisEntry *symabis;      /* from -symabis */
    int nsymabis;
    const char *importcfg;      /* -importcfg file or NULL */
    const char *debug;          /* -d flags, e.g. "ast", "ssa" */
} CompileOptions;

/* Type-check the files of one package. Returns NULL if errors were reported. */
Package *types_check(Node **files, int nfiles, const CompileOptions *opts);

/* Generate Plan 9 assembly for a checked package into out. Returns 0 on success. */
int ssa_compile(Package *pkg, const CompileOptions *opts, Buf *out);

/* go_asm.h (reference/two-phase.md §3) and runtime_defs.h (docs/abi.md §7). */
void types_write_asmhdr(Package *pkg, Buf *out);
void types_write_cdefs(Package *pkg, Buf *out);

#endif
