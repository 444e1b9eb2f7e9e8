/* Runs the daemon's request fuzz target (tests/fuzz/fuzz_daemon.c) over
 * valid create, modify and stop bodies and their mutations (truncations,
 * bytes set to boundary values, JSON tokens spliced in, random multi-byte
 * damage) for a bounded time. Passing means no crash, no sanitizer report
 * (when built with one) and no parser contract broken; it also pins which
 * parser takes each valid body and that hostile ones are refused naming
 * the field or the rule. */
#include "../fuzz/fuzz_daemon.c"

#include <time.h>

#include "check.h"
#include "jsonmutate.h"

/* Valid bodies, and which parsers (fuzz_daemon_accepted bits) take each. */
static const struct {
	const char *body;
	unsigned bits;
} seeds[] = {
    {"{\"name\": \"web-1\"}", 1},
    {"{\"name\": \"a.b_c\", \"cpus\": 4, \"memory_mib\": 1024, \"kernel\": \"/boot/Image\", "
     "\"initrd\": \"/boot/initrd\", \"append\": \"console=ttyS0 quiet\", \"disks\": "
     "[\"/var/a.qcow2,format=qcow2\", \"/b.img,readonly=on\"], \"devices\": [\"net,user\", "
     "\"rng\"]}",
     1},
    {"{\"name\": \"fw\", \"firmware\": \"/fw.bin\", \"devices\": [\"vsock,cid=3\"]}", 1},
    {"{\"name\": \"lim\", \"cpu_max\": 0.5, \"cpu_weight\": 200, \"cpu_pin\": \"0\", "
     "\"memory_limit\": \"auto\", \"pids_max\": 64}",
     1},
    {"{\"cpu_max\": null, \"memory_limit\": \"512M\"}", 2},
    {"{\"cpus\": 2, \"append\": \"init=/bin/sh\"}", 2},
    {"{\"kernel\": null, \"disks\": null, \"memory_mib\": 64}", 2},
    {"{\"timeout_seconds\": 30}", 4},
    {"{\"timeout_seconds\": 5, \"force\": true}", 4},
    {"{\"name\": \"quiet\", \"power_button\": false}", 1},
    {"{}", 2 | 4},
    {"vm-7", 8},
    {"GET /vms", 16},
    {"POST /vms/web-1/start", 16},
    {"DELETE /vms/a.b\n", 16},
    {"GET /info", 16},
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
    "\\ud800",
    "\\u001b",
    "null",
    "true",
    "false",
    "-1",
    "0",
    "1e999",
    "-0",
    "18446744073709551615",
    "9223372036854775807",
    "1.5",
    "\"name\":",
    "\"cpus\":",
    "\"memory_mib\":",
    "\"kernel\":",
    "\"firmware\":",
    "\"disks\":",
    "\"devices\":",
    "\"append\":",
    "\"timeout_seconds\":",
    "\"force\":",
    "\"power_button\":",
    "/",
    "..",
    "\xff",
    "\xc3",
};

static void run(const char *b, size_t n)
{
	LLVMFuzzerTestOneInput((const uint8_t *)b, n);
}

/* The create parser's message for body ("" when it accepts it). */
static const char *create_refusal(const char *body)
{
	static struct error e;
	struct vm_spec s;
	e = (struct error){0};
	if (spec_parse(body, strlen(body), &s, &e) == 0) {
		spec_free(&s);
		return "";
	}
	CHECK(e.cls == ERR_INVALID);
	return e.msg;
}

static const char *patch_refusal(const char *body)
{
	static struct error e;
	struct vm_spec s;
	e = (struct error){0};
	if (spec_parse_patch(fuzz_daemon_stored, body, strlen(body), &s, &e) == 0) {
		spec_free(&s);
		return "";
	}
	CHECK(e.cls == ERR_INVALID);
	return e.msg;
}

int main(void)
{
	for (size_t s = 0; s < sizeof(seeds) / sizeof(seeds[0]); s++) {
		run(seeds[s].body, strlen(seeds[s].body));
		if (fuzz_daemon_accepted != seeds[s].bits)
			fprintf(stderr, "seed %zu: accepted by %#x\n", s, fuzz_daemon_accepted);
		CHECK(fuzz_daemon_accepted == seeds[s].bits);
	}

	/* Names: the rule, at its edges. */
	char n63[64], n64[65];
	memset(n63, 'a', 63), n63[63] = 0;
	memset(n64, 'a', 64), n64[64] = 0;
	CHECK(spec_name_ok(n63) && !spec_name_ok(n64) && !spec_name_ok(""));
	CHECK(spec_name_ok("a") && spec_name_ok("9.x_y-z"));
	CHECK(!spec_name_ok(".hidden") && !spec_name_ok("-opt") && !spec_name_ok("_x"));
	CHECK(!spec_name_ok("a/b") && !spec_name_ok("..") && !spec_name_ok("a b") &&
	      !spec_name_ok("caf\xc3\xa9"));
	CHECK(strstr(create_refusal("{\"name\": \"../x\"}"), SPEC_NAME_RULE) != NULL);

	/* Routes: unknown paths 404, bad names 400, wrong methods 405 with the
	 * methods of the path. */
	struct spec_route rt;
	struct error re;
	CHECK(spec_route("GET", "/vms/web/start", &rt, &re) < 0 && re.cls == ERR_UNSUPPORTED &&
	      strcmp(rt.allow, "POST") == 0);
	CHECK(spec_route("PUT", "/vms/web", &rt, &re) < 0 && re.cls == ERR_UNSUPPORTED &&
	      strcmp(rt.allow, "GET, PATCH, DELETE") == 0);
	CHECK(spec_route("POST", "/vms/web/reboot", &rt, &re) < 0 && re.cls == ERR_NOT_FOUND);
	CHECK(spec_route("GET", "/vms/../etc", &rt, &re) < 0 && re.cls == ERR_INVALID &&
	      strstr(re.msg, SPEC_NAME_RULE));
	CHECK(spec_route("GET", "/vms/", &rt, &re) < 0 && re.cls == ERR_INVALID);
	CHECK(spec_route("GET", "/vmsx", &rt, &re) < 0 && re.cls == ERR_NOT_FOUND);
	CHECK(spec_route("POST", "/vms/w/stop", &rt, &re) == 0 && rt.op == SPEC_OP_STOP &&
	      strcmp(rt.name, "w") == 0);

	/* Hostile bodies: the field is named. */
	CHECK(strcmp(create_refusal("{}"), "field 'name' is required") == 0);
	CHECK(strncmp(create_refusal("{\"name\": \"a\", \"colour\": 1}"), "unknown field 'colour'",
		      22) == 0);
	CHECK(strcmp(create_refusal("{\"name\": \"a\", \"cpus\": \"2\"}"),
		     "field 'cpus' must be an integer from 1 to 8") == 0);
	CHECK(strcmp(create_refusal("{\"name\": \"a\", \"cpus\": 2.0}"),
		     "field 'cpus' must be an integer from 1 to 8") == 0);
	CHECK(strcmp(create_refusal("{\"name\": \"a\", \"memory_mib\": 16385}"),
		     "field 'memory_mib' must be an integer from 64 to 16384") == 0);
	CHECK(strncmp(create_refusal("{\"name\": \"a\", \"kernel\": \"Image\"}"),
		      "field 'kernel' must be an absolute path", 39) == 0);
	CHECK(strcmp(create_refusal("{\"name\": \"a\", \"append\": \"x\\u001by\"}"),
		     "field 'append' contains a control character") == 0);
	CHECK(strncmp(create_refusal("{\"name\": \"a\", \"kernel\": \"/a\\u0000b\"}"),
		      "the request body is not valid JSON", 34) == 0);
	CHECK(strncmp(create_refusal("{\"name\": \"a\", \"devices\": [\"frob\"]}"),
		      "field 'devices': 'frob' is not a device kind", 44) == 0);
	CHECK(strncmp(create_refusal("{\"name\": \"a\", \"disks\": [\"a.img\"]}"),
		      "field 'disks': 'a.img' must start with an absolute image path", 61) == 0);
	CHECK(strcmp(create_refusal("{\"name\": \"a\", \"disks\": [\"/1\", \"/2\", \"/3\", \"/4\", "
				    "\"/5\", \"/6\", \"/7\", \"/8\", \"/9\"]}"),
		     "field 'disks' has more than 8 entries") == 0);
	CHECK(strcmp(patch_refusal("{\"name\": \"b\"}"), "field 'name' cannot be changed") == 0);
	CHECK(strncmp(patch_refusal("{\"cpus\": null}"), "field 'cpus' cannot be removed", 30) ==
	      0);
	CHECK(strcmp(patch_refusal("{\"firmware\": \"/fw\"}"),
		     "'firmware' cannot be combined with 'kernel', 'initrd' or 'append'") == 0);

	/* Mutations, for at most ~3 seconds. */
	const char *bodies[sizeof(seeds) / sizeof(seeds[0])];
	for (size_t s = 0; s < sizeof(seeds) / sizeof(seeds[0]); s++)
		bodies[s] = seeds[s].body;
	unsigned runs = json_mutate(bodies, sizeof(seeds) / sizeof(seeds[0]), tokens,
				    sizeof(tokens) / sizeof(tokens[0]), run);
	printf("%u inputs run\n", runs);
	CHECK(runs > 1000);
	CHECK_DONE();
}
