# std/rules.mk - installs the standard packages gocc can compile today into
# pkg/linux_amd64/<path>.a (with their export data, __.PKGDEF) using
# `bin/gocc install std/<path>`, in dependency order: a package is listed
# after every package it imports, and is rebuilt when bin/gocc, runtime.a,
# its own files or an earlier package of the list change.
#
# Only packages that compile are listed. A listed package that fails to
# build prints a warning and leaves no archive; it does not stop `make`.

STD_PKGS := unicode/utf8 unicode unicode/utf16 math math/bits sync/atomic errors io strings bytes strconv sort container/heap container/list path path/filepath sync time reflect os io/ioutil bufio fmt flag math/rand log runtime/debug

STD_ARCHIVES :=
define std_rule
pkg/linux_amd64/$(1).a: bin/gocc pkg/linux_amd64/runtime.a $(wildcard std/$(1)/*.go std/$(1)/*.s) $(STD_ARCHIVES)
	@bin/gocc install std/$(1) || echo "warning: std/$(1) does not compile with gocc yet; skipped"
STD_ARCHIVES += pkg/linux_amd64/$(1).a
endef
$(foreach p,$(STD_PKGS),$(eval $(call std_rule,$(p))))

all: $(STD_ARCHIVES)
