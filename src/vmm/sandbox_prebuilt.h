/* The sandbox's filters built with rvisor (src/gen/sandbox_filters.c runs
 * at build time and prints them as C): a start that matches them (mode and
 * pid) installs these instead of building every kind's program from its
 * rules. Only rvisor links them; the unit tests and fuzz targets build
 * the filters at run time. */
#ifndef RVISOR_VMM_SANDBOX_PREBUILT_H
#define RVISOR_VMM_SANDBOX_PREBUILT_H

#include <linux/filter.h>

#include "vmm/sandbox.h"

struct sandbox_prebuilt {
	enum sandbox_mode mode;
	int pid; /* as the process sees itself: 1, the PID namespace's init */
	/* Read-only: the kernel copies a program when it installs it. */
	struct sock_fprog prog[SANDBOX_NKINDS];
};

/* Absent (its address NULL) where the generated object is not linked. */
extern const struct sandbox_prebuilt sandbox_prebuilt __attribute__((weak));

#endif
