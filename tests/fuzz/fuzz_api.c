/* Fuzz target for the per-VM API's JSON request parsing (vmm/api_json.c):
 * the input is a request body, given to every request parser (PATCH /vm,
 * PUT /snapshot/create, PUT /actions, PUT /balloon, PATCH /disks/{index},
 * PATCH /network-interfaces/{index}). Besides crashes and sanitizer
 * reports, it aborts when a parser breaks its contract: a refusal must be
 * ERR_INVALID (or ERR_IO for memory) with a message, and an accepted
 * request must be one the operations may trust (two different non-empty
 * snapshot paths, a known state or action, buckets that are off or have a
 * rate, at least one NIC limiter).
 *
 * libFuzzer + ASan:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc -I/usr/include/slirp \
 *         -D_GNU_SOURCE tests/fuzz/fuzz_api.c ALL_SOURCES_BUT_SRC_CLI \
 *         -lfdt -lz -lmicrohttpd -ljansson -lslirp -lm -o fuzz_api
 *   ./fuzz_api CORPUS_DIR
 * tests/unit/test_api_fuzz.c runs it over mutated request bodies in
 * `make test`. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vmm/api_json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Which parsers accepted the last input (bit k: parser k), for the tests. */
static unsigned fuzz_api_accepted;

static void fuzz_fail(const char *what)
{
	fprintf(stderr, "fuzz_api: %s\n", what);
	abort();
}

static void refused_well(const struct error *e)
{
	if (e->cls != ERR_INVALID && e->cls != ERR_IO)
		fuzz_fail("a refusal with a class other than invalid or I/O");
	if (!e->msg[0] || !memchr(e->msg, 0, sizeof(e->msg)))
		fuzz_fail("a refusal without a message");
}

static void bucket_ok(const struct ratelimit_bucket_cfg *b)
{
	if (!b->rate && (b->size || b->one_time_burst))
		fuzz_fail("a bucket without a rate but with a size or burst");
}

static void limiter_ok(const struct limiter_update *u)
{
	if (u->set_bytes)
		bucket_ok(&u->bytes);
	if (u->set_ops)
		bucket_ok(&u->ops);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A copy of exactly size bytes: a read past the body is ASan's. */
	char *body = malloc(size ? size : 1);
	if (!body)
		return 0;
	memcpy(body, data, size);
	struct error e;
	unsigned ok = 0;

	struct vm_state_request st;
	e.cls = ERR_NONE;
	if (api_parse_vm_state_request(body, size, &st, &e) == 0) {
		ok |= 1;
		if (st.state != VM_STATE_PAUSED && st.state != VM_STATE_RUNNING)
			fuzz_fail("an unknown state accepted");
	} else {
		refused_well(&e);
	}

	struct snapshot_request sn;
	e.cls = ERR_NONE;
	if (api_parse_snapshot_request(body, size, &sn, &e) == 0) {
		ok |= 2;
		if (!sn.snapshot_path || !sn.mem_file_path || !*sn.snapshot_path ||
		    !*sn.mem_file_path || strcmp(sn.snapshot_path, sn.mem_file_path) == 0)
			fuzz_fail("snapshot paths accepted empty or equal");
		snapshot_request_free(&sn);
	} else {
		refused_well(&e);
		if (sn.snapshot_path || sn.mem_file_path)
			fuzz_fail("a refused snapshot request still holds paths");
	}

	struct action_request ac;
	e.cls = ERR_NONE;
	if (api_parse_action_request(body, size, &ac, &e) == 0) {
		ok |= 4;
		if (ac.action != VM_ACTION_SHUTDOWN && ac.action != VM_ACTION_REBOOT)
			fuzz_fail("an unknown action accepted");
	} else {
		refused_well(&e);
	}

	struct balloon_request bl;
	e.cls = ERR_NONE;
	if (api_parse_balloon_request(body, size, &bl, &e) == 0) {
		ok |= 8;
		if (bl.amount_mib > (uint64_t)INT64_MAX)
			fuzz_fail("a balloon target beyond a JSON integer");
	} else {
		refused_well(&e);
	}

	struct disk_limits_request dl;
	e.cls = ERR_NONE;
	if (api_parse_disk_limits_request(body, size, &dl, &e) == 0) {
		ok |= 16;
		limiter_ok(&dl.limiter);
	} else {
		refused_well(&e);
	}

	struct nic_limits_request nl;
	e.cls = ERR_NONE;
	if (api_parse_nic_limits_request(body, size, &nl, &e) == 0) {
		ok |= 32;
		if (!nl.set_rx && !nl.set_tx)
			fuzz_fail("a NIC request without a limiter accepted");
		limiter_ok(&nl.rx);
		limiter_ok(&nl.tx);
	} else {
		refused_well(&e);
	}

	struct migrate_request mg;
	e.cls = ERR_NONE;
	if (api_parse_migrate_request(body, size, &mg, &e) == 0) {
		ok |= 64;
		if (!mg.destination || !*mg.destination || strlen(mg.destination) > 512 ||
		    mg.downtime_ms > MIGRATE_MAX_DOWNTIME_MS)
			fuzz_fail("a migration destination or downtime out of bounds accepted");
		migrate_request_free(&mg);
	} else {
		refused_well(&e);
		if (mg.destination)
			fuzz_fail("a refused migration request still holds its destination");
	}

	fuzz_api_accepted = ok;
	free(body);
	return 0;
}

#ifdef FUZZ_DRIVER
#include "fuzz_driver.h"
#endif
