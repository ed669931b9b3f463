/* tools.h - the entry point of each stage. bin/gocc is one binary; the driver
 * (cmd/gocc) runs `gocc tool NAME args...` by calling NAME's entry with argv
 * starting at the tool name, exactly as if it were its own program. */
#ifndef SUPPORT_TOOLS_H
#define SUPPORT_TOOLS_H

int compile_main(int argc, char **argv);   /* compiler/: Go source -> Plan 9 .s */
int asm_main(int argc, char **argv);       /* asm/: Plan 9 .s -> ELF .o */
int link_main(int argc, char **argv);      /* linker/: .o/.a -> static ELF executable */
int pack_main(int argc, char **argv);      /* linker/: build/append ar archives */
int nm_main(int argc, char **argv);        /* linker/: list symbols of .o/.a/executables */
int objdump_main(int argc, char **argv);   /* linker/: Go-syntax disassembly with file:line */

#endif
