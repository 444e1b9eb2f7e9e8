/* The host descriptor budget of the guest (see fdbudget.h). */
#include "util/fdbudget.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

int fd_budget_raise_limit(char *err, size_t errlen)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) < 0) {
		snprintf(err, errlen, "cannot read the open-file limit: %s", strerror(errno));
		return -1;
	}
	if (rl.rlim_cur == rl.rlim_max)
		return 0;
	rl.rlim_cur = rl.rlim_max;
	if (setrlimit(RLIMIT_NOFILE, &rl) < 0) {
		snprintf(err, errlen, "cannot raise the open-file limit to %llu: %s",
			 (unsigned long long)rl.rlim_max, strerror(errno));
		return -1;
	}
	return 0;
}

unsigned fd_budget_limit(void)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
		return 1024; /* cannot happen; the usual default */
	return rl.rlim_cur > INT_MAX ? INT_MAX : (unsigned)rl.rlim_cur;
}

unsigned fd_budget_ceiling(void)
{
	unsigned lim = fd_budget_limit();
	unsigned reserve = lim < 2 * FD_BUDGET_VMM_RESERVE ? lim / 2 : FD_BUDGET_VMM_RESERVE;
	if (lim / 4 > reserve)
		reserve = lim / 4;
	return lim - reserve;
}

unsigned fd_budget_device_share(void)
{
	return fd_budget_ceiling() / 2;
}

int fd_budget_admit(int fd)
{
	if (fd < 0)
		return fd;
	if ((unsigned)fd < fd_budget_ceiling())
		return fd;
	close(fd);
	errno = EMFILE;
	return -1;
}

bool fd_budget_room(int any_fd)
{
	int probe = fcntl(any_fd, F_DUPFD_CLOEXEC, 0);
	if (probe < 0)
		return false; /* EMFILE: certainly no room */
	close(probe);
	return (unsigned)probe < fd_budget_ceiling();
}
