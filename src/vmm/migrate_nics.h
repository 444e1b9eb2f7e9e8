/* A live migration's NICs (docs/migration.md, "TAP NICs"): the handover of
 * their host endpoints at the switch-over, so that a tap both processes
 * hold on one host (a multi_queue one) carries the guest's frames to the
 * side that runs it, and only to it. */
#ifndef RVISOR_VMM_MIGRATE_NICS_H
#define RVISOR_VMM_MIGRATE_NICS_H

#include <stdbool.h>

#include "util/error.h"

struct vm;

/* Let every NIC's endpoint go (the source, paused, before GO; the
 * destination right after its build, until GO): all or none (those
 * released are taken back on a failure). -1 with e set. */
int migrate_nics_release(struct vm *vm, struct error *e);
/* Take every NIC's endpoint (the destination at GO; the source when the
 * migration failed after it released them). Tries them all, -1 with e
 * set naming the first that failed. */
int migrate_nics_take(struct vm *vm, struct error *e);
/* Some NIC has an endpoint to hand over (its take needs a request the
 * sandbox allows the API and migration threads only, not the main one). */
bool migrate_nics_any(struct vm *vm);

#endif
