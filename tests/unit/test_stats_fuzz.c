/* Runs the statistics fuzz target (tests/fuzz/fuzz_stats.c) over real and
 * hostile GET /vm answers and their mutations (truncations, bytes set to
 * boundary values, JSON tokens spliced in) for a bounded time. Passing
 * means no crash, no sanitizer report (when built with one) and Prometheus
 * text that keeps its format whatever the VM answered; it also pins what a
 * real answer becomes. */
#include "../fuzz/fuzz_stats.c"

#include <time.h>

#include "check.h"

static uint64_t rng = 0x2545f4914f6cdd1dull;
static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static const char *const seeds[] = {
    "{\"state\":\"running\",\"vcpus\":2,\"memory_mib\":128,\"instructions_retired\":300,"
    "\"vcpu_instructions_retired\":[100,200],\"snapshots_taken\":1,\"migrations_started\":0,"
    "\"uptime_seconds\":1.5,\"guest_time_seconds\":1.2,\"devices\":[{\"slot\":0,\"kind\":"
    "\"disk\",\"counters\":{\"notifies\":1,\"interrupts\":1,\"reads\":2,\"read_bytes\":1024,"
    "\"writes\":3,\"write_bytes\":4096,\"flushes\":1,\"errors\":0,\"requests_passed\":6,"
    "\"requests_throttled\":1,\"throttled_ns\":5000000}},{\"slot\":1,\"kind\":\"net\","
    "\"counters\":{\"rx_frames\":1,\"rx_bytes\":60,\"tx_frames\":2,\"tx_bytes\":120,"
    "\"rx_throttled_ns\":7}},{\"slot\":2,\"kind\":\"balloon\",\"counters\":{\"actual_pages\":"
    "256}}]}",
    "{\"state\":\"paused\",\"vcpus\":100000,\"memory_mib\":-5,\"devices\":{\"kind\":\"disk\"}}",
    "{\"vcpus\":\"2\",\"vcpu_instructions_retired\":{\"0\":1},\"devices\":[null,1,{\"kind\":7},"
    "{\"kind\":\"disk\",\"counters\":[1,2]},{\"kind\":\"balloon\",\"counters\":{"
    "\"actual_pages\":9223372036854775807}}]}",
    "[]",
    "",
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
    "\\n",
    "null",
    "true",
    "-1",
    "0",
    "1e308",
    "-9223372036854775808",
    "9223372036854775807",
    "1.5",
    "\"kind\":\"disk\"",
    "\"kind\":\"net\"",
    "\"counters\":",
    "\"vcpus\":",
    "\"devices\":",
    "\xff",
};

static void run(const char *b, size_t n)
{
	LLVMFuzzerTestOneInput((const uint8_t *)b, n);
}

/* What the first seed becomes. */
static void test_real_answer(void)
{
	json_t *o =
	    json_pack("{s:s, s:s, s:{}, s:{}}", "name", "v", "state", "running", "cpu", "memory");
	double secs[2] = {0.25, -1};
	stats_apply_vm_api(o, seeds[0], secs, 2);
	json_t *cpu = json_object_get(o, "cpu"), *mem = json_object_get(o, "memory");
	json_t *v0 = json_array_get(json_object_get(cpu, "vcpus"), 0);
	json_t *v1 = json_array_get(json_object_get(cpu, "vcpus"), 1);
	json_t *d = json_array_get(json_object_get(o, "disks"), 0);
	json_t *n = json_array_get(json_object_get(o, "nics"), 0);
	CHECK(json_integer_value(json_object_get(v0, "instructions_retired")) == 100);
	CHECK(json_real_value(json_object_get(v0, "cpu_seconds")) == 0.25);
	CHECK(json_object_get(v1, "cpu_seconds") == NULL);
	CHECK(json_integer_value(json_object_get(mem, "guest_bytes")) == 128 << 20);
	CHECK(json_integer_value(json_object_get(mem, "balloon_bytes")) == 256 * 4096);
	CHECK(json_integer_value(json_object_get(d, "write_bytes")) == 4096);
	CHECK(json_real_value(json_object_get(d, "throttled_seconds")) == 0.005);
	CHECK(json_integer_value(json_object_get(n, "tx_packets")) == 2);
	CHECK(json_integer_value(json_object_get(o, "snapshots_taken")) == 1);
	json_decref(o);
	/* A hostile one: no absurd vCPU list, no negative memory, no balloon. */
	o = json_pack("{s:s, s:s, s:{}, s:{}}", "name", "v", "state", "running", "cpu", "memory");
	stats_apply_vm_api(o, seeds[1], NULL, 0);
	CHECK(json_array_size(json_object_get(json_object_get(o, "cpu"), "vcpus")) ==
	      STATS_MAX_VCPUS);
	CHECK(json_object_get(json_object_get(o, "memory"), "guest_bytes") == NULL);
	CHECK(strcmp(json_string_value(json_object_get(o, "state")), "paused") == 0);
	json_decref(o);
}

int main(void)
{
	test_real_answer();
	char buf[4096];
	time_t end = time(NULL) + 3;
	unsigned long runs = 0;
	for (size_t s = 0; s < sizeof(seeds) / sizeof(seeds[0]); s++)
		run(seeds[s], strlen(seeds[s]));
	while (time(NULL) < end) {
		const char *seed = seeds[rnd() % (sizeof(seeds) / sizeof(seeds[0]))];
		size_t n = strlen(seed);
		memcpy(buf, seed, n);
		for (int k = (int)(rnd() % 4) + 1; k > 0; k--) {
			switch (rnd() % 3) {
			case 0: /* truncate */
				n = n ? rnd() % n : 0;
				break;
			case 1: /* a byte set to a boundary value */
				if (n) {
					static const unsigned char vals[] = {0,	  0x7f, 0x80, 0xff,
									     '"', '\\', '\n', '9'};
					buf[rnd() % n] = (char)vals[rnd() % sizeof(vals)];
				}
				break;
			default: { /* a token spliced in */
				const char *t =
				    tokens[rnd() % (sizeof(tokens) / sizeof(tokens[0]))];
				size_t tl = strlen(t), at = n ? rnd() % n : 0;
				if (n + tl < sizeof(buf)) {
					memmove(buf + at + tl, buf + at, n - at);
					memcpy(buf + at, t, tl);
					n += tl;
				}
			}
			}
		}
		run(buf, n);
		runs++;
	}
	printf("%lu mutated answers\n", runs);
	CHECK_DONE();
}
