# compiler/rules.mk - embeds compiler/builtin/runtime.go (the builtin runtime
# declarations) into the compiler as a C string literal.

build/gen/compiler/builtin_runtime.inc: compiler/builtin/runtime.go
	@mkdir -p $(@D)
	sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $< > $@

build/obj/compiler/check_runtime.o: build/gen/compiler/builtin_runtime.inc
