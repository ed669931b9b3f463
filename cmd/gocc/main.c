/* main.c - the gocc command: dispatches `gocc build|run|install|env|tool|
 * version|help` to the driver (build.c) or to a stage's entry (tools.h). */
#include <stdio.h>
#include <string.h>

#include "drv.h"
#include "tools.h"

static const struct {
    const char *name;
    int (*main)(int, char **);
} tools[] = {
    {"compile", compile_main}, {"asm", asm_main}, {"link", link_main},
    {"pack", pack_main},       {"nm", nm_main}, {"objdump", objdump_main},
};

static const struct {
    const char *name;
    int (*main)(int, char **);
} commands[] = {
    {"build", drv_build}, {"run", drv_run}, {"install", drv_install}, {"env", drv_env},
};

static void usage(FILE *f) {
    fprintf(f, "gocc is a compiler for a subset of Go, written in C.\n\n"
               "usage: gocc <command> [arguments]\n\n"
               "commands:\n"
               "  build [-o out] [build flags] file.go...|dir   compile and link package main\n"
               "  run [build flags] file.go...|dir [args]       build and run it\n"
               "  install [build flags] package...              build runtime or std/PKG into pkg/linux_amd64\n"
               "  env [var...]                                  print gocc's settings\n"
               "  tool compile|asm|link|pack|nm args...         run one stage\n"
               "  version                                       print the version\n"
               "  help                                          this text\n\n"
               "build flags:\n"
               "  -n     print the steps as shell commands, run none\n"
               "  -x     print the steps as shell commands while running them\n"
               "  -work  print the work directory's name and keep it\n"
               "  -S     print the assembly listing of package main (build, run)\n"
               "  -v     print the names of packages as they are built\n\n"
               "gocc finds its runtime and packages under GOCCROOT (default: the\n"
               "directory above the one holding the gocc binary); runtime.a is rebuilt\n"
               "when it is older than runtime/ or the gocc binary.\n");
}

static int tool(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: gocc tool compile|asm|link|pack|nm args...\n");
        return 2;
    }
    for (size_t i = 0; i < sizeof tools / sizeof tools[0]; i++)
        if (strcmp(argv[1], tools[i].name) == 0)
            return tools[i].main(argc - 1, argv + 1);
    fprintf(stderr, "gocc tool: no such tool \"%s\"\n", argv[1]);
    return 2;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "tool") == 0)
        return tool(argc - 1, argv + 1);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(cmd, commands[i].name) == 0)
            return commands[i].main(argc - 1, argv + 1);
    if (strcmp(cmd, "version") == 0 && argc == 2) {
        printf("gocc version 0.1 linux/amd64\n");
        return 0;
    }
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
        if (argc > 2) {
            fprintf(stderr, "gocc help %s: unknown help topic. Run 'gocc help'.\n", argv[2]);
            return 2;
        }
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "version") == 0) {
        fprintf(stderr, "usage: gocc version\n");
        return 2;
    }
    fprintf(stderr, "gocc %s: unknown command\nRun 'gocc help' for usage.\n", cmd);
    return 2;
}
