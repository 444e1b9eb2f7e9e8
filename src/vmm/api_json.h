/* The per-VM API's JSON request bodies parsed into the typed requests of
 * vmm/ops.h, without HTTP (so they can be fuzzed: tests/fuzz/fuzz_api.c).
 * Each parser takes the body as received (len 0: no body), refuses a body
 * that is not one JSON object, has duplicate or unknown fields, or fields
 * of the wrong type or value, and returns 0, or -1 with an ERR_INVALID
 * error whose message names the field and the reason. */
#ifndef RVISOR_VMM_API_JSON_H
#define RVISOR_VMM_API_JSON_H

#include <stddef.h>

#include "util/error.h"
#include "vmm/ops.h"

int api_parse_vm_state_request(const char *body, size_t len, struct vm_state_request *out,
			       struct error *e);
/* On success the caller frees out with snapshot_request_free. */
int api_parse_snapshot_request(const char *body, size_t len, struct snapshot_request *out,
			       struct error *e);
int api_parse_action_request(const char *body, size_t len, struct action_request *out,
			     struct error *e);
int api_parse_balloon_request(const char *body, size_t len, struct balloon_request *out,
			      struct error *e);
int api_parse_disk_limits_request(const char *body, size_t len, struct disk_limits_request *out,
				  struct error *e);
int api_parse_nic_limits_request(const char *body, size_t len, struct nic_limits_request *out,
				 struct error *e);
/* PUT /migrate {destination, downtime_ms, give_up}; on success the
 * caller frees out with migrate_request_free. */
int api_parse_migrate_request(const char *body, size_t len, struct migrate_request *out,
			      struct error *e);

#endif
