# rvisor build. `make` builds build/rvisor; `make test` runs every test;
# `make run` boots the default guest; `make bench` prints the figures;
# `make web` bundles the web dashboard into build/web.
# Builds run in parallel (one job per host core unless -jN is given) and
# print one short line per file; V=1 shows the full commands.
CC      ?= gcc
# CFLAGS is the user's (e.g. make CFLAGS="-O1 -g -fsanitize=address");
# the flags the code needs are in RV_CFLAGS and always apply.
CFLAGS  ?= -O2 -g
RV_CFLAGS := -std=gnu17 -Wall -Wextra -Werror -Isrc -I/usr/include/slirp -MMD -MP -D_GNU_SOURCE -pthread
# libmicrohttpd and libslirp are loaded with dlopen (src/util/lazylibs.h).
LDLIBS  += -lpthread -lm -lfdt -lz -lzstd -ljansson -lsqlite3 -ldl
# libseccomp: only the tests' reference filters (test_sandbox_bpf); rvisor
# builds its own programs and knows the syscall numbers (vmm/sandbox_nr.c).
TEST_LIBS := -lseccomp

# A -jN on the command line overrides this; sub-makes share the jobserver.
ifeq ($(MAKELEVEL),0)
MAKEFLAGS += -j$(shell nproc 2>/dev/null || echo 2)
endif

# Quiet by default: "  CC      src/cpu/hart.c"; V=1 prints the commands.
# (say starts the recipe line with @, which silences the whole line; the
# targets below call make for the builds with SUBFLAGS: -s drops "Nothing to
# be done" lines.)
ifeq ($(V),1)
say :=
SUBFLAGS := --no-print-directory
else
say = @printf '  %-7s %s\n' '$(1)' '$(2)';
SUBFLAGS := --no-print-directory -s
endif

B       := build
# src/relay/ is a program of its own (the sandbox's relay), built apart
# and embedded in rvisor as data (RELAY_BLOB).
# src/gen/ holds build-time generators (not part of rvisor).
SRCS    := $(shell find src -name '*.c' -not -path 'src/relay/*' -not -path 'src/gen/*' | sort)
RELAY_ELF  := $(B)/relay/rvisor-relay
RELAY_BLOB := $(B)/relay/relay_blob.o
OBJS    := $(SRCS:%.c=$(B)/%.o) $(RELAY_BLOB)
LIBOBJS := $(filter-out $(B)/src/cli/%,$(OBJS))

UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(B)/unit/%)

# Bare-metal RISC-V test programs (assembled with Debian's cross toolchain).
RV_CC     ?= riscv64-linux-gnu-gcc
RV_FLAGS  := -march=rv64gc_zba_zbb_zbc_zbs -mabi=lp64d -nostdlib -nostartfiles -static \
             -mcmodel=medany -fno-pie -no-pie -Wl,--build-id=none -Itests/isa/include -T tests/isa/include/link.ld
ISA_SRCS  := $(shell find tests/isa -name '*.S' -not -path '*/include/*' | sort)
ISA_ELFS  := $(ISA_SRCS:tests/isa/%.S=$(B)/isa/%.elf)

.PHONY: all deps test test-quick run bench guest clean format isa unit web fuzz fuzz-build fuzz-drivers

# The web dashboard (build/web, the daemon's default web root): our page in
# web/ plus the npm packages web/package-lock.json pins, installed into a
# cache outside the clone (scripts/npm-cache.sh). `make web` installs them
# (that needs the npm registry once); `make all` rebuilds build/web only
# when they are cached already, so a plain build never needs the network.
WEB_INPUTS := web/index.html web/package.json web/package-lock.json $(wildcard web/src/*) \
              scripts/web-bundle.sh scripts/npm-cache.sh
WEB_CACHED := $(shell scripts/npm-cache.sh --if-cached web 2>/dev/null)

all: $(B)/rvisor $(if $(WEB_CACHED),$(B)/web/index.html)

web: $(B)/web/index.html

$(B)/web/index.html: $(WEB_INPUTS)
	$(call say,WEB,$(B)/web)scripts/web-bundle.sh $(B)/web >/dev/null

# Every symbol bound at load, the GOT read-only after (full RELRO): no
# lazy binding's GOT writes later, which in the sandbox's VM process (a
# fork, docs/SECURITY.md "Cost") are copy-on-write faults, and no GOT
# entry for a memory bug to overwrite.
RV_LDFLAGS := -Wl,-z,relro,-z,now

# The relay (src/relay/relay.c): freestanding and static, a few pages that
# its exec maps; never the user's CFLAGS (a sanitizer there would need the
# C library it does without).
RELAY_FLAGS := -std=gnu17 -Wall -Wextra -Werror -D_GNU_SOURCE -Isrc -O2 -static -nostdlib -ffreestanding \
               -fno-pie -no-pie -fno-stack-protector -fno-asynchronous-unwind-tables \
               -fcf-protection=none -Wl,--build-id=none -Wl,-z,noexecstack -Wl,-z,norelro \
               -Wl,-z,noseparate-code -s

$(RELAY_ELF): src/relay/relay.c src/vmm/sandbox_pid.h
	@mkdir -p $(dir $@)
	$(call say,CC,$<)$(CC) $(RELAY_FLAGS) -o $@ $<

$(RELAY_BLOB): src/relay/relay_blob.S $(RELAY_ELF)
	$(call say,AS,$<)$(CC) -DRELAY_ELF='"$(RELAY_ELF)"' -c -o $@ $<

# The sandbox's filters for the common start, built now by a generator
# linked with the library that would build them at run time
# (vmm/sandbox_prebuilt.h): rvisor alone links them.
SBX_GEN := $(B)/gen/sandbox-filters
SBX_OBJ := $(B)/gen/sandbox_filters.o

$(SBX_GEN): src/gen/sandbox_filters.c $(LIBOBJS)
	@mkdir -p $(dir $@)
	$(call say,LD,$@)$(CC) $(CFLAGS) $(RV_CFLAGS) -o $@ $< $(LIBOBJS) $(LDLIBS)

$(B)/gen/sandbox_filters.c: $(SBX_GEN)
	$(call say,GEN,$@)$(SBX_GEN) >$@.tmp && mv $@.tmp $@

$(SBX_OBJ): $(B)/gen/sandbox_filters.c
	$(call say,CC,$<)$(CC) $(CFLAGS) $(RV_CFLAGS) -c -o $@ $<

$(B)/rvisor: $(OBJS) $(SBX_OBJ)
	$(call say,LD,$@)$(CC) $(CFLAGS) $(RV_CFLAGS) $(RV_LDFLAGS) -o $@ $^ $(LDLIBS)

$(B)/%.o: %.c
	@mkdir -p $(dir $@)
	$(call say,CC,$<)$(CC) $(CFLAGS) $(RV_CFLAGS) -c -o $@ $<

$(B)/unit/%: tests/unit/%.c $(LIBOBJS)
	@mkdir -p $(dir $@)
	$(call say,CC,$<)$(CC) $(CFLAGS) $(RV_CFLAGS) -Itests/unit -o $@ $< $(LIBOBJS) $(LDLIBS) $(TEST_LIBS)

# The one unit test of the filters built with rvisor links their object.
$(B)/unit/test_sandbox_prebuilt: tests/unit/test_sandbox_prebuilt.c $(LIBOBJS) $(SBX_OBJ)
	@mkdir -p $(dir $@)
	$(call say,CC,$<)$(CC) $(CFLAGS) $(RV_CFLAGS) -Itests/unit -o $@ $< $(LIBOBJS) $(SBX_OBJ) $(LDLIBS) $(TEST_LIBS)

$(B)/isa/%.elf: tests/isa/%.S $(wildcard tests/isa/include/*)
	@mkdir -p $(dir $@)
	$(call say,AS,$<)$(RV_CC) $(RV_FLAGS) -o $@ $<

isa: $(ISA_ELFS)
unit: $(UNIT_BINS)

# Fuzzing (tests/fuzz, docs/SECURITY.md "Fuzzing"). `make fuzz` builds every
# target (tests/fuzz/fuzz_NAME.c) with clang and libFuzzer, ASan and UBSan
# into build/fuzz/, then runs each for FUZZ_TIME seconds on its corpus
# (tests/fuzz/corpus/NAME/); FUZZ_TARGETS=qcow2,p9 picks some, FUZZ_JOBS
# runs that many at once, FUZZ_UPDATE_CORPUS=1 merges what they found into
# the corpus (else it stays in build/fuzz/found/). The library is compiled
# once for all targets; a target's objects are the library's plus its file.
FUZZ_CC    ?= clang
FUZZ_FLAGS := -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined \
              -fno-sanitize-recover=all -fno-sanitize=function
# clang (unlike gcc) warns about libseccomp's SCMP_CMP macros.
FUZZ_WARN  := -Wno-missing-field-initializers
FUZZ_SRCS  := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BINS  := $(FUZZ_SRCS:tests/fuzz/%.c=$(B)/fuzz/%)
FUZZ_OBJS  := $(filter-out $(B)/fuzz/obj/src/cli/%,$(SRCS:%.c=$(B)/fuzz/obj/%.o)) $(RELAY_BLOB)
# The same targets built with $(CC) and tests/fuzz/fuzz_driver.h's main():
# tests/cli/fuzz_corpus.sh replays every corpus file through them.
FUZZ_DRIVERS := $(FUZZ_SRCS:tests/fuzz/%.c=$(B)/fuzz-driver/%)

$(B)/fuzz/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(call say,CLANG,$<)$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link $(RV_CFLAGS) $(FUZZ_WARN) -c -o $@ $<

$(B)/fuzz/%: tests/fuzz/%.c $(FUZZ_OBJS) $(wildcard tests/fuzz/*.h)
	@mkdir -p $(dir $@)
	$(call say,CLANG,$@)$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer $(RV_CFLAGS) $(FUZZ_WARN) -Itests/unit \
		-o $@ $< $(FUZZ_OBJS) $(LDLIBS) $(TEST_LIBS)

$(B)/fuzz-driver/%: tests/fuzz/%.c $(LIBOBJS) $(wildcard tests/fuzz/*.h)
	@mkdir -p $(dir $@)
	$(call say,CC,$<)$(CC) $(CFLAGS) $(RV_CFLAGS) -DFUZZ_DRIVER -Itests/unit \
		-o $@ $< $(LIBOBJS) $(LDLIBS) $(TEST_LIBS)

# Kept after a link (make would delete them as intermediate files).
.SECONDARY: $(FUZZ_OBJS)
fuzz-build: $(FUZZ_BINS)
fuzz-drivers: $(FUZZ_DRIVERS)
unit: $(FUZZ_DRIVERS)

fuzz:
	@scripts/deps.sh test
	@$(MAKE) $(SUBFLAGS) fuzz-build
	@scripts/fuzz.sh run

# Debian packages, in three sets (scripts/deps.sh --help): `make run` needs
# the run set, `make test` adds the test set, `make bench` the bench set.
deps:
	@scripts/deps.sh bench

# The Debian image (scripts/image-debian.sh, cached like the guest, outside
# the clone): when it is not cached the test runner builds it in the
# background (niced) while the other tests run, and guest/slow_debian_image.py
# boots it (root and debootstrap needed, else it skips). About 9 minutes of
# a quiet 2-core host; RVISOR_TEST_IMAGE=0 leaves it out. `make
# debian-image` builds it alone.
test:
	@scripts/deps.sh test
	@$(MAKE) $(SUBFLAGS) all unit isa web
	@guest/build.sh >/dev/null
	@tests/run-tests.sh

debian-image:
	@scripts/deps.sh test
	@$(MAKE) $(SUBFLAGS) all
	@guest/build.sh >/dev/null
	scripts/image-debian.sh debian-13 -

# The fast subset (no Linux boots).
test-quick:
	@scripts/deps.sh test
	@$(MAKE) $(SUBFLAGS) all unit isa
	@RVISOR_QUICK=1 tests/run-tests.sh

# guest/build.sh installs the packages the guest build needs itself.
guest:
	@guest/build.sh

run:
	@scripts/deps.sh run
	@$(MAKE) $(SUBFLAGS) all
	@guest/build.sh >/dev/null
	$(B)/rvisor run

bench:
	@scripts/deps.sh bench
	@$(MAKE) $(SUBFLAGS) all isa
	@guest/build.sh >/dev/null
	@bench/run.sh

format:
	clang-format -i $(shell find src -name "*.[ch]") $(shell find tests/unit -name "*.h")

clean:
	rm -rf $(B)

-include $(OBJS:.o=.d) $(SBX_GEN).d $(SBX_OBJ:.o=.d) $(UNIT_BINS:=.d) $(FUZZ_OBJS:.o=.d) $(FUZZ_BINS:=.d) $(FUZZ_DRIVERS:=.d)
