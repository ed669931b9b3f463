# Makefile - builds bin/gocc (one binary: driver + compiler + assembler + linker),
# then the runtime and standard packages into pkg/linux_amd64/, and runs the tests.
#
#   make          build everything
#   make test     run every test suite; the last line is "N passed, M failed"
#
# Each stage folder may add rules in its own <folder>/rules.mk (included below).

CC      ?= gcc
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -Wall -Wextra -D_GNU_SOURCE -Isupport -Ibuild/gen -MMD -MP
LDLIBS  += -lgmp
RE2C    ?= re2c
BISON   ?= bison

# C sources of the tool binary: every .c in the stage folders, plus the
# sources generated from re2c (.re) and bison (.y) files.
TOOL_DIRS := support cmd/gocc compiler asm linker
TOOL_SRCS := $(foreach d,$(TOOL_DIRS),$(wildcard $(d)/*.c))
RE_SRCS   := $(foreach d,$(TOOL_DIRS),$(wildcard $(d)/*.re))
Y_SRCS    := $(foreach d,$(TOOL_DIRS),$(wildcard $(d)/*.y))
GEN_C     := $(RE_SRCS:%.re=build/gen/%.c) $(Y_SRCS:%.y=build/gen/%.tab.c)
GEN_H     := $(Y_SRCS:%.y=build/gen/%.tab.h)
TOOL_OBJS := $(TOOL_SRCS:%.c=build/obj/%.o) $(GEN_C:build/gen/%.c=build/obj/gen/%.o)

all: bin/gocc

bin/gocc: $(TOOL_OBJS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@ $(TOOL_OBJS) $(LDLIBS)

build/gen/%.c: %.re
	@mkdir -p $(@D)
	$(RE2C) -W --no-generation-date -o $@ $<

build/gen/%.tab.c build/gen/%.tab.h: %.y
	@mkdir -p $(@D)
	$(BISON) -Wall --defines=build/gen/$*.tab.h -o build/gen/$*.tab.c $<

# Generated headers must exist before any tool source is compiled.
build/obj/%.o: %.c | $(GEN_H)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -I$(<D) -Ibuild/gen/$(<D) -c -o $@ $<

build/obj/gen/%.o: build/gen/%.c | $(GEN_H)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Wno-unused-function -Wno-sign-compare -I$(*D) -Ibuild/gen/$(*D) -c -o $@ $<

-include $(TOOL_OBJS:.o=.d)

# Stage-specific rules (runtime and std packages, tests of a stage, ...).
-include $(wildcard */rules.mk)

# `make test` runs tests/run_all.sh: every tests/*_test.sh prints one line per
# case, "ok NAME" or "FAIL NAME: why"; the summary counts them.
test: all
	@tests/run_all.sh

clean:
	rm -rf build bin pkg

.PHONY: all test clean

# `make stress`: concurrency programs repeated under several GOMAXPROCS.
include tests/stress.mk

# Go's own test suite (needs Go's test files: installs golang-1.19-src if missing).
conformance: all
	@test -d /usr/share/go-1.19/test || apt-get install -y golang-1.19-src
	@command -v python3 >/dev/null || apt-get install -y python3
	@tests/conformance.py

.PHONY: conformance

# The default example: build examples/hello.go with gocc and run it.
example: all
	bin/gocc build -o build/hello examples/hello.go
	build/hello

.PHONY: example
