/* Monitoring's pure parts (docs/monitoring.md): the Prometheus text of a
 * collection (HELP and TYPE once per family before its samples, labels
 * escaped, a stopped VM only up=0, missing fields left out) and the rates
 * between two samples (none across a counter that went back). */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "daemon/metrics.h"
#include "daemon/stats.h"

static const char *sample_json =
    "{\"collected_at\": 1.0, \"collect_seconds\": 0.002, \"vms\": ["
    " {\"name\": \"we\\\"ird\\\\vm\", \"state\": \"running\", \"pid\": 42,"
    "  \"uptime_seconds\": 10.5, \"instructions_retired\": 3000, \"snapshots_taken\": 2,"
    "  \"migrations_started\": 0,"
    "  \"cpu\": {\"process_seconds\": 1.5, \"vcpus\": ["
    "    {\"vcpu\": 0, \"cpu_seconds\": 1.25, \"instructions_retired\": 2000},"
    "    {\"vcpu\": 1, \"cpu_seconds\": 0.25, \"instructions_retired\": 1000}]},"
    "  \"memory\": {\"guest_bytes\": 134217728, \"rss_bytes\": 4096, \"pss_bytes\": 2048},"
    "  \"disks\": [{\"disk\": 0, \"read_bytes\": 512, \"write_bytes\": 8388608, \"reads\": 1,"
    "    \"writes\": 64, \"flushes\": 1, \"errors\": 0, \"throttled\": 3,"
    "    \"throttled_seconds\": 0.5}],"
    "  \"nics\": []},"
    " {\"name\": \"idle\", \"state\": \"stopped\", \"last_exit\": null}]}";

static unsigned count(const char *text, const char *needle)
{
	unsigned n = 0;
	for (const char *p = text; (p = strstr(p, needle)); p++)
		n++;
	return n;
}

static void test_render(void)
{
	json_t *all = json_loads(sample_json, 0, NULL);
	CHECK(all != NULL);
	size_t len = 0;
	char *t = metrics_render(all, &len);
	CHECK(t != NULL && len == strlen(t));
	CHECK(strstr(t, "# HELP rvisor_vm_cpu_seconds_total ") != NULL);
	CHECK(count(t, "# TYPE rvisor_vm_cpu_seconds_total counter\n") == 1);
	CHECK(strstr(t, "rvisor_vm_cpu_seconds_total{vm=\"we\\\"ird\\\\vm\",vcpu=\"0\"} 1.25\n"));
	CHECK(strstr(t, "rvisor_vm_instructions_retired_total{vm=\"we\\\"ird\\\\vm\",vcpu=\"1\"} "
			"1000\n"));
	CHECK(strstr(t, "rvisor_vm_disk_write_bytes_total{vm=\"we\\\"ird\\\\vm\",disk=\"0\"} "
			"8388608\n"));
	CHECK(strstr(t, "rvisor_vm_disk_throttled_seconds_total{vm=\"we\\\"ird\\\\vm\",disk=\"0\"} "
			"0.5\n"));
	CHECK(strstr(t, "rvisor_vm_snapshots_total{vm=\"we\\\"ird\\\\vm\"} 2\n"));
	CHECK(strstr(t, "rvisor_vm_up{vm=\"idle\"} 0\n"));
	CHECK(strstr(t, "rvisor_vms{state=\"running\"} 1\n"));
	CHECK(strstr(t, "rvisor_vms{state=\"stopped\"} 1\n"));
	/* The stopped VM has no memory sample; no balloon anywhere. */
	CHECK(!strstr(t, "rvisor_vm_memory_bytes{vm=\"idle\"}"));
	CHECK(!strstr(t, "rvisor_vm_balloon_bytes{"));
	/* Every sample line comes after its family's TYPE line. */
	const char *last_type = NULL;
	for (const char *l = t; *l; l = strchr(l, '\n') + 1) {
		if (strncmp(l, "# TYPE ", 7) == 0) {
			last_type = l + 7;
		} else if (l[0] != '#') {
			size_t n = strcspn(l, "{ ");
			CHECK(last_type && strncmp(last_type, l, n) == 0 && last_type[n] == ' ');
		}
	}
	free(t);
	json_decref(all);
}

static void test_rates(void)
{
	json_t *prev = json_loads("{\"instructions_retired\": 1000, \"cpu\": {\"process_seconds\": "
				  "1.0, \"vcpus\": [{\"cpu_seconds\": 1.0}]}, \"disks\": "
				  "[{\"write_bytes\": 100, \"reads\": 9}]}",
				  0, NULL);
	json_t *cur =
	    json_loads("{\"instructions_retired\": 3001000, \"cpu\": "
		       "{\"process_seconds\": 1.5, \"vcpus\": [{\"cpu_seconds\": 1.25}]}, "
		       "\"disks\": [{\"write_bytes\": 2148, \"reads\": 2}]}",
		       0, NULL);
	stats_add_rates(cur, 12.0, prev, 10.0);
	json_t *cpu = json_object_get(cur, "cpu"),
	       *d = json_array_get(json_object_get(cur, "disks"), 0);
	CHECK(json_real_value(json_object_get(cur, "mips")) == 1.5);
	CHECK(json_real_value(json_object_get(cpu, "percent")) == 25.0);
	CHECK(json_real_value(json_object_get(json_array_get(json_object_get(cpu, "vcpus"), 0),
					      "percent")) == 12.5);
	CHECK(json_real_value(json_object_get(d, "write_bytes_per_second")) == 1024.0);
	/* reads went back (a guest reboot restarted the counter): no rate. */
	CHECK(json_object_get(d, "reads_per_second") == NULL);
	/* Samples too close together: no rates at all. */
	json_t *c2 = json_deep_copy(prev);
	stats_add_rates(c2, 10.01, prev, 10.0);
	CHECK(json_object_get(c2, "mips") == NULL);
	json_decref(c2);
	json_decref(cur);
	json_decref(prev);
}

int main(void)
{
	test_render();
	test_rates();
	CHECK_DONE();
}
