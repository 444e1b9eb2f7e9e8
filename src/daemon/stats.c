/* Per-VM statistics: sampling one VM (its API and /proc), rates between
 * samples, and the collector thread with its cache (see stats.h). */
#include "daemon/stats.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "daemon/metrics.h"
#include "daemon/supervisor.h"
#include "util/file.h"
#include "util/thread.h"
#include "util/uhttp.h"

#define VM_API_MS 1000 /* a VM busy longer than this is shown without its API's part */

struct stats {
	stats_list_fn list;
	stats_change_fn changed;
	stats_api_fn api_seen;
	void *ctx;
	unsigned period_ms;
	pthread_t thread;
	pthread_mutex_t lock; /* the cache */
	pthread_cond_t wake;
	bool stopping;
	/* The cache: the latest collection, each VM's sample time, and its
	 * Prometheus text. */
	json_t *all;
	double *mono; /* per entry of all["vms"] */
	char *metrics;
	size_t metrics_len;
};

void stats_targets_free(struct stats_target *t, unsigned n)
{
	for (unsigned k = 0; k < n; k++)
		free(t[k].last_exit);
	free(t);
}

static double mono_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double wall_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* --- /proc --- */

/* Fields of a /proc stat line, counted from 1 as proc(5) does: utime (14),
 * stime (15) and starttime (22). The command (field 2) may hold spaces and
 * parentheses: fields are counted after its last ')'. */
static int proc_stat_fields(const char *path, unsigned long long *ticks, long long *start)
{
	char buf[1024];
	if (file_read_text(path, buf, sizeof(buf)) <= 0)
		return -1;
	char *p = strrchr(buf, ')');
	if (!p)
		return -1;
	unsigned long long ut = 0, st = 0;
	long long sta = 0;
	/* p + 2 is field 3 (state). */
	if (sscanf(p + 2,
		   "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu %*d %*d %*d %*d "
		   "%*d %*d %lld",
		   &ut, &st, &sta) != 3)
		return -1;
	*ticks = ut + st;
	if (start)
		*start = sta;
	return 0;
}

/* Rss and Pss of a process in bytes (/proc/PID/smaps_rollup, kB). */
static void proc_memory(pid_t pid, json_t *mem)
{
	char path[64], buf[4096];
	snprintf(path, sizeof(path), "/proc/%d/smaps_rollup", (int)pid);
	if (file_read_text(path, buf, sizeof(buf)) <= 0)
		return;
	static const char *const keys[][2] = {{"Rss:", "rss_bytes"}, {"Pss:", "pss_bytes"}};
	for (size_t k = 0; k < 2; k++) {
		char *l = strstr(buf, keys[k][0]);
		unsigned long long kb;
		if (l && sscanf(l + strlen(keys[k][0]), "%llu", &kb) == 1)
			json_object_set_new(mem, keys[k][1], json_integer((json_int_t)(kb * 1024)));
	}
}

/* CPU seconds of each vCPU thread (named vcpuN, docs/ARCHITECTURE.md) into
 * secs[N] (NAN-free: -1 when not found). */
static void vcpu_times(pid_t pid, double tick, double *secs, unsigned max)
{
	for (unsigned k = 0; k < max; k++)
		secs[k] = -1;
	char path[96];
	snprintf(path, sizeof(path), "/proc/%d/task", (int)pid);
	DIR *d = opendir(path);
	if (!d)
		return;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] < '0' || de->d_name[0] > '9')
			continue;
		char comm[32];
		snprintf(path, sizeof(path), "/proc/%d/task/%.20s/comm", (int)pid, de->d_name);
		unsigned n;
		int end = 0;
		if (file_read_text(path, comm, sizeof(comm)) <= 0 ||
		    sscanf(comm, "vcpu%u%n", &n, &end) != 1 || (comm[end] && comm[end] != '\n') ||
		    n >= max)
			continue;
		unsigned long long t;
		snprintf(path, sizeof(path), "/proc/%d/task/%.20s/stat", (int)pid, de->d_name);
		if (proc_stat_fields(path, &t, NULL) == 0)
			secs[n] = (double)t * tick;
	}
	closedir(d);
}

/* --- one sample --- */

static json_int_t counter(json_t *counters, const char *k)
{
	json_t *v = json_object_get(counters, k);
	return json_is_integer(v) ? json_integer_value(v) : 0;
}

/* The devices of GET /vm as disks[] and nics[] (in slot order: disk k is
 * --disk k, nic k the k-th net device) and the balloon's size. */
static void add_devices(json_t *o, json_t *devices, json_t *mem)
{
	json_t *disks = json_array(), *nics = json_array();
	size_t i;
	json_t *dev;
	json_array_foreach(devices, i, dev)
	{
		const char *kind = json_string_value(json_object_get(dev, "kind"));
		json_t *c = json_object_get(dev, "counters");
		if (!kind || !json_is_object(c))
			continue;
		if (strcmp(kind, "disk") == 0) {
			json_array_append_new(
			    disks, json_pack("{s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:f}",
					     "disk", (json_int_t)json_array_size(disks),
					     "read_bytes", counter(c, "read_bytes"), "write_bytes",
					     counter(c, "write_bytes"), "reads",
					     counter(c, "reads"), "writes", counter(c, "writes"),
					     "flushes", counter(c, "flushes"), "errors",
					     counter(c, "errors"), "throttled",
					     counter(c, "requests_throttled"), "throttled_seconds",
					     (double)counter(c, "throttled_ns") * 1e-9));
		} else if (strcmp(kind, "net") == 0) {
			json_array_append_new(
			    nics,
			    json_pack("{s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:f, s:f}",
				      "nic", (json_int_t)json_array_size(nics), "rx_bytes",
				      counter(c, "rx_bytes"), "tx_bytes", counter(c, "tx_bytes"),
				      "rx_packets", counter(c, "rx_frames"), "tx_packets",
				      counter(c, "tx_frames"), "rx_dropped",
				      counter(c, "rx_dropped"), "tx_dropped",
				      counter(c, "tx_dropped"), "rx_throttled",
				      counter(c, "rx_throttled"), "tx_throttled",
				      counter(c, "tx_throttled"), "rx_throttled_seconds",
				      (double)counter(c, "rx_throttled_ns") * 1e-9,
				      "tx_throttled_seconds",
				      (double)counter(c, "tx_throttled_ns") * 1e-9));
		} else if (strcmp(kind, "balloon") == 0) {
			json_int_t pages = counter(c, "actual_pages");
			if (pages >= 0 && pages <= (json_int_t)1 << 40) /* else not believed */
				json_object_set_new(mem, "balloon_bytes",
						    json_integer(pages * (json_int_t)4096));
		}
	}
	json_object_set_new(o, "disks", disks);
	json_object_set_new(o, "nics", nics);
}

void stats_apply_vm_api(json_t *o, const char *body, const double *vcpu_secs, unsigned nsecs)
{
	json_t *vm = body ? json_loads(body, 0, NULL) : NULL;
	if (!json_is_object(vm)) {
		json_decref(vm);
		json_object_set_new(o, "api_error", json_string("the VM's API answered no object"));
		return;
	}
	json_t *cpu = json_object_get(o, "cpu"), *mem = json_object_get(o, "memory");
	json_t *s = json_object_get(vm, "state");
	if (json_is_string(s) && strcmp(json_string_value(s), "paused") == 0)
		json_object_set_new(o, "state", json_string("paused"));
	/* Numbers only, of the expected kinds: the VM process is not trusted. */
	static const char *const ints[] = {"instructions_retired", "snapshots_taken",
					   "migrations_started"};
	for (size_t k = 0; k < sizeof(ints) / sizeof(ints[0]); k++) {
		json_t *v = json_object_get(vm, ints[k]);
		json_object_set_new(o, ints[k],
				    json_integer(json_is_integer(v) ? json_integer_value(v) : 0));
	}
	json_t *up = json_object_get(vm, "uptime_seconds");
	if (json_is_number(up))
		json_object_set_new(o, "uptime_seconds", json_real(json_number_value(up)));
	json_t *mib = json_object_get(vm, "memory_mib");
	if (json_is_integer(mib) && json_integer_value(mib) >= 0 &&
	    json_integer_value(mib) <= (json_int_t)1 << 40)
		json_object_set_new(mem, "guest_bytes",
				    json_integer(json_integer_value(mib) << 20));
	json_t *devices = json_object_get(vm, "devices");
	add_devices(o, json_is_array(devices) ? devices : NULL, mem);
	/* Per vCPU: host time of its thread and instructions retired. */
	json_t *per = json_object_get(vm, "vcpu_instructions_retired");
	json_t *nv = json_object_get(vm, "vcpus");
	json_int_t n = json_is_integer(nv) ? json_integer_value(nv) : 0;
	unsigned nvcpus = n < 0 ? 0 : n > STATS_MAX_VCPUS ? STATS_MAX_VCPUS : (unsigned)n;
	json_t *vcpus = json_array();
	for (unsigned k = 0; k < nvcpus; k++) {
		json_t *v = json_pack("{s:i}", "vcpu", (int)k);
		if (vcpu_secs && k < nsecs && vcpu_secs[k] >= 0)
			json_object_set_new(v, "cpu_seconds", json_real(vcpu_secs[k]));
		json_t *c = json_array_get(per, k);
		if (json_is_integer(c))
			json_object_set_new(v, "instructions_retired",
					    json_integer(json_integer_value(c)));
		json_array_append_new(vcpus, v);
	}
	json_object_set_new(cpu, "vcpus", vcpus);
	json_decref(vm);
}

json_t *stats_sample(const struct stats_target *t, double *mono)
{
	return stats_sample_api(t, mono, NULL);
}

json_t *stats_sample_api(const struct stats_target *t, double *mono, char **api_body)
{
	if (api_body)
		*api_body = NULL;
	json_t *o = json_pack("{s:s, s:s}", "name", t->name, "state", t->state);
	*mono = mono_now();
	if (!o)
		return NULL;
	json_object_set_new(o, "collected_at", json_real(wall_now()));
	if (!t->vm_pid || strcmp(t->state, "stopped") == 0) {
		json_t *x = t->last_exit ? json_loads(t->last_exit, 0, NULL) : NULL;
		json_object_set_new(o, "last_exit", x ? x : json_null());
		return o;
	}
	json_object_set_new(o, "pid", json_integer(t->vm_pid));
	json_t *mem = json_object(), *cpu = json_object();
	json_object_set_new(o, "cpu", cpu);
	json_object_set_new(o, "memory", mem);
	/* The host's view, when the pid is still the VM recorded. */
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/stat", (int)t->vm_pid);
	unsigned long long ticks;
	long long start;
	double tick = 1.0 / (double)sysconf(_SC_CLK_TCK);
	bool ours = proc_stat_fields(path, &ticks, &start) == 0 && start == t->vm_start;
	double secs[STATS_MAX_VCPUS];
	if (ours) {
		/* The relay of a PID namespace holds no guest: its child's
		 * numbers (plus its own few ticks). */
		pid_t guest = sup_guest_process(t->vm_pid);
		unsigned long long gticks;
		snprintf(path, sizeof(path), "/proc/%d/stat", (int)guest);
		if (guest != t->vm_pid && proc_stat_fields(path, &gticks, NULL) == 0)
			ticks += gticks;
		json_object_set_new(cpu, "process_seconds", json_real((double)ticks * tick));
		proc_memory(guest, mem);
		vcpu_times(guest, tick, secs, STATS_MAX_VCPUS);
	}
	/* The VM's own view. */
	char *body = NULL;
	struct error e;
	int st = uhttp_request(t->sock, "GET", "/vm", NULL, VM_API_MS, &body, &e);
	if (st == 200)
		stats_apply_vm_api(o, body, ours ? secs : NULL, STATS_MAX_VCPUS);
	else
		json_object_set_new(o, "api_error",
				    json_string(st < 0 ? e.msg : "the VM's API did not answer"));
	if (api_body && st == 200)
		*api_body = body, body = NULL;
	free(body);
	return o;
}

/* --- rates --- */

static double num(const json_t *o, const char *k, bool *ok)
{
	json_t *v = json_object_get(o, k);
	*ok = json_is_number(v);
	return *ok ? json_number_value(v) : 0;
}

/* out[k_rate] = (cur[k] - prev[k]) / dt * scale, when both have k and it
 * did not go back (a counter restarts at a guest reboot). */
static void rate(json_t *out, const json_t *cur, const json_t *prev, const char *k,
		 const char *k_rate, double dt, double scale)
{
	bool a, b;
	double c = num(cur, k, &a), p = num(prev, k, &b);
	if (a && b && c >= p && dt > 0)
		json_object_set_new(out, k_rate, json_real((c - p) / dt * scale));
}

void stats_add_rates(json_t *cur, double cur_mono, const json_t *prev, double prev_mono)
{
	double dt = cur_mono - prev_mono;
	if (!prev || dt < 0.05)
		return;
	const json_t *pc = json_object_get(prev, "cpu");
	json_t *cc = json_object_get(cur, "cpu");
	rate(cc, cc, pc, "process_seconds", "percent", dt, 100);
	rate(cur, cur, prev, "instructions_retired", "mips", dt, 1e-6);
	json_t *cv = json_object_get(cc, "vcpus"), *pv = json_object_get(pc, "vcpus");
	for (size_t k = 0; k < json_array_size(cv); k++) {
		json_t *c = json_array_get(cv, k), *p = json_array_get(pv, k);
		rate(c, c, p, "cpu_seconds", "percent", dt, 100);
		rate(c, c, p, "instructions_retired", "mips", dt, 1e-6);
	}
	static const char *const disk_keys[][2] = {{"read_bytes", "read_bytes_per_second"},
						   {"write_bytes", "write_bytes_per_second"},
						   {"reads", "reads_per_second"},
						   {"writes", "writes_per_second"}};
	static const char *const nic_keys[][2] = {{"rx_bytes", "rx_bytes_per_second"},
						  {"tx_bytes", "tx_bytes_per_second"},
						  {"rx_packets", "rx_packets_per_second"},
						  {"tx_packets", "tx_packets_per_second"}};
	const char *lists[2] = {"disks", "nics"};
	for (int l = 0; l < 2; l++) {
		json_t *ca = json_object_get(cur, lists[l]);
		const json_t *pa = json_object_get(prev, lists[l]);
		for (size_t k = 0; k < json_array_size(ca); k++) {
			json_t *c = json_array_get(ca, k), *p = json_array_get(pa, k);
			for (int i = 0; i < 4; i++)
				rate(c, c, p, l ? nic_keys[i][0] : disk_keys[i][0],
				     l ? nic_keys[i][1] : disk_keys[i][1], dt, 1);
		}
	}
}

/* --- the collector --- */

/* The cached sample of the same run as t (lock held), or NULL. */
static const json_t *cached(struct stats *s, const char *name, pid_t pid, double *mono)
{
	json_t *vms = json_object_get(s->all, "vms");
	size_t i;
	json_t *v;
	json_array_foreach(vms, i, v)
	{
		json_t *p = json_object_get(v, "pid");
		const char *n = json_string_value(json_object_get(v, "name"));
		if (n && strcmp(n, name) == 0 && json_is_integer(p) &&
		    json_integer_value(p) == pid) {
			*mono = s->mono[i];
			return v;
		}
	}
	return NULL;
}

static void collect(struct stats *s)
{
	struct stats_target *t = NULL;
	unsigned n = 0;
	double begin = mono_now();
	if (s->list(s->ctx, &t, &n) < 0)
		return;
	json_t *vms = json_array();
	double *mono = calloc(n ? n : 1, sizeof(*mono));
	for (unsigned k = 0; k < n && mono; k++) {
		char *body = NULL;
		json_t *o = stats_sample_api(&t[k], &mono[json_array_size(vms)], &body);
		if (body && s->api_seen)
			s->api_seen(s->ctx, &t[k], mono[json_array_size(vms)], body);
		free(body);
		if (!o)
			continue;
		pthread_mutex_lock(&s->lock);
		double pm;
		const json_t *prev = cached(s, t[k].name, t[k].vm_pid, &pm);
		/* Snapshots and migrations made through the VM's own API
		 * (rvisor ctl) show as counts that grew since the last sample. */
		static const char *const counts[][2] = {{"snapshots_taken", "snapshot"},
							{"migrations_started", "migration"}};
		json_int_t grew[2] = {0, 0};
		if (prev && t[k].vm_pid) {
			stats_add_rates(o, mono[json_array_size(vms)], prev, pm);
			for (int c = 0; c < 2; c++) {
				json_t *a = json_object_get(prev, counts[c][0]),
				       *b = json_object_get(o, counts[c][0]);
				if (json_is_integer(a) && json_is_integer(b) &&
				    json_integer_value(b) > json_integer_value(a))
					grew[c] = json_integer_value(b);
			}
		}
		pthread_mutex_unlock(&s->lock);
		for (int c = 0; c < 2 && s->changed; c++)
			if (grew[c])
				s->changed(s->ctx, t[k].name, counts[c][1], counts[c][0], grew[c]);
		json_array_append_new(vms, o);
	}
	stats_targets_free(t, n);
	json_t *all = json_pack("{s:f, s:f, s:o}", "collected_at", wall_now(), "collect_seconds",
				mono_now() - begin, "vms", vms);
	size_t len = 0;
	char *text = all ? metrics_render(all, &len) : NULL;
	pthread_mutex_lock(&s->lock);
	if (all && mono) {
		json_decref(s->all);
		free(s->mono);
		s->all = all, s->mono = mono, all = NULL, mono = NULL;
	}
	if (text) {
		free(s->metrics);
		s->metrics = text, s->metrics_len = len, text = NULL;
	}
	pthread_mutex_unlock(&s->lock);
	json_decref(all);
	free(mono);
	free(text);
}

static void *collector(void *arg)
{
	struct stats *s = arg;
	pthread_mutex_lock(&s->lock);
	while (!s->stopping) {
		pthread_mutex_unlock(&s->lock);
		collect(s);
		pthread_mutex_lock(&s->lock);
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_sec += s->period_ms / 1000;
		ts.tv_nsec += (long)(s->period_ms % 1000) * 1000000;
		if (ts.tv_nsec >= 1000000000)
			ts.tv_sec++, ts.tv_nsec -= 1000000000;
		while (!s->stopping && pthread_cond_timedwait(&s->wake, &s->lock, &ts) == 0) {
		}
	}
	pthread_mutex_unlock(&s->lock);
	return NULL;
}

struct stats *stats_start(stats_list_fn list, stats_change_fn changed, stats_api_fn api_seen,
			  void *ctx, unsigned period_ms, struct error *e)
{
	struct stats *s = calloc(1, sizeof(*s));
	if (!s) {
		err_set(e, ERR_IO, "out of memory");
		return NULL;
	}
	s->list = list, s->changed = changed, s->api_seen = api_seen, s->ctx = ctx;
	s->period_ms = period_ms ? period_ms : 1000;
	s->all = json_pack("{s:n, s:n, s:[]}", "collected_at", "collect_seconds", "vms");
	pthread_mutex_init(&s->lock, NULL);
	pthread_cond_init(&s->wake, NULL);
	size_t len;
	s->metrics = metrics_render(s->all, &len);
	s->metrics_len = len;
	int rc = thread_spawn(&s->thread, collector, s, "stats");
	if (rc != 0) {
		err_set(e, ERR_IO, "cannot start the statistics thread: %s", strerror(rc));
		json_decref(s->all);
		free(s->metrics);
		pthread_cond_destroy(&s->wake);
		pthread_mutex_destroy(&s->lock);
		free(s);
		return NULL;
	}
	return s;
}

void stats_stop(struct stats *s)
{
	if (!s)
		return;
	pthread_mutex_lock(&s->lock);
	s->stopping = true;
	pthread_cond_broadcast(&s->wake);
	pthread_mutex_unlock(&s->lock);
	pthread_join(s->thread, NULL);
	json_decref(s->all);
	free(s->mono);
	free(s->metrics);
	pthread_cond_destroy(&s->wake);
	pthread_mutex_destroy(&s->lock);
	free(s);
}

json_t *stats_all(struct stats *s)
{
	pthread_mutex_lock(&s->lock);
	json_t *j = json_deep_copy(s->all);
	pthread_mutex_unlock(&s->lock);
	return j;
}

/* Copy the rate fields of prev (computed against its own predecessor)
 * into cur where cur has none. */
static void copy_rates(json_t *cur, const json_t *prev)
{
	static const char *const keys[] = {"mips",
					   "percent",
					   "read_bytes_per_second",
					   "write_bytes_per_second",
					   "reads_per_second",
					   "writes_per_second",
					   "rx_bytes_per_second",
					   "tx_bytes_per_second",
					   "rx_packets_per_second",
					   "tx_packets_per_second"};
	for (size_t k = 0; k < sizeof(keys) / sizeof(keys[0]); k++) {
		json_t *v = json_object_get(prev, keys[k]);
		if (v && !json_object_get(cur, keys[k]))
			json_object_set(cur, keys[k], v);
	}
	json_t *cc = json_object_get(cur, "cpu");
	if (json_is_object(cc))
		copy_rates(cc, json_object_get(prev, "cpu"));
	const char *lists[] = {"vcpus", "disks", "nics"};
	for (int l = 0; l < 3; l++) {
		json_t *ca = json_object_get(cur, lists[l]), *pa = json_object_get(prev, lists[l]);
		for (size_t k = 0; k < json_array_size(ca) && k < json_array_size(pa); k++)
			copy_rates(json_array_get(ca, k), json_array_get(pa, k));
	}
}

json_t *stats_one(struct stats *s, const struct stats_target *t)
{
	double m;
	json_t *o = stats_sample(t, &m);
	if (!o || !t->vm_pid)
		return o;
	pthread_mutex_lock(&s->lock);
	double pm;
	const json_t *prev = cached(s, t->name, t->vm_pid, &pm);
	if (prev) {
		/* A cached sample taken just now is too close for rates of
		 * its own: its rates (against the one before) stand in. */
		stats_add_rates(o, m, prev, pm);
		copy_rates(o, prev);
	}
	pthread_mutex_unlock(&s->lock);
	return o;
}

char *stats_metrics_text(struct stats *s, size_t *len)
{
	pthread_mutex_lock(&s->lock);
	char *t = s->metrics ? malloc(s->metrics_len + 1) : NULL;
	if (t) {
		memcpy(t, s->metrics, s->metrics_len + 1);
		*len = s->metrics_len;
	}
	pthread_mutex_unlock(&s->lock);
	return t;
}
