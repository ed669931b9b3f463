/* mem_trees.c - binary trees (mem_trees.go in C, depth DEPTH, default 18):
 * millions of short-lived typed nodes (pointer bitmap 0b011) and one
 * long-lived tree, through runtime.mallocgc. Prints what the Go program
 * prints; with GODEBUG=gccheck=1 a node freed too early would be poisoned
 * and break the checks. Ends with the collector's pause statistics on
 * stderr lines starting with "#". */
#include "mem_test.h"

#ifndef DEPTH
#define DEPTH 18
#endif

struct node {
    struct node *left, *right;
    intptr_t val;
};

static const uint8_t node_gcdata[] = {0x3};
static const struct rtt_type node_type = {
    .size = sizeof(struct node), .ptrdata = 16, .align = 8, .fieldalign = 8,
    .kind = 25 /* struct */, .gcdata = node_gcdata,
};

static struct node *bottomup(int d) {
    struct node *n = rt_mallocgc(sizeof *n, &node_type, 1);
    if (d > 0) {
        n->left = bottomup(d - 1);
        n->right = bottomup(d - 1);
        n->val = d;
    }
    return n;
}

static intptr_t check(struct node *n) {
    if (n->left == NULL)
        return 1;
    return 1 + check(n->left) + check(n->right);
}

static void line3(const char *a, intptr_t x, const char *b, intptr_t y) {
    pr(a);
    rt_printint(x);
    pr(b);
    rt_printint(y);
    rt_printnl();
}

void main_main(void) __asm__("main.main");
void main_main(void) {
    int maxdepth = DEPTH;
    line3("stretch tree of depth ", maxdepth + 1, " check: ", check(bottomup(maxdepth + 1)));
    struct node *longlived = bottomup(maxdepth);
    for (int d = 4; d <= maxdepth; d += 2) {
        intptr_t iters = (intptr_t)1 << (maxdepth - d + 4), sum = 0;
        for (intptr_t i = 0; i < iters; i++)
            sum += check(bottomup(d));
        rt_printint(iters);
        line3(" trees of depth ", d, " check: ", sum);
    }
    line3("long lived tree of depth ", maxdepth, " check: ", check(longlived));
    struct rtt_memstats ms;
    rt_ReadMemStats(&ms);
    uint64_t maxp = 0;
    for (int i = 0; i < 256; i++)
        if (ms.pausens[i] > maxp)
            maxp = ms.pausens[i];
    pr("# NumGC ");
    rt_printint(ms.numgc);
    pr(" PauseTotalNs ");
    rt_printint((int64_t)ms.pausetotalns);
    pr(" max pause ns ");
    rt_printint((int64_t)maxp);
    pr(" HeapSys ");
    rt_printint((int64_t)ms.heapsys);
    pr(" Mallocs ");
    rt_printint((int64_t)ms.mallocs);
    pr(" Frees ");
    rt_printint((int64_t)ms.frees);
    rt_printnl();
}
