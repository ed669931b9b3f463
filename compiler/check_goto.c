/* check_goto.c - where a goto may jump (Go spec "Goto statements"): not
 * into a block, and not forward over a variable declaration of the label's
 * block. The statement walk records blocks, statement indices, variable
 * declarations, labels and gotos; check_goto_resolve judges each goto. */
#include <string.h>

#include "arena.h"
#include "check.h"

typedef struct DeclMark {
    int index;          /* statement index in its block */
    Pos pos;            /* where Go reports the declaration (the := or the name) */
    const char *name;
} DeclMark;

typedef struct LabelInfo {
    BlockInfo *block;
    int index;
} LabelInfo;

typedef struct GotoInfo {
    Node *label;        /* the N_IDENT after goto */
    int depth;
    BlockInfo **blocks; /* the enclosing blocks at the goto, innermost first */
    int *indices;       /* the statement index in each of them */
} GotoInfo;

void check_block_enter(Checker *c, Pos start) {
    BlockInfo *b = ARENA_NEW(perm_arena, BlockInfo);
    b->parent = c->block;
    b->start = start;
    c->block = b;
}

void check_block_leave(Checker *c) { c->block = c->block->parent; }

void check_block_decl(Checker *c, Pos pos, const char *name) {
    if (!c->block)
        return;
    DeclMark *d = ARENA_NEW(perm_arena, DeclMark);
    d->index = c->block->index;
    d->pos = pos;
    d->name = name;
    vec_push(&c->block->decls, d);
}

void check_block_label(Checker *c, Object *label) {
    LabelInfo *li = ARENA_NEW(perm_arena, LabelInfo);
    li->block = c->block;
    li->index = c->block ? c->block->index : 0;
    label->check = li;
}

void check_block_goto(Checker *c, Node *label) {
    GotoInfo *g = ARENA_NEW(perm_arena, GotoInfo);
    g->label = label;
    for (BlockInfo *b = c->block; b; b = b->parent)
        g->depth++;
    g->blocks = ARENA_NEWN(perm_arena, BlockInfo *, g->depth ? g->depth : 1);
    g->indices = ARENA_NEWN(perm_arena, int, g->depth ? g->depth : 1);
    int i = 0;
    for (BlockInfo *b = c->block; b; b = b->parent, i++) {
        g->blocks[i] = b;
        g->indices[i] = b->index;
    }
    vec_push(&c->gotos, g);
}

static void judge(GotoInfo *g) {
    Object *o = g->label->ident.obj;
    LabelInfo *li = o ? o->check : NULL;
    if (!li || !li->block)
        return;
    int at = -1;
    for (int i = 0; i < g->depth && at < 0; i++)
        if (g->blocks[i] == li->block)
            at = i;
    if (at < 0) {
        Pos p = li->block->start;
        check_error(g->label->pos, "goto %s jumps into block starting at %s:%d:%d", o->name, p.file, p.line, p.col);
        return;
    }
    if (li->index <= g->indices[at])
        return; /* backward jumps are fine */
    DeclMark *last = NULL; /* Go names the last declaration jumped over */
    for (int i = 0; i < li->block->decls.len; i++) {
        DeclMark *d = li->block->decls.items[i];
        if (d->index > g->indices[at] && d->index < li->index)
            last = d;
    }
    if (last)
        check_error(g->label->pos, "goto %s jumps over declaration of %s at %s:%d:%d", o->name, last->name,
                    last->pos.file, last->pos.line, last->pos.col);
}

void check_goto_resolve(Checker *c) {
    for (int i = 0; i < c->gotos.len; i++)
        judge(c->gotos.items[i]);
    vec_free(&c->gotos);
}
