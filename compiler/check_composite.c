/* check_composite.c - composite literals (struct, array and slice literals,
 * with elided inner types) and slice expressions a[lo:hi:max]. */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "check.h"

static void set_invalid(Node *n) {
    n->mode = MODE_INVALID;
    n->type = TYPE(TYPE_INVALID);
    n->cval = NULL;
}

static void composite(Checker *c, Node *n, Type *t);

/* An element value: an elided composite literal takes the element type. */
static void element(Checker *c, Node *v, Type *elem, const char *context) {
    if (v->kind == N_COMPOSITE_LIT && !v->composite.type) {
        Type *u = types_underlying(elem);
        if (u->kind == TYPE_POINTER) {
            composite(c, v, u->elem);
            if (v->mode != MODE_INVALID) {
                v->type = elem; /* &T{...} */
                v->mode = MODE_VALUE;
            }
            return;
        }
        composite(c, v, elem);
        return;
    }
    check_expr(c, v, NULL);
    if (v->mode != MODE_INVALID)
        check_assignment(c, v, elem, context);
}

static void struct_lit(Checker *c, Node *n, Type *t, Type *u) {
    NodeList elts = n->composite.elts;
    if (elts.len == 0)
        return;
    bool keyed = elts.items[0]->kind == N_KEY_VALUE;
    const char *ctx = "struct literal";
    if (keyed) {
        bool *seen = ARENA_NEWN(perm_arena, bool, u->nfields + 1);
        for (int i = 0; i < elts.len; i++) {
            Node *kv = elts.items[i];
            if (kv->kind != N_KEY_VALUE) {
                check_error(check_start_pos(kv), "mixture of field:value and value elements in struct literal");
                continue;
            }
            Node *key = kv->kv.key;
            if (key->kind != N_IDENT) {
                check_error(check_start_pos(key), "invalid field name %s in struct literal", expr_string(key));
                continue;
            }
            int f = -1;
            for (int j = 0; j < u->nfields; j++)
                if (!strcmp(u->fields[j].name, key->ident.name))
                    f = j;
            if (f < 0) {
                check_error(key->pos, "unknown field %s in struct literal of type %s", key->ident.name,
                           types_string(t));
                check_use(c, kv->kv.value);
                continue;
            }
            if (seen[f])
                check_error(key->pos, "duplicate field name %s in struct literal", key->ident.name);
            seen[f] = true;
            key->mode = MODE_VARIABLE;
            key->type = u->fields[f].type;
            kv->mode = MODE_VALUE;
            kv->type = u->fields[f].type;
            element(c, kv->kv.value, u->fields[f].type, ctx);
        }
        return;
    }
    for (int i = 0; i < elts.len; i++) {
        Node *v = elts.items[i];
        if (v->kind == N_KEY_VALUE) {
            check_error(check_start_pos(v), "mixture of field:value and value elements in struct literal");
            continue;
        }
        if (i >= u->nfields) {
            check_error(check_start_pos(v), "too many values in %s{…}", types_string(t));
            return;
        }
        element(c, v, u->fields[i].type, ctx);
    }
    if (elts.len < u->nfields)
        check_error(n->composite.rbrace, "too few values in %s{…}", types_string(t));
}

/* Array or slice elements; returns the literal's length (max index + 1). */
static int64_t array_lit(Checker *c, Node *n, Type *elem, int64_t limit) {
    NodeList elts = n->composite.elts;
    int64_t idx = 0, max = 0;
    StrMap seen = {0};
    for (int i = 0; i < elts.len; i++) {
        Node *v = elts.items[i];
        if (v->kind == N_KEY_VALUE) {
            Node *k = v->kv.key;
            check_expr(c, k, NULL);
            if (k->mode == MODE_CONST && types_is_integer(k->type) && const_to_int(k->cval) &&
                const_sign(k->cval) >= 0 && const_fits_uint(k->cval, (uint64_t)1 << 40)) {
                check_set_final_type(k, types_is_untyped(k->type) ? TYPE(TYPE_INT) : k->type);
                idx = const_int64(k->cval);
            } else if (k->mode != MODE_INVALID) {
                check_error(check_start_pos(k), "index %s must be integer constant", expr_string(k));
            }
            v->mode = MODE_VALUE;
            v->type = elem;
            v = v->kv.value;
        }
        if (limit >= 0 && idx >= limit)
            check_error(check_start_pos(v), "index %lld is out of bounds (>= %lld)", (long long)idx,
                       (long long)limit);
        char key[32];
        int kn = snprintf(key, sizeof key, "%lld", (long long)idx);
        if (strmap_getn(&seen, key, (size_t)kn))
            check_error(check_start_pos(elts.items[i]), "duplicate index %lld in array or slice literal",
                       (long long)idx);
        strmap_putn(&seen, key, (size_t)kn, v);
        element(c, v, elem, "array or slice literal");
        idx++;
        if (idx > max)
            max = idx;
    }
    strmap_free(&seen);
    return max;
}

static void use_elements(Checker *c, Node *n) {
    for (int i = 0; i < n->composite.elts.len; i++) {
        Node *e = n->composite.elts.items[i];
        if (e->kind == N_KEY_VALUE) {
            if (e->kv.key->kind != N_IDENT)
                check_use(c, e->kv.key);
            e = e->kv.value;
        }
        if (e->kind == N_COMPOSITE_LIT && !e->composite.type)
            use_elements(c, e);
        else
            check_use(c, e);
    }
}

/* map[K]V{k: v, ...}: every element keyed; constant keys must differ. */
static void map_lit(Checker *c, Node *n, Type *u) {
    StrMap seen = {0};
    for (int i = 0; i < n->composite.elts.len; i++) {
        Node *e = n->composite.elts.items[i];
        if (e->kind != N_KEY_VALUE) {
            check_error(check_start_pos(e), "missing key in map literal");
            check_use(c, e);
            continue;
        }
        element(c, e->kv.key, u->key, "map literal");
        Node *k = e->kv.key;
        if (k->mode == MODE_CONST && k->cval) {
            const char *key = arena_printf(perm_arena, "%s|%s", types_string(k->type), const_text(k->cval));
            if (strmap_get(&seen, key))
                check_error(check_start_pos(k), "duplicate key %s in map literal", expr_string(k));
            strmap_put(&seen, key, k);
        }
        e->mode = MODE_VALUE;
        e->type = u->elem;
        element(c, e->kv.value, u->elem, "map literal");
    }
    strmap_free(&seen);
}

static void composite(Checker *c, Node *n, Type *t) {
    Type *u = types_underlying(t);
    n->type = t;
    n->mode = MODE_VALUE;
    switch (u->kind) {
    case TYPE_STRUCT: struct_lit(c, n, t, u); break;
    case TYPE_ARRAY: array_lit(c, n, u->elem, u->len); break;
    case TYPE_SLICE: array_lit(c, n, u->elem, -1); break;
    case TYPE_MAP: map_lit(c, n, u); break;
    case TYPE_INVALID:
        use_elements(c, n);
        set_invalid(n);
        break;
    default:
        check_error(check_start_pos(n), "invalid composite literal type %s", types_string(t));
        set_invalid(n);
        break;
    }
}

void check_composite_lit(Checker *c, Node *n) {
    Node *tx = n->composite.type;
    if (!tx) {
        check_error(n->pos, "missing type in composite literal");
        set_invalid(n);
        return;
    }
    /* [...]T{...}: the length comes from the elements */
    if (tx->kind == N_ARRAY_TYPE && tx->array_type.len && tx->array_type.len->kind == N_ELLIPSIS) {
        Type *elem = check_type_expr(c, tx->array_type.elem);
        int64_t len = array_lit(c, n, elem, -1);
        Type *t = types_array(elem, len);
        tx->mode = MODE_TYPE;
        tx->type = t;
        n->type = t;
        n->mode = MODE_VALUE;
        return;
    }
    Type *t = check_type_expr(c, tx);
    composite(c, n, t);
}

/* ---- slice expressions ---- */

static bool slice_index(Checker *c, Node *i, int64_t *val) {
    *val = -1;
    if (!i)
        return true;
    check_expr(c, i, NULL);
    if (i->mode == MODE_INVALID)
        return false;
    if (i->mode == MODE_CONST && types_is_untyped(i->type)) {
        check_convert_untyped(c, i, TYPE(TYPE_INT));
        if (i->mode == MODE_INVALID)
            return false;
    }
    if (!types_is_integer(i->type)) {
        check_error(check_start_pos(i), "invalid argument: index %s must be integer", operand_string(i));
        return false;
    }
    if (i->mode == MODE_CONST) {
        if (const_sign(i->cval) < 0) {
            check_error(check_start_pos(i), "invalid argument: index %s must not be negative", operand_string(i));
            return false;
        }
        *val = const_int64(i->cval);
    }
    return true;
}

/* The type of x[lo:hi:max] (n->type) and x's length if known; false after an error. */
static bool sliced_type(Node *n, Node *x, int64_t *length) {
    Type *u = types_underlying(x->type);
    *length = -1;
    switch (u->kind) {
    case TYPE_STRING: case TYPE_UNTYPED_STRING:
        if (n->slice.slice3) {
            check_error(check_start_pos(n), "invalid operation: 3-index slice of string");
            return false;
        }
        if (x->mode == MODE_CONST)
            const_string(x->cval, length);
        if (types_is_untyped(x->type))
            check_set_final_type(x, TYPE(TYPE_STRING));
        n->type = x->type;
        return true;
    case TYPE_ARRAY:
        if (x->mode != MODE_VARIABLE) {
            check_error(check_start_pos(x), "invalid operation: %s (slice of unaddressable value)", operand_string(x));
            return false;
        }
        *length = u->len;
        n->type = types_slice(u->elem);
        check_mark_addr_taken(x);
        return true;
    case TYPE_SLICE:
        n->type = x->type;
        return true;
    case TYPE_POINTER:
        if (types_underlying(u->elem)->kind == TYPE_ARRAY) {
            *length = types_underlying(u->elem)->len;
            n->type = types_slice(types_underlying(u->elem)->elem);
            return true;
        }
        /* fall through */
    default:
        check_error(check_start_pos(x), "invalid operation: cannot slice %s", operand_string(x));
        return false;
    }
}

/* lo <= hi <= max, each within the length when known. */
static bool slice_indices(Checker *c, Node *n, int64_t length) {
    int64_t v[3];
    Node *idx[3] = {n->slice.lo, n->slice.hi, n->slice.max};
    for (int i = 0; i < 3; i++) {
        if (!slice_index(c, idx[i], &v[i]))
            return false;
        if (v[i] >= 0 && length >= 0 && v[i] > length) {
            check_error(check_start_pos(idx[i]), "invalid argument: index %lld out of bounds [0:%lld]",
                        (long long)v[i], (long long)length + 1);
            return false;
        }
    }
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (v[i] >= 0 && v[j] >= 0 && v[i] > v[j]) {
                check_error(check_start_pos(idx[j]), "invalid slice indices: %lld < %lld", (long long)v[j],
                            (long long)v[i]);
                return false;
            }
    return true;
}

void check_slice_expr(Checker *c, Node *n) {
    Node *x = n->slice.x;
    check_expr(c, x, NULL);
    int64_t length;
    if (x->mode == MODE_INVALID || !sliced_type(n, x, &length)) {
        check_use(c, n->slice.lo);
        check_use(c, n->slice.hi);
        check_use(c, n->slice.max);
        set_invalid(n);
        return;
    }
    n->mode = MODE_VALUE;
    if (!slice_indices(c, n, length))
        set_invalid(n);
}
