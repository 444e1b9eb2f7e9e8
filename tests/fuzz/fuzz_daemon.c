/* Fuzz target for the daemon's request parsing (daemon/spec.c): the input
 * is a request body, given to the create parser (POST /vms), the modify
 * parser over a stored configuration (PATCH /vms/{name}), the stop parser
 * (POST /vms/{name}/stop), as a VM name (the {name} of every path), and,
 * split at its first space and newline, as "METHOD PATH" to the router.
 * Besides crashes and sanitizer reports, it aborts when a parser breaks
 * its contract: a refusal must be ERR_INVALID (or ERR_IO for memory) with a
 * message; an accepted configuration must be one the daemon may trust (a
 * valid name, vCPUs and memory in range, absolute paths, known device
 * kinds, no control characters, firmware not mixed with a kernel) and must
 * survive its own JSON unchanged (stored, then parsed again at start); an
 * accepted modify goes through online modify's pure parts (daemon/live.h:
 * pending fields, rate-limit differences).
 *
 * libFuzzer + ASan:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc -I/usr/include/slirp \
 *         -D_GNU_SOURCE tests/fuzz/fuzz_daemon.c ALL_SOURCES_BUT_SRC_CLI \
 *         -lfdt -lz -lmicrohttpd -ljansson -lslirp -lsqlite3 -lm -o fuzz_daemon
 *   ./fuzz_daemon CORPUS_DIR
 * tests/unit/test_daemon_fuzz.c runs it over mutated bodies in `make test`. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/live.h"
#include "daemon/live_rates.h"
#include "daemon/spec.h"
#include "virtio/devices.h"
#include "vmm/limits.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Which parsers accepted the last input (bit 0 create, 1 modify, 2 stop,
 * 3 name, 4 route), for the tests. */
static unsigned fuzz_daemon_accepted;

/* The configuration modify requests are applied to. */
static const char fuzz_daemon_stored[] =
    "{\"name\":\"vm1\",\"cpus\":1,\"memory_mib\":128,\"kernel\":\"/k\",\"disks\":[\"/d.img\"],"
    "\"devices\":[\"rng\"]}";

static void fuzz_fail(const char *what)
{
	fprintf(stderr, "fuzz_daemon: %s\n", what);
	abort();
}

static void refused_well(const struct error *e)
{
	if (e->cls != ERR_INVALID && e->cls != ERR_IO)
		fuzz_fail("a refusal with a class other than invalid or I/O");
	if (!e->msg[0] || !memchr(e->msg, 0, sizeof(e->msg)))
		fuzz_fail("a refusal without a message");
}

static void string_ok(const char *s, bool path)
{
	if (!s)
		return;
	if (!*s || strlen(s) > SPEC_STR_MAX)
		fuzz_fail("an empty or overlong string accepted");
	for (const char *p = s; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			fuzz_fail("a control character accepted");
	if (path && s[0] != '/')
		fuzz_fail("a relative path accepted");
}

/* An accepted configuration: everything the daemon relies on. */
static void spec_ok(const struct vm_spec *s)
{
	if (!spec_name_ok(s->name))
		fuzz_fail("an invalid name accepted");
	if (s->cpus < 1 || s->cpus > SPEC_CPUS_MAX)
		fuzz_fail("vCPUs out of range accepted");
	if (s->memory_mib < SPEC_MEM_MIN_MIB || s->memory_mib > SPEC_MEM_MAX_MIB)
		fuzz_fail("memory out of range accepted");
	if (s->ndisks > SPEC_MAX_DISKS || s->ndevices > SPEC_MAX_DEVICES)
		fuzz_fail("too many disks or devices accepted");
	if (s->firmware && (s->kernel || s->initrd || s->append))
		fuzz_fail("firmware accepted with a kernel");
	/* Resource limits: in range (vmm/limits.h), or not set. */
	if ((s->cpu_max != 0 && !(s->cpu_max >= LIMITS_CPU_MAX_MIN)) ||
	    s->cpu_weight > LIMITS_WEIGHT_MAX || s->pids_max > LIMITS_PIDS_MAX)
		fuzz_fail("a resource limit out of range accepted");
	if (s->balloon_mib >= s->memory_mib || (s->balloon_mib && !spec_has_device(s, "balloon")))
		fuzz_fail("a balloon target the VM cannot have accepted");
	string_ok(s->cpu_pin, false);
	string_ok(s->memory_limit, false);
	string_ok(s->kernel, true);
	string_ok(s->initrd, true);
	string_ok(s->firmware, true);
	string_ok(s->append, false);
	for (unsigned k = 0; k < s->ndisks; k++) {
		const char *d = s->disks[k];
		if (strncmp(d, "vol:", 4) != 0) {
			string_ok(d, true);
			continue;
		}
		/* A volume of the pool: a valid name, never a format of its own. */
		string_ok(d, false);
		char name[SPEC_NAME_MAX + 1];
		size_t n = strcspn(d + 4, ",");
		if (n > SPEC_NAME_MAX)
			fuzz_fail("an overlong volume name accepted");
		memcpy(name, d + 4, n);
		name[n] = 0;
		if (!spec_name_ok(name) || strstr(d + 4 + n, ",format="))
			fuzz_fail("an invalid volume disk accepted");
	}
	for (unsigned k = 0; k < s->ndevices; k++) {
		string_ok(s->devices[k], false);
		char kind[32];
		size_t n = strcspn(s->devices[k], ",");
		if (n >= sizeof(kind))
			fuzz_fail("a device kind that cannot be one accepted");
		memcpy(kind, s->devices[k], n);
		kind[n] = 0;
		if (!vdev_kind_find(kind))
			fuzz_fail("an unknown device kind accepted");
	}
	/* Stored as JSON, parsed again at start: the same configuration. */
	char *j = spec_to_json(s);
	if (!j)
		return;
	struct vm_spec again;
	struct error e;
	if (spec_parse(j, strlen(j), &again, &e) < 0)
		fuzz_fail("a stored configuration refused when parsed again");
	char *j2 = spec_to_json(&again);
	if (j2 && strcmp(j, j2) != 0)
		fuzz_fail("a configuration changed through its JSON");
	struct spec_numbers num;
	char **args = spec_run_args(&again, "/run/x.sock", &num);
	if (args) {
		size_t n = 0;
		while (args[n])
			if (!*args[n++])
				fuzz_fail("an empty argument for rvisor run");
		free(args);
	}
	free(j2);
	spec_free(&again);
	free(j);
}

/* An accepted modify as a running VM's (daemon/live.c): what is pending
 * and which rate limits differ are computed without a crash, and a list
 * never differs from itself. */
static void online_modify_ok(const struct vm_spec *s)
{
	char *j = spec_to_json(s);
	json_t *now = j ? json_loads(j, 0, NULL) : NULL,
	       *was = json_loads(fuzz_daemon_stored, 0, NULL);
	if (now && was) {
		json_decref(live_pending(j, fuzz_daemon_stored));
		struct live_rate_change *ch = calloc(LIVE_RATES_MAX, sizeof(*ch));
		const char *lists[] = {"disks", "devices"};
		for (int k = 0; ch && k < 2; k++) {
			live_rates_diff(k, json_object_get(was, lists[k]),
					json_object_get(now, lists[k]), ch);
			if (live_rates_diff(k, json_object_get(now, lists[k]),
					    json_object_get(now, lists[k]), ch) > 0)
				fuzz_fail("a list differs from itself in its rate limits");
		}
		free(ch);
	}
	json_decref(now);
	json_decref(was);
	free(j);
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

	struct vm_spec s;
	e.cls = ERR_NONE;
	if (spec_parse(body, size, &s, &e) == 0) {
		ok |= 1;
		spec_ok(&s);
		spec_free(&s);
	} else {
		refused_well(&e);
	}

	e.cls = ERR_NONE;
	if (spec_parse_patch(fuzz_daemon_stored, body, size, &s, &e) == 0) {
		ok |= 2;
		spec_ok(&s);
		if (strcmp(s.name, "vm1") != 0)
			fuzz_fail("modify changed the name");
		online_modify_ok(&s);
		spec_free(&s);
	} else {
		refused_well(&e);
	}

	unsigned timeout;
	bool force;
	e.cls = ERR_NONE;
	if (spec_parse_stop(body, size, &timeout, &force, &e) == 0) {
		ok |= 4;
		if (timeout > SPEC_STOP_TIMEOUT_MAX)
			fuzz_fail("a stop timeout out of range accepted");
	} else {
		refused_well(&e);
	}

	char *name = strndup(body, size);
	if (name && spec_name_ok(name)) {
		ok |= 8;
		if (strlen(name) > SPEC_NAME_MAX || strpbrk(name, "/ \t\n%?#") || name[0] == '.' ||
		    name[0] == '-')
			fuzz_fail("a name that is not a plain path component accepted");
	}
	free(name);

	/* "METHOD PATH[\nrest]" to the router. */
	char *line = strndup(body, size);
	char *sp = line ? strchr(line, ' ') : NULL;
	if (sp) {
		*sp = 0;
		char *url = sp + 1, *nl = strchr(url, '\n');
		if (nl)
			*nl = 0;
		struct spec_route r;
		e.cls = ERR_NONE;
		if (spec_route(line, url, &r, &e) == 0) {
			ok |= 16;
			static const char *const want[] = {
			    [SPEC_OP_INFO] = "GET",	[SPEC_OP_LIST] = "GET",
			    [SPEC_OP_CREATE] = "POST",	[SPEC_OP_SHOW] = "GET",
			    [SPEC_OP_MODIFY] = "PATCH", [SPEC_OP_DELETE] = "DELETE",
			    [SPEC_OP_START] = "POST",	[SPEC_OP_STOP] = "POST",
			    [SPEC_OP_KILL] = "POST",	[SPEC_OP_PAUSE] = "POST",
			    [SPEC_OP_RESUME] = "POST",	[SPEC_OP_RESTART] = "POST",
			};
			if ((unsigned)r.op > SPEC_OP_RESTART || strcmp(want[r.op], line) != 0)
				fuzz_fail("a route whose operation does not fit its method");
			if (r.op >= SPEC_OP_SHOW && !spec_name_ok(r.name))
				fuzz_fail("a route with an invalid VM name");
			if (r.op < SPEC_OP_SHOW && strcmp(url, "/vms") != 0 &&
			    strcmp(url, "/info") != 0)
				fuzz_fail("a route for a path that is not the daemon's");
		} else {
			if (e.cls != ERR_NOT_FOUND && e.cls != ERR_INVALID &&
			    e.cls != ERR_UNSUPPORTED)
				fuzz_fail("a route refused with an unexpected class");
			if (!e.msg[0] || (e.cls == ERR_UNSUPPORTED && !r.allow))
				fuzz_fail("a route refused without a message or an Allow list");
		}
	}
	free(line);

	fuzz_daemon_accepted = ok;
	free(body);
	return 0;
}

#ifdef FUZZ_DRIVER
#include "fuzz_driver.h"
#endif
