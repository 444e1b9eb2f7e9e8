/* Per-VM control groups in cgroup v2 or v1: made, limited, entered, reaped (cgroup.h). */
#include "vmm/cgroup.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util/file.h"

static const char *const ctl_name[CGROUP_NCTL] = {"cpu", "memory", "pids"};
static const char *const ctl_option[CGROUP_NCTL] = {"--cpu-max/--cpu-weight", "--memory-limit",
						    "--pids-max"};

bool cgroup_parent_ok(const char *name)
{
	size_t n = strlen(name);
	if (n == 0 || n > 64 || strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = name[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '.' || c == '_' || c == '-'))
			return false;
	}
	return true;
}

/* Does the comma-separated list have the word w? */
static bool has_word(const char *list, const char *w, char sep)
{
	size_t n = strlen(w);
	for (const char *p = list; p && *p;) {
		const char *end = strchr(p, sep);
		size_t len = end ? (size_t)(end - p) : strlen(p);
		if (len == n && strncmp(p, w, n) == 0)
			return true;
		p = end ? end + 1 : NULL;
	}
	return false;
}

/* A process's group in the hierarchy of controller ctl (v1) or in the
 * unified one (ctl NULL): its mount point joined with the process's path
 * there (procfile: /proc/PID/cgroup, less the mount's root). Returns 0, or
 * -1 when there is no such hierarchy. */
static int group_dir_of(const char *procfile, const char *ctl, char *out, size_t n)
{
	char path[PATH_MAX] = "", mnt[PATH_MAX] = "", root[PATH_MAX] = "";
	bool have_path = false, have_mnt = false;
	char *line = NULL;
	size_t cap = 0;
	FILE *f = fopen(procfile, "re");
	while (f && getline(&line, &cap, f) > 0) {
		line[strcspn(line, "\n")] = 0;
		char *c1 = strchr(line, ':'), *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
		if (!c2 || strlen(c2 + 1) >= sizeof(path))
			continue;
		*c2 = 0;
		/* v1: "N:CTL,CTL:PATH"; the unified hierarchy: "0::PATH" */
		bool match =
		    ctl ? has_word(c1 + 1, ctl, ',') : strncmp(line, "0:", 2) == 0 && c1[1] == 0;
		if (match) {
			strcpy(path, c2 + 1);
			have_path = true;
		}
	}
	if (f)
		fclose(f);
	/* mountinfo: ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTS [TAGS] - FSTYPE SRC SUPER */
	f = fopen("/proc/self/mountinfo", "re");
	while (f && !have_mnt && getline(&line, &cap, f) > 0) {
		line[strcspn(line, "\n")] = 0;
		char *dash = strstr(line, " - ");
		if (!dash)
			continue;
		char fstype[32], super[512], r[PATH_MAX], m[PATH_MAX];
		if (sscanf(dash + 3, "%31s %*s %511s", fstype, super) < 1 ||
		    sscanf(line, "%*s %*s %*s %4095s %4095s", r, m) != 2)
			continue;
		if (ctl ? strcmp(fstype, "cgroup") == 0 && has_word(super, ctl, ',')
			: strcmp(fstype, "cgroup2") == 0) {
			strcpy(mnt, m);
			strcpy(root, r);
			have_mnt = true;
		}
	}
	if (f)
		fclose(f);
	free(line);
	if (!have_path || !have_mnt)
		return -1;
	const char *rel = path;
	size_t rl = strlen(root);
	if (strcmp(root, "/") != 0 && strncmp(path, root, rl) == 0)
		rel = path + rl;
	if (strcmp(rel, "/") == 0)
		rel = "";
	return (size_t)snprintf(out, n, "%s%s", mnt, rel) < n ? 0 : -1;
}

/* The calling process's own group (see group_dir_of). */
static int own_dir(const char *ctl, char *out, size_t n)
{
	return group_dir_of("/proc/self/cgroup", ctl, out, n);
}

/* Write the printf-style text to dir/file. Returns 0 or an errno value. */
static int write_file(const char *dir, const char *file, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int write_file(const char *dir, const char *file, const char *fmt, ...)
{
	char path[PATH_MAX + 64], text[128];
	snprintf(path, sizeof(path), "%s/%s", dir, file);
	va_list ap;
	va_start(ap, fmt);
	int len = vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return errno;
	int rc = write(fd, text, (size_t)len) == len ? 0 : errno ? errno : EIO;
	close(fd);
	return rc;
}

/* The text of dir/file (at most n-1 bytes) into buf. Returns 0 or -1. */
static int read_file(const char *dir, const char *file, char *buf, size_t n)
{
	char path[PATH_MAX + 64];
	if (snprintf(path, sizeof(path), "%s/%s", dir, file) >= (int)sizeof(path))
		return -1;
	return file_read_text(path, buf, n) < 0 ? -1 : 0;
}

/* The number after "key " in a flat-keyed file such as memory.events. */
static uint64_t keyed_value(const char *text, const char *key)
{
	size_t n = strlen(key);
	for (const char *p = text; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (strncmp(p, key, n) == 0 && p[n] == ' ')
			return strtoull(p + n + 1, NULL, 10);
	return 0;
}

/* Remove the groups vm-N in base whose process N is gone (left by a
 * crash, or by an OOM kill nobody reaped); a group still holding a task
 * refuses (EBUSY) and stays. */
static void remove_stale(const char *base)
{
	DIR *d = opendir(base);
	if (!d)
		return;
	struct dirent *de;
	while ((de = readdir(d))) {
		char *end;
		if (strncmp(de->d_name, "vm-", 3) != 0)
			continue;
		long pid = strtol(de->d_name + 3, &end, 10);
		if (*end || pid <= 0 || (kill((pid_t)pid, 0) == 0 || errno != ESRCH))
			continue;
		char path[PATH_MAX + 300];
		snprintf(path, sizeof(path), "%s/%s", base, de->d_name);
		rmdir(path);
	}
	closedir(d);
}

/* The controllers l needs. */
static void needed(const struct vm_limits *l, bool need[CGROUP_NCTL])
{
	need[CGROUP_CPU] = l->cpu_max > 0 || l->cpu_weight;
	need[CGROUP_MEMORY] = l->memory_max > 0;
	need[CGROUP_PIDS] = l->pids_max > 0;
}

/* Make base (the parent group, kept when it exists) and base/vm-PID in
 * it. Returns 0 or an errno value. */
static int make_group(const char *own, const char *parent, pid_t pid, char *dir, size_t n)
{
	char base[PATH_MAX];
	if ((size_t)snprintf(base, sizeof(base), "%s/%s", own, parent) >= sizeof(base) ||
	    (size_t)snprintf(dir, n, "%s/vm-%d", base, (int)pid) >= n)
		return ENAMETOOLONG;
	if (mkdir(base, 0755) < 0 && errno != EEXIST)
		return errno;
	remove_stale(base);
	if (mkdir(dir, 0755) < 0 && errno != EEXIST)
		return errno;
	return 0;
}

/* Try the unified hierarchy for every needed controller: its group must
 * offer them all. Returns true with g->dir set; false with why set when
 * there is a unified hierarchy that cannot be used. */
static bool try_v2(struct cgroup_vm *g, const char *parent, pid_t pid, const bool need[], char *why,
		   size_t whyn)
{
	char own[PATH_MAX], avail[512], enable[64] = "";
	if (own_dir(NULL, own, sizeof(own)) < 0 ||
	    read_file(own, "cgroup.controllers", avail, sizeof(avail)) < 0)
		return false;
	avail[strcspn(avail, "\n")] = 0;
	for (int c = 0; c < CGROUP_NCTL; c++) {
		if (!need[c])
			continue;
		if (!has_word(avail, ctl_name[c], ' ')) {
			snprintf(why, whyn, "; cgroup v2: %.3000s does not offer it", own);
			return false;
		}
		snprintf(enable + strlen(enable), sizeof(enable) - strlen(enable), "%s+%s",
			 enable[0] ? " " : "", ctl_name[c]);
	}
	/* The controllers must be on in the subtrees down to the VM's group
	 * (the process's own group may refuse when it holds processes and is
	 * not the root: then v2 cannot be used from here). */
	char base[PATH_MAX + 80], dir[PATH_MAX];
	snprintf(base, sizeof(base), "%s/%s", own, parent);
	int rc = write_file(own, "cgroup.subtree_control", "%s", enable);
	if (rc != 0) {
		snprintf(why, whyn,
			 "; cgroup v2: cannot enable '%s' below %.3000s (%s: a group holding "
			 "processes cannot delegate; start rvisor in a group of its own)",
			 enable, own, strerror(rc));
		return false;
	}
	if (mkdir(base, 0755) < 0 && errno != EEXIST)
		return false;
	if (write_file(base, "cgroup.subtree_control", "%s", enable) != 0 ||
	    make_group(own, parent, pid, dir, sizeof(dir)) != 0)
		return false;
	g->v2 = true;
	for (int c = 0; c < CGROUP_NCTL; c++)
		if (need[c])
			strcpy(g->dir[c], dir);
	return true;
}

static void note_unenforced(struct cgroup_vm *g, int c, const char *why)
{
	size_t k = strlen(g->unenforced);
	snprintf(g->unenforced + k, sizeof(g->unenforced) - k, "%s%s (%s)", k ? "; " : "",
		 ctl_option[c], why);
}

/* Write l's limits for controller c into dir. Returns 0 or an errno
 * value, with *file the file refused. */
static int write_limits(bool v2, int c, const char *dir, const struct vm_limits *l,
			const char **file)
{
	int rc = 0;
	const unsigned period = 100000; /* microseconds: the kernel's default */
	unsigned long quota = (unsigned long)(l->cpu_max * period + 0.5);
	switch (c) {
	case CGROUP_CPU:
		if (v2) {
			if (l->cpu_max > 0)
				rc = write_file(dir, *file = "cpu.max", "%lu %u", quota, period);
			if (!rc && l->cpu_weight)
				rc = write_file(dir, *file = "cpu.weight", "%u", l->cpu_weight);
		} else {
			if (l->cpu_max > 0) {
				rc = write_file(dir, *file = "cpu.cfs_period_us", "%u", period);
				if (!rc)
					rc = write_file(dir, *file = "cpu.cfs_quota_us", "%lu",
							quota);
			}
			if (!rc && l->cpu_weight)
				rc = write_file(dir, *file = "cpu.shares", "%lu",
						limits_v1_shares(l->cpu_weight));
		}
		break;
	case CGROUP_MEMORY:
		if (v2) {
			rc = write_file(dir, *file = "memory.max", "%llu",
					(unsigned long long)l->memory_max);
			/* Swap would let the process run past its cap. */
			if (!rc && write_file(dir, "memory.swap.max", "0") == ENOENT)
				rc = 0;
		} else {
			rc = write_file(dir, *file = "memory.limit_in_bytes", "%llu",
					(unsigned long long)l->memory_max);
		}
		break;
	case CGROUP_PIDS:
		rc = write_file(dir, *file = "pids.max", "%u", l->pids_max);
		break;
	}
	return rc;
}

/* Remove the groups in g->dir (after the process left them). */
static void remove_groups(struct cgroup_vm *g)
{
	for (int c = 0; c < CGROUP_NCTL; c++) {
		if (!g->dir[c][0])
			continue;
		for (int k = c + 1; k < CGROUP_NCTL; k++) /* v2: one directory */
			if (strcmp(g->dir[k], g->dir[c]) == 0)
				g->dir[k][0] = 0;
		rmdir(g->dir[c]);
		g->dir[c][0] = 0;
	}
}

int cgroup_vm_enter(struct cgroup_vm *g, const char *parent, pid_t pid, const struct vm_limits *l,
		    struct error *e)
{
	memset(g, 0, sizeof(*g));
	bool need[CGROUP_NCTL];
	needed(l, need);
	if (!cgroup_parent_ok(parent))
		return err_set(e, ERR_INVALID,
			       "cgroup parent '%s': expected letters, digits, '.', '_' and '-'",
			       parent);
	char v2why[PATH_MAX + 200] = "";
	if (!try_v2(g, parent, pid, need, v2why, sizeof(v2why))) {
		for (int c = 0; c < CGROUP_NCTL; c++) {
			if (!need[c])
				continue;
			char own[PATH_MAX];
			if (own_dir(ctl_name[c], own, sizeof(own)) < 0) {
				char why[PATH_MAX + 300];
				snprintf(why, sizeof(why), "no cgroup v1 hierarchy has '%s'%s",
					 ctl_name[c], v2why);
				note_unenforced(g, c, why);
				continue;
			}
			int rc = make_group(own, parent, pid, g->dir[c], sizeof(g->dir[c]));
			if (rc) {
				char why[PATH_MAX + 128];
				snprintf(why, sizeof(why), "cannot make a group in %s: %s", own,
					 strerror(rc));
				note_unenforced(g, c, why);
				g->dir[c][0] = 0;
			}
		}
	}
	for (int c = 0; c < CGROUP_NCTL; c++) {
		if (!g->dir[c][0])
			continue;
		const char *file = "cgroup.procs";
		int rc = write_limits(g->v2, c, g->dir[c], l, &file);
		if (!rc) /* (v2: the same group again, which changes nothing) */
			rc = write_file(g->dir[c], file = "cgroup.procs", "%d", (int)pid);
		if (rc) {
			err_set(e, ERR_IO, "cgroup %s/%s: %s", g->dir[c], file, strerror(rc));
			/* Back to where the process was, so the groups can go. */
			for (int k = 0; k < CGROUP_NCTL; k++) {
				char own[PATH_MAX];
				if (g->dir[k][0] &&
				    own_dir(g->v2 ? NULL : ctl_name[k], own, sizeof(own)) == 0)
					write_file(own, "cgroup.procs", "%d", (int)pid);
			}
			remove_groups(g);
			return -1;
		}
	}
	return 0;
}

/* The process's group dir is gone or empty of tasks (waiting a little for
 * the kernel to finish an exit). */
static void wait_empty(const char *dir)
{
	for (int k = 0; k < 200; k++) {
		char buf[64];
		if (read_file(dir, "cgroup.procs", buf, sizeof(buf)) < 0 || !buf[0])
			return;
		nanosleep(&(struct timespec){0, 10 * 1000 * 1000}, NULL);
	}
}

int cgroup_vm_reap(const char *parent, pid_t pid, struct cgroup_outcome *o, struct error *e)
{
	memset(o, 0, sizeof(*o));
	if (!cgroup_parent_ok(parent))
		return 0;
	int rc = 0;
	for (int c = -1; c < CGROUP_NCTL; c++) { /* -1: the unified hierarchy */
		char own[PATH_MAX], dir[PATH_MAX + 96], base[PATH_MAX + 80];
		if (own_dir(c < 0 ? NULL : ctl_name[c], own, sizeof(own)) < 0)
			continue;
		snprintf(base, sizeof(base), "%s/%s", own, parent);
		snprintf(dir, sizeof(dir), "%s/vm-%d", base, (int)pid);
		struct stat st;
		if (stat(dir, &st) < 0)
			continue;
		o->found = true;
		char text[1024];
		if (c < 0 && read_file(dir, "memory.events", text, sizeof(text)) == 0)
			o->oom_kills += keyed_value(text, "oom_kill");
		if (c < 0 && read_file(dir, "memory.max", text, sizeof(text)) == 0)
			o->memory_max = strtoull(text, NULL, 10); /* "max" reads as 0 */
		if (c == CGROUP_MEMORY &&
		    read_file(dir, "memory.oom_control", text, sizeof(text)) == 0)
			o->oom_kills += keyed_value(text, "oom_kill");
		if (c == CGROUP_MEMORY &&
		    read_file(dir, "memory.limit_in_bytes", text, sizeof(text)) == 0)
			o->memory_max = strtoull(text, NULL, 10);
		wait_empty(dir);
		if (rmdir(dir) < 0 && errno != ENOENT && rc == 0)
			rc = err_errno(e, errno, "cgroup %s", dir);
		rmdir(base); /* the parent goes with its last VM (others keep it busy) */
	}
	return rc;
}

/* Write l's values for controller c into dir, an absent limit written as
 * none (a live change may remove one). Returns 0 or an errno value, with
 * *file the file refused. */
static int write_update(bool v2, int c, const char *dir, const struct vm_limits *l,
			const char **file)
{
	const unsigned period = 100000;
	unsigned long quota = (unsigned long)(l->cpu_max * period + 0.5);
	unsigned weight = l->cpu_weight ? l->cpu_weight : LIMITS_WEIGHT_DEFAULT;
	int rc = 0;
	switch (c) {
	case CGROUP_CPU:
		if (v2) {
			rc = l->cpu_max > 0
				 ? write_file(dir, *file = "cpu.max", "%lu %u", quota, period)
				 : write_file(dir, *file = "cpu.max", "max %u", period);
			if (!rc)
				rc = write_file(dir, *file = "cpu.weight", "%u", weight);
		} else {
			rc = write_file(dir, *file = "cpu.cfs_period_us", "%u", period);
			if (!rc)
				rc = l->cpu_max > 0
					 ? write_file(dir, *file = "cpu.cfs_quota_us", "%lu", quota)
					 : write_file(dir, *file = "cpu.cfs_quota_us", "-1");
			if (!rc)
				rc = write_file(dir, *file = "cpu.shares", "%lu",
						limits_v1_shares(weight));
		}
		break;
	case CGROUP_MEMORY:
		*file = v2 ? "memory.max" : "memory.limit_in_bytes";
		rc = l->memory_max
			 ? write_file(dir, *file, "%llu", (unsigned long long)l->memory_max)
			 : write_file(dir, *file, "%s", v2 ? "max" : "-1");
		if (!rc && v2 && l->memory_max && write_file(dir, "memory.swap.max", "0") == ENOENT)
			rc = 0;
		break;
	case CGROUP_PIDS:
		rc = l->pids_max ? write_file(dir, *file = "pids.max", "%u", l->pids_max)
				 : write_file(dir, *file = "pids.max", "max");
		break;
	}
	return rc;
}

static bool ends_with(const char *s, const char *tail)
{
	size_t a = strlen(s), b = strlen(tail);
	return a >= b && strcmp(s + a - b, tail) == 0;
}

int cgroup_vm_update(const char *parent, pid_t pid, pid_t also, const struct vm_limits *l,
		     const bool which[CGROUP_NCTL], char dirs[CGROUP_NCTL][PATH_MAX],
		     struct error *e)
{
	if (!cgroup_parent_ok(parent))
		return err_set(e, ERR_INVALID,
			       "cgroup parent '%s': expected letters, digits, '.', '_' and '-'",
			       parent);
	char procf[64], own[PATH_MAX], tail[128];
	snprintf(procf, sizeof(procf), "/proc/%d/cgroup", (int)pid);
	snprintf(tail, sizeof(tail), "/%s/vm-%d", parent, (int)pid);
	/* v2 when the process's unified group is its own (its start chose v2). */
	bool v2 = group_dir_of(procf, NULL, own, sizeof(own)) == 0 && ends_with(own, tail);
	for (int c = 0; c < CGROUP_NCTL; c++) {
		dirs[c][0] = 0;
		if (!which[c])
			continue;
		char dir[PATH_MAX], cur[PATH_MAX];
		bool fresh = false;
		if (v2) {
			char avail[512];
			if (read_file(own, "cgroup.controllers", avail, sizeof(avail)) < 0 ||
			    (avail[strcspn(avail, "\n")] = 0, !has_word(avail, ctl_name[c], ' ')))
				return err_set(e, ERR_CONFLICT,
					       "%s cannot change while the VM runs: its cgroup v2 "
					       "group %s has no '%s' controller (it applies at the "
					       "next start)",
					       ctl_option[c], own, ctl_name[c]);
			snprintf(dir, sizeof(dir), "%s", own);
		} else if (group_dir_of(procf, ctl_name[c], cur, sizeof(cur)) < 0) {
			return err_set(e, ERR_CONFLICT,
				       "%s cannot be enforced: no cgroup hierarchy has the '%s' "
				       "controller",
				       ctl_option[c], ctl_name[c]);
		} else if (ends_with(cur, tail)) {
			snprintf(dir, sizeof(dir), "%s", cur);
		} else {
			/* A limit the VM started without: its group now, beneath the
			 * group it started in, where its keeper reaps it. */
			int rc = make_group(cur, parent, pid, dir, sizeof(dir));
			if (rc)
				return err_set(e, ERR_CONFLICT, "%s: cannot make a group in %s: %s",
					       ctl_option[c], cur, strerror(rc));
			fresh = true;
		}
		const char *file = "cgroup.procs";
		int rc = write_update(v2, c, dir, l, &file);
		if (!rc && fresh)
			rc = write_file(dir, file = "cgroup.procs", "%d", (int)pid);
		if (!rc && fresh && also > 0 && also != pid)
			rc = write_file(dir, file = "cgroup.procs", "%d", (int)also);
		if (rc) {
			if (fresh)
				rmdir(dir);
			return err_set(e, rc == EBUSY || rc == EINVAL ? ERR_CONFLICT : ERR_IO,
				       "%s: cgroup %s/%s refused the value: %s%s", ctl_option[c],
				       dir, file, strerror(rc),
				       rc == EBUSY && c == CGROUP_MEMORY
					   ? " (the VM uses more memory than that now)"
					   : "");
		}
		snprintf(dirs[c], PATH_MAX, "%s", dir);
	}
	return 0;
}
