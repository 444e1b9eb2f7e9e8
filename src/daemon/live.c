/* Online modify of a running managed VM (see live.h). */
#include "daemon/live.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "daemon/live_rates.h"
#include "daemon/supervisor.h"
#include "daemon/spec.h"
#include "util/uhttp.h"
#include "vmm/cgroup.h"
#include "vmm/limits.h"

#define LIVE_API_MS 2000

enum live_field { F_CPU_MAX, F_CPU_WEIGHT, F_MEMORY, F_PIDS, F_PIN, F_BALLOON, F_N };
static const char *const field_name[F_N] = {"cpu_max",	"cpu_weight", "memory_limit",
					    "pids_max", "cpu_pin",    "balloon_mib"};

/* Are a and b (either may be NULL: absent) the same value? */
static bool same(json_t *a, json_t *b)
{
	if (!a || !b)
		return !a && !b;
	if (json_is_number(a) && json_is_number(b))
		return json_number_value(a) == json_number_value(b);
	return json_equal(a, b);
}

json_t *live_pending(const char *config, const char *running_config)
{
	json_t *out = json_array();
	json_t *c = config ? json_loads(config, 0, NULL) : NULL;
	json_t *r = running_config ? json_loads(running_config, 0, NULL) : NULL;
	if (c && r) {
		const char *k;
		json_t *v;
		json_object_foreach(c, k, v) if (!same(v, json_object_get(r, k)))
		    json_array_append_new(out, json_string(k));
		json_object_foreach(r, k, v) if (!json_object_get(c, k))
		    json_array_append_new(out, json_string(k));
	}
	json_decref(c);
	json_decref(r);
	return out;
}

const char *live_cgroup_parent(void)
{
	const char *p = getenv("RVISOR_CGROUP_PARENT");
	return p && *p ? p : CGROUP_PARENT_DEFAULT;
}

/* The cgroup limits of configuration s, for a VM whose guest RAM is
 * ram_mib (memory_limit auto counts the RAM it runs with). */
static int limits_of(const struct vm_spec *s, uint64_t ram_mib, struct vm_limits *l,
		     struct error *e)
{
	memset(l, 0, sizeof(*l));
	l->cpu_max = s->cpu_max;
	l->cpu_weight = s->cpu_weight;
	l->pids_max = s->pids_max;
	if (s->memory_limit && limits_parse_memory(l, s->memory_limit, e) < 0)
		return -1;
	if (s->cpu_pin && limits_parse_cpu_pin(l, s->cpu_pin, e) < 0)
		return -1;
	limits_resolve(l, ram_mib << 20);
	return 0;
}

/* Every thread of pid on the CPUs of l (all the host's when unpinned);
 * with vcpus= pinning, thread vcpuN on its own CPU. */
static int set_affinity(pid_t pid, const struct vm_limits *l, struct error *e)
{
	cpu_set_t all;
	CPU_ZERO(&all);
	long n = sysconf(_SC_NPROCESSORS_CONF);
	for (long c = 0; c < n && c < CPU_SETSIZE; c++)
		CPU_SET((int)c, &all);
	const cpu_set_t *set = l->npin ? &l->cpu_pin : &all;
	char dir[64];
	snprintf(dir, sizeof(dir), "/proc/%d/task", (int)pid);
	DIR *d = opendir(dir);
	if (!d)
		return err_errno(e, errno, "cpu_pin: %s", dir);
	struct dirent *de;
	int rc = 0;
	while (rc == 0 && (de = readdir(d))) {
		if (de->d_name[0] < '0' || de->d_name[0] > '9')
			continue;
		pid_t tid = (pid_t)atoi(de->d_name);
		const cpu_set_t *want = set;
		cpu_set_t one;
		char path[96], comm[32] = "";
		unsigned k;
		int end = 0;
		snprintf(path, sizeof(path), "%s/%.20s/comm", dir, de->d_name);
		FILE *f = l->nvcpu_pin ? fopen(path, "re") : NULL;
		if (f) {
			if (!fgets(comm, sizeof(comm), f))
				comm[0] = 0;
			fclose(f);
		}
		if (l->nvcpu_pin && sscanf(comm, "vcpu%u%n", &k, &end) == 1 &&
		    (comm[end] == 0 || comm[end] == '\n')) {
			CPU_ZERO(&one);
			CPU_SET(l->vcpu_pin[k % l->nvcpu_pin], &one);
			want = &one;
		}
		if (sched_setaffinity(tid, sizeof(*want), want) < 0 && errno != ESRCH)
			rc = err_set(e, ERR_CONFLICT, "cpu_pin: thread %d refused it: %s", (int)tid,
				     strerror(errno));
	}
	closedir(d);
	return rc;
}

/* PUT /balloon on the VM's API; 0, or -1 with e set (ERR_CONFLICT with the
 * VM's reason). */
static int set_balloon(const char *sock, uint64_t mib, struct error *e)
{
	char body[64], *ans = NULL;
	snprintf(body, sizeof(body), "{\"amount_mib\":%llu}", (unsigned long long)mib);
	int st = uhttp_request(sock, "PUT", "/balloon", body, LIVE_API_MS, &ans, e);
	int rc = 0;
	if (st < 0) {
		rc = err_prefix(e, "balloon_mib: the VM's API");
	} else if (st >= 300) {
		json_t *j = json_loads(ans ? ans : "", 0, NULL);
		json_t *m = json_object_get(j, "fault_message");
		rc =
		    err_set(e, ERR_CONFLICT, "balloon_mib %llu: the VM refused it: %.300s",
			    (unsigned long long)mib, json_is_string(m) ? json_string_value(m) : "");
		json_decref(j);
	}
	free(ans);
	return rc;
}

/* Put the cgroup, affinity and balloon values of `to` in force for the
 * fields in `which`. 0, or -1 with e set. */
static int put_in_force(const struct live_target *t, const struct vm_limits *to, uint64_t balloon,
			const bool which[F_N], struct error *e)
{
	bool ctl[CGROUP_NCTL] = {
	    [CGROUP_CPU] = which[F_CPU_MAX] || which[F_CPU_WEIGHT],
	    [CGROUP_MEMORY] = which[F_MEMORY],
	    [CGROUP_PIDS] = which[F_PIDS],
	};
	char(*d)[PATH_MAX] = calloc(CGROUP_NCTL, PATH_MAX);
	if (!d)
		return err_set(e, ERR_IO, "out of memory");
	int rc = 0;
	if ((ctl[CGROUP_CPU] || ctl[CGROUP_MEMORY] || ctl[CGROUP_PIDS]) &&
	    cgroup_vm_update(t->cgroup_parent, t->pid, sup_guest_process(t->pid), to, ctl, d, e) <
		0)
		rc = -1;
	free(d);
	if (rc == 0 && which[F_PIN]) {
		/* The relay of the sandbox's PID namespace and its child. */
		pid_t guest = sup_guest_process(t->pid);
		rc = set_affinity(t->pid, to, e);
		if (rc == 0 && guest != t->pid)
			rc = set_affinity(guest, to, e);
	}
	if (rc == 0 && which[F_BALLOON])
		rc = set_balloon(t->api_sock, balloon, e);
	return rc;
}

int live_apply(const struct live_target *t, const char *running_config, const char *new_config,
	       char **running_out, json_t **applied, struct error *e)
{
	*running_out = NULL;
	*applied = NULL;
	if (proc_start_time(t->pid) != t->start)
		return err_set(e, ERR_CONFLICT, "the VM's process %d is gone", (int)t->pid);
	struct vm_spec run, want;
	if (spec_parse(running_config, strlen(running_config), &run, e) < 0)
		return err_prefix(e, "the running configuration");
	if (spec_parse(new_config, strlen(new_config), &want, e) < 0) {
		spec_free(&run);
		return -1;
	}
	json_t *ro = json_loads(running_config, 0, NULL), *no = json_loads(new_config, 0, NULL);
	bool which[F_N] = {0}, any = false;
	for (int f = 0; f < F_N; f++) {
		which[f] =
		    !same(json_object_get(ro, field_name[f]), json_object_get(no, field_name[f]));
		/* The balloon changes live only on a VM that has one (else
		 * at the next start, with the device). */
		if (f == F_BALLOON && !spec_has_device(&run, "balloon"))
			which[f] = false;
		if (f == F_BALLOON && which[f] && want.balloon_mib >= run.memory_mib)
			which[f] = false;
		any |= which[f];
	}
	/* Disks and devices that differ only in rate limits: through the
	 * VM's API (else they are pending). */
	struct live_rate_change *rates = calloc(2 * LIVE_RATES_MAX, sizeof(*rates));
	int nd = rates ? live_rates_diff(false, json_object_get(ro, "disks"),
					 json_object_get(no, "disks"), rates)
		       : -1;
	int nn = rates ? live_rates_diff(true, json_object_get(ro, "devices"),
					 json_object_get(no, "devices"), rates + (nd > 0 ? nd : 0))
		       : -1;
	int nrates = (nd > 0 ? nd : 0) + (nn > 0 ? nn : 0), done = 0;
	struct vm_limits from, to;
	int rc = limits_of(&run, run.memory_mib, &from, e);
	if (rc == 0)
		rc = limits_of(&want, run.memory_mib, &to, e);
	if (rc == 0 && any && put_in_force(t, &to, want.balloon_mib, which, e) < 0)
		rc = -2;
	while (rc == 0 && done < nrates &&
	       live_rates_apply(t->api_sock, &rates[done], false, e) == 0)
		done++;
	if (rc == 0 && done < nrates)
		rc = -2;
	if (rc == -2) {
		/* Back to what it ran with (each field was applied or not:
		 * writing the old value again is harmless). */
		struct error be;
		while (done > 0)
			live_rates_apply(t->api_sock, &rates[--done], true, &be);
		if (any)
			put_in_force(t, &from, run.balloon_mib, which, &be);
		rc = -1;
	}
	free(rates);
	if (rc == 0) {
		*applied = json_array();
		for (int f = 0; f < F_N; f++) {
			if (!which[f])
				continue;
			json_t *v = json_object_get(no, field_name[f]);
			if (v)
				json_object_set(ro, field_name[f], v);
			else
				json_object_del(ro, field_name[f]);
			json_array_append_new(*applied, json_string(field_name[f]));
		}
		const char *lists[] = {nd > 0 ? "disks" : NULL, nn > 0 ? "devices" : NULL};
		for (int k = 0; k < 2; k++)
			if (lists[k]) {
				json_object_set(ro, lists[k], json_object_get(no, lists[k]));
				json_array_append_new(*applied, json_string(lists[k]));
			}
		/* Canonical, as spec_to_json writes every configuration. */
		char *text = json_dumps(ro, JSON_COMPACT);
		struct vm_spec now;
		if (text && spec_parse(text, strlen(text), &now, e) == 0) {
			*running_out = spec_to_json(&now);
			spec_free(&now);
			if (!*running_out)
				rc = err_set(e, ERR_IO, "out of memory");
		} else {
			rc = -1;
		}
		free(text);
		if (rc < 0) {
			json_decref(*applied);
			*applied = NULL;
		}
	}
	json_decref(ro);
	json_decref(no);
	spec_free(&run);
	spec_free(&want);
	return rc;
}

void live_start_balloon(const char *name, const char *api_sock, const char *config)
{
	struct vm_spec s;
	struct error e;
	if (spec_parse(config, strlen(config), &s, &e) < 0)
		return;
	if (s.balloon_mib && set_balloon(api_sock, s.balloon_mib, &e) < 0)
		fprintf(stderr, "rvisor daemon: VM '%s': %s\n", name, e.msg);
	spec_free(&s);
}
