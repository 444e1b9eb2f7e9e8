/* `rvisor vm console` and `rvisor vm logs --follow`: the client side of a
 * keeper's console socket (daemon/console_relay.h). */
#ifndef RVISOR_CLI_VM_CONSOLE_H
#define RVISOR_CLI_VM_CONSOLE_H

#include <stdbool.h>

/* The escape that detaches, as virsh's: Ctrl-]. */
#define VM_CONSOLE_ESCAPE 0x1d
/* History shown on attach, in bytes (cut to a line start). */
#define VM_CONSOLE_HISTORY 4096

/* Attach this terminal to VM `name`'s console socket `sock`: recent
 * history first, then the live output; keystrokes go to the guest (unless
 * read_only, or another client holds the input). A terminal is put in raw
 * mode and restored on every exit path. Ends on Ctrl-] (detached: the VM
 * runs on), at the end of input, or when the VM stops. Returns the exit
 * status of `rvisor vm` (0, or 1 when the console cannot be attached). */
int vm_console_attach(const char *sock, const char *name, bool read_only);

/* `logs --follow`: the console's history (its last `tail` lines, or all
 * of it when tail < 0), then the live output until the VM stops. */
int vm_console_follow(const char *sock, long tail);

#endif
