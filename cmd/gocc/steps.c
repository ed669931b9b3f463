/* steps.c - the steps a plan is made of: run a tool or gcc, make a
 * directory, write a small file, move or copy a file. Each step first
 * prints itself as a shell command when -x is set (with the work directory
 * written as $WORK, as `go build -x` does), then does its work. Once a step
 * has failed, d->failed is set and every later step does nothing. */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "diag.h"
#include "drv.h"

/* A signal (^C, SIGTERM, SIGHUP) that arrived during the build: the
 * running step dies of it too, the plan stops, the work directory is
 * removed, and then the driver dies of the same signal. */
static volatile sig_atomic_t interrupted;

static void on_signal(int sig) {
    interrupted = sig;
}

static void catch_signals(void) {
    struct sigaction sa = {0};
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
}

/* Whether the plan has stopped: a step failed or a signal came. */
static int stopped(Drv *d) {
    if (interrupted)
        d->failed = 1;
    return d->failed;
}

Vec *drv_args(const char *first, ...) {
    Vec *v = xcalloc(1, sizeof *v);
    va_list ap;
    va_start(ap, first);
    for (const char *s = first; s; s = va_arg(ap, const char *))
        vec_push(v, (void *)s);
    va_end(ap);
    return v;
}

void drv_add(Vec *args, ...) {
    va_list ap;
    va_start(ap, args);
    for (const char *s; (s = va_arg(ap, const char *)) != NULL;)
        vec_push(args, (void *)s);
    va_end(ap);
}

void drv_addv(Vec *args, Vec *more) {
    for (int i = 0; i < more->len; i++)
        vec_push(args, more->items[i]);
}

/* ---- printing (-x) ---- */

static int safe_char(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c && strchr("_./=+,:@%-", c));
}

/* Writes one word for the shell: the work directory becomes $WORK; a word
 * with other characters is double-quoted with ", \, $ and ` escaped. */
static void show_word(Drv *d, const char *s, FILE *f) {
    size_t wl = d->work ? strlen(d->work) : 0;
    int quote = !*s;
    for (const char *p = s; *p; p++)
        if (!safe_char((unsigned char)*p) && !(wl && strncmp(p, d->work, wl) == 0))
            quote = 1;
    if (quote)
        fputc('"', f);
    for (const char *p = s; *p; p++) {
        if (wl && strncmp(p, d->work, wl) == 0) {
            fputs("$WORK", f);
            p += wl - 1;
            continue;
        }
        if (quote && strchr("\"\\$`", *p))
            fputc('\\', f);
        fputc(*p, f);
    }
    if (quote)
        fputc('"', f);
}

void drv_show(Drv *d, const char *first, Vec *args) {
    if (!d->xflag && !d->nflag)
        return;
    fflush(stdout);
    if (first) {
        show_word(d, first, stderr);
        if (args->len)
            fputc(' ', stderr);
    }
    for (int i = 0; i < args->len; i++) {
        if (i)
            fputc(' ', stderr);
        show_word(d, VEC_AT(*args, const char *, i), stderr);
    }
    fputc('\n', stderr);
}

/* ---- running ---- */

/* Go's wording for a signal ("segmentation fault", "killed"): glibc's
 * name with a lower-case first letter. */
const char *drv_signal_text(Drv *d, int sig) {
    char *s = arena_strdup(d->arena, strsignal(sig));
    if (s[0] >= 'A' && s[0] <= 'Z')
        s[0] = (char)(s[0] - 'A' + 'a');
    return s;
}

/* Runs argv (argv[0] found through PATH unless it holds a '/') and waits.
 * Returns 0 if it exited with status 0. */
static int run(Drv *d, const char *what, Vec *argv) {
    vec_push(argv, NULL);
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "gocc: fork: %s\n", strerror(errno));
        return -1;
    }
    if (pid == 0) {
        char **av = (char **)argv->items;
        execvp(av[0], av);
        fprintf(stderr, "gocc: cannot run %s: %s\n", av[0], strerror(errno));
        _exit(127);
    }
    argv->len--;
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR)
            return -1;
    if (WIFSIGNALED(st) && !interrupted)
        fprintf(stderr, "gocc: %s: signal: %s\n", what, drv_signal_text(d, WTERMSIG(st)));
    return WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : -1;
}

void step_tool(Drv *d, Vec *args) {
    if (stopped(d))
        return;
    Vec argv = {0};
    drv_add(&argv, d->exe, "tool", NULL);
    drv_addv(&argv, args);
    drv_show(d, NULL, &argv);
    const char *what = arena_printf(d->arena, "tool %s", VEC_AT(*args, const char *, 0));
    if (!d->nflag && run(d, what, &argv) != 0)
        d->failed = 1;
    vec_free(&argv);
}

void step_cc(Drv *d, Vec *args) {
    if (stopped(d))
        return;
    Vec argv = {0};
    const char *cc = getenv("GOCC_CC");   /* default gcc; -ffixed-r14 needs gcc */
    vec_push(&argv, (void *)(cc && *cc ? cc : "gcc"));
    drv_addv(&argv, args);
    drv_show(d, NULL, &argv);
    if (!d->nflag && run(d, VEC_AT(argv, const char *, 0), &argv) != 0)
        d->failed = 1;
    vec_free(&argv);
}

/* Records the current directory for a reader of -x: the plan names the
 * user's files as they were given, relative to it (go build -x prints the
 * same line). The driver itself does not change directory. */
void step_cd(Drv *d) {
    char cwd[4096];
    if (stopped(d) || !getcwd(cwd, sizeof cwd))
        return;
    drv_show(d, "cd", drv_args(cwd, NULL));
}

/* ---- file steps ---- */

static int mkdir_p(const char *dir) {
    char path[4096];
    snprintf(path, sizeof path, "%s", dir);
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = 0;
        if (mkdir(path, 0777) != 0 && errno != EEXIST)
            return -1;
        *p = '/';
    }
    return mkdir(path, 0777) != 0 && errno != EEXIST ? -1 : 0;
}

void step_mkdir(Drv *d, const char *dir) {
    if (stopped(d))
        return;
    const char *shown = arena_printf(d->arena, "%s/", dir);
    drv_show(d, "mkdir", drv_args("-p", shown, NULL));
    if (d->nflag)
        return;
    if (mkdir_p(dir) != 0) {
        fprintf(stderr, "gocc: mkdir %s: %s\n", dir, strerror(errno));
        d->failed = 1;
    }
}

void step_write(Drv *d, const char *path, const char *text) {
    if (stopped(d))
        return;
    if (d->xflag || d->nflag) {
        fputs("cat >", stderr);
        show_word(d, path, stderr);
        fprintf(stderr, " << 'EOF' # internal\n%sEOF\n", text);
    }
    if (d->nflag)
        return;
    if (write_file(path, text, strlen(text)) != 0)
        d->failed = 1;
}

/* Copies from into a temporary file beside to, then renames it: the
 * destination is either the old file or the complete new one. */
static int copy_file(const char *from, const char *to) {
    size_t len;
    char *data = read_file(from, &len);
    struct stat st;
    if (!data || stat(from, &st) != 0)
        return -1;
    char *tmp = xmalloc(strlen(to) + 16);
    sprintf(tmp, "%s.tmp%d", to, (int)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, st.st_mode & 07777);
    int ok = fd >= 0 && write(fd, data, len) == (ssize_t)len;
    if (fd >= 0 && close(fd) != 0)
        ok = 0;
    if (ok && rename(tmp, to) != 0)
        ok = 0;
    if (!ok) {
        fprintf(stderr, "gocc: cp %s %s: %s\n", from, to, strerror(errno));
        unlink(tmp);
    }
    free(tmp);
    free(data);
    return ok ? 0 : -1;
}

/* Writes from's bytes into an existing special file such as /dev/null,
 * which a rename would replace. */
static int write_into(const char *from, const char *to) {
    size_t len;
    char *data = read_file(from, &len);
    int fd = data ? open(to, O_WRONLY | O_TRUNC) : -1;
    int ok = fd >= 0 && write(fd, data, len) == (ssize_t)len;
    if (fd >= 0)
        close(fd);
    if (!ok)
        fprintf(stderr, "gocc: write %s: %s\n", to, strerror(errno));
    free(data);
    return ok ? 0 : -1;
}

void step_mv(Drv *d, const char *from, const char *to) {
    if (stopped(d))
        return;
    drv_show(d, "mv", drv_args(from, to, NULL));
    if (d->nflag)
        return;
    struct stat st;
    if (stat(to, &st) == 0 && !S_ISREG(st.st_mode)) {
        if (write_into(from, to) != 0)
            d->failed = 1;
        return;
    }
    if (rename(from, to) == 0)
        return;
    if (errno != EXDEV) {
        fprintf(stderr, "gocc: mv %s %s: %s\n", from, to, strerror(errno));
        d->failed = 1;
    } else if (copy_file(from, to) != 0)
        d->failed = 1;
    else
        unlink(from);
}

void step_cp(Drv *d, const char *from, const char *to) {
    if (stopped(d))
        return;
    drv_show(d, "cp", drv_args(from, to, NULL));
    if (d->nflag)
        return;
    if (copy_file(from, to) != 0)
        d->failed = 1;
}

/* ---- the work directory ---- */

int drv_mkwork(Drv *d) {
    if (d->nflag) {   /* nothing runs: the plan names the directory $WORK */
        d->work = "$WORK";
        return 0;
    }
    const char *tmp = getenv("TMPDIR");
    char *dir = arena_printf(d->arena, "%s/gocc-build-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        fprintf(stderr, "gocc: cannot create work directory %s: %s\n", dir, strerror(errno));
        return -1;
    }
    d->work = dir;
    catch_signals();
    if (d->xflag || d->keepwork)
        fprintf(stderr, "WORK=%s\n", dir);
    return 0;
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st, (void)flag, (void)ftw;
    remove(path);
    return 0;
}

/* Removes the work directory unless -work asked to keep it; then, if a
 * signal stopped the build, dies of that signal. */
void drv_rmwork(Drv *d) {
    if (d->work && !d->keepwork && !d->nflag)
        nftw(d->work, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    if (interrupted) {
        signal(interrupted, SIG_DFL);
        raise(interrupted);
    }
}
