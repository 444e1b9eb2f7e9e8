/* The sandbox's dedicated user: uid/gid change that keeps capabilities, RLIMIT_NPROC. */
#include "vmm/sandbox_user.h"

#include <errno.h>
#include <grp.h>
#include <linux/securebits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

int sandbox_parse_user(const char *s, uid_t *uid, gid_t *gid)
{
	char *end;
	errno = 0;
	unsigned long u = strtoul(s, &end, 10);
	if (errno || end == s || s[0] == '-' || u == 0 || u >= (uid_t)-1)
		return -1;
	unsigned long g = u;
	if (*end == ':') {
		const char *gs = end + 1;
		g = strtoul(gs, &end, 10);
		if (errno || end == gs || gs[0] == '-' || g == 0 || g >= (gid_t)-1)
			return -1;
	}
	if (*end)
		return -1;
	*uid = (uid_t)u;
	*gid = (gid_t)g;
	return 0;
}

bool sandbox_user_enter(uid_t uid, gid_t gid, unsigned long nproc)
{
	/* Capabilities survive the change of uid: the set-up that follows
	 * (taps, root's images, the private root) still needs them; every
	 * thread drops its own afterwards, the main one last. */
	const char *what = NULL;
	if (prctl(PR_SET_SECUREBITS, SECBIT_NO_SETUID_FIXUP | SECBIT_NO_SETUID_FIXUP_LOCKED, 0, 0,
		  0) < 0)
		what = "keeping capabilities across it";
	else if (setgroups(0, NULL) < 0)
		what = "dropping the supplementary groups";
	else if (setresgid(gid, gid, gid) < 0)
		what = "setresgid";
	else if (setresuid(uid, uid, uid) < 0)
		what = "setresuid";
	if (what) {
		fprintf(stderr,
			"rvisor: sandbox: cannot run as uid %u gid %u (%s: %s): the VM process "
			"stays root (its threads still drop their capabilities)\n",
			(unsigned)uid, (unsigned)gid, what, strerror(errno));
		return false;
	}
	/* Threads count against RLIMIT_NPROC, per uid: the VM's own. */
	struct rlimit rl = {nproc, nproc};
	if (setrlimit(RLIMIT_NPROC, &rl) < 0)
		fprintf(stderr, "rvisor: sandbox: no RLIMIT_NPROC (%s)\n", strerror(errno));
	return true;
}
