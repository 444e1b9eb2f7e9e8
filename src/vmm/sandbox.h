/* The VM process's sandbox: no_new_privs, rlimits, and a seccomp-bpf
 * allow-list per thread kind (docs/ARCHITECTURE.md, "Sandbox"). */
#ifndef RVISOR_VMM_SANDBOX_H
#define RVISOR_VMM_SANDBOX_H

#include <linux/filter.h>
#include <stdbool.h>
#include <time.h>

#include "util/error.h"
#include "vmm/sandbox_fs.h"
#include "vmm/sandbox_user.h"

enum sandbox_mode {
	SANDBOX_OFF,
	SANDBOX_ON,  /* a forbidden syscall kills the process (SIGSYS) */
	SANDBOX_LOG, /* a forbidden syscall runs, and the kernel logs it */
};

/* The thread kinds, each with its own allow-list. A thread's kind comes
 * from its name (util/thread.h); a name the table does not know gets
 * SANDBOX_KIND_MAIN's list, the widest. */
enum sandbox_kind {
	SANDBOX_KIND_MAIN, /* the main thread after set-up: the lifecycle loop */
	SANDBOX_KIND_VCPU,
	SANDBOX_KIND_IO_BLK,
	SANDBOX_KIND_IO_NET,
	SANDBOX_KIND_IO_VSOCK,
	SANDBOX_KIND_IO_9P,
	SANDBOX_KIND_IO_BALLOON,
	SANDBOX_KIND_IO_OTHER, /* rng, console */
	SANDBOX_KIND_NET_SLIRP,
	SANDBOX_KIND_NET_TAP,
	SANDBOX_KIND_VSOCK_HOST,
	SANDBOX_KIND_CONSOLE_IN,
	SANDBOX_KIND_RTC,
	SANDBOX_KIND_API,
	SANDBOX_KIND_MEMGUARD,
	SANDBOX_KIND_MIGRATE,	 /* not measured yet: every kind's calls */
	SANDBOX_KIND_SPAWNER,	 /* creates the main thread's threads (vmm/sandbox_spawn.h) */
	SANDBOX_KIND_GDB,	 /* the GDB stub's thread (--gdb) */
	SANDBOX_KIND_POSTCOPY,	 /* a post-copy destination's page filler (vmm/postcopy.c) */
	SANDBOX_KIND_MIGRATE_RX, /* a migration destination's RAM stream (vmm/migrate_in.c) */
	SANDBOX_NKINDS
};

#define SANDBOX_MAX_SHARES 16

/* What the VM needs from the host after set-up. */
struct sandbox_needs {
	bool host_net; /* a NIC on the host's network (user-mode or tap) */
	/* The 9p shares' host directories: the only files a 9p server may
	 * reach (Landlock, where the kernel has it). */
	char *shares[SANDBOX_MAX_SHARES]; /* owned: freed by sandbox_close */
	bool share_ro[SANDBOX_MAX_SHARES];
	unsigned nshares;
	/* Host directories the VM still reaches by path after set-up, kept in
	 * its private root: the API and vsock sockets' directories (a vsock
	 * connection from the guest connects to SOCKET_PORT), the
	 * --sandbox-dir ones (snapshot targets). Freed by sandbox_close. */
	struct sandbox_dirs dirs;
	/* As root: the uid/gid to run as (--sandbox-user), or, without
	 * user_given, SANDBOX_USER_BASE + pid. */
	bool user_given;
	uid_t uid;
	gid_t gid;
	/* As root: fork into a new PID namespace (vmm/sandbox_pid.h); the
	 * parent, left as a relay, keeps relay_keep_fd open (-1: none). */
	bool pid_ns;
	int relay_keep_fd;
};

struct vm_device;
/* needs from a VM's devices (kind "net", kind "share": a share whose
 * options the device will refuse is left out); sandbox_prepare takes the
 * strings over. */
void sandbox_needs_of(struct sandbox_needs *needs, const struct vm_device *devs, unsigned ndevs);

struct sandbox {
	enum sandbox_mode mode;
	struct sandbox_needs needs;
	struct sock_fprog prog[SANDBOX_NKINDS]; /* compiled once, installed per thread */
	bool prebuilt; /* prog is vmm/sandbox_prebuilt.h's (not to be freed) */
	bool main_entered;
	bool mount_ns;	   /* a mount namespace of its own: pivot into a private root */
	bool private_root; /* done */
	bool user;	   /* runs as needs.uid/gid */
	bool pid_ns;	   /* PID 1 of a PID namespace of its own, under a relay */
	bool bset_clear;   /* the process's capability bounding set is empty (as root) */
	/* Started by sandbox_prepare; after sandbox_enter_main it creates the
	 * main thread's threads. */
	struct sandbox_spawner *spawner;
	int landlock_9p;  /* a Landlock ruleset for the 9p threads, or -1 */
	int landlock_all; /* the Landlock ruleset every thread takes, or -1 */
	int proc_fd;	  /* the private root's /proc (detached until the pivot), or -1 */
	int host_netns;	  /* without a NIC: the host's network namespace, for the API thread */
	/* RVISOR_SANDBOX_SELFTEST=THREAD:CALL (a test hook): the first
	 * thread whose name starts with THREAD ("main" for the main thread,
	 * "relay" for the PID namespace's relay process) makes the forbidden
	 * call CALL (openat, openroot, execve, ptrace, socket) right after its
	 * filter is in place; main:tid prints the C library's and the
	 * kernel's tid of the main thread instead (before its filter). */
	char selftest_thread[16], selftest_call[16];
	/* RVISOR_SANDBOX_TIMES=1: each step's CPU and wall time on stderr
	 * (docs/SECURITY.md, "Cost"); the clocks of the last step. */
	bool times;
	struct timespec step_cpu, step_wall;
	long step_faults;
};

/* The default: on when started as root (the process has something to
 * lose), off otherwise. */
enum sandbox_mode sandbox_default_mode(void);
/* "on", "off" or "log" into *mode; -1 for anything else. */
int sandbox_parse_mode(const char *s, enum sandbox_mode *mode);
const char *sandbox_mode_name(enum sandbox_mode mode);

/* The kind of a thread named name. */
enum sandbox_kind sandbox_kind_of(const char *name);
const char *sandbox_kind_name(enum sandbox_kind kind);

/* Before any thread is spawned: turn core dumps off, pin RLIMIT_NOFILE,
 * set no_new_privs; as root, enter new IPC and UTS namespaces and, without
 * needs->host_net, a new network namespace (keeping the host's for the API
 * thread, which returns to it), take the dedicated uid and, with
 * needs->pid_ns, fork into a new PID namespace (only the child returns);
 * a warning on stderr says what is skipped and why. Then make the Landlock
 * rulesets (a 9p server's: needs->shares only; every thread's: the shares,
 * needs->dirs and reading /proc; not in log mode; a warning when the
 * kernel has no Landlock), compile every kind's filter, and make every
 * thread the caller spawns from now on (and their own threads) drop the
 * capabilities its kind does not need, take the Landlock rulesets and
 * install its kind's filter before it runs anything. Does nothing with
 * SANDBOX_OFF. Returns 0, or -1 with e set (unsupported when the kernel
 * has no seccomp). */
int sandbox_prepare(struct sandbox *sb, enum sandbox_mode mode, const struct sandbox_needs *needs,
		    struct error *e);

/* The calling (main) thread pivots into the private root (as root: a
 * warning says when it cannot), drops the capabilities a rebuild does not need
 * and takes SANDBOX_KIND_MAIN's filter, once the VM is built: nothing it
 * opened stays reachable by an exec, a ptrace or a fork, and it opens no
 * file any more (a rebuild uses what was opened once); the threads it
 * spawns from then on are created by the spawner thread. Later calls do
 * nothing. Returns 0, or -1 with e set. */
int sandbox_enter_main(struct sandbox *sb, struct error *e);

/* Drop the capabilities kind does not need, take the Landlock rulesets,
 * then install kind's filter, on the calling thread (the start hook's work; exposed for tests).
 * Returns 0 or an errno value. */
int sandbox_install(const struct sandbox *sb, enum sandbox_kind kind);

void sandbox_close(struct sandbox *sb);

/* The self-test's call named call (see selftest_call): its result, or -2
 * for a name it does not know. */
long sandbox_selftest_call(const char *call);

/* The i-th call name the allow-lists hold (repeats included), NULL past
 * the last: for tests (every one must be in vmm/sandbox_nr.c's table). */
const char *sandbox_listed_call(unsigned i);

struct sandbox_bpf;
/* Kind's allow-list in mode (on or log) into f, for a process whose pid
 * (as it sees itself) is pid: what sandbox_prepare compiles (exposed for
 * tests). Returns 0 or a negative errno value. */
int sandbox_rules(struct sandbox_bpf *f, enum sandbox_mode mode, enum sandbox_kind kind, int pid);

/* Kind's allow-list in mode compiled into out (out->filter allocated),
 * with the hot calls first: what every start installs (exposed for the
 * filters built with rvisor, src/gen/sandbox_filters.c, and tests). f is
 * work space. Returns 0, or a negative errno value with *what saying which
 * step failed. */
int sandbox_compile(struct sandbox_bpf *f, enum sandbox_mode mode, enum sandbox_kind kind, int pid,
		    struct sock_fprog *out, const char **what);

#endif
