/* main.c - the gocc command: dispatches `gocc build|run|tool|version|help`. */
#include <stdio.h>
#include <string.h>

#include "tools.h"

static const struct {
    const char *name;
    int (*main)(int, char **);
} tools[] = {
    {"compile", compile_main}, {"asm", asm_main}, {"link", link_main},
    {"pack", pack_main},       {"nm", nm_main},
};

static void usage(FILE *f) {
    fprintf(f, "usage: gocc <command> [arguments]\n\n"
               "commands:\n"
               "  build [-o out] [-x] [-work] [-S] file.go...   compile and link\n"
               "  run file.go [args]                           build and run\n"
               "  tool compile|asm|link|pack|nm args...        run one stage\n"
               "  version                                      print the version\n"
               "  help                                         this text\n");
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "tool") == 0) {
        if (argc < 3) {
            usage(stderr);
            return 2;
        }
        for (size_t i = 0; i < sizeof tools / sizeof tools[0]; i++)
            if (strcmp(argv[2], tools[i].name) == 0)
                return tools[i].main(argc - 2, argv + 2);
        fprintf(stderr, "gocc tool: no such tool \"%s\"\n", argv[2]);
        return 2;
    }
    if (strcmp(cmd, "version") == 0) {
        printf("gocc version 0.1 linux/amd64\n");
        return 0;
    }
    if (strcmp(cmd, "help") == 0) {
        usage(stdout);
        return 0;
    }
    fprintf(stderr, "gocc %s: unknown command\n", cmd);
    usage(stderr);
    return 2;
}
