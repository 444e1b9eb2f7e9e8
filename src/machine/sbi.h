/* The SBI implementation rvisor provides to S-mode guests (no firmware),
 * as KVM does: a registry of extensions, one file each. */
#ifndef RVISOR_MACHINE_SBI_H
#define RVISOR_MACHINE_SBI_H

#include <stdbool.h>
#include <stdint.h>

struct hart;
struct machine_env;

enum {
	SBI_SUCCESS = 0,
	SBI_ERR_FAILED = -1,
	SBI_ERR_NOT_SUPPORTED = -2,
	SBI_ERR_INVALID_PARAM = -3,
	SBI_ERR_DENIED = -4,
	SBI_ERR_INVALID_ADDRESS = -5,
	SBI_ERR_ALREADY_AVAILABLE = -6,
	SBI_ERR_ALREADY_STARTED = -7,
	SBI_ERR_ALREADY_STOPPED = -8,
};

struct sbi_ret {
	int64_t error;
	uint64_t value;
};

struct sbi;

/* One SBI extension: the extension ids it answers and its handler.
 * `handled` = false leaves a0/a1 untouched (legacy calls return in a0 only). */
struct sbi_ext {
	const char *name;
	uint64_t eid_min, eid_max;
	struct sbi_ret (*call)(struct sbi *s, struct hart *h, uint64_t eid, uint64_t fid);
	bool legacy; /* legacy (v0.1) calls return a single value in a0 */
};

struct sbi {
	const struct machine_env *env;
	struct board *board; /* console input (shared with the UART) */
	int console_fd;	     /* where legacy putchar and DBCN write */
	uint64_t calls;	     /* counter */
};

struct board;
void sbi_init(struct sbi *s, const struct machine_env *env, struct board *board, int console_fd);
/* The hart hook: handles an ecall from S-mode. Always returns true. */
bool sbi_ecall(void *ctx, struct hart *h);

/* Harts named by (hart_mask, hart_mask_base) as in the SBI spec; calls fn
 * for each. Returns SBI_ERR_INVALID_PARAM when a named hart does not exist. */
int64_t sbi_for_each_hart(struct sbi *s, uint64_t mask, uint64_t base,
			  void (*fn)(struct sbi *s, struct hart *self, struct hart *target,
				     void *arg),
			  struct hart *self, void *arg);

const struct sbi_ext *sbi_find_ext(uint64_t eid);

/* The extensions (sbi_*.c). */
extern const struct sbi_ext sbi_ext_base, sbi_ext_time, sbi_ext_ipi, sbi_ext_rfence, sbi_ext_hsm,
    sbi_ext_srst, sbi_ext_dbcn, sbi_ext_legacy;

#endif
