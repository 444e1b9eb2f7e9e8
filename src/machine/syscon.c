/* syscon (sifive,test): guest poweroff/reboot requests become VM exits; its
 * FDT adds the syscon-poweroff and syscon-reboot nodes Linux drives it by. */
#include "machine/syscon.h"

#include <libfdt.h>
#include <stdatomic.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>

#include "machine/board.h"
#include "machine/fdt.h"
#include "state/stream.h"
#include "cpu/hart.h"
#include "machine/env.h"
#include "mem/bus.h"

struct syscon {
	const struct machine_env *env;
	uint64_t base;
};

static bool syscon_read(void *dev, uint64_t off, unsigned size, uint64_t *val)
{
	(void)dev;
	(void)off;
	(void)size;
	*val = 0; /* regmap_update_bits reads before it writes */
	return true;
}

static bool syscon_write(void *dev, uint64_t off, unsigned size, uint64_t val)
{
	struct syscon *s = dev;
	if (off != 0 || size < 2)
		return true; /* ignored */
	uint32_t v = (uint32_t)val;
	int code = (int)(size >= 4 ? v >> 16 : 0);
	switch (v & 0xffff) {
	case SYSCON_PASS:
		env_request_exit(s->env, VM_EXIT_POWEROFF, 0);
		break;
	case SYSCON_FAIL:
		env_request_exit(s->env, VM_EXIT_POWEROFF, code);
		break;
	case SYSCON_RESET:
		env_request_exit(s->env, VM_EXIT_REBOOT, 0);
		break;
	default:
		break;
	}
	return true;
}

static const struct mmio_ops syscon_mmio = {.read = syscon_read, .write = syscon_write};

struct syscon *syscon_create(const struct machine_env *env, uint64_t base)
{
	struct syscon *s = calloc(1, sizeof(*s));
	if (!s)
		return NULL;
	s->env = env;
	s->base = base;
	if (bus_add_mmio(env->bus, base, VIRT_SYSCON_SIZE, &syscon_mmio, s, "syscon") < 0) {
		errno = EADDRINUSE; /* the address range is taken (board_create says so) */
		free(s);
		return NULL;
	}
	return s;
}

void syscon_destroy(struct syscon *s)
{
	free(s);
}

static void syscon_dev_destroy(void *dev)
{
	syscon_destroy(dev);
}

static int syscon_fdt_soc(void *dev, void *fdt, const struct board_fdt_ctx *ctx)
{
	struct syscon *s = dev;
	static const char compat[] = "sifive,test1\0sifive,test0\0syscon";
	char name[32];
	snprintf(name, sizeof(name), "test@%llx", (unsigned long long)s->base);
	int rc;
	if ((rc = fdt_begin_node(fdt, name)) < 0 ||
	    (rc = fdt_property_u32(fdt, "phandle", ctx->syscon_phandle)) < 0 ||
	    (rc = bfdt_reg(fdt, s->base, VIRT_SYSCON_SIZE)) < 0 ||
	    (rc = bfdt_strings(fdt, "compatible", compat, sizeof(compat))) < 0)
		return rc;
	return fdt_end_node(fdt);
}

static int regmap_node(void *fdt, const char *name, const char *compat, uint32_t value,
		       uint32_t phandle)
{
	int rc;
	if ((rc = fdt_begin_node(fdt, name)) < 0 ||
	    (rc = fdt_property_u32(fdt, "value", value)) < 0 ||
	    (rc = fdt_property_u32(fdt, "offset", 0)) < 0 ||
	    (rc = fdt_property_u32(fdt, "regmap", phandle)) < 0 ||
	    (rc = fdt_property_string(fdt, "compatible", compat)) < 0)
		return rc;
	return fdt_end_node(fdt);
}

/* The poweroff node only for firmware (OpenSBI implements SRST with it).
 * When rvisor provides SBI, Linux's SBI code claims pm_power_off first (SRST,
 * or the legacy shutdown call) and syscon-poweroff's probe then fails with
 * "probe of poweroff failed with error -16" (-EBUSY) on every boot. The
 * reboot node stays: syscon-reboot adds a restart handler beside SBI's and
 * never fails. */
static int syscon_fdt_root(void *dev, void *fdt, const struct board_fdt_ctx *ctx)
{
	(void)dev;
	if (!ctx->vmm_sbi) {
		int rc = regmap_node(fdt, "poweroff", "syscon-poweroff", SYSCON_PASS,
				     ctx->syscon_phandle);
		if (rc < 0)
			return rc;
	}
	return regmap_node(fdt, "reboot", "syscon-reboot", SYSCON_RESET, ctx->syscon_phandle);
}

/* Section "SYSC" v1: empty (the device has no state; the section exists so
 * that a stream names every device of the machine). */
#define SYSCON_STATE_VERSION 1

static int syscon_save(void *dev, struct ss_writer *w)
{
	(void)dev;
	return w->failed ? -1 : 0;
}

static int syscon_load(void *dev, struct ss_reader *r, bool apply, char *err, size_t errlen)
{
	(void)dev;
	(void)apply;
	if (r->version != SYSCON_STATE_VERSION) {
		snprintf(err, errlen,
			 "syscon state version %u is not supported (this rvisor reads %u)",
			 r->version, SYSCON_STATE_VERSION);
		return -1;
	}
	if (r->len != 0) {
		snprintf(err, errlen, "syscon state section is oversized");
		return -1;
	}
	return 0;
}

const struct board_dev_ops syscon_dev_ops = {
    .name = "syscon",
    .section_id = SS_ID('S', 'Y', 'S', 'C'),
    .version = SYSCON_STATE_VERSION,
    .fdt_soc = syscon_fdt_soc,
    .fdt_root = syscon_fdt_root,
    .save = syscon_save,
    .load = syscon_load,
    .destroy = syscon_dev_destroy,
};
