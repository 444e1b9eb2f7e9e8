/* `rvisor run`'s resource options and their enforcement: cgroups, a cleanup process, pinning. */
#include "cli/run_limits.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "vmm/cgroup.h"

const struct option run_limits_options[] = {
    {"cpu-max", required_argument, NULL, RUN_LIMITS_OPT_FIRST},
    {"cpu-weight", required_argument, NULL, RUN_LIMITS_OPT_FIRST + 1},
    {"cpu-pin", required_argument, NULL, RUN_LIMITS_OPT_FIRST + 2},
    {"memory-limit", required_argument, NULL, RUN_LIMITS_OPT_FIRST + 3},
    {"pids-max", required_argument, NULL, RUN_LIMITS_OPT_FIRST + 4},
    {NULL, 0, NULL, 0},
};

void run_limits_usage(FILE *f)
{
	fprintf(f,
		"\nResources (cgroup v2, else v1; docs/resources.md):\n"
		"  --cpu-max CPUS                cap the VM process at CPUS host CPUs (0.5: half\n"
		"                                of one; v1 cpu.cfs_quota_us, v2 cpu.max)\n"
		"  --cpu-weight N                relative CPU share, 1..10000, 100 normal (v2\n"
		"                                cpu.weight; v1 cpu.shares = N * 1024 / 100)\n"
		"  --cpu-pin LIST                run the VM's threads only on these host CPUs,\n"
		"                                e.g. 0 or 0,1 or 0-1 (sched_setaffinity)\n"
		"  --cpu-pin vcpus=LIST          run vCPU k on the k-th host CPU of LIST (e.g.\n"
		"                                vcpus=1,0; wraps around when shorter); may be\n"
		"                                given besides a --cpu-pin LIST for the process\n"
		"  --memory-limit auto|off|SIZE  cap the VM process's memory (v1\n"
		"                                memory.limit_in_bytes, v2 memory.max); auto is\n"
		"                                guest RAM + %llu MiB for rvisor itself; default\n"
		"                                off; over the cap the kernel's OOM killer ends\n"
		"                                the VM, and rvisor says so\n"
		"  --pids-max N                  cap the VM process's threads, %d..%d (pids.max)\n"
		"  Groups are made as $RVISOR_CGROUP_PARENT/vm-PID (parent default \"rvisor\")\n"
		"  beneath the process's own group and removed when it ends; a limit no\n"
		"  writable cgroup can hold is named in a warning.\n",
		LIMITS_VMM_ALLOWANCE >> 20, LIMITS_PIDS_MIN, LIMITS_PIDS_MAX);
}

int run_limits_option(struct vm_limits *l, int c, const char *arg)
{
	static int (*const parse[])(struct vm_limits *, const char *, struct error *) = {
	    limits_parse_cpu_max, limits_parse_cpu_weight, limits_parse_cpu_pin,
	    limits_parse_memory, limits_parse_pids};
	struct error e = {0};
	int k = c - RUN_LIMITS_OPT_FIRST;
	if (parse[k](l, arg, &e) < 0) {
		fprintf(stderr, "rvisor: --%s %s: %s\n", run_limits_options[k].name, arg, e.msg);
		return -1;
	}
	return 0;
}

const char *run_limits_parent(void)
{
	const char *p = getenv("RVISOR_CGROUP_PARENT");
	return p && *p ? p : CGROUP_PARENT_DEFAULT;
}

/* The cleanup process: waits for the VM process (the other end of fd)
 * to be gone, says when the OOM killer ended it, and removes its groups.
 * It stays in the groups the VM started in, so it is not counted in them. */
static void cleanup_main(int fd, pid_t vm, const char *parent)
{
	/* Ctrl-C on the terminal reaches the whole process group: this
	 * process must outlive the VM it cleans up after. */
	signal(SIGINT, SIG_IGN);
	signal(SIGHUP, SIG_IGN);
	signal(SIGTERM, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	char c;
	while (read(fd, &c, 1) < 0 && errno == EINTR)
		;
	struct cgroup_outcome o;
	struct error e = {0};
	int rc = cgroup_vm_reap(parent, vm, &o, &e);
	if (o.oom_kills)
		fprintf(stderr,
			"rvisor: the VM process %d was killed by the kernel's OOM killer: it "
			"reached its memory limit of %llu MiB (--memory-limit)\n",
			(int)vm, (unsigned long long)(o.memory_max >> 20));
	if (rc < 0)
		fprintf(stderr, "rvisor: warning: %s\n", e.msg);
	_exit(0);
}

/* Fork the cleanup process; *hold_fd is the descriptor whose last close
 * wakes it. Returns 0, or -1 after a message. */
static int start_cleanup(const char *parent, int *hold_fd)
{
	int p[2];
	if (pipe2(p, O_CLOEXEC) < 0) {
		fprintf(stderr, "rvisor: resource limits: pipe: %s\n", strerror(errno));
		return -1;
	}
	pid_t vm = getpid();
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		fprintf(stderr, "rvisor: resource limits: fork: %s\n", strerror(errno));
		close(p[0]);
		close(p[1]);
		return -1;
	}
	if (pid == 0) {
		/* Nothing of the VM's stays open here (images, sockets, the
		 * terminal's input) but stderr for the message. */
		int devnull = open("/dev/null", O_RDWR | O_CLOEXEC);
		if (devnull >= 0) {
			dup2(devnull, 0);
			dup2(devnull, 1);
		}
		if (p[0] != 3 && dup2(p[0], 3) < 0)
			_exit(1);
		syscall(SYS_close_range, 4, ~0U, 0);
		setsid(); /* the terminal's signals are not for it */
		cleanup_main(3, vm, parent);
	}
	close(p[0]);
	/* p[1] stays open (close-on-exec) for the process's life: its close
	 * at exit, however the exit comes, wakes the cleanup process. */
	*hold_fd = p[1];
	return 0;
}

int run_limits_apply(struct vm_limits *l, uint64_t guest_ram, int *hold_fd)
{
	*hold_fd = -1;
	limits_resolve(l, guest_ram);
	if (l->npin && sched_setaffinity(0, sizeof(l->cpu_pin), &l->cpu_pin) < 0) {
		fprintf(stderr, "rvisor: --cpu-pin: %s\n", strerror(errno));
		return -1;
	}
	/* Each vCPU pins itself when it starts: its CPU must be one this
	 * process may run on (a cpuset, or taskset around rvisor). */
	cpu_set_t may;
	if (l->nvcpu_pin && sched_getaffinity(0, sizeof(may), &may) == 0)
		for (unsigned k = 0; k < l->nvcpu_pin; k++)
			if (!CPU_ISSET(l->vcpu_pin[k], &may)) {
				fprintf(stderr,
					"rvisor: --cpu-pin vcpus=: host CPU %u is not one this "
					"process may run on\n",
					l->vcpu_pin[k]);
				return -1;
			}
	if (!limits_need_cgroup(l))
		return 0;
	if (l->memory_max && l->memory_max < guest_ram + LIMITS_VMM_ALLOWANCE)
		fprintf(stderr,
			"rvisor: warning: --memory-limit %llu MiB is below the guest RAM (%llu "
			"MiB) plus rvisor's allowance (%llu MiB): a guest that uses its RAM will "
			"be killed by the kernel's OOM killer\n",
			(unsigned long long)(l->memory_max >> 20),
			(unsigned long long)(guest_ram >> 20), LIMITS_VMM_ALLOWANCE >> 20);
	const char *parent = run_limits_parent();
	const char *reaper = getenv("RVISOR_CGROUP_REAPER");
	if (!(reaper && strcmp(reaper, "keeper") == 0) && start_cleanup(parent, hold_fd) < 0)
		return -1;
	struct cgroup_vm g;
	struct error e = {0};
	if (cgroup_vm_enter(&g, parent, getpid(), l, &e) < 0) {
		fprintf(stderr, "rvisor: resource limits: %s\n", e.msg);
		return -1;
	}
	if (g.unenforced[0])
		fprintf(stderr,
			"rvisor: warning: no writable cgroup for these limits, which are "
			"NOT enforced: %s\n",
			g.unenforced);
	return 0;
}
