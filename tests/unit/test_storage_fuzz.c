/* Runs the daemon's storage request fuzz target (tests/fuzz/fuzz_storage.c)
 * over valid volume and snapshot bodies and their mutations (truncations,
 * bytes set to boundary values, JSON tokens spliced in) for a bounded
 * time. Passing means no crash and no parser contract broken; it also pins
 * which parser takes each valid body and that hostile ones are refused
 * naming the field. */
#include "../fuzz/fuzz_storage.c"

#include <time.h>

#include "check.h"
#include "jsonmutate.h"

static const struct {
	const char *body;
	unsigned bits;
} seeds[] = {
    {"{\"name\": \"data\", \"size\": 4294967296}", 1},
    {"{\"name\": \"r\", \"size\": 1048576, \"format\": \"raw\"}", 1},
    {"{\"name\": \"top\", \"backing\": \"base\"}", 1},
    {"{\"name\": \"imp\", \"source\": \"/srv/disk.qcow2\"}", 1},
    {"{\"size\": 8589934592}", 2},
    {"{\"name\": \"before-upgrade\", \"description\": \"clean\\ninstall\"}", 4},
    {"{\"name\": \"s1\"}", 4},
};

static const char *const tokens[] = {
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    "\\u0000",
    "\\u001b",
    "null",
    "true",
    "-1",
    "0",
    "1e999",
    "18446744073709551615",
    "17592186044417",
    "1.5",
    "\"name\":",
    "\"size\":",
    "\"format\":",
    "\"backing\":",
    "\"source\":",
    "\"description\":",
    "/",
    "..",
    "\xff",
};

static void run(const char *b, size_t n)
{
	LLVMFuzzerTestOneInput((const uint8_t *)b, n);
}

static const char *vol_refusal(const char *body, bool create)
{
	static struct error e;
	struct vol_request r;
	e = (struct error){0};
	if (vol_parse_request(body, strlen(body), create, &r, &e) == 0)
		return "";
	CHECK(e.cls == ERR_INVALID);
	return e.msg;
}

static const char *snap_refusal(const char *body)
{
	static struct error e;
	struct snap_create_req r;
	e = (struct error){0};
	if (snap_parse_create(body, strlen(body), &r, &e) == 0)
		return "";
	CHECK(e.cls == ERR_INVALID);
	return e.msg;
}

int main(void)
{
	for (size_t s = 0; s < sizeof(seeds) / sizeof(seeds[0]); s++) {
		run(seeds[s].body, strlen(seeds[s].body));
		if (fuzz_storage_accepted != seeds[s].bits)
			fprintf(stderr, "seed %zu: accepted by %#x\n", s, fuzz_storage_accepted);
		CHECK(fuzz_storage_accepted == seeds[s].bits);
	}
	struct vol_request r;
	struct error e;
	CHECK(vol_parse_request("{\"name\": \"t\", \"backing\": \"b\"}", 29, true, &r, &e) == 0 &&
	      strcmp(r.format, "qcow2") == 0 && r.size == 0);

	/* Hostile bodies: the field is named. */
	CHECK(strcmp(vol_refusal("{}", true), "field 'name' is required") == 0);
	CHECK(strncmp(vol_refusal("{\"name\": \"a\", \"size\": 1, \"colour\": 1}", true),
		      "unknown field 'colour'", 22) == 0);
	CHECK(strncmp(vol_refusal("{\"name\": \"a\", \"size\": 0}", true), "field 'size' must be",
		      20) == 0);
	CHECK(strncmp(vol_refusal("{\"name\": \"a\", \"size\": \"1G\"}", true),
		      "field 'size' must be", 20) == 0);
	CHECK(strncmp(vol_refusal("{\"name\": \"../x\", \"size\": 1}", true),
		      "field 'name' must be a volume name", 34) == 0);
	CHECK(strcmp(vol_refusal("{\"name\": \"a\", \"size\": 1, \"format\": \"vmdk\"}", true),
		     "field 'format' must be qcow2 or raw") == 0);
	CHECK(strncmp(vol_refusal("{\"name\": \"a\", \"source\": \"rel.img\"}", true),
		      "field 'source' must be an absolute path", 39) == 0);
	CHECK(strncmp(vol_refusal("{\"name\": \"a\", \"source\": \"/x\", \"size\": 1}", true),
		      "an import ('source') takes its size", 35) == 0);
	CHECK(
	    strcmp(vol_refusal("{\"name\": \"a\", \"backing\": \"b\", \"format\": \"raw\"}", true),
		   "a raw volume cannot have a backing volume") == 0);
	CHECK(strcmp(vol_refusal("{\"name\": \"a\"}", true),
		     "field 'size' is required (or 'backing')") == 0);
	CHECK(strncmp(vol_refusal("{\"name\": \"a\", \"size\": 1}", false), "unknown field 'name'",
		      20) == 0);
	CHECK(strcmp(vol_refusal("{}", false), "field 'size' is required") == 0);
	CHECK(strcmp(snap_refusal("{}"), "field 'name' is required") == 0);
	CHECK(strncmp(snap_refusal("{\"name\": \"a\", \"when\": 1}"), "unknown field 'when'", 20) ==
	      0);
	CHECK(strncmp(snap_refusal("{\"name\": \"a\", \"description\": \"x\\u001by\"}"),
		      "field 'description' must be", 27) == 0);
	CHECK(strncmp(snap_refusal("{\"name\": \"-a\"}"), "field 'name' must be a snapshot name",
		      36) == 0);

	/* Mutations, for at most ~3 seconds. */
	const char *bodies[sizeof(seeds) / sizeof(seeds[0])];
	for (size_t s = 0; s < sizeof(seeds) / sizeof(seeds[0]); s++)
		bodies[s] = seeds[s].body;
	unsigned runs = json_mutate(bodies, sizeof(seeds) / sizeof(seeds[0]), tokens,
				    sizeof(tokens) / sizeof(tokens[0]), run);
	printf("%u inputs run\n", runs);
	CHECK_DONE();
}
