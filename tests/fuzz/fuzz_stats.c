/* Fuzz target for the daemon's statistics (daemon/stats.c, metrics.c): the
 * input is the body of a VM's GET /vm answer, which a compromised VM
 * process controls. It is applied to a sample, rates are computed against
 * a copy of itself, and the collection is rendered as Prometheus text.
 * Besides crashes and sanitizer reports, it aborts when the text breaks
 * the format: every line is a HELP or TYPE comment or a sample of an
 * rvisor_ metric with a numeric value, and no control character gets in.
 *
 * libFuzzer + ASan:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc -I/usr/include/slirp \
 *         -D_GNU_SOURCE tests/fuzz/fuzz_stats.c ALL_SOURCES_BUT_SRC_CLI \
 *         -lfdt -lz -lmicrohttpd -ljansson -lslirp -lsqlite3 -lseccomp -lm -o fuzz_stats
 *   ./fuzz_stats CORPUS_DIR
 * tests/unit/test_stats_fuzz.c runs it over mutated answers in `make unit`. */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/metrics.h"
#include "daemon/stats.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fuzz_fail(const char *what, const char *line)
{
	fprintf(stderr, "fuzz_stats: %s: %.200s\n", what, line);
	abort();
}

/* Every line of the text: a comment or `rvisor_NAME{labels} NUMBER`. */
static void check_text(const char *t, size_t len)
{
	if (strlen(t) != len)
		fuzz_fail("a NUL in the text", t);
	for (const char *l = t; *l;) {
		const char *nl = strchr(l, '\n');
		if (!nl)
			fuzz_fail("a line without its newline", l);
		for (const char *p = l; p < nl; p++)
			if ((unsigned char)*p < 0x20)
				fuzz_fail("a control character", l);
		if (strncmp(l, "# HELP rvisor_", 14) != 0 &&
		    strncmp(l, "# TYPE rvisor_", 14) != 0) {
			if (strncmp(l, "rvisor_", 7) != 0)
				fuzz_fail("a line that is no sample", l);
			const char *sp = nl;
			while (sp > l && sp[-1] != ' ')
				sp--;
			char *end;
			strtod(sp, &end);
			if (sp == l || end != nl)
				fuzz_fail("a sample without a number", l);
		}
		l = nl + 1;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *body = malloc(size + 1);
	if (!body)
		return 0;
	memcpy(body, data, size);
	body[size] = 0;
	json_t *o = json_pack("{s:s, s:s, s:i, s:{}, s:{}}", "name", "vm1", "state", "running",
			      "pid", 42, "cpu", "memory");
	double secs[STATS_MAX_VCPUS];
	for (unsigned k = 0; k < STATS_MAX_VCPUS; k++)
		secs[k] = k % 3 ? 0.5 * k : -1;
	stats_apply_vm_api(o, body, secs, STATS_MAX_VCPUS);
	json_t *prev = json_deep_copy(o);
	stats_add_rates(o, 2.0, prev, 1.0);
	json_t *all = json_pack("{s:f, s:f, s:[O, O]}", "collected_at", 1.0, "collect_seconds", 0.5,
				"vms", o, prev);
	size_t len = 0;
	char *t = metrics_render(all, &len);
	if (t)
		check_text(t, len);
	free(t);
	json_decref(all);
	json_decref(prev);
	json_decref(o);
	free(body);
	return 0;
}

#ifdef FUZZ_DRIVER
#include "fuzz_driver.h"
#endif
