/* Fuzz target for the daemon's storage request parsing: the input is a
 * request body, given to the volume create/import parser (POST /volumes),
 * the volume resize parser (POST /volumes/{name}/resize) and the snapshot
 * create parser (POST /vms/{name}/snapshots). Besides crashes and
 * sanitizer reports, it aborts when a parser breaks its contract: a
 * refusal must be ERR_INVALID with a message; an accepted request must be
 * one the daemon may act on (valid names, a size in range, a format of
 * qcow2 or raw, an absolute source path, an import without size, format
 * or backing, a description without control characters).
 *
 * libFuzzer + ASan:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc -I/usr/include/slirp \
 *         -D_GNU_SOURCE tests/fuzz/fuzz_storage.c ALL_SOURCES_BUT_SRC_CLI \
 *         -lfdt -lz -lmicrohttpd -ljansson -lslirp -lsqlite3 -lm -o fuzz_storage
 *   ./fuzz_storage CORPUS_DIR
 * tests/unit/test_storage_fuzz.c runs it over mutated bodies in `make test`. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/snapshots.h"
#include "daemon/spec.h"
#include "daemon/volumes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Which parsers accepted the last input (bit 0 volume create, 1 volume
 * resize, 2 snapshot create), for the tests. */
static unsigned fuzz_storage_accepted;

static void storage_fail(const char *what)
{
	fprintf(stderr, "fuzz_storage: %s\n", what);
	abort();
}

static void storage_refused_well(const struct error *e)
{
	if (e->cls != ERR_INVALID)
		storage_fail("a refusal with a class other than invalid");
	if (!e->msg[0] || !memchr(e->msg, 0, sizeof(e->msg)))
		storage_fail("a refusal without a message");
}

static void volume_ok(const struct vol_request *r, bool create)
{
	if (r->size > VOL_SIZE_MAX)
		storage_fail("a size out of range accepted");
	if (!create) {
		if (!r->size)
			storage_fail("a resize without a size accepted");
		return;
	}
	if (!spec_name_ok(r->name))
		storage_fail("an invalid volume name accepted");
	if (r->backing[0] && !spec_name_ok(r->backing))
		storage_fail("an invalid backing name accepted");
	if (r->source[0]) {
		if (r->source[0] != '/' || strlen(r->source) > SPEC_STR_MAX)
			storage_fail("a relative or overlong source accepted");
		if (r->size || r->backing[0] || r->format[0])
			storage_fail("an import with a size, format or backing accepted");
		return;
	}
	if (strcmp(r->format, "qcow2") != 0 && strcmp(r->format, "raw") != 0)
		storage_fail("a format other than qcow2 or raw accepted");
	if (!r->size && !r->backing[0])
		storage_fail("a volume without size or backing accepted");
	if (r->backing[0] && strcmp(r->format, "raw") == 0)
		storage_fail("a raw overlay accepted");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A copy of exactly size bytes: a read past the body is ASan's. */
	char *body = malloc(size ? size : 1);
	if (!body)
		return 0;
	memcpy(body, data, size);
	unsigned ok = 0;
	struct error e;
	struct vol_request r;
	for (int create = 1; create >= 0; create--) {
		e.cls = ERR_NONE;
		if (vol_parse_request(body, size, create, &r, &e) == 0) {
			ok |= create ? 1 : 2;
			volume_ok(&r, create);
		} else {
			storage_refused_well(&e);
		}
	}
	struct snap_create_req s;
	e.cls = ERR_NONE;
	if (snap_parse_create(body, size, &s, &e) == 0) {
		ok |= 4;
		if (!spec_name_ok(s.name))
			storage_fail("an invalid snapshot name accepted");
		for (const char *c = s.description; *c; c++)
			if ((unsigned char)*c < 0x20 && *c != '\n' && *c != '\t')
				storage_fail("a control character in a description accepted");
	} else {
		storage_refused_well(&e);
	}
	fuzz_storage_accepted = ok;
	free(body);
	return 0;
}

#ifdef FUZZ_DRIVER
#include "fuzz_driver.h"
#endif
