# runtime/rules.mk - builds package runtime into pkg/linux_amd64/runtime.a
# (and its headers into pkg/include/) with `bin/gocc install runtime`, which
# runs the build contract's steps: asm -gensymabis, compile -asmhdr -cdefs of
# runtime2.go, asm of each .s, gcc of each .c, pack. Rebuilt when bin/gocc or
# any file of runtime/ is newer than the archive.
#
# Until every stage it needs is built into bin/gocc (a placeholder stage
# says "not built yet"), a failing install is reported and skipped instead of
# failing every `make`; remove the guard once the compiler has landed.

RUNTIME_FILES := $(wildcard runtime/*.go runtime/*.s runtime/*.c runtime/*.h runtime/include/*.h)

all: pkg/linux_amd64/runtime.a

pkg/linux_amd64/runtime.a: bin/gocc $(RUNTIME_FILES)
	@echo "bin/gocc install runtime"; \
	out=$$(bin/gocc install runtime 2>&1); rc=$$?; \
	if [ -n "$$out" ]; then echo "$$out"; fi; \
	if [ $$rc -ne 0 ]; then \
		if echo "$$out" | grep -q 'not built yet'; then \
			echo "runtime/rules.mk: a stage is not built yet; runtime.a skipped"; \
		else exit $$rc; fi; \
	fi
