/* vmm/sandbox: each thread kind's seccomp filter, tried in a child process:
 * what a compromised thread of that kind might attempt (exec, ptrace, a
 * socket of another family, fork, executable memory, raise a limit, signal
 * another process, also as a descriptor's I/O signal, type into the
 * terminal) kills it with SIGSYS, an open where the kind opens nothing
 * fails with EACCES, while the calls the kind needs still work; log mode
 * lets the call run; every thread name spawned in src/ maps to its kind;
 * under Landlock a 9p thread opens nothing outside its shares. */
#include <errno.h>
#include <fcntl.h>
#include <linux/if_tun.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "check.h"
#include "util/thread.h"
#include "virtio/devices.h"
#include "vmm/sandbox.h"

#define SKIP 77

static int prctl_nnp_is_set(void)
{
	return prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 1;
}

enum attempt {
	OPENAT,
	EXECVE,
	PTRACE,
	SOCKET_INET,
	SOCKET_UNIX,
	FORK,
	CLONE3,
	MMAP_EXEC,
	MPROTECT_EXEC,
	SETRLIMIT,
	KILL_OTHER,
	TIOCSTI_CALL,
	TUNSETIFF_CALL,
	/* allowed somewhere */
	PREAD,
	GETRLIMIT,
	MMAP_RW,
	TCGETS_CALL,
	WRITE,
	NO_CALL,
	F_SETOWN_CALL,
	F_SETSIG_CALL,
	F_SETOWN_EX_CALL,
	F_GETFL_CALL,
	FALLOC_PUNCH,
	FALLOC_GROW,
	PWRITE,
	NATTEMPTS
};

static const char *const attempt_names[NATTEMPTS] = {
    [OPENAT] = "openat",
    [EXECVE] = "execve",
    [PTRACE] = "ptrace",
    [SOCKET_INET] = "socket(AF_INET)",
    [SOCKET_UNIX] = "socket(AF_UNIX)",
    [FORK] = "fork",
    [CLONE3] = "clone3",
    [MMAP_EXEC] = "mmap(PROT_EXEC)",
    [MPROTECT_EXEC] = "mprotect(PROT_EXEC)",
    [SETRLIMIT] = "setrlimit",
    [KILL_OTHER] = "kill(ppid)",
    [TIOCSTI_CALL] = "ioctl(TIOCSTI)",
    [TUNSETIFF_CALL] = "ioctl(TUNSETIFF)",
    [PREAD] = "pread",
    [GETRLIMIT] = "getrlimit",
    [MMAP_RW] = "mmap(rw)",
    [TCGETS_CALL] = "ioctl(TCGETS)",
    [WRITE] = "write",
    [NO_CALL] = "syscall(-1)",
    [F_SETOWN_CALL] = "fcntl(F_SETOWN)",
    [F_SETSIG_CALL] = "fcntl(F_SETSIG)",
    [F_SETOWN_EX_CALL] = "fcntl(F_SETOWN_EX)",
    [F_GETFL_CALL] = "fcntl(F_GETFL)",
    [FALLOC_PUNCH] = "fallocate(PUNCH_HOLE|KEEP_SIZE)",
    [FALLOC_GROW] = "fallocate(0)",
    [PWRITE] = "pwrite64",
};

/* The attempt, made raw (no libc wrapper that might use another call).
 * Returns the syscall's result; the child reports it in its exit status. */
static long try(enum attempt a, int fd)
{
	char c;
	struct rlimit rl;
	switch (a) {
	case OPENAT:
		return syscall(SYS_openat, AT_FDCWD, "/", O_RDONLY | O_DIRECTORY);
	case EXECVE:
		return syscall(SYS_execve, "", NULL, NULL);
	case PTRACE:
		return syscall(SYS_ptrace, PTRACE_PEEKUSER, 0, 0, 0);
	case SOCKET_INET:
		return syscall(SYS_socket, AF_INET, SOCK_STREAM, 0);
	case SOCKET_UNIX:
		return syscall(SYS_socket, AF_UNIX, SOCK_STREAM, 0);
	case FORK:
		/* clone without CLONE_THREAD: a new process */
		return syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
	case CLONE3:
		return syscall(SYS_clone3, NULL, 0);
	case MMAP_EXEC:
		return (long)syscall(SYS_mmap, 0, 4096, PROT_READ | PROT_EXEC,
				     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	case MPROTECT_EXEC: {
		void *p = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		return syscall(SYS_mprotect, p, 4096, PROT_READ | PROT_EXEC);
	}
	case SETRLIMIT:
		rl.rlim_cur = rl.rlim_max = 0;
		return syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, &rl, NULL);
	case KILL_OTHER:
		return syscall(SYS_kill, getppid(), 0);
	case TIOCSTI_CALL:
		c = 'x';
		return syscall(SYS_ioctl, fd, TIOCSTI, &c);
	case TUNSETIFF_CALL:
		return syscall(SYS_ioctl, fd, TUNSETIFF, NULL);
	case PREAD:
		return syscall(SYS_pread64, fd, &c, 1, 0);
	case GETRLIMIT:
		return syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, &rl);
	case MMAP_RW:
		return (long)syscall(SYS_mmap, 0, 4096, PROT_READ | PROT_WRITE,
				     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	case TCGETS_CALL: {
		struct termios t;
		return syscall(SYS_ioctl, fd, TCGETS, &t);
	}
	case WRITE:
		return syscall(SYS_write, fd, "", 0);
	case NO_CALL: /* what strace's fault injection turns a call into */
		return syscall(-1);
	case F_SETOWN_CALL: /* SIGIO to another process */
		return syscall(SYS_fcntl, fd, F_SETOWN, getppid());
	case F_SETSIG_CALL: /* ... and SIGKILL as the I/O signal */
		return syscall(SYS_fcntl, fd, F_SETSIG, SIGKILL);
	case F_SETOWN_EX_CALL: {
		struct f_owner_ex own = {.type = F_OWNER_TID, .pid = (pid_t)syscall(SYS_gettid)};
		return syscall(SYS_fcntl, fd, F_SETOWN_EX, &own);
	}
	case F_GETFL_CALL:
		return syscall(SYS_fcntl, fd, F_GETFL);
	case FALLOC_PUNCH:
		return syscall(SYS_fallocate, fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0,
			       4096);
	case FALLOC_GROW: /* the file grows: a full disk, or a lease broken */
		return syscall(SYS_fallocate, fd, 0, 0, 1 << 20);
	case PWRITE:
		return syscall(SYS_pwrite64, fd, "", 0, 0);
	default:
		return -1;
	}
}

/* In a child: install kind's filter (mode) and make the attempt. Returns
 * the signal that ended the child, or 0 when it exited (the call ran). */
static int attempt_in_child(const struct sandbox *sb, enum sandbox_kind kind, enum attempt a,
			    int fd)
{
	pid_t pid = fork();
	if (pid == 0) {
		if (sandbox_install(sb, kind) != 0)
			_exit(99);
		try(a, fd);
		_exit(0);
	}
	int st;
	if (pid < 0 || waitpid(pid, &st, 0) != pid)
		return -1;
	if (WIFEXITED(st) && WEXITSTATUS(st) == 99)
		return -2;
	return WIFSIGNALED(st) ? WTERMSIG(st) : 0;
}

/* The call fails with errno err and the thread lives on. */
static void expect_denied(const struct sandbox *sb, enum sandbox_kind kind, enum attempt a, int fd,
			  int err)
{
	pid_t pid = fork();
	if (pid == 0) {
		if (sandbox_install(sb, kind) != 0)
			_exit(99);
		long rc = try(a, fd);
		_exit(rc < 0 ? errno : 0);
	}
	int st;
	if (pid < 0 || waitpid(pid, &st, 0) != pid || !WIFEXITED(st) || WEXITSTATUS(st) != err) {
		fprintf(stderr, "%s: %s did not fail with errno %d (status %#x)\n",
			sandbox_kind_name(kind), attempt_names[a], err, pid > 0 ? st : -1);
		check_failures++;
	}
}

static void expect_kill(const struct sandbox *sb, enum sandbox_kind kind, enum attempt a, int fd)
{
	int sig = attempt_in_child(sb, kind, a, fd);
	if (sig != SIGSYS) {
		fprintf(stderr, "%s: %s was not killed by SIGSYS (got %d)\n",
			sandbox_kind_name(kind), attempt_names[a], sig);
		check_failures++;
	}
}

static void expect_allowed(const struct sandbox *sb, enum sandbox_kind kind, enum attempt a, int fd)
{
	int sig = attempt_in_child(sb, kind, a, fd);
	if (sig != 0) {
		fprintf(stderr, "%s: %s was not allowed (signal %d)\n", sandbox_kind_name(kind),
			attempt_names[a], sig);
		check_failures++;
	}
}

/* Landlock, in a child of its own: a 9p thread opens files beneath its
 * share (read-write, or reading only beneath a read-only one) and nothing
 * else, even where its seccomp list allows openat. */
static void check_landlock(void)
{
	char top[] = "/tmp/rvisor-sandbox-ll-XXXXXX";
	if (!mkdtemp(top)) {
		check_failures++;
		return;
	}
	char share[64], ro[64], outside[64], in[96], inro[96], bait[96];
	snprintf(share, sizeof(share), "%s/share", top);
	snprintf(ro, sizeof(ro), "%s/ro", top);
	snprintf(outside, sizeof(outside), "%s/outside", top);
	snprintf(in, sizeof(in), "%s/in", share);
	snprintf(inro, sizeof(inro), "%s/in", ro);
	snprintf(bait, sizeof(bait), "%s/bait", outside);
	CHECK(mkdir(share, 0700) == 0 && mkdir(ro, 0700) == 0 && mkdir(outside, 0700) == 0);
	const char *files[] = {in, inro, bait};
	for (int k = 0; k < 3; k++) {
		int fd = open(files[k], O_CREAT | O_WRONLY, 0600);
		CHECK(fd >= 0);
		close(fd);
	}
	pid_t pid = fork();
	if (pid == 0) {
		struct sandbox sb;
		struct error e = {0};
		struct sandbox_needs n = {.host_net = true, .nshares = 2};
		n.shares[0] = strdup(share);
		n.shares[1] = strdup(ro);
		n.share_ro[1] = true;
		if (sandbox_prepare(&sb, SANDBOX_ON, &n, &e) < 0)
			_exit(10);
		if (sb.landlock_9p < 0)
			_exit(SKIP);
		if (sandbox_install(&sb, SANDBOX_KIND_IO_9P) != 0)
			_exit(11);
		int a = open(in, O_RDWR), b = open(inro, O_RDONLY), c = open(inro, O_WRONLY);
		int c_err = errno;
		int d = open(bait, O_RDONLY);
		int d_err = errno;
		if (a < 0)
			_exit(1);
		if (b < 0)
			_exit(2);
		if (c >= 0 || c_err != EACCES)
			_exit(3);
		if (d >= 0 || d_err != EACCES)
			_exit(4);
		_exit(0);
	}
	int st;
	CHECK(pid > 0 && waitpid(pid, &st, 0) == pid);
	if (WIFEXITED(st) && WEXITSTATUS(st) == SKIP)
		printf("no Landlock in this kernel: its check skipped\n");
	else if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		fprintf(stderr, "Landlock: the 9p thread's opens: child status %#x\n", st);
		check_failures++;
	}
	for (int k = 0; k < 3; k++)
		unlink(files[k]);
	rmdir(share);
	rmdir(ro);
	rmdir(outside);
	rmdir(top);
}

/* Open arg (a path), or "/" for NULL: 0 or the errno value. */
static void *open_root(void *arg)
{
	const char *path = arg ? arg : "/";
	long fd = syscall(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
	long rc = fd >= 0 ? 0 : errno;
	if (fd >= 0)
		close((int)fd);
	return (void *)rc;
}

/* After the main thread takes its filter it opens nothing (EACCES), yet a
 * 9p server it spawns then (a guest reboot's rebuild) still opens files:
 * the spawner thread creates it. A vCPU it spawns opens nothing. In a
 * child: the process keeps its filters. */
static void check_spawner(void)
{
	pid_t pid = fork();
	if (pid < 0) {
		check_failures++;
		return;
	}
	if (pid == 0) {
		struct sandbox sb;
		const struct sandbox_needs needs = {.host_net = true};
		struct error e = {0};
		if (sandbox_prepare(&sb, SANDBOX_ON, &needs, &e) < 0 ||
		    sandbox_enter_main(&sb, &e) < 0) {
			fprintf(stderr, "spawner check: %s\n", e.msg);
			_exit(1);
		}
		int fails = 0;
		if (open_root(NULL) != (void *)(long)EACCES) {
			fprintf(stderr,
				"the main thread opened a file after entering its filter\n");
			fails++;
		}
		/* /proc is readable under the process's Landlock ruleset; "/"
		 * (not given to the VM) is not, where the kernel has Landlock. */
		bool landlock = sb.landlock_all >= 0;
		static const char *const names[] = {"io-9p0", "vcpu0", "io-9p1"};
		static const char *const paths[] = {"/proc/self/status", "/proc/self/status", "/"};
		const long want[] = {0, EACCES, landlock ? EACCES : 0};
		for (int k = 0; k < 3; k++) {
			pthread_t t;
			void *res = (void *)-1L;
			if (thread_spawn(&t, open_root, (void *)paths[k], "%s", names[k]) != 0 ||
			    pthread_join(t, &res) != 0 || (long)res != want[k]) {
				fprintf(stderr,
					"%s spawned by the filtered main thread: open %s gave %ld, "
					"want %ld\n",
					names[k], paths[k], (long)res, want[k]);
				fails++;
			}
		}
		sandbox_close(&sb);
		_exit(fails ? 1 : 0);
	}
	int st;
	waitpid(pid, &st, 0);
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		fprintf(stderr, "spawner check failed (status %#x)\n", st);
		check_failures++;
	}
}

int main(void)
{
	/* Names as thread_spawn gives them in src/ (a grep in
	 * tests/cli/sandbox.sh keeps this list complete). */
	static const struct {
		const char *name;
		enum sandbox_kind kind;
	} names[] = {
	    {"vcpu0", SANDBOX_KIND_VCPU},
	    {"vcpu7", SANDBOX_KIND_VCPU},
	    {"io-blk0", SANDBOX_KIND_IO_BLK},
	    {"io-net2", SANDBOX_KIND_IO_NET},
	    {"io-vsock3", SANDBOX_KIND_IO_VSOCK},
	    {"io-9p4", SANDBOX_KIND_IO_9P},
	    {"io-balloon5", SANDBOX_KIND_IO_BALLOON},
	    {"io-rng6", SANDBOX_KIND_IO_OTHER},
	    {"io-console7", SANDBOX_KIND_IO_OTHER},
	    {"net-slirp", SANDBOX_KIND_NET_SLIRP},
	    {"net-tap", SANDBOX_KIND_NET_TAP},
	    {"vsock-host", SANDBOX_KIND_VSOCK_HOST},
	    {"console-in", SANDBOX_KIND_CONSOLE_IN},
	    {"rtc-alarm", SANDBOX_KIND_RTC},
	    {"api", SANDBOX_KIND_API},
	    {"memguard", SANDBOX_KIND_MEMGUARD},
	    {"gdbstub", SANDBOX_KIND_GDB},
	    {"migrate-pc", SANDBOX_KIND_POSTCOPY},
	    {"migrate-rx", SANDBOX_KIND_MIGRATE_RX},
	    {"migrate", SANDBOX_KIND_MIGRATE},
	    {"something-new", SANDBOX_KIND_MAIN},
	};
	for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++)
		if (sandbox_kind_of(names[k].name) != names[k].kind) {
			fprintf(stderr, "thread %s: kind %s, expected %s\n", names[k].name,
				sandbox_kind_name(sandbox_kind_of(names[k].name)),
				sandbox_kind_name(names[k].kind));
			check_failures++;
		}
	/* What a VM needs: the host's network with a NIC, each share's
	 * directory (",," is a comma) and whether it is read-only; a share
	 * the device will refuse is left out. */
	const struct vm_device devs[] = {
	    {.kind = "rng", .opts = ""},
	    {.kind = "share", .opts = "/srv/a,,b,tag=t"},
	    {.kind = "share", .opts = "/srv/ro,tag=r,readonly=on"},
	    {.kind = "share", .opts = ",tag=x"},
	    {.kind = "share", .opts = "/srv/c,readonly=maybe"},
	};
	struct sandbox_needs needs_of;
	sandbox_needs_of(&needs_of, devs, 5);
	CHECK(!needs_of.host_net && needs_of.nshares == 2);
	CHECK(needs_of.nshares == 2 && strcmp(needs_of.shares[0], "/srv/a,b") == 0 &&
	      !needs_of.share_ro[0] && strcmp(needs_of.shares[1], "/srv/ro") == 0 &&
	      needs_of.share_ro[1]);
	for (unsigned k = 0; k < needs_of.nshares; k++)
		free(needs_of.shares[k]);
	const struct vm_device nic[] = {{.kind = "net", .opts = "user"}};
	sandbox_needs_of(&needs_of, nic, 1);
	CHECK(needs_of.host_net && needs_of.nshares == 0);

	enum sandbox_mode m;
	CHECK(sandbox_parse_mode("on", &m) == 0 && m == SANDBOX_ON);
	CHECK(sandbox_parse_mode("log", &m) == 0 && m == SANDBOX_LOG);
	CHECK(sandbox_parse_mode("off", &m) == 0 && m == SANDBOX_OFF);
	CHECK(sandbox_parse_mode("yes", &m) < 0);

	/* Each child takes a filter; the parent prepares in a child of its
	 * own so that its no_new_privs and rlimits stay out of this process. */
	struct sandbox sb, sblog;
	const struct sandbox_needs needs = {.host_net = true};
	struct error e = {0};
	pid_t prep = fork();
	if (prep < 0)
		return 1;
	if (prep > 0) {
		int st;
		waitpid(prep, &st, 0);
		if (WIFEXITED(st) && WEXITSTATUS(st) == SKIP)
			printf("skipped: %s\n", "no seccomp");
		return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
	}
	if (prctl(PR_GET_SECCOMP, 0, 0, 0, 0) >= 0)
		check_spawner();
	if (sandbox_prepare(&sb, SANDBOX_ON, &needs, &e) < 0) {
		printf("seccomp unavailable (%s): skipping\n", e.msg);
		return e.cls == ERR_UNSUPPORTED ? SKIP : 1;
	}
	if (sandbox_prepare(&sblog, SANDBOX_LOG, &needs, &e) < 0) {
		fprintf(stderr, "log mode: %s\n", e.msg);
		return 1;
	}
	struct rlimit core;
	CHECK(getrlimit(RLIMIT_CORE, &core) == 0 && core.rlim_cur == 0 && core.rlim_max == 0);
	CHECK(prctl_nnp_is_set());

	char tmpl[] = "/tmp/rvisor-sandbox-XXXXXX";
	int fd = mkstemp(tmpl);
	CHECK(fd >= 0);
	unlink(tmpl);
	CHECK(write(fd, "x", 1) == 1);

	/* What no kind may do. */
	for (int k = 0; k < SANDBOX_NKINDS; k++) {
		enum sandbox_kind kind = (enum sandbox_kind)k;
		expect_kill(&sb, kind, EXECVE, fd);
		expect_kill(&sb, kind, PTRACE, fd);
		expect_kill(&sb, kind, FORK, fd);
		expect_kill(&sb, kind, MMAP_EXEC, fd);
		expect_kill(&sb, kind, MPROTECT_EXEC, fd);
		expect_kill(&sb, kind, SETRLIMIT, fd);
		expect_kill(&sb, kind, KILL_OTHER, fd);
		expect_kill(&sb, kind, TIOCSTI_CALL, fd);
		expect_allowed(&sb, kind, GETRLIMIT, fd);
		expect_allowed(&sb, kind, MMAP_RW, fd);
		expect_allowed(&sb, kind, WRITE, fd);
		expect_allowed(&sb, kind, TCGETS_CALL, fd); /* ENOTTY here, but not filtered */
		expect_allowed(&sb, kind, NO_CALL, fd);	    /* ENOSYS */
		expect_kill(&sb, kind, F_SETOWN_CALL, fd);
		expect_kill(&sb, kind, F_SETSIG_CALL, fd);
		expect_allowed(&sb, kind, F_GETFL_CALL, fd);
		if (kind != SANDBOX_KIND_MEMGUARD && kind != SANDBOX_KIND_MAIN &&
		    kind != SANDBOX_KIND_SPAWNER)
			expect_kill(&sb, kind, F_SETOWN_EX_CALL, fd);
	}
	/* No open after start-up but where a kind serves files: EACCES (the
	 * C library opens files on its own and copes with a refusal). */
	static const enum sandbox_kind no_open[] = {
	    SANDBOX_KIND_VCPU,	     SANDBOX_KIND_IO_BLK,     SANDBOX_KIND_IO_NET,
	    SANDBOX_KIND_IO_VSOCK,   SANDBOX_KIND_IO_BALLOON, SANDBOX_KIND_IO_OTHER,
	    SANDBOX_KIND_NET_SLIRP,  SANDBOX_KIND_NET_TAP,    SANDBOX_KIND_VSOCK_HOST,
	    SANDBOX_KIND_CONSOLE_IN, SANDBOX_KIND_RTC,	      SANDBOX_KIND_MEMGUARD,
	    SANDBOX_KIND_POSTCOPY,   SANDBOX_KIND_MIGRATE_RX};
	for (size_t k = 0; k < sizeof(no_open) / sizeof(no_open[0]); k++)
		expect_denied(&sb, no_open[k], OPENAT, fd, EACCES);
	expect_allowed(&sb, SANDBOX_KIND_IO_9P, OPENAT, fd);
	expect_allowed(&sb, SANDBOX_KIND_API, OPENAT, fd);
	/* The main thread opens nothing once the VM is built; the spawner
	 * creates its threads, so it holds every kind's calls. */
	expect_denied(&sb, SANDBOX_KIND_MAIN, OPENAT, fd, EACCES);
	expect_allowed(&sb, SANDBOX_KIND_SPAWNER, OPENAT, fd);
	/* Sockets only where a back end makes them, of its own family. */
	static const enum sandbox_kind no_socket[] = {
	    SANDBOX_KIND_VCPU,	   SANDBOX_KIND_IO_BLK,	    SANDBOX_KIND_IO_VSOCK,
	    SANDBOX_KIND_IO_9P,	   SANDBOX_KIND_IO_BALLOON, SANDBOX_KIND_IO_OTHER,
	    SANDBOX_KIND_NET_TAP,  SANDBOX_KIND_CONSOLE_IN, SANDBOX_KIND_RTC,
	    SANDBOX_KIND_MEMGUARD, SANDBOX_KIND_POSTCOPY,   SANDBOX_KIND_MIGRATE_RX};
	for (size_t k = 0; k < sizeof(no_socket) / sizeof(no_socket[0]); k++) {
		expect_kill(&sb, no_socket[k], SOCKET_INET, fd);
		expect_kill(&sb, no_socket[k], SOCKET_UNIX, fd);
	}
	/* A migration's RAM stream writes pages into the RAM memfd and
	 * punches zero pages out of it: no other fallocate (the file never
	 * grows), no ioctl but the terminal's, no pread. */
	expect_allowed(&sb, SANDBOX_KIND_MIGRATE_RX, PWRITE, fd);
	expect_allowed(&sb, SANDBOX_KIND_MIGRATE_RX, FALLOC_PUNCH, fd);
	expect_kill(&sb, SANDBOX_KIND_MIGRATE_RX, FALLOC_GROW, fd);
	expect_kill(&sb, SANDBOX_KIND_MIGRATE_RX, PREAD, fd);
	expect_kill(&sb, SANDBOX_KIND_MIGRATE_RX, TUNSETIFF_CALL, fd);
	expect_allowed(&sb, SANDBOX_KIND_MAIN, FALLOC_GROW, fd);
	expect_allowed(&sb, SANDBOX_KIND_IO_NET, SOCKET_INET, fd);
	expect_kill(&sb, SANDBOX_KIND_IO_NET, SOCKET_UNIX, fd);
	expect_allowed(&sb, SANDBOX_KIND_NET_SLIRP, SOCKET_INET, fd);
	expect_kill(&sb, SANDBOX_KIND_NET_SLIRP, SOCKET_UNIX, fd);
	expect_allowed(&sb, SANDBOX_KIND_VSOCK_HOST, SOCKET_UNIX, fd);
	/* The API thread connects a live migration's stream (unix or TCP). */
	expect_allowed(&sb, SANDBOX_KIND_API, SOCKET_UNIX, fd);
	expect_allowed(&sb, SANDBOX_KIND_API, SOCKET_INET, fd);
	expect_kill(&sb, SANDBOX_KIND_VSOCK_HOST, SOCKET_INET, fd);
	/* Disk I/O where the disks are served, not on a vCPU. */
	expect_allowed(&sb, SANDBOX_KIND_IO_BLK, PREAD, fd);
	expect_kill(&sb, SANDBOX_KIND_VCPU, PREAD, fd);
	/* Taps are opened once, before: nobody makes one after set-up. Only
	 * the main thread spawns threads (clone3 is answered ENOSYS so that
	 * glibc uses clone, whose flags are checked). */
	expect_kill(&sb, SANDBOX_KIND_MAIN, TUNSETIFF_CALL, fd);
	expect_kill(&sb, SANDBOX_KIND_IO_NET, TUNSETIFF_CALL, fd);
	expect_allowed(&sb, SANDBOX_KIND_MAIN, CLONE3, fd);
	expect_kill(&sb, SANDBOX_KIND_VCPU, CLONE3, fd);

	expect_allowed(&sb, SANDBOX_KIND_MEMGUARD, F_SETOWN_EX_CALL, fd); /* its own thread */
	/* The spawner creates memguard and vsock-host threads: their calls
	 * pass its filter. */
	expect_allowed(&sb, SANDBOX_KIND_SPAWNER, F_SETOWN_EX_CALL, fd);
	expect_allowed(&sb, SANDBOX_KIND_SPAWNER, SOCKET_UNIX, fd);
	/* Log mode: the forbidden call runs (the kernel logs it). */
	expect_allowed(&sblog, SANDBOX_KIND_VCPU, OPENAT, fd);
	expect_allowed(&sblog, SANDBOX_KIND_IO_BLK, EXECVE, fd); /* "" fails: ENOENT */
	check_landlock();
	sandbox_close(&sb);
	sandbox_close(&sblog);
	CHECK_DONE();
}
