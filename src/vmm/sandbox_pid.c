/* The sandbox's PID namespace: one fork, a signal-relaying parent, a child that is PID 1. */
#include "vmm/sandbox_pid.h"

#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdint.h>
#include <linux/capability.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "machine/console.h"
#include "vmm/sandbox.h"

static const int forwarded[] = {SANDBOX_PID_SIGNALS};
#define NFORWARDED (sizeof(forwarded) / sizeof(forwarded[0]))

/* Signal handlers are handed no argument: these two are the only state
 * they reach, one of them per process (a process is either the relay or
 * the VM process). */
static volatile pid_t relay_child = -1; /* the relay's child: where signals go */
static volatile int report_fd = -1;	/* the VM process's end of the relay's socket */

static bool is_forwarded(int sig)
{
	for (size_t k = 0; k < NFORWARDED; k++)
		if (forwarded[k] == sig)
			return true;
	return false;
}

static void forward(int sig)
{
	int saved = errno;
	pid_t child = relay_child;
	if (child > 0)
		kill(child, sig);
	errno = saved;
}

/* In the VM process: a namespace's init is spared every signal it has no
 * handler for, so this handler is what its default action would do: end
 * the process (the terminal restored first, as machine/console.c's own
 * handler does), telling the relay which signal, which it re-raises. */
static void die_as_unhandled(int sig)
{
	console_restore_terminal();
	unsigned char c = (unsigned char)sig;
	if (report_fd >= 0)
		(void)!write(report_fd, &c, 1);
	_exit(128 + sig);
}

static void warn(const char *what)
{
	fprintf(stderr,
		"rvisor: sandbox: no PID namespace (%s: %s): the VM process sees the host's "
		"processes\n",
		what, strerror(errno));
}

/* Close every descriptor from 3 up but a and b (-1: none). */
static void close_all_but(int a, int b)
{
	int lo = a < b ? a : b, hi = a < b ? b : a;
	int keep[2] = {lo, hi};
	unsigned first = 3;
	for (int k = 0; k < 2; k++) {
		if (keep[k] < (int)first)
			continue;
		if (keep[k] > (int)first)
			syscall(SYS_close_range, first, (unsigned)keep[k] - 1, 0);
		first = (unsigned)keep[k] + 1;
	}
	syscall(SYS_close_range, first, ~0U, 0);
}

/* The process's brk heap, [start, end), from /proc/self/stat's start_brk
 * (field 47) and sbrk(0); start == end when it cannot be read. */
struct heap_range {
	uintptr_t start, end;
};

static struct heap_range heap_range(void)
{
	struct heap_range h = {0, 0};
	char buf[1024];
	int fd = open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return h;
	ssize_t n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return h;
	buf[n] = '\0';
	/* Fields count from after the command's ')' (it may hold spaces):
	 * that is field 2, state is field 3. */
	char *p = strrchr(buf, ')');
	for (int field = 2; p && field < 47; field++)
		p = strchr(p + 1, ' ');
	if (!p)
		return h;
	unsigned long long start = strtoull(p + 1, NULL, 10);
	uintptr_t end = (uintptr_t)sbrk(0);
	if (start && start < end && end - start < (1ULL << 32)) {
		h.start = (uintptr_t)start;
		h.end = end;
	}
	return h;
}

/* Every capability gone, the bounding set too (the relay needs none: it
 * signals and waits for a child of its own uid). */
static void drop_all_caps(bool bset_clear)
{
	for (int c = 0; !bset_clear && c < 64; c++)
		if (prctl(PR_CAPBSET_DROP, c, 0, 0, 0) < 0 && errno == EINVAL)
			break; /* past the kernel's last capability */
	prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
	struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
	struct __user_cap_data_struct d[2];
	memset(d, 0, sizeof(d));
	syscall(SYS_capset, &h, d);
}

#if defined(__x86_64__)
#define RELAY_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define RELAY_ARCH AUDIT_ARCH_AARCH64
#else
#error "the relay's filter names this architecture's audit value"
#endif

#define RELAY_NR(name)                                                                             \
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_##name, 0, 1),                                    \
	    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)
/* Allow call nr when its first argument (a pid or descriptor, both ints)
 * is v: the low word equal, the high word 0. Leaves A = the call number. */
#define RELAY_NR_ARG0(name, v)                                                                     \
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_##name, 0, 5),                                    \
	    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, ARG0_LO),                                           \
	    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (uint32_t)(v), 0, 2),                              \
	    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, ARG0_HI),                                           \
	    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 2, 0), BPF_STMT(BPF_LD | BPF_W | BPF_ABS, NR),  \
	    BPF_JUMP(BPF_JMP | BPF_JA, 1, 0, 0), BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)

#define NR offsetof(struct seccomp_data, nr)
#define ARG0_LO offsetof(struct seccomp_data, args[0])
#define ARG0_HI (offsetof(struct seccomp_data, args[0]) + 4)

/* The relay's whole allow-list: waiting, its handlers, signalling the
 * child or itself, its socket, stderr, exit. Written as BPF by hand (a
 * dozen calls: libseccomp's set-up would cost the start more than the
 * filter). Returns 0 or an errno value. */
static int relay_filter(pid_t child, bool log_only)
{
	const uint32_t self = (uint32_t)getpid();
	struct sock_filter insns[] = {
	    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
	    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, RELAY_ARCH, 1, 0),
	    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
	    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, NR),
	    RELAY_NR(wait4),
	    RELAY_NR(waitid),
	    RELAY_NR(rt_sigaction),
	    RELAY_NR(rt_sigprocmask),
	    RELAY_NR(rt_sigreturn),
	    RELAY_NR(recvfrom),
	    RELAY_NR(close),
	    RELAY_NR(getpid),
	    RELAY_NR(gettid),
	    RELAY_NR(restart_syscall),
	    RELAY_NR(exit),
	    RELAY_NR(exit_group),
	    RELAY_NR_ARG0(write, STDERR_FILENO),
	    RELAY_NR_ARG0(kill, child),
	    RELAY_NR_ARG0(kill, self),
	    RELAY_NR_ARG0(tgkill, self),
	    BPF_STMT(BPF_RET | BPF_K, log_only ? SECCOMP_RET_LOG : SECCOMP_RET_KILL_PROCESS),
	};
	struct sock_fprog prog = {.len = sizeof(insns) / sizeof(insns[0]), .filter = insns};
	return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) < 0 ? errno : 0;
}

/* Die of sig as the child did, so that whoever waits for the relay sees
 * what it would have seen of the VM process. */
_Noreturn static void die_of(int sig)
{
	struct sigaction dfl = {.sa_handler = SIG_DFL};
	sigemptyset(&dfl.sa_mask);
	sigaction(sig, &dfl, NULL);
	sigset_t one;
	sigemptyset(&one);
	sigaddset(&one, sig);
	sigprocmask(SIG_UNBLOCK, &one, NULL);
	kill(getpid(), sig);
	_exit(128 + sig); /* a signal whose default is to be ignored */
}

/* The test hook: the relay makes a call its filter forbids. Stdio is not
 * used: its first use could make a call of its own. */
static void relay_selftest(const char *call)
{
	char msg[128];
	int n =
	    snprintf(msg, sizeof(msg), "rvisor: sandbox self-test: thread relay calls %s\n", call);
	if (n > 0)
		(void)!write(STDERR_FILENO, msg, (size_t)n);
	long rc = sandbox_selftest_call(call);
	n = snprintf(msg, sizeof(msg), "rvisor: sandbox self-test: %s returned %ld (not killed)\n",
		     call, rc);
	if (n > 0)
		(void)!write(STDERR_FILENO, msg, (size_t)n);
}

_Noreturn static void relay(pid_t child, int sock, int keep_fd, bool log_only, bool bset_clear,
			    const char *selftest_call, const sigset_t *old_mask,
			    struct heap_range heap)
{
	/* The relay never allocates (nothing from here on calls malloc or
	 * free): it lets go of the heap it shares with the VM process, whose
	 * writes to those pages then take them over instead of copying each
	 * one (a copy and a TLB flush, the dearest fault on these hosts). */
	if (heap.end > heap.start)
		madvise((void *)heap.start, heap.end - heap.start, MADV_DONTNEED);
	relay_child = child;
	close_all_but(sock, keep_fd);
	drop_all_caps(bset_clear);
	struct sigaction sa = {.sa_handler = forward, .sa_flags = SA_RESTART};
	sigemptyset(&sa.sa_mask);
	/* A signal ignored at start (nohup's SIGHUP) stays ignored, as it is
	 * in the VM process and in an unsandboxed rvisor. */
	for (size_t k = 0; k < NFORWARDED; k++) {
		struct sigaction cur;
		if (sigaction(forwarded[k], NULL, &cur) == 0 && cur.sa_handler == SIG_IGN &&
		    !(cur.sa_flags & SA_SIGINFO))
			continue;
		sigaction(forwarded[k], &sa, NULL);
	}
	int err = relay_filter(child, log_only);
	if (err) {
		/* Never left unconfined: the VM does not run. */
		fprintf(stderr,
			"rvisor: sandbox: the PID namespace's relay: no seccomp filter: %s\n",
			strerror(err));
		kill(child, SIGKILL);
		_exit(1);
	}
	if (selftest_call)
		relay_selftest(selftest_call);
	sigprocmask(SIG_SETMASK, old_mask, NULL);
	/* Wait without reaping: while the child is a zombie its pid cannot
	 * be recycled, so a signal forwarded meanwhile reaches no other
	 * process. */
	siginfo_t info;
	while (waitid(P_PID, (id_t)child, &info, WEXITED | WNOWAIT) < 0 && errno == EINTR)
		;
	sigset_t all;
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, NULL);
	relay_child = -1;
	int status = 0;
	while (waitpid(child, &status, 0) < 0 && errno == EINTR)
		;
	unsigned char reported = 0;
	if (recv(sock, &reported, 1, MSG_DONTWAIT) != 1)
		reported = 0;
	if (WIFSIGNALED(status)) {
		int sig = WTERMSIG(status);
		if (!is_forwarded(sig)) {
			/* Not what its starter asked for (a seccomp kill's
			 * SIGSYS, the OOM killer's SIGKILL, a crash): the audit
			 * log names the VM process by its host pid. */
			char msg[160];
			int n =
			    snprintf(msg, sizeof(msg),
				     "rvisor: the VM process (host pid %d) was killed by "
				     "signal %d (SIG%s)\n",
				     (int)child, sig, sigabbrev_np(sig) ? sigabbrev_np(sig) : "?");
			if (n > 0)
				(void)!write(STDERR_FILENO, msg, (size_t)n);
		}
		die_of(sig);
	}
	int code = WIFEXITED(status) ? WEXITSTATUS(status) : 1;
	if (reported && is_forwarded(reported) && code == 128 + reported)
		die_of(reported);
	_exit(code);
}

bool sandbox_pid_enter(int keep_fd, bool log_only, bool bset_clear, const char *selftest_call)
{
	if (unshare(CLONE_NEWPID) < 0) {
		warn("unshare(CLONE_NEWPID)");
		return false;
	}
	int sv[2];
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0) {
		warn("socketpair");
		return false;
	}
	/* Until each side has its handlers, the forwarded signals wait. */
	sigset_t block, old;
	sigemptyset(&block);
	for (size_t k = 0; k < NFORWARDED; k++)
		sigaddset(&block, forwarded[k]);
	sigprocmask(SIG_BLOCK, &block, &old);
	fflush(NULL);
	struct heap_range heap = heap_range();
	/* _Fork: no thread exists, so no lock is held, and the fork handlers
	 * libraries register (gnutls's and p11-kit's, loaded with
	 * libmicrohttpd, whose servers here speak no TLS: neither process
	 * uses them) would only copy-on-write their pages. */
	pid_t child = _Fork();
	if (child < 0) {
		warn("fork");
		sigprocmask(SIG_SETMASK, &old, NULL);
		close(sv[0]);
		close(sv[1]);
		return false;
	}
	if (child > 0) {
		close(sv[1]);
		relay(child, sv[0], keep_fd, log_only, bset_clear, selftest_call, &old, heap);
	}
	close(sv[0]);
	/* Dies with the relay. Its death before this line shows as the
	 * socket's hang-up. */
	prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
	struct pollfd p = {.fd = sv[1], .events = POLLIN};
	if (poll(&p, 1, 0) != 0)
		_exit(1);
	report_fd = sv[1];
	struct sigaction sa = {.sa_handler = die_as_unhandled};
	sigemptyset(&sa.sa_mask);
	for (size_t k = 0; k < NFORWARDED; k++) {
		struct sigaction cur;
		if (sigaction(forwarded[k], NULL, &cur) == 0 && cur.sa_handler == SIG_DFL &&
		    !(cur.sa_flags & SA_SIGINFO))
			sigaction(forwarded[k], &sa, NULL);
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	return true;
}

/* ASan's leak check runs from exit(). */
#if defined(__SANITIZE_ADDRESS__)
#define VM_EXIT_NORMALLY 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VM_EXIT_NORMALLY 1
#endif
#endif

void sandbox_pid_exit(int status)
{
#ifdef VM_EXIT_NORMALLY
	exit(status);
#else
	console_restore_terminal(); /* what the console's atexit handler does */
	fflush(NULL);
	_exit(status);
#endif
}
