/* The VM process's sandbox: no_new_privs, rlimits, and seccomp-bpf allow-lists per thread kind. */
#include "vmm/sandbox.h"
#include "vmm/sandbox_bpf.h"
#include "vmm/sandbox_nr.h"
#include "vmm/sandbox_pid.h"
#include "vmm/sandbox_prebuilt.h"
#include "vmm/sandbox_spawn.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/if_tun.h>
#include <linux/landlock.h>
#include <linux/seccomp.h>
#include <linux/sockios.h>
#include <linux/userfaultfd.h>
#include <sched.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>

#include "util/opts.h"
#include "util/thread.h"
#include "virtio/devices.h"
#include "vmm/vm.h"

// clang-format off
/* What every thread does in the C library whatever its job: memory
 * (mmap/mprotect never executable, see add_rule), locks, clocks, its own
 * descriptors' status, signal masks, the fatal-signal handler of
 * machine/console.c (which restores the terminal and re-raises), exit. */
static const char *const base_calls[] = {
	"read", "write", "readv", "writev", "close", "futex", "madvise", "mmap", "munmap",
	"mremap", "mprotect", "brk", "exit", "exit_group", "rt_sigprocmask", "rt_sigreturn",
	"rt_sigtimedwait", "rt_sigpending", "rt_sigaction", "sigaltstack", "clock_gettime",
	"clock_nanosleep", "nanosleep", "gettimeofday", "sched_yield", "getpid", "gettid",
	"tgkill", "restart_syscall", "rseq", "set_robust_list", "getrandom", "fstat",
	"newfstatat", "lseek", "fcntl", "prlimit64", "poll", "ppoll", "epoll_wait",
	"epoll_pwait", "sched_getaffinity", "ioctl",
	/* which pages of its own memory are resident (copying RAM off a
	 * memory file, bus.c) */
	"mincore", NULL};

/* Sockets' data calls (on descriptors the thread was given or made). */
#define SOCKET_IO "sendto", "sendmsg", "recvfrom", "recvmsg", "shutdown"

/* A device reset (a vCPU's register write) ends a device's connections;
 * --cpu-pin vcpus= (its own affinity only: see add_rule). */
static const char *const vcpu_calls[] = {"shutdown", "sched_setaffinity", NULL};
static const char *const blk_calls[] = {
	"pread64", "pwrite64", "preadv", "pwritev", "preadv2", "pwritev2", "fdatasync",
	"fsync", "fallocate", "ftruncate", NULL};
/* libslirp is called from the NIC's I/O thread (slirp_input) and its
 * poll thread: a guest's TCP connection or UDP flow becomes a host socket
 * (socket() limited to AF_INET/AF_INET6 in add_rule). */
static const char *const slirp_io_calls[] = {
	"socket", "connect", "bind", "setsockopt", "getsockopt", "getsockname", "getpeername",
	SOCKET_IO, NULL};
static const char *const slirp_poll_calls[] = {"accept", "accept4", "listen", NULL};
static const char *const vsock_io_calls[] = {SOCKET_IO, NULL};
/* 9p: descriptors beneath the share (openat2 RESOLVE_BENEATH, p9_proto.c)
 * and the file operations of a file server. */
static const char *const p9_calls[] = {
	"openat", "openat2", "mkdirat", "unlinkat", "renameat", "renameat2", "linkat",
	"symlinkat", "readlinkat", "fchmodat", "fchmod", "fchownat", "fchown", "utimensat",
	"statx", "fstatfs", "getdents64", "ftruncate", "fallocate", "fsync", "fdatasync",
	"pread64", "pwrite64", "preadv", "pwritev", "mknodat", "fgetxattr", "flistxattr",
	"faccessat", "faccessat2",
	/* chmod and truncate through /proc/self/fd/N (the fid's own inode) */
	"chmod", "truncate", NULL};
/* Freed guest pages become holes in the RAM memfd. */
static const char *const balloon_calls[] = {"fallocate", NULL};
/* The vsock host side: unix sockets only (socket() limited in add_rule). */
static const char *const vsock_host_calls[] = {
	"socket", "connect", "accept", "accept4", "epoll_ctl", "getsockopt", "setsockopt",
	SOCKET_IO, NULL};
/* The API: its socket's connections, and snapshot files (created beside
 * the names the client gives, checked against /proc/self/fd and maps). */
static const char *const api_calls[] = {
	"accept", "accept4", "epoll_ctl", "setsockopt", "getsockopt", "getsockname",
	"getpeername", SOCKET_IO, "openat", "unlinkat", "renameat", "renameat2", "fsync",
	"fdatasync", "ftruncate", "fallocate", "pread64", "pwrite64", "fchmod", "fsetxattr",
	"fgetxattr", "getdents64", "readlinkat", "readlink", "fstatfs", "statx", "flock",
	/* a live migration's sending thread is spawned here (vmm/migrate_out.c):
	 * threads only, which name themselves and add their own filter */
	"clone", "clone3", "prctl", "capget", "capset", "seccomp", "landlock_restrict_self",
	/* ... and the stream's connection made: to a unix or TCP destination */
	"socket", "connect", NULL};
/* A post-copy's destination (vmm/postcopy.c): the migration's connection
 * and its userfaultfd (made and registered before; three ioctls in
 * add_rule); it never opens, makes a socket or touches guest RAM. */
static const char *const postcopy_calls[] = {SOCKET_IO, NULL};
/* A migration destination's RAM stream (vmm/migrate_in.c, threads
 * migrate-rx): its connection, accepted before; pages written into the
 * RAM memfd (pwrite64) and zero pages punched out of it (fallocate,
 * PUNCH_HOLE only: see add_rule). It opens nothing and makes no socket. */
static const char *const migrate_rx_calls[] = {SOCKET_IO, "pwrite64", "fallocate", NULL};
/* The GDB stub (vmm/gdbstub.c): its debugger's connection; pausing and
 * resuming the VM are futexes. */
static const char *const gdb_calls[] = {"accept", "accept4", "setsockopt", SOCKET_IO, NULL};
/* A lease break: RAM copied off the memory file into a new memfd. */
static const char *const memguard_calls[] = {
	"memfd_create", "ftruncate", "fallocate", "pread64", NULL};
/* The main thread after set-up: it tears a machine down and, on a guest
 * reboot, builds the next one from the resources and boot files opened
 * once (struct vm_resources, struct boot_files: no open), and removes the
 * API and vsock sockets at exit. Device code runs on it during a rebuild:
 * so it also holds every other kind's calls but the opens (added in
 * sandbox_rules()); the threads it spawns then are created by the spawner, whose
 * filter holds everything. */
static const char *const main_calls[] = {
	"stat", "lstat", "access", "faccessat", "faccessat2", "unlink",
	"unlinkat", "readlink", "readlinkat", "getxattr", "fgetxattr", "memfd_create",
	"eventfd2", "epoll_create1", "getcwd", "uname", "sysinfo", "getuid", "geteuid", "getgid",
	"getegid", "clone", "clone3", "prctl", "seccomp", "capget", "capset", "dup", "dup2",
	"dup3", "pipe2", "set_tid_address", "statfs", "landlock_restrict_self", NULL};
// clang-format on

struct kind_desc {
	const char *prefix; /* thread names starting with it */
	const char *name;
	const char *const *lists[3];
};

/* Longest prefixes first: "io-" catches the I/O threads of devices with
 * no list of their own (rng, console). */
static const struct kind_desc kinds[SANDBOX_NKINDS] = {
    [SANDBOX_KIND_MAIN] = {"rvisor", "main", {main_calls}},
    [SANDBOX_KIND_VCPU] = {"vcpu", "vcpu", {vcpu_calls}},
    [SANDBOX_KIND_IO_BLK] = {"io-blk", "io-blk", {blk_calls}},
    [SANDBOX_KIND_IO_NET] = {"io-net", "io-net", {slirp_io_calls}},
    [SANDBOX_KIND_IO_VSOCK] = {"io-vsock", "io-vsock", {vsock_io_calls}},
    [SANDBOX_KIND_IO_9P] = {"io-9p", "io-9p", {p9_calls}},
    [SANDBOX_KIND_IO_BALLOON] = {"io-balloon", "io-balloon", {balloon_calls}},
    [SANDBOX_KIND_IO_OTHER] = {"io-", "io-other", {NULL}},
    [SANDBOX_KIND_NET_SLIRP] = {"net-slirp", "net-slirp", {slirp_io_calls, slirp_poll_calls}},
    [SANDBOX_KIND_NET_TAP] = {"net-tap", "net-tap", {NULL}},
    [SANDBOX_KIND_VSOCK_HOST] = {"vsock-host", "vsock-host", {vsock_host_calls}},
    [SANDBOX_KIND_CONSOLE_IN] = {"console-in", "console-in", {NULL}},
    [SANDBOX_KIND_RTC] = {"rtc-alarm", "rtc-alarm", {NULL}},
    [SANDBOX_KIND_API] = {"api", "api", {api_calls}},
    [SANDBOX_KIND_MEMGUARD] = {"memguard", "memguard", {memguard_calls}},
    /* Live migration's sending thread (vmm/migrate_out.c): its own list is
     * still to be measured; until then, every kind's (under the API
     * thread's filter, which spawns it). */
    [SANDBOX_KIND_MIGRATE] = {"migrate", "migrate", {main_calls}},
    [SANDBOX_KIND_SPAWNER] = {"spawner", "spawner", {main_calls}},
    [SANDBOX_KIND_GDB] = {"gdbstub", "gdbstub", {gdb_calls}},
    [SANDBOX_KIND_POSTCOPY] = {"migrate-pc", "migrate-pc", {postcopy_calls}},
    [SANDBOX_KIND_MIGRATE_RX] = {"migrate-rx", "migrate-rx", {migrate_rx_calls}},
};

enum sandbox_mode sandbox_default_mode(void)
{
	return geteuid() == 0 ? SANDBOX_ON : SANDBOX_OFF;
}

int sandbox_parse_mode(const char *s, enum sandbox_mode *mode)
{
	if (strcmp(s, "on") == 0)
		*mode = SANDBOX_ON;
	else if (strcmp(s, "off") == 0)
		*mode = SANDBOX_OFF;
	else if (strcmp(s, "log") == 0)
		*mode = SANDBOX_LOG;
	else
		return -1;
	return 0;
}

const char *sandbox_mode_name(enum sandbox_mode mode)
{
	return mode == SANDBOX_ON ? "on" : mode == SANDBOX_LOG ? "log" : "off";
}

enum sandbox_kind sandbox_kind_of(const char *name)
{
	enum sandbox_kind best = SANDBOX_KIND_MAIN;
	size_t best_len = 0;
	for (int k = 0; k < SANDBOX_NKINDS; k++) {
		size_t n = strlen(kinds[k].prefix);
		if (n > best_len && strncmp(name, kinds[k].prefix, n) == 0) {
			best = (enum sandbox_kind)k;
			best_len = n;
		}
	}
	return best;
}

const char *sandbox_kind_name(enum sandbox_kind kind)
{
	return kind < SANDBOX_NKINDS ? kinds[kind].name : "?";
}

#define EQ(a, v) ((struct sandbox_bpf_cond){(a), UINT64_MAX, (uint64_t)(v)})
#define MASKED_EQ(a, m, v) ((struct sandbox_bpf_cond){(a), (uint64_t)(m), (uint64_t)(v)})
#define NCONDS 32

/* Allow one call by name (a name this architecture lacks is skipped),
 * with its argument limits. Returns 0, -EEXIST (in the list already) or
 * a negative errno value. */
static int add_rule(struct sandbox_bpf *f, const char *name, enum sandbox_kind kind, int pid)
{
	int nr = sandbox_nr_of(name);
	if (nr < 0)
		return 0;
	/* (By number, not name: the widest kinds go through every list,
	 * and this runs some 1600 times a start.) */
	if (sandbox_bpf_has(f, nr))
		return -EEXIST;
	struct sandbox_bpf_cond c[NCONDS];
	unsigned n = 0;
	if (nr == SYS_mmap || nr == SYS_mprotect)
		/* Nothing becomes executable: no code can be brought in. */
		c[n++] = MASKED_EQ(2, PROT_EXEC, 0);
	else if (nr == SYS_sched_setaffinity) /* the calling thread's own */
		c[n++] = EQ(0, 0);
	else if (nr == SYS_fallocate && kind == SANDBOX_KIND_MIGRATE_RX)
		/* a zero page becomes a hole; the file's size never changes */
		c[n++] = EQ(1, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE);
	else if (nr == SYS_prlimit64) /* read the limits (fdbudget), never set them */
		c[n++] = EQ(2, 0);
	else if (nr == SYS_tgkill) /* raise() and pthread_kill in this process only */
		c[n++] = EQ(0, pid);
	else if (nr == SYS_clone) /* threads only: no fork */
		c[n++] = MASKED_EQ(0, CLONE_THREAD, CLONE_THREAD);
	else if (nr == SYS_clone3) /* its flags are out of the filter's reach: ENOSYS makes
					     glibc fall back to clone, checked above */
		return sandbox_bpf_add(f, nr, SECCOMP_RET_ERRNO | ENOSYS, 0, NULL);
	else if (nr == SYS_prctl) { /* a new thread names itself and drops capabilities */
		static const int ops[] = {PR_SET_NAME, PR_CAPBSET_READ, PR_CAPBSET_DROP,
					  PR_CAP_AMBIENT};
		for (size_t k = 0; k < sizeof(ops) / sizeof(ops[0]); k++)
			c[n++] = EQ(0, ops[k]);
	} else if (nr == SYS_fcntl) {
		/* No F_SETOWN or F_SETSIG: a descriptor's owner gets its I/O
		 * signal, and as root any process may be named, and any signal
		 * (SIGKILL) chosen. F_SETOWN_EX only where the memory file's
		 * lease breaks are taken (memguard names its own thread). */
		static const int cmds[] = {F_GETFD,    F_SETFD,		F_GETFL,     F_SETFL,
					   F_DUPFD,    F_DUPFD_CLOEXEC, F_GETLK,     F_SETLK,
					   F_SETLKW,   F_OFD_GETLK,	F_OFD_SETLK, F_OFD_SETLKW,
					   F_GETLEASE, F_SETLEASE,	F_ADD_SEALS, F_GET_SEALS,
					   F_GETOWN,   F_GETOWN_EX,	F_GETSIG,    F_GETPIPE_SZ};
		for (size_t k = 0; k < sizeof(cmds) / sizeof(cmds[0]); k++)
			c[n++] = EQ(1, cmds[k]);
		if (kind == SANDBOX_KIND_MEMGUARD || kind == SANDBOX_KIND_MAIN ||
		    kind == SANDBOX_KIND_SPAWNER)
			c[n++] = EQ(1, F_SETOWN_EX);
	} else if (nr == SYS_ioctl) {
		/* The terminal (console, and the fatal-signal handler restoring
		 * it on any thread). No TIOCSTI: nothing types into the host's
		 * terminal; no TUNSETIFF: taps are opened once, before. */
		static const unsigned long tty[] = {TCGETS,  TCSETS,	 TCSETSW,
						    TCSETSF, TIOCGWINSZ, TIOCGPGRP};
		for (size_t k = 0; k < sizeof(tty) / sizeof(tty[0]); k++)
			c[n++] = EQ(1, tty[k]);
		/* A post-copy's destination (vmm/postcopy.c, thread migrate-pc):
		 * filling guest RAM through its userfaultfd, registered before. */
		static const unsigned long uffd[] = {UFFDIO_COPY, UFFDIO_ZEROPAGE, UFFDIO_WAKE};
		for (size_t k = 0;
		     kind == SANDBOX_KIND_POSTCOPY && k < sizeof(uffd) / sizeof(uffd[0]); k++)
			c[n++] = EQ(1, uffd[k]);
		/* A live migration's source hands a multi_queue tap's queue over
		 * at the switch-over and takes it back on a failure (net/tap.c):
		 * on the queue it holds, without any privilege. Its thread is
		 * spawned by the API's, whose filter it inherits. */
		if (kind == SANDBOX_KIND_MIGRATE || kind == SANDBOX_KIND_API)
			c[n++] = EQ(1, TUNSETQUEUE);
		/* A migration's source (vmm/migrate_out.c, thread migrate,
		 * spawned by the API's: its filter stacks on that one): how
		 * much of what it sent is not acknowledged yet, before it
		 * pauses the VM (a read-only query). */
		if (kind == SANDBOX_KIND_MIGRATE || kind == SANDBOX_KIND_API)
			c[n++] = EQ(1, SIOCOUTQ);
	} else if (nr == SYS_socket) {
		/* A back end makes the sockets of its own family only. */
		if (kind == SANDBOX_KIND_VSOCK_HOST || kind == SANDBOX_KIND_MAIN ||
		    kind == SANDBOX_KIND_SPAWNER || kind == SANDBOX_KIND_API ||
		    kind == SANDBOX_KIND_MIGRATE)
			c[n++] = EQ(0, AF_UNIX);
		if (kind != SANDBOX_KIND_VSOCK_HOST) {
			c[n++] = EQ(0, AF_INET);
			c[n++] = EQ(0, AF_INET6);
		}
	}
	return sandbox_bpf_add(f, nr, SECCOMP_RET_ALLOW, n, c);
}

/* The calls that open a file by name. */
static const char *const open_calls[] = {"open", "openat", "openat2", "creat", NULL};

static bool is_open_call(const char *name)
{
	for (const char *const *o = open_calls; *o; o++)
		if (!strcmp(name, *o))
			return true;
	return false;
}

/* Allow every call of list; without its opens when no_opens. */
static int add_list(struct sandbox_bpf *f, const char *const *list, enum sandbox_kind kind, int pid,
		    bool no_opens, const char **bad)
{
	for (; list && *list; list++) {
		if (no_opens && is_open_call(*list))
			continue;
		int rc = add_rule(f, *list, kind, pid);
		/* -EEXIST: a call two lists share */
		if (rc < 0 && rc != -EEXIST) {
			*bad = *list;
			return rc;
		}
	}
	return 0;
}

int sandbox_rules(struct sandbox_bpf *f, enum sandbox_mode mode, enum sandbox_kind kind, int pid)
{
	sandbox_bpf_init(f, mode == SANDBOX_LOG ? SECCOMP_RET_LOG : SECCOMP_RET_KILL_PROCESS);
	const char *bad = NULL;
	int rc = add_list(f, base_calls, kind, pid, false, &bad);
	for (int l = 0; rc == 0 && l < 3; l++)
		rc = add_list(f, kinds[kind].lists[l], kind, pid, false, &bad);
	/* The main thread runs device code during a rebuild (every kind's
	 * calls) but opens nothing; the spawner creates every kind's threads
	 * (their filters stack on its own), and so does a migration's. */
	bool widest = kind == SANDBOX_KIND_MAIN || kind == SANDBOX_KIND_MIGRATE ||
		      kind == SANDBOX_KIND_SPAWNER;
	for (int k = 0; rc == 0 && widest && k < SANDBOX_NKINDS; k++)
		for (int l = 0; rc == 0 && l < 3; l++)
			rc = add_list(f, kinds[k].lists[l], kind, pid, kind == SANDBOX_KIND_MAIN,
				      &bad);
	/* A kind that opens nothing gets EACCES from an open instead of being
	 * killed: the C library opens files on its own (malloc reads
	 * /proc/sys/vm/overcommit_memory the first time a thread's heap
	 * shrinks, strerror may read a message catalog) and copes with a
	 * refusal; the VM must not die for it. The open still never happens.
	 * (In log mode it runs and is logged, like any other call.) */
	for (size_t k = 0; rc == 0 && mode == SANDBOX_ON && open_calls[k]; k++) {
		int nr = sandbox_nr_of(open_calls[k]);
		if (nr >= 0)
			rc = sandbox_bpf_add(f, nr, SECCOMP_RET_ERRNO | EACCES, 0, NULL);
		if (rc == -EEXIST) /* the kind opens files: allowed above */
			rc = 0;
		if (rc < 0)
			bad = open_calls[k];
	}
	return rc < 0 ? rc : 0;
}

/* The calls a thread makes over and over while the guest runs, tested
 * first: a vCPU or I/O thread waiting and waking (futex, ppoll,
 * epoll_wait), moving a device's bytes (read, write, the disks' preadv
 * and pwritev, sockets' sendmsg and recvmsg), and the vCPU's timed sleep
 * in WFI. */
static const char *const hot_calls[] = {"futex",      "ppoll",		 "read",    "write",
					"preadv",     "pwritev",	 "sendmsg", "recvmsg",
					"epoll_wait", "clock_nanosleep", NULL};

const char *sandbox_listed_call(unsigned i)
{
	const char *const *all[] = {base_calls, open_calls, hot_calls};
	for (size_t l = 0; l < sizeof(all) / sizeof(all[0]); l++)
		for (const char *const *n = all[l]; *n; n++)
			if (i-- == 0)
				return *n;
	for (int k = 0; k < SANDBOX_NKINDS; k++)
		for (int l = 0; l < 3; l++)
			for (const char *const *n = kinds[k].lists[l]; n && *n; n++)
				if (i-- == 0)
					return *n;
	return NULL;
}

int sandbox_compile(struct sandbox_bpf *f, enum sandbox_mode mode, enum sandbox_kind kind, int pid,
		    struct sock_fprog *out, const char **what)
{
	*what = "too many rules";
	int rc = sandbox_rules(f, mode, kind, pid);
	if (rc < 0)
		return rc;
	int hot[16];
	unsigned nhot = 0;
	for (size_t k = 0; hot_calls[k] && nhot < 16; k++) {
		int nr = sandbox_nr_of(hot_calls[k]);
		if (nr >= 0)
			hot[nhot++] = nr;
	}
	*what = "cannot build its program";
	return sandbox_bpf_emit(f, hot, nhot, out);
}

/* Every kind's filter: RVISOR_SANDBOX_PREBUILT=0 aside, the ones built
 * with rvisor (vmm/sandbox_prebuilt.h) when they are this start's (mode
 * on, PID 1 of a PID namespace), else built now from the rules (about
 * 0.5 ms and 16 page faults). Returns 0, or -1 with e set. */
static int compile_all(struct sandbox *sb, struct error *e)
{
	const char *env = getenv("RVISOR_SANDBOX_PREBUILT");
	const struct sandbox_prebuilt *pre = &sandbox_prebuilt;
	if (pre && pre->mode == sb->mode && pre->pid == (int)getpid() &&
	    !(env && strcmp(env, "0") == 0)) {
		for (int k = 0; k < SANDBOX_NKINDS; k++)
			sb->prog[k] = pre->prog[k];
		sb->prebuilt = true;
		return 0;
	}
	struct sandbox_bpf *f = malloc(sizeof(*f));
	if (!f)
		return err_errno(e, ENOMEM, "sandbox: the filters' rules");
	for (int k = 0; k < SANDBOX_NKINDS; k++) {
		const char *what;
		int rc = sandbox_compile(f, sb->mode, (enum sandbox_kind)k, (int)getpid(),
					 &sb->prog[k], &what);
		if (rc < 0) {
			free(f);
			return err_errno(e, -rc, "sandbox: %s filter: %s", kinds[k].name, what);
		}
	}
	free(f);
	return 0;
}

/* Landlock ABI 3 (Linux 6.2); Debian 12's headers stop at ABI 2. */
#ifndef LANDLOCK_ACCESS_FS_TRUNCATE
#define LANDLOCK_ACCESS_FS_TRUNCATE (1ULL << 14)
#endif

#define CAP(c) (1ULL << (c))
/* The capabilities a file server or a snapshot writer running as root
 * uses: files of any owner, ownership and modes as the guest sets them. */
#define FILE_CAPS                                                                                  \
	(CAP(CAP_CHOWN) | CAP(CAP_DAC_OVERRIDE) | CAP(CAP_DAC_READ_SEARCH) | CAP(CAP_FOWNER) |     \
	 CAP(CAP_FSETID))

/* The capabilities a thread of this kind keeps (when it has them: as
 * root). Every other is dropped from its effective, permitted, inheritable,
 * ambient and bounding sets, for good. */
static uint64_t kind_caps(enum sandbox_kind kind)
{
	switch (kind) {
	case SANDBOX_KIND_IO_9P:
		return FILE_CAPS;
	case SANDBOX_KIND_API:
		return CAP(CAP_DAC_OVERRIDE) | CAP(CAP_DAC_READ_SEARCH) | CAP(CAP_FOWNER);
	case SANDBOX_KIND_VSOCK_HOST:
		/* Under the dedicated uid, a guest's connection still reaches a
		 * SOCKET_PORT socket of the user who started the VM (connect
		 * needs write access to it); only kept directories exist. */
		return CAP(CAP_DAC_OVERRIDE);
	case SANDBOX_KIND_MIGRATE:
	case SANDBOX_KIND_SPAWNER: /* the threads it creates start with its set */
	case SANDBOX_KIND_MAIN:
		/* A rebuild on a guest reboot: a kernel of any owner, the file
		 * capabilities of the 9p server it respawns; SETPCAP lets the
		 * threads it spawns drop their bounding sets (not kept where the
		 * process emptied its bounding set at start). Taps and hostfwd
		 * listeners are open already: no NET_ADMIN, no NET_BIND_SERVICE. */
		return FILE_CAPS | CAP(CAP_LEASE) | CAP(CAP_SETPCAP);
	default:
		return 0;
	}
}

/* Empty the calling thread's capability bounding set (as root, before
 * any other thread exists: every thread, and the relay, inherits it). It
 * only limits what an execve could gain, and no thread may exec: one pass
 * here spares each thread its own pass of one prctl per capability.
 * Returns true when it is empty. */
static bool clear_bounding_set(void)
{
	for (int c = 0; c < 64; c++)
		/* EINVAL past the kernel's last capability. */
		if (prctl(PR_CAPBSET_DROP, c, 0, 0, 0) < 0)
			return errno == EINVAL;
	return true;
}

/* Drop every capability but keep from the calling thread (capabilities
 * are per thread: threads it spawns later start with what is left); with
 * bset_clear the bounding set is empty already. Returns 0 or an errno
 * value. */
static int drop_caps(uint64_t keep, bool bset_clear)
{
	struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
	struct __user_cap_data_struct d[2];
	if (syscall(SYS_capget, &h, d) < 0)
		return errno;
	uint64_t eff = d[0].effective | (uint64_t)d[1].effective << 32;
	/* The bounding set first, while CAP_SETPCAP is still effective; a
	 * thread without it cannot gain anything through its bounding set. */
	if (!bset_clear && (eff & CAP(CAP_SETPCAP)))
		for (int c = 0; c < 64; c++)
			/* One call per capability (dropping one already gone
			 * succeeds): EINVAL past the kernel's last. */
			if (!(keep & CAP(c)) && prctl(PR_CAPBSET_DROP, c, 0, 0, 0) < 0) {
				if (errno == EINVAL)
					break;
				return errno;
			}
	prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0); /* EINVAL before 4.3 */
	if (!eff && !d[0].permitted && !d[1].permitted && !d[0].inheritable && !d[1].inheritable)
		return 0;
	for (int k = 0; k < 2; k++) {
		uint32_t m = (uint32_t)(keep >> (32 * k));
		d[k].effective &= m;
		d[k].permitted &= m;
		d[k].inheritable &= m;
	}
	return syscall(SYS_capset, &h, d) < 0 ? errno : 0;
}

_Static_assert(SANDBOX_MAX_SHARES >= VM_MAX_DEVICES, "every device may be a share");

void sandbox_needs_of(struct sandbox_needs *needs, const struct vm_device *devs, unsigned ndevs)
{
	memset(needs, 0, sizeof(*needs));
	for (unsigned k = 0; k < ndevs && needs->nshares < SANDBOX_MAX_SHARES; k++) {
		if (strcmp(devs[k].kind, "net") == 0)
			needs->host_net = true;
		if (strcmp(devs[k].kind, "vsock") == 0) {
			/* Guest-initiated connections go to SOCKET_PORT beside it. */
			struct opts o;
			char err[256];
			if (opts_parse(&o, devs[k].opts, false, err, sizeof(err)) == 0) {
				const char *path = opts_get(&o, "socket");
				if (path && *path)
					sandbox_dirs_add(&needs->dirs, path, true);
				opts_free(&o);
			}
			continue;
		}
		if (strcmp(devs[k].kind, "share") != 0)
			continue;
		/* Options the device will refuse are skipped here: its build
		 * says what is wrong with them. */
		struct opts o;
		char err[256];
		bool ro = false;
		if (opts_parse(&o, devs[k].opts, true, err, sizeof(err)) < 0)
			continue;
		const char *dir = opts_positional(&o);
		int rc = opts_get_bool(&o, "readonly", false, &ro, err, sizeof(err));
		char *copy = rc == 0 && dir && *dir ? strdup(dir) : NULL;
		opts_free(&o);
		if (copy) {
			needs->shares[needs->nshares] = copy;
			needs->share_ro[needs->nshares++] = ro;
		}
	}
}

long sandbox_selftest_call(const char *call)
{
	/* Each call is harmless where it is allowed (off and log modes). */
	if (!strcmp(call, "openat"))
		/* Read-only: the bait a compromised thread would go for first. */
		return syscall(SYS_openat, AT_FDCWD, "/etc/passwd", O_RDONLY | O_CLOEXEC);
	if (!strcmp(call, "openroot"))
		/* Listing the root: in the private root it exists, but is no
		 * directory the VM was given (Landlock). */
		return syscall(SYS_openat, AT_FDCWD, "/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (!strcmp(call, "execve"))
		return syscall(SYS_execve, "", NULL, NULL); /* ENOENT when it runs */
	if (!strcmp(call, "ptrace"))
		return syscall(SYS_ptrace, PTRACE_PEEKUSER, 0, 0, 0); /* ESRCH when it runs */
	if (!strcmp(call, "socket"))
		return syscall(SYS_socket, AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	errno = EINVAL;
	return -2;
}

/* The test hook main:tid, before the main thread's filter: the C
 * library's record of the thread's tid (where the kernel clears it at
 * exit) is the kernel's. The clone into the PID namespace sets it as fork
 * does, and the relay's exec, which shared the memory, must not clear it
 * (vmm/sandbox_pid.c). */
static void selftest_tid(const struct sandbox *sb)
{
	if (strcmp(sb->selftest_thread, "main") != 0 || strcmp(sb->selftest_call, "tid") != 0)
		return;
	int *tid = NULL;
	if (prctl(PR_GET_TID_ADDRESS, &tid, 0, 0, 0) < 0 || !tid)
		fprintf(stderr, "rvisor: sandbox self-test: tid: no PR_GET_TID_ADDRESS (%s)\n",
			strerror(errno));
	else
		fprintf(stderr,
			"rvisor: sandbox self-test: tid: the C library's %d, the kernel's %ld\n",
			*tid, syscall(SYS_gettid));
}

/* The test hook: make the forbidden call named by sb->selftest_call. */
static void selftest(const struct sandbox *sb, const char *thread)
{
	if (!sb->selftest_thread[0] ||
	    strncmp(thread, sb->selftest_thread, strlen(sb->selftest_thread)) != 0 ||
	    strcmp(sb->selftest_call, "tid") == 0)
		return;
	const char *call = sb->selftest_call;
	fprintf(stderr, "rvisor: sandbox self-test: thread %s calls %s\n", thread, call);
	long rc = sandbox_selftest_call(call);
	int err = errno;
	if (rc == -2) {
		fprintf(stderr, "rvisor: sandbox self-test: unknown call %s\n", call);
		return;
	}
	if (rc >= 0 && strcmp(call, "execve") && strcmp(call, "ptrace"))
		close((int)rc);
	fprintf(stderr, "rvisor: sandbox self-test: %s returned %ld%s%s (not killed)\n", call, rc,
		rc < 0 ? ": " : "", rc < 0 ? strerror(err) : "");
}

static double ms_between(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) * 1e3 + (double)(b->tv_nsec - a->tv_nsec) / 1e6;
}

/* RVISOR_SANDBOX_TIMES: the calling thread's CPU time, the wall time and
 * the page faults since the last step (what the sandbox's start costs,
 * step by step). */
static void step(struct sandbox *sb, const char *what)
{
	if (!sb->times)
		return;
	struct timespec cpu, wall;
	struct rusage ru;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
	clock_gettime(CLOCK_MONOTONIC, &wall);
	getrusage(RUSAGE_THREAD, &ru);
	if (what)
		fprintf(stderr,
			"rvisor: sandbox time: %-24s cpu %6.3f ms  wall %6.3f ms  faults %ld\n",
			what, ms_between(&sb->step_cpu, &cpu), ms_between(&sb->step_wall, &wall),
			ru.ru_minflt - sb->step_faults);
	sb->step_cpu = cpu;
	sb->step_wall = wall;
	sb->step_faults = ru.ru_minflt;
}

int sandbox_install(const struct sandbox *sb, enum sandbox_kind kind)
{
	if (sb->mode == SANDBOX_OFF)
		return 0;
	/* With the bounding set empty no thread needs CAP_SETPCAP. */
	uint64_t keep = kind_caps(kind) & ~(sb->bset_clear ? CAP(CAP_SETPCAP) : 0);
	int err = drop_caps(keep, sb->bset_clear);
	if (err)
		return err;
	if (sb->landlock_all >= 0 && syscall(SYS_landlock_restrict_self, sb->landlock_all, 0) < 0)
		return errno;
	if (kind == SANDBOX_KIND_IO_9P && sb->landlock_9p >= 0 &&
	    syscall(SYS_landlock_restrict_self, sb->landlock_9p, 0) < 0)
		return errno;
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &sb->prog[kind]) < 0)
		return errno;
	return 0;
}

/* sandbox_install, its CPU time on stderr with RVISOR_SANDBOX_TIMES
 * (clock_gettime only: the filter in place may allow nothing else). */
static int install_timed(const struct sandbox *sb, enum sandbox_kind kind, const char *name)
{
	struct timespec c0, c1;
	if (sb->times)
		clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
	int err = sandbox_install(sb, kind);
	if (sb->times) {
		clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
		fprintf(stderr, "rvisor: sandbox time: filter of %-14s cpu %6.3f ms\n", name,
			ms_between(&c0, &c1));
	}
	return err;
}

static void start_hook(void *arg, const char *name)
{
	const struct sandbox *sb = arg;
	enum sandbox_kind kind = sandbox_kind_of(name);
	/* The API thread (and the migration threads it spawns) connects to a
	 * TCP migration destination: it goes back to the host's network
	 * namespace, while it still has CAP_SYS_ADMIN. */
	if (kind == SANDBOX_KIND_API && sb->host_netns >= 0 &&
	    setns(sb->host_netns, CLONE_NEWNET) < 0)
		fprintf(stderr,
			"rvisor: sandbox: the API thread cannot return to the host's network "
			"namespace (%s): no migration to a TCP destination\n",
			strerror(errno));
	int err = install_timed(sb, kind, name);
	if (err) {
		/* Never run a thread unconfined. */
		fprintf(stderr,
			"rvisor: sandbox: thread %s: cannot drop capabilities or install its %s "
			"filter: %s\n",
			name, kinds[kind].name, strerror(err));
		_exit(1);
	}
	selftest(sb, name);
}

/* Add a Landlock rule: access beneath the directory fd. Returns 0 or -1. */
static int landlock_beneath(int rs, int fd, uint64_t access)
{
	struct landlock_path_beneath_attr pb = {.allowed_access = access, .parent_fd = fd};
	return (int)syscall(SYS_landlock_add_rule, rs, LANDLOCK_RULE_PATH_BENEATH, &pb, 0);
}

/* Add a rule for the directory at path (a missing one is skipped: it
 * fails its own check elsewhere). Returns 0 or -1. */
static int landlock_path(int rs, const char *path, uint64_t access)
{
	int fd = open(path, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	int rc = landlock_beneath(rs, fd, access);
	int err = errno;
	close(fd);
	errno = err;
	return rc;
}

/* A Landlock ruleset. For the 9p threads (whole false): only the shares'
 * directories (every access right the kernel knows beneath a read-write
 * share, reading beneath a read-only one), the 9p server's second wall
 * behind openat2's RESOLVE_BENEATH. For every thread (whole true): the
 * shares, the kept directories (the sockets the VM serves or connects to
 * by path, snapshot targets: every right) and reading its /proc (the 9p
 * server reopens fids through /proc/self/fd, snapshots check
 * /proc/self/maps): no other file can be opened, listed, made or removed,
 * whatever the private root holds. -1, with a warning, when the kernel has
 * no Landlock. */
static int landlock_ruleset(const struct sandbox *sb, bool whole)
{
	const char *what = whole ? "any thread may open every file the process can reach"
				 : "the 9p server is held beneath its share by openat2 alone";
	long abi = syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
	if (abi < 0) {
		fprintf(stderr, "rvisor: sandbox: no Landlock (%s): %s\n", strerror(errno), what);
		return -1;
	}
	uint64_t all = (LANDLOCK_ACCESS_FS_MAKE_SYM << 1) - 1; /* ABI 1 */
	if (abi >= 2)
		all |= LANDLOCK_ACCESS_FS_REFER;
	if (abi >= 3)
		all |= LANDLOCK_ACCESS_FS_TRUNCATE;
	const uint64_t read = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;
	struct landlock_ruleset_attr attr = {.handled_access_fs = all};
	int rs = (int)syscall(SYS_landlock_create_ruleset, &attr, sizeof(attr), 0);
	if (rs < 0) {
		fprintf(stderr, "rvisor: sandbox: no Landlock ruleset (%s): %s\n", strerror(errno),
			what);
		return -1;
	}
	const char *bad = NULL;
	for (unsigned k = 0; !bad && k < sb->needs.nshares; k++)
		if (landlock_path(rs, sb->needs.shares[k], sb->needs.share_ro[k] ? read : all) < 0)
			bad = sb->needs.shares[k];
	for (unsigned k = 0; whole && !bad && k < sb->needs.dirs.n; k++)
		if (landlock_path(rs, sb->needs.dirs.dir[k], all) < 0)
			bad = sb->needs.dirs.dir[k];
	/* The host's /proc (the process's until it pivots, or for good
	 * without a private root) and the private root's own. */
	if (whole && !bad && landlock_path(rs, "/proc", read) < 0)
		bad = "/proc";
	if (whole && !bad && sb->proc_fd >= 0 && landlock_beneath(rs, sb->proc_fd, read) < 0)
		bad = "the private root's /proc";
	if (bad) {
		fprintf(stderr, "rvisor: sandbox: Landlock rule for %s: %s: %s\n", bad,
			strerror(errno), what);
		close(rs);
		return -1;
	}
	return rs;
}

/* RLIMIT_NPROC under the dedicated uid: its threads (8 vCPUs, a few per
 * device, back ends, API, migration) with room to spare; no process may
 * be forked anyway. */
#define SANDBOX_NPROC 256

/* New IPC and UTS namespaces (nothing of the host's System V IPC, POSIX
 * message queues or host name), and a new, empty network namespace when no
 * NIC needs the host's network (no route anywhere, no abstract unix socket
 * of the host). The calling process moves into them itself; a PID
 * namespace, which only a child can enter, takes one fork (sandbox_pid.c). */
static void enter_namespaces(struct sandbox *sb)
{
	int flags = CLONE_NEWIPC | CLONE_NEWUTS | (sb->needs.host_net ? 0 : CLONE_NEWNET);
	const char *what = sb->needs.host_net ? "IPC and UTS" : "IPC, UTS and network";
	if (geteuid() != 0 && sb->needs.pid_ns)
		what = sb->needs.host_net ? "PID, IPC and UTS" : "PID, IPC, UTS and network";
	if (geteuid() != 0) {
		fprintf(
		    stderr,
		    "rvisor: sandbox: not started as root: no %s namespaces and no capabilities "
		    "to drop; seccomp filters and Landlock only\n",
		    what);
		return;
	}
	/* Without a NIC the process leaves the host's network, but its API
	 * thread returns to it (start_hook): a migration's TCP connection is
	 * made there, and no thread the guest drives reaches the network. */
	if (!sb->needs.host_net)
		sb->host_netns = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	step(sb, "before namespaces");
	if (unshare(flags) < 0)
		fprintf(stderr,
			"rvisor: sandbox: no new %s namespaces (%s): running without them\n", what,
			strerror(errno));
	step(sb, sb->needs.host_net ? "IPC, UTS namespaces" : "IPC, UTS, net namespaces");
	sb->mount_ns = sandbox_fs_unshare();
	step(sb, "mount namespace");
	/* Last: the namespaces above are made by root. */
	if (!sb->needs.user_given) {
		sb->needs.uid = (uid_t)(SANDBOX_USER_BASE + (unsigned)getpid());
		sb->needs.gid = (gid_t)sb->needs.uid;
	}
	sb->user = sandbox_user_enter(sb->needs.uid, sb->needs.gid, SANDBOX_NPROC);
	step(sb, "uid, gid");
	/* Still root's capabilities (kept across the uid change): the
	 * relay and every thread inherit the empty bounding set. */
	sb->bset_clear = clear_bounding_set();
	step(sb, "bounding set");
	/* After the uid change (which would clear the child's parent-death
	 * signal), with the capabilities it kept: from here on this is the
	 * child, PID 1 of its namespace; the parent relays. */
	if (sb->needs.pid_ns)
		sb->pid_ns = sandbox_pid_enter(
		    sb->needs.relay_keep_fd, sb->mode == SANDBOX_LOG, sb->bset_clear,
		    strcmp(sb->selftest_thread, "relay") == 0 ? sb->selftest_call : NULL);
	if (sb->pid_ns) { /* a new process: its clocks and counts start at 0 */
		sb->step_cpu = (struct timespec){0};
		sb->step_faults = 0;
	}
	step(sb, "PID namespace (child)");
}

int sandbox_prepare(struct sandbox *sb, enum sandbox_mode mode, const struct sandbox_needs *needs,
		    struct error *e)
{
	memset(sb, 0, sizeof(*sb));
	sb->mode = mode;
	sb->landlock_9p = sb->landlock_all = sb->proc_fd = sb->host_netns = -1;
	if (needs)
		sb->needs = *needs;
	if (mode == SANDBOX_OFF)
		return 0;
	const char *times = getenv("RVISOR_SANDBOX_TIMES");
	sb->times = times && *times && strcmp(times, "0") != 0;
	step(sb, NULL);
	const char *t = getenv("RVISOR_SANDBOX_SELFTEST");
	const char *colon = t ? strchr(t, ':') : NULL;
	if (colon && (size_t)(colon - t) < sizeof(sb->selftest_thread) &&
	    strlen(colon + 1) < sizeof(sb->selftest_call)) {
		memcpy(sb->selftest_thread, t, (size_t)(colon - t));
		strcpy(sb->selftest_call, colon + 1);
	}
	if (prctl(PR_GET_SECCOMP, 0, 0, 0, 0) < 0 && errno == EINVAL)
		return err_set(e, ERR_UNSUPPORTED,
			       "--sandbox %s: this kernel has no seccomp (CONFIG_SECCOMP)",
			       sandbox_mode_name(mode));
	/* Core dumps off: a dump would hold guest RAM and host secrets. */
	struct rlimit rl = {0, 0};
	if (setrlimit(RLIMIT_CORE, &rl) < 0)
		return err_errno(e, errno, "sandbox: RLIMIT_CORE");
	/* RLIMIT_NOFILE was raised to its hard limit at start (fdbudget.c):
	 * pin the hard limit there, so the budget's numbers cannot move. */
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0) {
		rl.rlim_max = rl.rlim_cur;
		if (setrlimit(RLIMIT_NOFILE, &rl) < 0)
			return err_errno(e, errno, "sandbox: RLIMIT_NOFILE");
	}
	/* No exec could gain privileges (setuid binaries, file caps); also
	 * what lets an unprivileged process install seccomp filters. */
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		return err_errno(e, errno, "sandbox: no_new_privs");
	enter_namespaces(sb);
	/* The private root's /proc, made now for the Landlock rule (a
	 * procfs mounted later would be another file system). */
	if (sb->mount_ns)
		sb->proc_fd = sandbox_fs_proc();
	step(sb, "private /proc");
	if (sb->needs.nshares)
		sb->landlock_9p = landlock_ruleset(sb, false);
	/* Log mode shows what a VM would need: no file is refused either. */
	if (mode != SANDBOX_LOG)
		sb->landlock_all = landlock_ruleset(sb, true);
	step(sb, "Landlock rulesets");
	if (compile_all(sb, e) < 0) {
		sandbox_close(sb);
		return -1;
	}
	step(sb, sb->prebuilt ? "filters (prebuilt)" : "filters built");
	thread_set_start_hook(start_hook, sb);
	int err = sandbox_spawner_start(&sb->spawner);
	step(sb, "spawner thread");
	if (err) {
		sandbox_close(sb);
		return err_errno(e, err, "sandbox: cannot start the spawner thread");
	}
	if (mode == SANDBOX_LOG)
		fprintf(stderr,
			"rvisor: sandbox: log mode: a call outside a thread's list runs, and "
			"the kernel logs it (dmesg: audit type=1326 comm=\"THREAD\" "
			"syscall=NR); Landlock holds only the 9p server to its shares\n");
	return 0;
}

int sandbox_enter_main(struct sandbox *sb, struct error *e)
{
	if (sb->mode == SANDBOX_OFF || sb->main_entered)
		return 0;
	/* The VM is built: what it needs is held by descriptor, or beneath
	 * the kept directories. */
	step(sb, NULL);
	if (sb->mount_ns)
		sb->private_root = sandbox_fs_pivot(&sb->needs.dirs, sb->proc_fd);
	step(sb, "private root (pivot)");
	selftest_tid(sb);
	int err = install_timed(sb, SANDBOX_KIND_MAIN, "main");
	if (err)
		return err_errno(e, err,
				 "sandbox: cannot drop the main thread's capabilities or "
				 "install its seccomp filter");
	sb->main_entered = true;
	/* From now on the main thread's threads (a rebuild's devices) are
	 * created by the spawner: its filter still lets a 9p server open. */
	thread_set_spawner(sandbox_spawner_request, sb->spawner);
	selftest(sb, "main");
	return 0;
}

void sandbox_close(struct sandbox *sb)
{
	if (sb->mode != SANDBOX_OFF) {
		thread_set_start_hook(NULL, NULL);
		if (sb->main_entered)
			thread_set_spawner(NULL, NULL);
	}
	sandbox_spawner_stop(sb->spawner);
	sb->spawner = NULL;
	for (int k = 0; k < SANDBOX_NKINDS; k++) {
		if (!sb->prebuilt) /* else rvisor's own read-only data */
			free(sb->prog[k].filter);
		sb->prog[k].filter = NULL;
	}
	sb->prebuilt = false;
	for (unsigned k = 0; k < sb->needs.nshares; k++) {
		free(sb->needs.shares[k]);
		sb->needs.shares[k] = NULL;
	}
	sb->needs.nshares = 0;
	sandbox_dirs_free(&sb->needs.dirs);
	if (sb->landlock_9p >= 0)
		close(sb->landlock_9p);
	if (sb->landlock_all >= 0)
		close(sb->landlock_all);
	if (sb->proc_fd >= 0)
		close(sb->proc_fd);
	if (sb->host_netns >= 0)
		close(sb->host_netns);
	sb->landlock_9p = sb->landlock_all = sb->proc_fd = sb->host_netns = -1;
}
