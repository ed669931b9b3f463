/* tb.c - a Go-style traceback from runtime.functab, as the runtime will
 * print it: for each frame (frame-pointer chain) "name(...)" then
 * "\tfile:line +0xoff", or just "name(...)" for functions without lines.
 * It reads the table exactly as docs/pcln.md describes it. */
struct ftentry { unsigned long entry, end; const char *name; };
struct ftlines { const unsigned char *lines; const char *const *files; };
extern const struct { unsigned long n; struct ftentry e[]; } functab __asm__("runtime.functab");

static long sys3(long n, long a, long b, long c) {
    long r;
    __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
    return r;
}
static void say(const char *s) {
    long n = 0;
    while (s[n])
        n++;
    sys3(1, 1, (long)s, n);
}
static void sayhex(unsigned long v) {
    char b[20], *p = b + sizeof b;
    *--p = 0;
    do *--p = "0123456789abcdef"[v & 15]; while (v >>= 4);
    say("0x");
    say(p);
}
static void saydec(long v) {
    char b[24], *p = b + sizeof b;
    *--p = 0;
    do *--p = (char)('0' + v % 10); while (v /= 10);
    say(p);
}
static unsigned long uleb(const unsigned char **p) {
    unsigned long r = 0;
    int s = 0;
    unsigned char c;
    do { c = *(*p)++; r |= (unsigned long)(c & 0x7f) << s; s += 7; } while (c & 0x80);
    return r;
}
static long sleb(const unsigned char **p) {
    long r = 0;
    int s = 0;
    unsigned char c;
    do { c = *(*p)++; r |= (long)(c & 0x7f) << s; s += 7; } while (c & 0x80);
    if (s < 64 && (c & 0x40))
        r |= -1L << s;
    return r;
}
/* pc -> function index, or -1 */
static long findfunc(unsigned long pc) {
    long lo = 0, hi = (long)functab.n - 1;
    while (lo <= hi) {
        long mid = (lo + hi) / 2;
        if (pc < functab.e[mid].entry) hi = mid - 1;
        else if (pc >= functab.e[mid].end) lo = mid + 1;
        else return mid;
    }
    return -1;
}
/* file:line of pc in function i; 0 if the function has no line data */
static int pcline(long i, unsigned long pc, const char **file, long *line) {
    const struct ftlines *x = (const struct ftlines *)&functab.e[functab.n] + i;
    if (!x->lines)
        return 0;
    const unsigned char *p = x->lines;
    unsigned long n = uleb(&p), at = functab.e[i].entry;
    long l = 0;
    int found = 0;
    for (unsigned long k = 0; k < n; k++) {
        at += uleb(&p);
        unsigned long f = uleb(&p);
        l += sleb(&p);
        if (at > pc)
            break;
        *file = x->files[f];
        *line = l;
        found = 1;
    }
    return found;
}
static void frame(unsigned long pc, int innermost) {
    long i = findfunc(innermost ? pc : pc - 1);
    const char *file;
    long line;
    if (i < 0) {
        say("?\n");
        return;
    }
    say(functab.e[i].name);
    say("(...)\n");
    if (pcline(i, innermost ? pc : pc - 1, &file, &line)) {
        say("\t");
        say(file);
        say(":");
        saydec(line);
        say(" +");
        sayhex(pc - functab.e[i].entry);
        say("\n");
    }
}
/* Every row of every line table as "0xaddr file:line", for addr2line to check. */
static void dumplines(void) {
    const struct ftlines *x = (const struct ftlines *)&functab.e[functab.n];
    for (unsigned long i = 0; i < functab.n; i++) {
        if (!x[i].lines)
            continue;
        const unsigned char *p = x[i].lines;
        unsigned long n = uleb(&p), at = functab.e[i].entry;
        long l = 0;
        for (unsigned long k = 0; k < n; k++) {
            at += uleb(&p);
            unsigned long f = uleb(&p);
            l += sleb(&p);
            sayhex(at);
            say(" ");
            say(x[i].files[f]);
            say(":");
            saydec(l);
            say("\n");
        }
    }
}

__attribute__((noinline)) int traceback(void) {
    unsigned long *fp = __builtin_frame_address(0);
    frame((unsigned long)&traceback, 1);
    for (int depth = 0; fp && depth < 10; depth++) {
        frame(fp[1], 0);
        fp = (unsigned long *)fp[0];
    }
    say("--\n");
    dumplines();
    return 0;
}
