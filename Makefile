# rvisor build. `make` builds build/rvisor; `make test` runs every test;
# `make run` boots the default guest; `make bench` prints the figures.
CC      ?= gcc
# CFLAGS is the user's (e.g. make CFLAGS="-O1 -g -fsanitize=address");
# the flags the code needs are in RV_CFLAGS and always apply.
CFLAGS  ?= -O2 -g
RV_CFLAGS := -std=gnu17 -Wall -Wextra -Werror -Isrc -I/usr/include/slirp -MMD -MP -D_GNU_SOURCE -pthread
LDLIBS  += -lpthread -lm -lfdt -lz -lmicrohttpd -ljansson -lslirp

B       := build
SRCS    := $(shell find src -name '*.c' | sort)
OBJS    := $(SRCS:%.c=$(B)/%.o)
LIBOBJS := $(filter-out $(B)/src/cli/%,$(OBJS))

UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(B)/unit/%)

# Bare-metal RISC-V test programs (assembled with Debian's cross toolchain).
RV_CC     ?= riscv64-linux-gnu-gcc
RV_FLAGS  := -march=rv64gc_zba_zbb_zbs -mabi=lp64d -nostdlib -nostartfiles -static \
             -mcmodel=medany -fno-pie -no-pie -Wl,--build-id=none -Itests/isa/include -T tests/isa/include/link.ld
ISA_SRCS  := $(shell find tests/isa -name '*.S' -not -path '*/include/*' | sort)
ISA_ELFS  := $(ISA_SRCS:tests/isa/%.S=$(B)/isa/%.elf)

.PHONY: all deps test test-quick run bench guest clean format isa unit

all: $(B)/rvisor

$(B)/rvisor: $(OBJS)
	$(CC) $(CFLAGS) $(RV_CFLAGS) -o $@ $^ $(LDLIBS)

$(B)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(RV_CFLAGS) -c -o $@ $<

$(B)/unit/%: tests/unit/%.c $(LIBOBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(RV_CFLAGS) -Itests/unit -o $@ $< $(LIBOBJS) $(LDLIBS)

$(B)/isa/%.elf: tests/isa/%.S $(wildcard tests/isa/include/*)
	@mkdir -p $(dir $@)
	$(RV_CC) $(RV_FLAGS) -o $@ $<

isa: $(ISA_ELFS)
unit: $(UNIT_BINS)

deps:
	@scripts/deps.sh

test: deps
	@$(MAKE) --no-print-directory all unit isa
	@guest/build.sh >/dev/null
	@tests/run-tests.sh

# The fast subset (no Linux boots).
test-quick: all unit isa
	@RVISOR_QUICK=1 tests/run-tests.sh

guest: deps
	@guest/build.sh

run: deps
	@$(MAKE) --no-print-directory all
	@guest/build.sh >/dev/null
	$(B)/rvisor run

bench: deps
	@$(MAKE) --no-print-directory all isa
	@guest/build.sh >/dev/null
	@bench/run.sh

format:
	clang-format -i $(SRCS) $(shell find src tests/unit -name '*.h')

clean:
	rm -rf $(B)

-include $(OBJS:.o=.d) $(UNIT_BINS:=.d)
