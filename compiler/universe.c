/* universe.c - scopes, object construction, the universe scope (predeclared
 * types, constants, nil, builtin functions) and the "unsafe" package. */
#include <string.h>

#include "arena.h"
#include "check.h"

Scope *scope_new(Scope *parent, bool is_func) {
    Scope *s = ARENA_NEW(perm_arena, Scope);
    s->parent = parent;
    s->is_func = is_func;
    return s;
}

Object *scope_lookup_local(Scope *s, const char *name) { return strmap_get(&s->names, name); }

Object *scope_lookup(Scope *s, const char *name) {
    for (; s; s = s->parent) {
        Object *o = strmap_get(&s->names, name);
        if (o)
            return o;
    }
    return NULL;
}

Object *scope_insert(Scope *s, Object *obj) {
    Object *old = strmap_get(&s->names, obj->name);
    if (old)
        return old;
    strmap_put(&s->names, obj->name, obj);
    return NULL;
}

Object *obj_new(ObjKind kind, const char *name, Pos pos, Type *type, Package *pkg) {
    Object *o = ARENA_NEW(perm_arena, Object);
    o->kind = kind;
    o->name = intern(name);
    o->pos = pos;
    o->type = type;
    o->pkg = pkg;
    return o;
}

static const struct {
    const char *name;
    Builtin id;
} builtin_funcs[] = {
    {"append", BUILTIN_APPEND}, {"cap", BUILTIN_CAP}, {"close", BUILTIN_CLOSE},
    {"complex", BUILTIN_COMPLEX}, {"copy", BUILTIN_COPY}, {"delete", BUILTIN_DELETE},
    {"imag", BUILTIN_IMAG}, {"len", BUILTIN_LEN}, {"make", BUILTIN_MAKE}, {"new", BUILTIN_NEW},
    {"panic", BUILTIN_PANIC}, {"print", BUILTIN_PRINT}, {"println", BUILTIN_PRINTLN},
    {"real", BUILTIN_REAL}, {"recover", BUILTIN_RECOVER},
};

static Scope *universe;
static Package *unsafe_pkg;

static void add_type(const char *name, Type *t) {
    Object *o = obj_new(OBJ_TYPE, name, (Pos){0}, t, NULL);
    scope_insert(universe, o);
}

static void add_const(const char *name, Type *t, ConstValue *v) {
    Object *o = obj_new(OBJ_CONST, name, (Pos){0}, t, NULL);
    o->cval = v;
    scope_insert(universe, o);
}

/* type error interface { Error() string } */
static void add_error_type(void) {
    Object *o = obj_new(OBJ_TYPE, "error", (Pos){0}, NULL, NULL);
    Type *named = types_named(o);
    o->type = named;
    Field *res = ARENA_NEW(perm_arena, Field);
    res->name = "";
    res->type = TYPE(TYPE_STRING);
    Object *m = obj_new(OBJ_FUNC, "Error", (Pos){0}, types_func(NULL, types_tuple(res, 1), false), NULL);
    Type *iface = types_new(TYPE_INTERFACE);
    iface->methods = ARENA_NEWN(perm_arena, Object *, 1);
    iface->methods[0] = m;
    iface->nmethods = 1;
    named->underlying = iface;
    scope_insert(universe, o);
}

static void make_unsafe(void) {
    unsafe_pkg = ARENA_NEW(perm_arena, Package);
    unsafe_pkg->path = "unsafe";
    unsafe_pkg->name = "unsafe";
    unsafe_pkg->scope = scope_new(NULL, false);
    Object *p = obj_new(OBJ_TYPE, "Pointer", (Pos){0}, TYPE(TYPE_UNSAFE_POINTER), unsafe_pkg);
    scope_insert(unsafe_pkg->scope, p);
    static const struct {
        const char *name;
        Builtin id;
    } fns[] = {{"Sizeof", BUILTIN_UNSAFE_SIZEOF}, {"Alignof", BUILTIN_UNSAFE_ALIGNOF},
               {"Offsetof", BUILTIN_UNSAFE_OFFSETOF}, {"Add", BUILTIN_UNSAFE_ADD},
               {"Slice", BUILTIN_UNSAFE_SLICE}};
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        Object *o = obj_new(OBJ_BUILTIN, fns[i].name, (Pos){0}, NULL, unsafe_pkg);
        o->builtin = fns[i].id;
        scope_insert(unsafe_pkg->scope, o);
    }
}

Scope *universe_scope(void) {
    if (universe)
        return universe;
    types_init();
    universe = scope_new(NULL, false);
    static const TypeKind kinds[] = {
        TYPE_BOOL, TYPE_INT, TYPE_INT8, TYPE_INT16, TYPE_INT32, TYPE_INT64, TYPE_UINT,
        TYPE_UINT8, TYPE_UINT16, TYPE_UINT32, TYPE_UINT64, TYPE_UINTPTR, TYPE_FLOAT32,
        TYPE_FLOAT64, TYPE_COMPLEX64, TYPE_COMPLEX128, TYPE_STRING,
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        add_type(types_string(TYPE(kinds[i])), TYPE(kinds[i]));
    add_type("byte", types_byte);
    add_type("rune", types_rune);
    add_error_type();
    add_type("any", types_new(TYPE_INTERFACE)); /* alias of interface{} */
    add_const("true", TYPE(TYPE_UNTYPED_BOOL), const_make_bool(true));
    add_const("false", TYPE(TYPE_UNTYPED_BOOL), const_make_bool(false));
    add_const("iota", TYPE(TYPE_UNTYPED_INT), const_make_int64(0));
    scope_insert(universe, obj_new(OBJ_NIL, "nil", (Pos){0}, TYPE(TYPE_UNTYPED_NIL), NULL));
    for (size_t i = 0; i < sizeof builtin_funcs / sizeof builtin_funcs[0]; i++) {
        Object *o = obj_new(OBJ_BUILTIN, builtin_funcs[i].name, (Pos){0}, NULL, NULL);
        o->builtin = builtin_funcs[i].id;
        scope_insert(universe, o);
    }
    make_unsafe();
    return universe;
}

Package *unsafe_package(void) {
    universe_scope();
    return unsafe_pkg;
}
