/* Runs the API request-body fuzz target (tests/fuzz/fuzz_api.c) over valid
 * bodies of every request and their mutations (truncations, bytes set to
 * boundary values, JSON tokens spliced in, random multi-byte damage) for a
 * bounded time. Passing means no crash, no sanitizer report (when built
 * with one) and no parser contract broken; it also pins that each valid
 * body is accepted by its parser and that hostile ones are refused with
 * the messages the API has always given. */
#include "../fuzz/fuzz_api.c"

#include <time.h>

#include "check.h"
#include "jsonmutate.h"

/* Valid bodies, and which parser (fuzz_api_accepted bit) takes each. */
static const struct {
	const char *body;
	unsigned bit;
} seeds[] = {
    {"{\"state\": \"paused\"}", 1},
    {"{\"state\": \"running\"}", 1},
    {"{\"snapshot_path\": \"/tmp/a.snap\", \"mem_file_path\": \"/tmp/a.mem\"}", 2},
    {"{\"snapshot_path\": \"s\", \"mem_file_path\": \"m\", \"snapshot_type\": \"diff\", "
     "\"overwrite\": true}",
     2},
    {"{\"action_type\": \"shutdown\"}", 4},
    {"{\"action_type\": \"reboot\"}", 4},
    {"{\"amount_mib\": 64}", 8},
    {"{\"rate_limiter\": {\"bandwidth\": {\"size\": 1048576, \"refill_time_ms\": 1000, "
     "\"one_time_burst\": 0}, \"ops\": {\"rate\": 100, \"size\": 10}}}",
     16},
    {"{\"rate_limiter\": {\"ops\": {\"size\": 0, \"refill_time_ms\": 0}}}", 16},
    {"{\"rx_rate_limiter\": {\"bandwidth\": {\"rate\": 1000}}, \"tx_rate_limiter\": {\"ops\": "
     "{\"size\": 5, \"refill_time_ms\": 10, \"one_time_burst\": 7}}}",
     32},
    {"{\"tx_rate_limiter\": {}}", 32},
    {"{\"destination\": \"tcp:127.0.0.1:4444\"}", 64},
    {"{\"destination\": \"unix:/tmp/m.sock\", \"downtime_ms\": 5, \"give_up\": true}", 64},
};

/* JSON pieces spliced into bodies: what a parser must not trip on. */
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
    "null",
    "true",
    "false",
    "-1",
    "0",
    "1e999",
    "-0",
    "18446744073709551615",
    "9223372036854775807",
    "-9223372036854775808",
    "1.5",
    "\"state\":",
    "\"snapshot_path\":",
    "\"mem_file_path\":",
    "\"rate\":",
    "\"size\":",
    "\"refill_time_ms\":",
    "\"one_time_burst\":",
    "\"bandwidth\":",
    "\"ops\":",
    "\"rx_rate_limiter\":",
    "\"overwrite\":",
    "\"destination\":",
    "\"downtime_ms\":",
    "\"give_up\":",
    "\xff",
    "\xc3",
};

static void run(const char *b, size_t n)
{
	LLVMFuzzerTestOneInput((const uint8_t *)b, n);
}

/* The message a parser gives for body (or "" when it accepts it). */
static const char *refusal(int (*parse)(const char *, size_t, void *, struct error *),
			   const char *body)
{
	static struct error e;
	static union {
		struct vm_state_request st;
		struct snapshot_request sn;
		struct action_request ac;
		struct balloon_request bl;
		struct disk_limits_request dl;
		struct nic_limits_request nl;
	} out;
	e = (struct error){0};
	if (parse(body, strlen(body), &out, &e) == 0)
		return "";
	CHECK(e.cls == ERR_INVALID);
	return e.msg;
}
#define P(fn) ((int (*)(const char *, size_t, void *, struct error *))(fn))

int main(void)
{
	/* Each valid body is accepted by its parser, and by no other. */
	for (size_t s = 0; s < sizeof(seeds) / sizeof(seeds[0]); s++) {
		run(seeds[s].body, strlen(seeds[s].body));
		if (fuzz_api_accepted != seeds[s].bit)
			fprintf(stderr, "seed %zu: accepted by %#x\n", s, fuzz_api_accepted);
		CHECK(fuzz_api_accepted == seeds[s].bit);
	}

	/* Hostile bodies, refused as the API always has. */
	CHECK(strcmp(refusal(P(api_parse_vm_state_request), ""), "the request needs a JSON body") ==
	      0);
	CHECK(strcmp(refusal(P(api_parse_vm_state_request), "[1]"),
		     "the body must be a JSON object") == 0);
	CHECK(strcmp(refusal(P(api_parse_vm_state_request), "{\"state\": \"paused\", \"x\": 1}"),
		     "unknown field \"x\"") == 0);
	CHECK(strncmp(refusal(P(api_parse_vm_state_request),
			      "{\"state\": \"paused\", \"state\": \"running\"}"),
		      "malformed JSON: ", 16) == 0);
	CHECK(strcmp(refusal(P(api_parse_snapshot_request),
			     "{\"snapshot_path\": \"a\", \"mem_file_path\": \"a\"}"),
		     "snapshot_path and mem_file_path must be two different non-empty paths") == 0);
	/* A NUL inside a JSON string would end the C path early ("a\u0000b"
	 * and "a\u0000c" the same path): jansson refuses it outright. */
	CHECK(
	    strncmp(refusal(P(api_parse_snapshot_request),
			    "{\"snapshot_path\": \"a\\u0000b\", \"mem_file_path\": \"a\\u0000c\"}"),
		    "malformed JSON: ", 16) == 0);
	CHECK(strcmp(refusal(P(api_parse_balloon_request), "{\"amount_mib\": -1}"),
		     "field \"amount_mib\" is required and must be an integer >= 0") == 0);
	CHECK(strcmp(refusal(P(api_parse_balloon_request), "{\"amount_mib\": 1e3}"),
		     "field \"amount_mib\" is required and must be an integer >= 0") == 0);
	CHECK(strcmp(refusal(P(api_parse_disk_limits_request),
			     "{\"rate_limiter\": {\"ops\": {\"size\": 1, \"refill_time_ms\": 0}}}"),
		     "rate_limiter: ops: \"refill_time_ms\" must be positive") == 0);
	CHECK(strcmp(refusal(P(api_parse_disk_limits_request),
			     "{\"rate_limiter\": {\"ops\": {\"size\": 9223372036854775807, "
			     "\"refill_time_ms\": 1}}}"),
		     "") != 0);
	CHECK(strcmp(refusal(P(api_parse_nic_limits_request), "{}"),
		     "give \"rx_rate_limiter\" or \"tx_rate_limiter\"") == 0);
	CHECK(
	    strcmp(refusal(P(api_parse_action_request), "{\"action_type\": \"halt\"}"),
		   "action_type must be \"shutdown\", \"reboot\" or \"powerdown\", not \"halt\"") ==
	    0);

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
