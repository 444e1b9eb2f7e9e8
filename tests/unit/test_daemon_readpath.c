/* The pieces that keep the daemon's reads from waiting on a VM process:
 * the runtime cache (daemon/runtime_cache.c) keeps one answer per VM and
 * run, shows nothing of another run, ignores what is not a JSON object and
 * an answer to an older question than the one it holds; and offload.c
 * sends to the worker pool only the reads of state the daemon holds. */
#include <string.h>

#include "check.h"
#include "daemon/offload.h"
#include "daemon/runtime_cache.h"

static _Atomic int ran;
static void bump(void *arg)
{
	(void)arg;
	ran++;
}

static const char *state_of(json_t *j)
{
	return json_string_value(json_object_get(j, "state"));
}

int main(void)
{
	struct runtime_cache *c = rtc_new();
	CHECK(c != NULL);
	double at = 0;
	CHECK(rtc_get(c, 1, 100, &at) == NULL);

	double t = rtc_now();
	rtc_put(c, 1, 100, t, "{\"state\":\"running\",\"vcpus\":2}");
	json_t *j = rtc_get(c, 1, 100, &at);
	CHECK(j && strcmp(state_of(j), "running") == 0 && at > 0);
	json_decref(j);
	/* Another run of the same VM (a new pid) sees nothing of this one. */
	CHECK(rtc_get(c, 1, 101, &at) == NULL);
	CHECK(rtc_get(c, 2, 100, &at) == NULL);

	/* An answer to a question asked after the kept one replaces it; one
	 * asked before it (a collection under way during a pause) does not. */
	rtc_put(c, 1, 100, t + 2, "{\"state\":\"paused\"}");
	rtc_put(c, 1, 100, t + 1, "{\"state\":\"running\"}");
	j = rtc_get(c, 1, 100, &at);
	CHECK(j && strcmp(state_of(j), "paused") == 0);
	json_decref(j);

	/* Untrusted text: not an object, or not JSON, is ignored. */
	rtc_put(c, 1, 100, t + 3, "[1,2]");
	rtc_put(c, 1, 100, t + 4, "{\"state\":");
	rtc_put(c, 1, 100, t + 5, NULL);
	j = rtc_get(c, 1, 100, &at);
	CHECK(j && strcmp(state_of(j), "paused") == 0);
	/* The copy is the reader's own. */
	json_object_set_new(j, "state", json_string("changed"));
	json_decref(j);
	j = rtc_get(c, 1, 100, &at);
	CHECK(j && strcmp(state_of(j), "paused") == 0);
	json_decref(j);

	/* A new run's first answer replaces the old run's, whatever its time. */
	rtc_put(c, 1, 200, t, "{\"state\":\"running\"}");
	j = rtc_get(c, 1, 200, &at);
	CHECK(j && strcmp(state_of(j), "running") == 0);
	json_decref(j);
	CHECK(rtc_get(c, 1, 100, &at) == NULL);

	rtc_drop(c, 1);
	CHECK(rtc_get(c, 1, 200, &at) == NULL);
	rtc_drop(c, 7); /* unknown: nothing */
	rtc_free(c);

	/* The pool answers only reads of the daemon's own state. */
	static const char *const quick[] = {"/info",	"/vms",	   "/vms/a",	  "/stats",
					    "/metrics", "/events", "/vms/a/logs", "/vms/a/console"};
	for (size_t k = 0; k < sizeof(quick) / sizeof(quick[0]); k++)
		CHECK(offload_quick("GET", quick[k]));
	static const char *const slow[] = {
	    "/vms/a/stats", "/vms/a/snapshots", "/volumes", "/vms/a/b/logs",
	    "/vms/",	    "/vms//logs",	"/vmsx"};
	for (size_t k = 0; k < sizeof(slow) / sizeof(slow[0]); k++)
		CHECK(!offload_quick("GET", slow[k]));
	CHECK(!offload_quick("POST", "/vms"));
	CHECK(!offload_quick("PUT", "/vms/a/start"));
	CHECK(!offload_quick("DELETE", "/vms/a"));

	/* The count of offloaded requests: at most max at once; each place
	 * comes back when its request ends, and free waits for them all. */
	struct offload *o = offload_new(2);
	CHECK(offload_reserve(o) && offload_reserve(o) && !offload_reserve(o));
	offload_start(o, bump, NULL);
	offload_start(o, bump, NULL);
	offload_drain(o);
	CHECK(ran == 2);
	CHECK(offload_reserve(o));
	offload_start(o, bump, NULL);
	offload_free(o);
	CHECK(ran == 3);
	CHECK_DONE();
}
