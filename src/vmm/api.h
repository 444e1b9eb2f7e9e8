/* The per-VM REST API (`rvisor run --api-socket PATH`): HTTP/1.1 with JSON
 * bodies on a unix socket, served by libmicrohttpd on its own thread.
 * docs/api/openapi.yaml is the reference; in short:
 *   GET   /vm               state, vCPUs, memory, instructions, uptime
 *   PATCH /vm               {"state": "paused" | "running"}
 *   PUT   /snapshot/create  {"snapshot_path", "mem_file_path", "snapshot_type": "full",
 *                           "overwrite": false}
 *   PUT   /actions          {"action_type": "shutdown" | "reboot"}
 *   GET   /disks/{index}    a disk's rate limits and throttling counters
 *   PATCH /disks/{index}    {"rate_limiter": {"bandwidth": {...}, "ops": {...}}}
 *   GET   /network-interfaces/{index}  a NIC's rate limits and counters
 *   PATCH /network-interfaces/{index}  {"rx_rate_limiter": {...}, "tx_rate_limiter": {...}}
 *   GET   /balloon          target, actual, the guest's memory statistics
 *   PUT   /balloon          {"amount_mib": N}: new balloon target
 * Errors carry {"fault_message": "..."}. Requests are served one at a time.
 * The operations themselves are vmm/ops.h; the body parsers vmm/api_json.h.
 */
#ifndef RVISOR_VMM_API_H
#define RVISOR_VMM_API_H

#include <stddef.h>

struct vm;
struct api;

#define API_MAX_BODY (64u << 10)

/* Create the socket (a stale socket file left by a dead process is
 * replaced; a live one or another kind of file is an error) and start
 * serving. Returns NULL with a message in err. */
struct api *api_start(const char *socket_path, char *err, size_t errlen);
/* The VM the API controls. Until attached (and after detach), requests
 * get 503. `no_snapshot` (may be NULL) is why snapshots are refused for
 * this machine. Detach waits for a request in progress to finish. */
void api_attach(struct api *a, struct vm *vm, const char *no_snapshot);
void api_detach(struct api *a);
/* Stop serving, remove the socket file, free. */
void api_stop(struct api *a);

#endif
