/* The daemon's directories (state and run, by mode) and the paths of
 * each VM's files and sockets under them (docs/daemon.md, "State
 * directories"). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "daemon/core.h"
#include "daemon/daemon.h"
#include "daemon/migrate.h"
#include "daemon/snapshots.h"

static int abs_into(const char *p, char *out, size_t n, struct error *e)
{
	char cwd[1024] = "";
	if (p[0] != '/' && !getcwd(cwd, sizeof(cwd)))
		return err_errno(e, errno, "getcwd");
	if ((size_t)snprintf(out, n, "%s%s%s", cwd, *cwd ? "/" : "", p) >= n)
		return err_set(e, ERR_INVALID, "%s: path too long", p);
	return 0;
}

int daemon_dirs_resolve(const char *state_opt, const char *run_opt, struct daemon_dirs *d,
			struct error *e)
{
	memset(d, 0, sizeof(*d));
	d->system = geteuid() == 0;
	const char *st = state_opt ? state_opt : getenv("RVISOR_STATE_DIR");
	const char *rn = run_opt ? run_opt : getenv("RVISOR_RUN_DIR");
	char buf[1024];
	if (st && *st) {
		if (abs_into(st, d->state, sizeof(d->state), e) < 0)
			return -1;
	} else if (d->system) {
		snprintf(d->state, sizeof(d->state), "/var/lib/rvisor");
	} else {
		const char *x = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
		if (x && *x == '/')
			snprintf(buf, sizeof(buf), "%s/rvisor", x);
		else if (home && *home == '/')
			snprintf(buf, sizeof(buf), "%s/.local/share/rvisor", home);
		else
			return err_set(e, ERR_INVALID,
				       "no state directory: set HOME or XDG_DATA_HOME, or give "
				       "--state-dir");
		snprintf(d->state, sizeof(d->state), "%s", buf);
	}
	if (rn && *rn) {
		if (abs_into(rn, d->run, sizeof(d->run), e) < 0)
			return -1;
	} else if (d->system) {
		snprintf(d->run, sizeof(d->run), "/run/rvisor");
	} else {
		const char *x = getenv("XDG_RUNTIME_DIR");
		if (x && *x == '/')
			snprintf(d->run, sizeof(d->run), "%.1000s/rvisor", x);
		else
			snprintf(d->run, sizeof(d->run), "%.1000s/run", d->state);
	}
	/* Sockets live in the run directory: sun_path has 108 bytes. */
	if (strlen(d->run) + sizeof("/vm-9999999999.console") >
	    sizeof(((struct sockaddr_un *)0)->sun_path))
		return err_set(e, ERR_INVALID,
			       "run directory %s: too long for unix socket paths (at most %zu "
			       "bytes)",
			       d->run,
			       sizeof(((struct sockaddr_un *)0)->sun_path) -
				   sizeof("/vm-9999999999.console"));
	return 0;
}

int dpath_mkdir_p(const char *path, mode_t mode, struct error *e)
{
	char p[1024];
	snprintf(p, sizeof(p), "%s", path);
	for (char *s = p + 1; *s; s++)
		if (*s == '/') {
			*s = 0;
			if (mkdir(p, 0755) < 0 && errno != EEXIST)
				return err_errno(e, errno, "%s: mkdir", p);
			*s = '/';
		}
	if (mkdir(p, mode) < 0 && errno != EEXIST)
		return err_errno(e, errno, "%s: mkdir", p);
	struct stat st;
	if (stat(p, &st) < 0 || !S_ISDIR(st.st_mode))
		return err_set(e, ERR_INVALID, "%s: not a directory", p);
	return 0;
}

void dpath_vm(const struct daemon *d, int64_t id, const char *leaf, char *out, size_t n)
{
	if (leaf)
		snprintf(out, n, "%s/vms/%lld/%s", d->o->dirs.state, (long long)id, leaf);
	else
		snprintf(out, n, "%s/vms/%lld", d->o->dirs.state, (long long)id);
}

void dpath_vm_sock(const struct daemon *d, int64_t id, char *out, size_t n)
{
	snprintf(out, n, "%.150s/vm-%lld.sock", d->o->dirs.run, (long long)id);
}

/* The keeper's console socket (daemon/console_relay.h). */
void dpath_console_sock(const struct daemon *d, int64_t id, char *out, size_t n)
{
	snprintf(out, n, "%.150s/vm-%lld.console", d->o->dirs.run, (long long)id);
}

/* Remove a VM's directory: only the files the daemon makes there. */
void dpath_remove_vm_dir(const struct daemon *d, int64_t id)
{
	static const char *const files[] = {"console.log",   "console.log.1",	"exit.json",
					    "exit.json.tmp", MIG_INCOMING_MARK, "incoming.token"};
	char p[1200];
	snap_remove_vm_files(d->o->dirs.state, id);
	for (size_t k = 0; k < sizeof(files) / sizeof(files[0]); k++) {
		dpath_vm(d, id, files[k], p, sizeof(p));
		unlink(p);
	}
	dpath_vm(d, id, NULL, p, sizeof(p));
	if (rmdir(p) < 0 && errno != ENOENT)
		fprintf(stderr, "rvisor daemon: %s: left in place: %s\n", p, strerror(errno));
}
