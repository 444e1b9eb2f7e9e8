/* `rvisor vm stats NAME`: one VM's statistics (docs/api/daemon.yaml
 * VmStats) as text, and the number formats `rvisor top` shares. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/stats_view.h"

double stats_num(const json_t *o, const char *k, double dflt)
{
	json_t *v = json_object_get(o, k);
	return json_is_number(v) ? json_number_value(v) : dflt;
}

void stats_fmt_bytes(double b, char *out, size_t n)
{
	static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
	int u = 0;
	while (b >= 1024 && u < 4)
		b /= 1024, u++;
	if (u == 0)
		snprintf(out, n, "%.0f B", b);
	else
		snprintf(out, n, "%.1f %s", b, units[u]);
}

static const char *opt_rate(const json_t *o, const char *k, char *buf, size_t n)
{
	json_t *v = json_object_get(o, k);
	if (!json_is_number(v))
		return "-";
	char b[32];
	stats_fmt_bytes(json_number_value(v), b, sizeof(b));
	snprintf(buf, n, "%.24s/s", b);
	return buf;
}

void stats_print(const json_t *s)
{
	const char *state = json_string_value(json_object_get(s, "state"));
	printf("name:          %s\n", json_string_value(json_object_get(s, "name")));
	printf("state:         %s\n", state ? state : "-");
	if (!json_object_get(s, "pid")) {
		json_t *x = json_object_get(s, "last_exit");
		const char *r = json_string_value(json_object_get(x, "reason"));
		printf("last exit:     %s\n", r ? r : "-");
		return;
	}
	printf("pid:           %lld\n", (long long)stats_num(s, "pid", 0));
	printf("uptime:        %.1f s\n", stats_num(s, "uptime_seconds", 0));
	const char *err = json_string_value(json_object_get(s, "api_error"));
	if (err)
		printf("api:           %s\n", err);
	const json_t *cpu = json_object_get(s, "cpu");
	printf("cpu:           %.2f s", stats_num(cpu, "process_seconds", 0));
	if (json_object_get(cpu, "percent"))
		printf(" (%.1f %%)", stats_num(cpu, "percent", 0));
	printf("\ninstructions:  %.0f", stats_num(s, "instructions_retired", 0));
	if (json_object_get(s, "mips"))
		printf(" (%.1f MIPS)", stats_num(s, "mips", 0));
	printf("\n");
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(cpu, "vcpus"), i, v)
	{
		printf("  vcpu%-3zu     %.2f s cpu, %.0f instructions", i,
		       stats_num(v, "cpu_seconds", 0), stats_num(v, "instructions_retired", 0));
		if (json_object_get(v, "percent"))
			printf(" (%.1f %%, %.1f MIPS)", stats_num(v, "percent", 0),
			       stats_num(v, "mips", 0));
		printf("\n");
	}
	const json_t *mem = json_object_get(s, "memory");
	char a[32], b[32], c[32], d[32];
	stats_fmt_bytes(stats_num(mem, "guest_bytes", 0), a, sizeof(a));
	stats_fmt_bytes(stats_num(mem, "rss_bytes", 0), b, sizeof(b));
	stats_fmt_bytes(stats_num(mem, "pss_bytes", 0), c, sizeof(c));
	printf("memory:        guest %s, rss %s, pss %s", a, b, c);
	if (json_object_get(mem, "balloon_bytes")) {
		stats_fmt_bytes(stats_num(mem, "balloon_bytes", 0), d, sizeof(d));
		printf(", balloon %s", d);
	}
	printf("\n");
	json_array_foreach(json_object_get(s, "disks"), i, v)
	{
		char r1[48], r2[48];
		stats_fmt_bytes(stats_num(v, "read_bytes", 0), a, sizeof(a));
		stats_fmt_bytes(stats_num(v, "write_bytes", 0), b, sizeof(b));
		printf("disk %zu:        read %s in %.0f, written %s in %.0f, %.0f flushes, %.0f "
		       "errors; %s read, %s written; throttled %.0f times, %.3f s\n",
		       i, a, stats_num(v, "reads", 0), b, stats_num(v, "writes", 0),
		       stats_num(v, "flushes", 0), stats_num(v, "errors", 0),
		       opt_rate(v, "read_bytes_per_second", r1, sizeof(r1)),
		       opt_rate(v, "write_bytes_per_second", r2, sizeof(r2)),
		       stats_num(v, "throttled", 0), stats_num(v, "throttled_seconds", 0));
	}
	json_array_foreach(json_object_get(s, "nics"), i, v)
	{
		char r1[48], r2[48];
		stats_fmt_bytes(stats_num(v, "rx_bytes", 0), a, sizeof(a));
		stats_fmt_bytes(stats_num(v, "tx_bytes", 0), b, sizeof(b));
		printf("nic %zu:         rx %s in %.0f frames (%.0f dropped), tx %s in %.0f frames "
		       "(%.0f dropped); %s in, %s out; throttled %.3f s rx, %.3f s tx\n",
		       i, a, stats_num(v, "rx_packets", 0), stats_num(v, "rx_dropped", 0), b,
		       stats_num(v, "tx_packets", 0), stats_num(v, "tx_dropped", 0),
		       opt_rate(v, "rx_bytes_per_second", r1, sizeof(r1)),
		       opt_rate(v, "tx_bytes_per_second", r2, sizeof(r2)),
		       stats_num(v, "rx_throttled_seconds", 0),
		       stats_num(v, "tx_throttled_seconds", 0));
	}
	printf("snapshots:     %.0f\nmigrations:    %.0f\n", stats_num(s, "snapshots_taken", 0),
	       stats_num(s, "migrations_started", 0));
}
