/* The daemon's graceful stop: pressing a VM's power button through its
 * per-VM API and learning whether the guest took the press
 * (docs/daemon.md, "Supervisor": stop). */
#ifndef RVISOR_DAEMON_POWER_H
#define RVISOR_DAEMON_POWER_H

#include <stdbool.h>

#include "util/error.h"

/* How long a guest has to take a press into its event buffers: a guest
 * with a running virtio-input driver takes it at once (the buffers are
 * posted ahead), one without a driver never does. */
#define POWER_TAKE_WAIT_MS 2000

/* Press the power button of the VM whose API is on `sock` (PUT /actions
 * powerdown), then wait up to POWER_TAKE_WAIT_MS until its input device
 * has no press pending. Returns true when the guest took it; false with
 * e saying why not (no input device, no driver in the guest, the VM is
 * paused, the API did not answer): the caller forces the stop at once. */
bool power_button_press(const char *sock, struct error *e);

#endif
