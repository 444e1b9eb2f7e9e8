/* SBI DBCN extension (EID "DBCN"): debug console writes from guest memory. */
#include <unistd.h>

#include "cpu/hart.h"
#include "machine/board.h"
#include "machine/sbi.h"
#include "cpu/hart.h"
#include "machine/env.h"
#include "mem/bus.h"

static struct sbi_ret dbcn_call(struct sbi *s, struct hart *h, uint64_t eid, uint64_t fid)
{
	(void)eid;
	switch (fid) {
	case 0: { /* console_write(num_bytes, base_lo, base_hi): physical address */
		uint64_t n = h->x[10], pa = h->x[11];
		if (h->x[12] != 0 || !bus_is_ram(s->env->bus, pa, n))
			return (struct sbi_ret){SBI_ERR_INVALID_PARAM, 0};
		const uint8_t *p = bus_ram_ptr(s->env->bus, pa, n);
		ssize_t w = n ? write(s->console_fd, p, n) : 0;
		return (struct sbi_ret){w < 0 ? SBI_ERR_FAILED : SBI_SUCCESS,
					w < 0 ? 0 : (uint64_t)w};
	}
	case 1: { /* console_read(num_bytes, base_lo, base_hi): what input waits */
		uint64_t n = h->x[10], pa = h->x[11], got = 0;
		if (h->x[12] != 0 || !bus_is_ram(s->env->bus, pa, n))
			return (struct sbi_ret){SBI_ERR_INVALID_PARAM, 0};
		for (int c; got < n && s->board && (c = board_console_getchar(s->board)) >= 0;
		     got++) {
			uint8_t byte = (uint8_t)c;
			bus_copy_to_guest(s->env->bus, pa + got, &byte, 1);
		}
		return (struct sbi_ret){SBI_SUCCESS, got};
	}
	case 2: { /* console_write_byte */
		char c = (char)h->x[10];
		if (write(s->console_fd, &c, 1) < 0)
			return (struct sbi_ret){SBI_ERR_FAILED, 0};
		return (struct sbi_ret){SBI_SUCCESS, 0};
	}
	}
	return (struct sbi_ret){SBI_ERR_NOT_SUPPORTED, 0};
}

const struct sbi_ext sbi_ext_dbcn = {"dbcn", 0x4442434E, 0x4442434E, dbcn_call, false};
