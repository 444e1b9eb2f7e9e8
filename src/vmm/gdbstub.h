/* The GDB stub: `rvisor run --gdb tcp:127.0.0.1:PORT | unix:PATH` lets one
 * debugger at a time (gdb-multiarch) hold the VM: registers, memory,
 * breakpoints, single-step, every hart as a thread (docs/gdb.md). */
#ifndef RVISOR_VMM_GDBSTUB_H
#define RVISOR_VMM_GDBSTUB_H

#include <stdbool.h>

#include "util/error.h"

struct gdbstub;
struct vm;

/* Listen on spec ("tcp:HOST:PORT" or "unix:PATH"). A TCP host other than
 * a loopback address is refused unless any_address is set: whoever
 * connects controls the guest completely. wait: the first machine starts
 * paused until a debugger connects and resumes it. Port 0 picks a free
 * port; the address bound is printed on stderr. Returns NULL with e set. */
struct gdbstub *gdbstub_listen(const char *spec, bool any_address, bool wait, struct error *e);
/* Start the stub's thread (after the sandbox is prepared, so that it gets
 * a filter). Returns 0, or -1 with e set. */
int gdbstub_start(struct gdbstub *g, struct error *e);
/* Each machine: before vm_run (it may pause the VM), and after it with the
 * process's exit status (a connected debugger is told the VM exited). */
void gdbstub_attach(struct gdbstub *g, struct vm *vm);
void gdbstub_detach(struct gdbstub *g, int exit_code);
/* Stop the thread, close the sockets (a unix socket's file is removed). */
void gdbstub_close(struct gdbstub *g);

#endif
