/* check_runtime.c - the builtin runtime declarations: compiler/builtin/runtime.go,
 * embedded at build time (compiler/rules.mk), parsed and checked as a hidden
 * package "runtime" whose funcs the back end calls with the System V ABI. */
#include <string.h>

#include "check.h"

static const char builtin_runtime_src[] =
#include "builtin_runtime.inc"
    ;

static Package *runtime_pkg;

/* Loads the builtin declarations once; returns false if they do not check. */
bool check_load_runtime(void) {
    if (runtime_pkg)
        return true;
    Node *file = parse_file("<builtin>/runtime.go", builtin_runtime_src, strlen(builtin_runtime_src));
    if (!file)
        return false;
    CompileOptions opts = {.pkgpath = "runtime", .std = true};
    int before = diag_errors();
    Package *pkg = check_package(&file, 1, &opts, "runtime");
    check_flush_errors();
    if (diag_errors() > before)
        return false;
    for (int i = 0; i < pkg->funcs.len; i++) {
        Object *fn = pkg->funcs.items[i];
        fn->flags |= OBJF_RUNTIME_CABI;
    }
    runtime_pkg = pkg;
    return true;
}

Object *types_runtime_func(const char *name) {
    if (!check_load_runtime())
        return NULL;
    Object *o = scope_lookup_local(runtime_pkg->scope, name);
    return o && o->kind == OBJ_FUNC ? o : NULL;
}
