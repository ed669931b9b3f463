/* check_builtin.c - calls of builtin functions (len, print, println, new,
 * panic, unsafe.Sizeof/Alignof/Offsetof) and type conversions T(x). */
#include <string.h>

#include "arena.h"
#include "check.h"

static void set_invalid(Node *n) {
    n->mode = MODE_INVALID;
    n->type = TYPE(TYPE_INVALID);
    n->cval = NULL;
}

static const char *builtin_name(Object *b) {
    return b->pkg ? arena_printf(perm_arena, "unsafe.%s", b->name) : b->name;
}

static bool arg_count(Node *call, Object *b, int min, int max) {
    int n = call->call.args.len;
    if (n >= min && (max < 0 || n <= max))
        return true;
    Pos at = n > 0 ? check_start_pos(call->call.args.items[n < min ? n - 1 : max]) : call->pos;
    if (n < min)
        check_error(n ? at : call->pos, "not enough arguments for %s (expected %d, found %d)", expr_string(call), min, n);
    else
        check_error(check_start_pos(call), "invalid operation: too many arguments for %s (expected %d, found %d)",
                   expr_string(call), max, n);
    (void)b;
    return false;
}

/* A constant of type uintptr (unsafe.Sizeof and friends). */
static void set_uintptr_const(Node *n, int64_t v) {
    n->mode = MODE_CONST;
    n->type = TYPE(TYPE_UINTPTR);
    n->cval = const_make_int64(v);
}

/* Does n contain a (non-constant) function call or a receive? Then len/cap
 * of an array-typed n is not a constant (Go spec "Length and capacity"). */
bool check_has_call(Node *n) {
    if (!n)
        return false;
    n = unparen(n);
    switch (n->kind) {
    case N_IDENT: case N_BASIC_LIT: case N_FUNC_LIT: return false;
    case N_SELECTOR: return check_has_call(n->selector.x);
    case N_INDEX: return check_has_call(n->index.x) || (n->index.indices.len && check_has_call(n->index.indices.items[0]));
    case N_SLICE_EXPR: return check_has_call(n->slice.x) || check_has_call(n->slice.lo) || check_has_call(n->slice.hi);
    case N_STAR: return check_has_call(n->star.x);
    case N_UNARY: return n->unary.op == OP_ARROW || check_has_call(n->unary.x);
    case N_BINARY: return check_has_call(n->binary.x) || check_has_call(n->binary.y);
    case N_KEY_VALUE: return check_has_call(n->kv.key) || check_has_call(n->kv.value);
    case N_COMPOSITE_LIT:
        for (int i = 0; i < n->composite.elts.len; i++)
            if (check_has_call(n->composite.elts.items[i]))
                return true;
        return false;
    case N_CALL: {
        /* conversions and constant builtin calls are not function calls */
        if (n->mode == MODE_CONST)
            return false;
        Node *f = unparen(n->call.fun);
        if (f->mode != MODE_TYPE)
            return true;
        for (int i = 0; i < n->call.args.len; i++)
            if (check_has_call(n->call.args.items[i]))
                return true;
        return false;
    }
    default: return true;
    }
}

static void builtin_len(Checker *c, Node *call, Node *x) {
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID) {
        set_invalid(call);
        return;
    }
    Type *u = types_underlying(x->type);
    if (u->kind == TYPE_POINTER && types_underlying(u->elem)->kind == TYPE_ARRAY)
        u = types_underlying(u->elem);
    call->type = TYPE(TYPE_INT);
    call->mode = MODE_VALUE;
    if (types_is_string(u)) {
        if (x->mode == MODE_CONST) {
            int64_t len;
            const_string(x->cval, &len);
            call->mode = MODE_CONST;
            call->cval = const_make_int64(len);
        }
        check_set_final_type(x, TYPE(TYPE_STRING));
        return;
    }
    if (u->kind == TYPE_ARRAY) {
        if (!check_has_call(x)) {
            call->mode = MODE_CONST;
            call->cval = const_make_int64(u->len);
        }
        return;
    }
    if (u->kind == TYPE_SLICE)
        return;
    if (u->kind == TYPE_MAP || u->kind == TYPE_CHAN)
        return;
    check_error(check_start_pos(x), "invalid argument: %s for len", operand_string(x));
    set_invalid(call);
}

static bool printable(Type *t) {
    Type *u = types_underlying(t);
    return types_is_boolean(u) || types_is_numeric(u) || types_is_string(u) ||
           u->kind == TYPE_POINTER || u->kind == TYPE_UNSAFE_POINTER || u->kind == TYPE_SLICE ||
           u->kind == TYPE_MAP || u->kind == TYPE_CHAN || u->kind == TYPE_FUNC || u->kind == TYPE_INTERFACE;
}

static void builtin_print(Checker *c, Node *call, Object *b) {
    call->mode = MODE_NOVALUE;
    call->type = types_tuple(NULL, 0);
    if (call->call.args.len == 1) {
        /* println(f()) with a multi-valued f */
        Node *a = call->call.args.items[0];
        check_multi_expr(c, a);
        if (a->mode == MODE_INVALID || !a->type || a->type->kind != TYPE_TUPLE)
            goto single;
        for (int i = 0; i < a->type->nfields; i++)
            if (!printable(a->type->fields[i].type))
                check_error(check_start_pos(a), "illegal types for operand: %s\n\t%s", b->name,
                            types_string(a->type->fields[i].type));
        return;
    }
single:
    for (int i = 0; i < call->call.args.len; i++) {
        Node *a = call->call.args.items[i];
        if (call->call.args.len > 1)
            check_expr(c, a, NULL); /* a single argument was checked above */
        if (a->mode == MODE_INVALID)
            continue;
        Buf ctx = {0};
        buf_printf(&ctx, "argument to built-in %s", b->name);
        check_assignment(c, a, NULL, buf_cstr(&ctx));
        buf_free(&ctx);
        if (a->mode == MODE_INVALID)
            continue;
        Type *u = types_underlying(a->type);
        bool ok = printable(a->type) || u->kind == TYPE_INVALID;
        if (!ok)
            check_error(check_start_pos(a), "illegal types for operand: %s\n\t%s", b->name, types_string(a->type));
    }
    call->mode = MODE_NOVALUE;
    call->type = types_tuple(NULL, 0);
}

static void builtin_sizeof(Checker *c, Node *call, Object *b, Node *x) {
    if (b->builtin == BUILTIN_UNSAFE_OFFSETOF) {
        Node *s = unparen(x);
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) {
            set_invalid(call);
            return;
        }
        if (s->kind != N_SELECTOR || !s->selector.selection || s->selector.selection->kind != SEL_FIELD) {
            check_error(check_start_pos(x), "invalid argument: %s is not a selector expression", expr_string(x));
            set_invalid(call);
            return;
        }
        Selection *sel = s->selector.selection;
        Type *t = s->selector.x->type;
        if (t->kind == TYPE_POINTER)
            t = t->elem;
        int64_t off = 0;
        for (int i = 0; i < sel->npath; i++) {
            Type *u = types_underlying(t);
            types_layout(u);
            off += u->fields[sel->path[i]].offset;
            t = u->fields[sel->path[i]].type;
            if (t->kind == TYPE_POINTER && i + 1 < sel->npath) {
                check_error(check_start_pos(x), "invalid argument: field %s is embedded via a pointer in %s",
                           s->selector.sel->ident.name, expr_string(s->selector.x));
                set_invalid(call);
                return;
            }
        }
        set_uintptr_const(call, off);
        return;
    }
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID) {
        set_invalid(call);
        return;
    }
    check_assignment(c, x, NULL, arena_printf(perm_arena, "argument to %s", builtin_name(b)));
    types_layout(x->type);
    set_uintptr_const(call, b->builtin == BUILTIN_UNSAFE_SIZEOF ? x->type->size : x->type->align);
}

/* cap(x): arrays (constant), pointers to arrays, slices. */
static void builtin_cap(Checker *c, Node *call, Node *x) {
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID) {
        set_invalid(call);
        return;
    }
    Type *u = types_underlying(x->type);
    if (u->kind == TYPE_POINTER && types_underlying(u->elem)->kind == TYPE_ARRAY)
        u = types_underlying(u->elem);
    call->type = TYPE(TYPE_INT);
    call->mode = MODE_VALUE;
    if (u->kind == TYPE_ARRAY) {
        if (!check_has_call(x)) {
            call->mode = MODE_CONST;
            call->cval = const_make_int64(u->len);
        }
        return;
    }
    if (u->kind == TYPE_SLICE || u->kind == TYPE_CHAN)
        return;
    check_error(check_start_pos(x), "invalid argument: %s for cap", operand_string(x));
    set_invalid(call);
}

/* append(s, x...) and append(b, str...) ([]byte and string). */
static void builtin_append(Checker *c, Node *call, bool first_checked) {
    NodeList args = call->call.args;
    Node *s = args.items[0];
    if (!first_checked)
        check_expr(c, s, NULL);
    if (s->mode == MODE_INVALID) {
        for (int i = 1; i < args.len; i++)
            check_use(c, args.items[i]);
        set_invalid(call);
        return;
    }
    Type *st = s->type, *u = types_underlying(st);
    if (u->kind != TYPE_SLICE) {
        check_error(check_start_pos(s), "first argument to append must be a slice; %s",
                    st->kind == TYPE_UNTYPED_NIL ? "have untyped nil" : arena_printf(perm_arena, "have %s", operand_string(s)));
        for (int i = 1; i < args.len; i++)
            check_use(c, args.items[i]);
        set_invalid(call);
        return;
    }
    call->mode = MODE_VALUE;
    call->type = st;
    if (call->call.has_dots) {
        if (args.len != 2) {
            check_error(check_start_pos(call), "can only use ... with final argument in list");
            set_invalid(call);
            return;
        }
        Node *rest = args.items[1];
        check_expr(c, rest, NULL);
        if (rest->mode == MODE_INVALID)
            return;
        if (types_underlying(u->elem)->kind == TYPE_UINT8 && types_is_string(rest->type)) {
            check_set_final_type(rest, TYPE(TYPE_STRING));
            return;
        }
        check_assignment(c, rest, types_slice(u->elem), "argument to append");
        return;
    }
    for (int i = 1; i < args.len; i++) {
        Node *a = args.items[i];
        check_expr(c, a, NULL);
        if (a->mode != MODE_INVALID)
            check_assignment(c, a, u->elem, "argument to append");
    }
}

/* copy(dst, src) int: slices with identical element types (src may be a string for []byte). */
static void builtin_copy(Checker *c, Node *call) {
    Node *x = call->call.args.items[0], *y = call->call.args.items[1];
    check_expr(c, x, NULL);
    check_expr(c, y, NULL);
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        set_invalid(call);
        return;
    }
    Type *dst = types_underlying(x->type), *src = types_underlying(y->type);
    if (types_is_string(src))
        src = types_slice(types_byte);
    if (dst->kind != TYPE_SLICE || src->kind != TYPE_SLICE) {
        check_error(check_start_pos(x), "invalid argument: copy expects slice arguments; found %s and %s",
                    operand_string(x), operand_string(y));
        set_invalid(call);
        return;
    }
    if (!types_identical(dst->elem, src->elem)) {
        check_error(check_start_pos(x),
                    "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                    operand_string(x), operand_string(y), types_string(dst->elem), types_string(src->elem));
        set_invalid(call);
        return;
    }
    if (types_is_untyped(y->type))
        check_set_final_type(y, TYPE(TYPE_STRING));
    call->mode = MODE_VALUE;
    call->type = TYPE(TYPE_INT);
}

/* make([]T, len[, cap]), make(map[K]V[, n]), make(chan T[, n]). */
static void builtin_make(Checker *c, Node *call) {
    NodeList args = call->call.args;
    Node *arg0 = args.items[0];
    Type *t = check_type_expr(c, arg0);
    if (check_is_invalid(t)) {
        set_invalid(call);
        return;
    }
    Type *u = types_underlying(t);
    if (u->kind != TYPE_SLICE && u->kind != TYPE_MAP && u->kind != TYPE_CHAN) {
        check_error(check_start_pos(arg0), "invalid argument: cannot make %s; type must be slice, map, or channel",
                    expr_string(arg0));
        set_invalid(call);
        return;
    }
    int min = u->kind == TYPE_SLICE ? 2 : 1;
    if (args.len < min || args.len > min + 1) {
        check_error(check_start_pos(call), "invalid operation: %s expects %d or %d arguments; found %d",
                    expr_string(call), min, min + 1, args.len);
        set_invalid(call);
        return;
    }
    bool ok = true;
    for (int i = 1; i < args.len; i++)
        ok &= check_index(c, args.items[i], -1);
    if (ok && args.len == 3 && args.items[1]->mode == MODE_CONST && args.items[2]->mode == MODE_CONST &&
        const_compare(OP_GTR, args.items[1]->cval, args.items[2]->cval))
        check_error(check_start_pos(args.items[1]), "invalid argument: length and capacity swapped");
    call->mode = MODE_VALUE;
    call->type = t;
}

/* unsafe.Add(ptr, len) unsafe.Pointer; unsafe.Slice(ptr *T, len) []T */
static void builtin_unsafe_ptr(Checker *c, Node *call, Object *b) {
    Node *p = call->call.args.items[0], *n = call->call.args.items[1];
    check_expr(c, p, NULL);
    bool ok = p->mode != MODE_INVALID;
    if (ok && b->builtin == BUILTIN_UNSAFE_ADD) {
        check_assignment(c, p, TYPE(TYPE_UNSAFE_POINTER), "argument to unsafe.Add");
        ok = p->mode != MODE_INVALID;
    } else if (ok && types_underlying(p->type)->kind != TYPE_POINTER) {
        check_error(check_start_pos(p), "invalid argument: %s is not a pointer", operand_string(p));
        ok = false;
    }
    if (b->builtin == BUILTIN_UNSAFE_SLICE) {
        ok &= check_index(c, n, -1); /* any integer type; constants must be >= 0 */
    } else { /* unsafe.Add: any integer, negative too */
        check_expr(c, n, NULL);
        if (n->mode != MODE_INVALID && types_is_untyped(n->type))
            check_convert_untyped(c, n, TYPE(TYPE_INT));
        if (n->mode != MODE_INVALID && !types_is_integer(n->type)) {
            check_error(check_start_pos(n), "invalid argument: index %s must be integer", operand_string(n));
            ok = false;
        }
        ok &= n->mode != MODE_INVALID;
    }
    if (!ok) {
        set_invalid(call);
        return;
    }
    call->mode = MODE_VALUE;
    call->type = b->builtin == BUILTIN_UNSAFE_ADD ? TYPE(TYPE_UNSAFE_POINTER)
                                                  : types_slice(types_underlying(p->type)->elem);
}

/* close(ch) */
static void builtin_close(Checker *c, Node *call) {
    Node *ch = call->call.args.items[0];
    check_expr(c, ch, NULL);
    call->mode = MODE_NOVALUE;
    call->type = types_tuple(NULL, 0);
    if (ch->mode == MODE_INVALID)
        return;
    Type *u = types_underlying(ch->type);
    if (u->kind != TYPE_CHAN || u->dir == CHAN_RECV)
        check_error(check_start_pos(ch), "invalid operation: cannot close %s %s",
                    u->kind != TYPE_CHAN ? "non-channel" : "receive-only channel", operand_string(ch));
}

/* delete(m, k) */
static void builtin_delete(Checker *c, Node *call) {
    Node *m = call->call.args.items[0], *k = call->call.args.items[1];
    check_expr(c, m, NULL);
    check_expr(c, k, NULL);
    call->mode = MODE_NOVALUE;
    call->type = types_tuple(NULL, 0);
    if (m->mode == MODE_INVALID || k->mode == MODE_INVALID)
        return;
    Type *u = types_underlying(m->type);
    if (u->kind != TYPE_MAP) {
        check_error(check_start_pos(m), "invalid argument: %s is not a map", operand_string(m));
        return;
    }
    check_assignment(c, k, u->key, "argument to delete");
}

/* append(f()) and copy(f()) with a multi-valued f: the results are the
 * arguments. Returns false if the single argument is not a tuple. */
static bool tuple_builtin(Checker *c, Node *call, Object *b) {
    Node *a = call->call.args.items[0];
    check_multi_expr(c, a);
    if (a->mode == MODE_INVALID) {
        set_invalid(call);
        return true;
    }
    if (!a->type || a->type->kind != TYPE_TUPLE)
        return false;
    Type *tup = a->type, *s = tup->fields[0].type, *su = types_underlying(s);
    if (b->builtin == BUILTIN_DELETE) {
        Node tmp = {.kind = N_IDENT, .mode = MODE_VALUE, .type = tup->nfields == 2 ? tup->fields[1].type : NULL};
        if (tup->nfields != 2 || su->kind != TYPE_MAP || !check_assignable(su->key, &tmp))
            check_error(check_start_pos(a), "invalid argument: %s for delete", operand_string(a));
        call->mode = MODE_NOVALUE;
        call->type = types_tuple(NULL, 0);
        return true;
    }
    if (b->builtin == BUILTIN_COPY && tup->nfields != 2) {
        check_error(check_start_pos(call), "invalid operation: %s expects 2 arguments; found %d", expr_string(call),
                    tup->nfields);
        set_invalid(call);
        return true;
    }
    if (su->kind != TYPE_SLICE) {
        check_error(check_start_pos(a), b->builtin == BUILTIN_APPEND ? "first argument to append must be a slice; have %s"
                                                                     : "invalid argument: copy expects slice arguments; found %s",
                    types_string(s));
        set_invalid(call);
        return true;
    }
    for (int i = 1; i < tup->nfields; i++) {
        Type *vt = tup->fields[i].type, *want = su->elem;
        if (b->builtin == BUILTIN_COPY) {
            Type *vu = types_underlying(vt);
            vt = vu->kind == TYPE_SLICE ? vu->elem : types_is_string(vu) ? types_byte : vt;
        }
        Node tmp = {.kind = N_IDENT, .mode = MODE_VALUE, .type = vt};
        if (!check_assignable(want, &tmp) && !types_identical(vt, want)) {
            check_error(check_start_pos(a), "cannot use %s (value of type %s) as type %s in argument to %s",
                        expr_string(a), types_string(tup->fields[i].type), types_string(want), b->name);
            set_invalid(call);
            return true;
        }
    }
    call->mode = MODE_VALUE;
    call->type = b->builtin == BUILTIN_APPEND ? s : TYPE(TYPE_INT);
    return true;
}

void check_builtin_call(Checker *c, Node *call, Object *b) {
    NodeList args = call->call.args;
    bool supported = b->builtin == BUILTIN_LEN || b->builtin == BUILTIN_PRINT || b->builtin == BUILTIN_PRINTLN ||
                     b->builtin == BUILTIN_NEW || b->builtin == BUILTIN_PANIC || b->builtin == BUILTIN_CAP ||
                     b->builtin == BUILTIN_COPY || b->builtin == BUILTIN_MAKE || b->builtin == BUILTIN_DELETE || b->builtin == BUILTIN_CLOSE ||
                     b->builtin == BUILTIN_UNSAFE_SIZEOF || b->builtin == BUILTIN_UNSAFE_ALIGNOF ||
                     b->builtin == BUILTIN_UNSAFE_ADD || b->builtin == BUILTIN_UNSAFE_SLICE ||
                     b->builtin == BUILTIN_RECOVER || b->builtin == BUILTIN_COMPLEX ||
                     b->builtin == BUILTIN_REAL || b->builtin == BUILTIN_IMAG ||
                     b->builtin == BUILTIN_UNSAFE_OFFSETOF;
    if (call->call.has_dots && supported) {
        check_error(call->pos, "invalid operation: invalid use of ... with built-in %s", b->name);
        set_invalid(call);
        return;
    }
    bool first_checked = false;
    if ((b->builtin == BUILTIN_APPEND || b->builtin == BUILTIN_COPY || b->builtin == BUILTIN_DELETE) &&
        args.len == 1 && !call->call.has_dots) {
        if (tuple_builtin(c, call, b))
            return;
        first_checked = true; /* an ordinary single argument, checked already */
    }
    switch (b->builtin) {
    case BUILTIN_LEN:
        if (!arg_count(call, b, 1, 1)) break;
        builtin_len(c, call, args.items[0]);
        return;
    case BUILTIN_CAP:
        if (!arg_count(call, b, 1, 1)) break;
        builtin_cap(c, call, args.items[0]);
        return;
    case BUILTIN_APPEND:
        if (!arg_count(call, b, 1, -1)) break;
        builtin_append(c, call, first_checked);
        return;
    case BUILTIN_COPY:
        if (!arg_count(call, b, 2, 2)) break;
        builtin_copy(c, call);
        return;
    case BUILTIN_MAKE:
        if (!arg_count(call, b, 1, -1)) break;
        builtin_make(c, call);
        return;
    case BUILTIN_CLOSE:
        if (!arg_count(call, b, 1, 1)) break;
        builtin_close(c, call);
        return;
    case BUILTIN_DELETE:
        if (!arg_count(call, b, 2, 2)) break;
        builtin_delete(c, call);
        return;
    case BUILTIN_PRINT:
    case BUILTIN_PRINTLN:
        builtin_print(c, call, b);
        return;
    case BUILTIN_NEW: {
        if (!arg_count(call, b, 1, 1)) break;
        Type *t = check_type_expr(c, args.items[0]);
        call->mode = MODE_VALUE;
        call->type = types_pointer(t);
        return;
    }
    case BUILTIN_PANIC: {
        if (!arg_count(call, b, 1, 1)) break;
        Node *a = args.items[0];
        check_expr(c, a, NULL);
        /* the argument keeps its own (default) type; panic(nil) is an empty interface */
        if (a->mode != MODE_INVALID && a->type->kind == TYPE_UNTYPED_NIL)
            check_set_final_type(a, types_new(TYPE_INTERFACE));
        else if (a->mode != MODE_INVALID)
            check_assignment(c, a, NULL, "argument to panic");
        call->mode = MODE_NOVALUE;
        call->type = types_tuple(NULL, 0);
        return;
    }
    case BUILTIN_UNSAFE_ADD:
    case BUILTIN_UNSAFE_SLICE:
        if (!arg_count(call, b, 2, 2)) break;
        builtin_unsafe_ptr(c, call, b);
        return;
    case BUILTIN_RECOVER:
        if (!arg_count(call, b, 0, 0)) break;
        call->mode = MODE_VALUE;
        call->type = types_new(TYPE_INTERFACE); /* interface{} */
        return;
    case BUILTIN_COMPLEX:
        if (args.len == 1 && check_builtin_complex_tuple(c, call))
            return;
        if (!arg_count(call, b, 2, 2)) break;
        check_builtin_complex(c, call);
        return;
    case BUILTIN_REAL:
    case BUILTIN_IMAG:
        if (!arg_count(call, b, 1, 1)) break;
        check_builtin_real_imag(c, call, b->builtin == BUILTIN_REAL);
        return;
    case BUILTIN_UNSAFE_SIZEOF:
    case BUILTIN_UNSAFE_ALIGNOF:
    case BUILTIN_UNSAFE_OFFSETOF:
        if (!arg_count(call, b, 1, 1)) break;
        builtin_sizeof(c, call, b, args.items[0]);
        return;
    default:
        check_unsupported(c, call->pos, arena_printf(perm_arena, "the builtin %s", builtin_name(b)));
        break;
    }
    for (int i = 0; i < args.len; i++)
        check_use(c, args.items[i]);
    set_invalid(call);
}
