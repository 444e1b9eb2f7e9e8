/* --cloud-init: a NoCloud seed volume (CIDATA) attached as the last disk. */
#ifndef RVISOR_CLI_CLOUDINIT_H
#define RVISOR_CLI_CLOUDINIT_H

#include <stddef.h>

#include "util/error.h"
#include "vmm/vm.h"

/* Build the seed from spec (USER_DATA[,META_DATA]; without META_DATA an
 * instance-id derived from the user-data) in a sealed memfd, and append it
 * to cfg's disks, read-only, as path (a /proc/self/fd name kept in the
 * caller's buffer) with serial "cidata". *seed_fd is the memfd, which must
 * stay open while the VM runs. Returns 0, or -1 with e set. */
int cloudinit_attach(struct vm_config *cfg, const char *spec, int *seed_fd, char *path,
		     size_t pathlen, struct error *e);

#endif
