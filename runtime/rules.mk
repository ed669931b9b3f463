# runtime/rules.mk - builds package runtime into pkg/linux_amd64/runtime.a
# (and its headers into pkg/include/) with `bin/gocc install runtime`, which
# runs the build contract's steps: asm -gensymabis, compile -asmhdr -cdefs of
# runtime2.go, asm of each .s, gcc of each .c, pack. Rebuilt when bin/gocc or
# any file of runtime/ is newer than the archive.

RUNTIME_FILES := $(wildcard runtime/*.go runtime/*.s runtime/*.c runtime/*.h runtime/include/*.h)

all: pkg/linux_amd64/runtime.a

pkg/linux_amd64/runtime.a: bin/gocc $(RUNTIME_FILES)
	bin/gocc install runtime
