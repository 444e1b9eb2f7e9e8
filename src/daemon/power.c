/* Pressing a managed VM's power button and checking the guest took it
 * (see power.h). */
#include "daemon/power.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "util/uhttp.h"

#define POWER_API_MS 2000 /* one per-VM API request */

/* The input device's pending event count from GET /vm/devices: -1 when
 * the API does not answer (the VM may be ending), -2 when it lists no
 * input device. */
static long long events_pending(const char *sock)
{
	char *body = NULL;
	struct error e;
	long long n = -1;
	if (uhttp_request(sock, "GET", "/vm/devices", NULL, POWER_API_MS, &body, &e) == 200) {
		n = -2;
		json_t *j = json_loads(body, 0, NULL);
		size_t i;
		json_t *dev;
		json_array_foreach(json_object_get(j, "devices"), i, dev)
		{
			json_t *kind = json_object_get(dev, "kind");
			json_t *p =
			    json_object_get(json_object_get(dev, "counters"), "events_pending");
			if (json_is_string(kind) && strcmp(json_string_value(kind), "input") == 0 &&
			    json_is_integer(p)) {
				n = json_integer_value(p);
				break;
			}
		}
		json_decref(j);
	}
	free(body);
	return n;
}

static long long now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* Is the VM paused (its vCPUs cannot see a press)? */
static bool paused(const char *sock)
{
	char *body = NULL;
	struct error e;
	bool p = false;
	if (uhttp_request(sock, "GET", "/vm", NULL, POWER_API_MS, &body, &e) == 200) {
		json_t *j = json_loads(body, 0, NULL);
		json_t *s = json_object_get(j, "state");
		p = json_is_string(s) && strcmp(json_string_value(s), "paused") == 0;
		json_decref(j);
	}
	free(body);
	return p;
}

bool power_button_press(const char *sock, struct error *e)
{
	if (paused(sock)) {
		err_set(e, ERR_CONFLICT, "the VM is paused: its guest cannot shut down");
		return false;
	}
	char *body = NULL;
	int st = uhttp_request(sock, "PUT", "/actions", "{\"action_type\":\"powerdown\"}",
			       POWER_API_MS, &body, e);
	if (st >= 0 && st != 204) {
		json_t *j = json_loads(body, 0, NULL);
		json_t *m = json_object_get(j, "fault_message");
		err_set(e, ERR_UNSUPPORTED, "the power button: %s",
			json_is_string(m) ? json_string_value(m) : "refused by the VM");
		json_decref(j);
	}
	free(body);
	if (st != 204)
		return false;
	for (long long end = now_ms() + POWER_TAKE_WAIT_MS;;) {
		long long n = events_pending(sock);
		/* Taken; or the API went away after the press: the guest is
		 * powering off (the caller's wait for the exit decides). */
		if (n == 0 || n == -1)
			return true;
		if (n < 0 || now_ms() >= end)
			break;
		usleep(50000);
	}
	err_set(e, ERR_UNSUPPORTED,
		"the guest did not take the power button press within %d ms (no input driver)",
		POWER_TAKE_WAIT_MS);
	return false;
}
