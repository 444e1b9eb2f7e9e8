/* rvisor's sandbox relay: a tiny program of its own (no C library, a few
 * pages), exec'd by rvisor's process as it forks into the sandbox's PID
 * namespace (vmm/sandbox_pid.c). Its pid is the one whoever started rvisor
 * knows; its only child, PID 1 of the new namespace, runs the VM. It
 * forwards signals to the child and, when the child ends, ends as it did.
 *
 * A program of its own rather than a fork of rvisor's process: the
 * process it replaces shared its address space with the VM process (a
 * clone with CLONE_VM, no page table copied), so the VM process keeps
 * every page to itself: no copy-on-write faults, no second copy of the
 * page tables to tear down at exit, nothing of rvisor's memory (heap,
 * keys, stack) in the relay.
 *
 * Built freestanding (the Makefile's RELAY_FLAGS: -nostdlib, static),
 * embedded in rvisor (relay_blob.S) and exec'd from a memfd: no file to
 * find at run time. x86-64 only (its system calls are inline
 * assembly).
 *
 * Its parameters come in one environment variable (its argv is the
 * rvisor command line it replaces, so ps and /proc/PID/cmdline show the
 * same as before the fork):
 *   RVISOR_RELAY=CHILD SOCK KEEP LOG BSET MASK COMM [SELFTEST]
 * CHILD: the child's pid, 8 hex digits; SOCK: the socket to the child
 * (which writes the number of a signal it dies of); KEEP: a descriptor to
 * keep open (-1: none); LOG: 1 to log forbidden calls instead of dying;
 * BSET: 1 when the bounding set is empty already; MASK: the signal mask to
 * wait with (hex); COMM: the process name to take; SELFTEST: the test
 * hook's forbidden call, made right after the filter is in place. */
#include <linux/audit.h>
#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdint.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include "vmm/sandbox_pid.h" /* SANDBOX_PID_SIGNALS */

#if !defined(__x86_64__)
#error "the relay's system calls are x86-64 assembly"
#endif

/* ---- system calls, without a C library ---- */

static long sys6(long nr, long a, long b, long c, long d, long e, long f)
{
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	register long r9 __asm__("r9") = f;
	long ret;
	__asm__ volatile("syscall"
			 : "=a"(ret)
			 : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
			 : "rcx", "r11", "memory");
	return ret;
}
#define SYS(nr, a, b, c, d, e, f)                                                                  \
	sys6((nr), (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

_Noreturn static void sys_exit(int code)
{
	for (;;)
		SYS(SYS_exit_group, code, 0, 0, 0, 0, 0);
}

/* The compiler may emit calls to these for copies and clears. */
void *memcpy(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n)
{
	unsigned char *o = d;
	const unsigned char *i = s;
	while (n--)
		*o++ = *i++;
	return d;
}
void *memset(void *d, int c, size_t n)
{
	unsigned char *o = d;
	while (n--)
		*o++ = (unsigned char)c;
	return d;
}

static size_t str_len(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

static int starts_with(const char *s, const char *prefix)
{
	while (*prefix)
		if (*s++ != *prefix++)
			return 0;
	return 1;
}

/* ---- messages on stderr (one write each) ---- */

struct msg {
	char buf[256];
	size_t n;
};

static void put(struct msg *m, const char *s)
{
	while (*s && m->n < sizeof(m->buf))
		m->buf[m->n++] = *s++;
}

static void put_num(struct msg *m, long v)
{
	char d[24];
	int k = 0;
	unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
	do
		d[k++] = (char)('0' + u % 10);
	while ((u /= 10) && k < 23);
	if (v < 0 && m->n < sizeof(m->buf))
		m->buf[m->n++] = '-';
	while (k > 0 && m->n < sizeof(m->buf))
		m->buf[m->n++] = d[--k];
}

static void say(struct msg *m)
{
	SYS(SYS_write, 2, m->buf, m->n, 0, 0, 0);
}

static const char *const sig_names[] = {
    [SIGHUP] = "HUP",	[SIGINT] = "INT",	[SIGQUIT] = "QUIT", [SIGILL] = "ILL",
    [SIGTRAP] = "TRAP", [SIGABRT] = "ABRT",	[SIGBUS] = "BUS",   [SIGFPE] = "FPE",
    [SIGKILL] = "KILL", [SIGUSR1] = "USR1",	[SIGSEGV] = "SEGV", [SIGUSR2] = "USR2",
    [SIGPIPE] = "PIPE", [SIGALRM] = "ALRM",	[SIGTERM] = "TERM", [SIGSTKFLT] = "STKFLT",
    [SIGCHLD] = "CHLD", [SIGCONT] = "CONT",	[SIGSTOP] = "STOP", [SIGTSTP] = "TSTP",
    [SIGTTIN] = "TTIN", [SIGTTOU] = "TTOU",	[SIGURG] = "URG",   [SIGXCPU] = "XCPU",
    [SIGXFSZ] = "XFSZ", [SIGVTALRM] = "VTALRM", [SIGPROF] = "PROF", [SIGWINCH] = "WINCH",
    [SIGIO] = "IO",	[SIGPWR] = "PWR",	[SIGSYS] = "SYS",
};

/* ---- parameters ---- */

struct params {
	int child, sock, keep, log_only, bset_clear;
	uint64_t mask;
	const char *comm, *selftest;
};

/* One number of base 10 or 16 at *p, which moves past it and a space. */
static long number(const char **p, int base)
{
	const char *s = *p;
	int neg = *s == '-';
	s += neg;
	long v = 0;
	for (;; s++) {
		int d = *s >= '0' && *s <= '9'	 ? *s - '0'
			: *s >= 'a' && *s <= 'f' ? *s - 'a' + 10
						 : -1;
		if (d < 0 || d >= base)
			break;
		v = v * base + d;
	}
	if (*s == ' ')
		s++;
	*p = s;
	return neg ? -v : v;
}

static int parse(char **envp, struct params *pr)
{
	const char *p = 0;
	for (; *envp; envp++)
		if (starts_with(*envp, "RVISOR_RELAY="))
			p = *envp + 13;
	if (!p)
		return -1;
	pr->child = (int)number(&p, 16);
	pr->sock = (int)number(&p, 10);
	pr->keep = (int)number(&p, 10);
	pr->log_only = (int)number(&p, 10);
	pr->bset_clear = (int)number(&p, 10);
	pr->mask = (uint64_t)number(&p, 16);
	pr->comm = p; /* up to the next space, cut there below */
	while (*p && *p != ' ')
		p++;
	if (*p == ' ') {
		*(char *)p = '\0';
		p++;
	}
	pr->selftest = *p ? p : 0;
	return pr->child > 0 && pr->sock >= 0 ? 0 : -1;
}

/* ---- signals ---- */

#define SA_RESTORER_FLAG 0x04000000
struct k_sigaction {
	void (*handler)(int);
	unsigned long flags;
	void (*restorer)(void);
	uint64_t mask;
};
void relay_restorer(void);
__asm__(".text\n"
	".type relay_restorer,@function\n"
	"relay_restorer:\n\t"
	"mov $15, %eax\n\t" /* rt_sigreturn */
	"syscall\n");

static const int forwarded[] = {SANDBOX_PID_SIGNALS};
#define NFORWARDED (sizeof(forwarded) / sizeof(forwarded[0]))

/* The one piece of state a handler reaches: where forwarded signals go
 * (-1 once the child ended: its pid may be anyone's then). */
static volatile int relay_child = -1;

static void forward(int sig)
{
	int child = relay_child;
	if (child > 0)
		SYS(SYS_kill, child, sig, 0, 0, 0, 0);
}

static int is_forwarded(int sig)
{
	for (size_t k = 0; k < NFORWARDED; k++)
		if (forwarded[k] == sig)
			return 1;
	return 0;
}

static void set_mask(int how, uint64_t mask)
{
	SYS(SYS_rt_sigprocmask, how, &mask, 0, 8, 0, 0);
}

/* Die of sig as the child did, so that whoever waits for the relay sees
 * what it would have seen of the VM process. */
_Noreturn static void die_of(int sig)
{
	struct k_sigaction dfl = {
	    .handler = SIG_DFL, .flags = SA_RESTORER_FLAG, .restorer = relay_restorer};
	SYS(SYS_rt_sigaction, sig, &dfl, 0, 8, 0, 0);
	set_mask(SIG_UNBLOCK, 1ULL << (sig - 1));
	SYS(SYS_kill, SYS(SYS_getpid, 0, 0, 0, 0, 0, 0), sig, 0, 0, 0, 0);
	sys_exit(128 + sig); /* a signal whose default is to be ignored */
}

/* ---- confinement ---- */

/* Close every descriptor from 3 up but a and b (-1: none). */
static void close_all_but(int a, int b)
{
	int keep[2] = {a < b ? a : b, a < b ? b : a};
	unsigned first = 3;
	for (int k = 0; k < 2; k++) {
		if (keep[k] < (int)first)
			continue;
		if (keep[k] > (int)first)
			SYS(SYS_close_range, first, (unsigned)keep[k] - 1, 0, 0, 0, 0);
		first = (unsigned)keep[k] + 1;
	}
	SYS(SYS_close_range, first, ~0U, 0, 0, 0, 0);
}

/* Every capability gone (an exec by another uid than 0 left none; as uid
 * 0, --sandbox-user 0, some), the bounding set too. */
static void drop_all_caps(int bset_clear)
{
	for (int c = 0; !bset_clear && c < 64; c++)
		if (SYS(SYS_prctl, PR_CAPBSET_DROP, c, 0, 0, 0, 0) == -22 /* EINVAL */)
			break; /* past the kernel's last capability */
	SYS(SYS_prctl, PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0, 0);
	struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
	struct __user_cap_data_struct d[2] = {{0, 0, 0}, {0, 0, 0}};
	SYS(SYS_capset, &h, d, 0, 0, 0, 0);
}

#define NR offsetof(struct seccomp_data, nr)
#define ARG0_LO offsetof(struct seccomp_data, args[0])
#define ARG0_HI (offsetof(struct seccomp_data, args[0]) + 4)
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

/* The relay's whole allow-list: waiting, its handlers, signalling the
 * child or itself, its socket, stderr, exit. Returns 0 or -errno. */
static long relay_filter(int child, int log_only)
{
	const uint32_t self = (uint32_t)SYS(SYS_getpid, 0, 0, 0, 0, 0, 0);
	struct sock_filter insns[] = {
	    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
	    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
	    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
	    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, NR),
	    RELAY_NR(wait4),
	    RELAY_NR(waitid),
	    RELAY_NR(rt_sigaction),
	    RELAY_NR(rt_sigprocmask),
	    RELAY_NR(rt_sigreturn),
	    RELAY_NR(recvfrom),
	    RELAY_NR(getpid),
	    RELAY_NR(restart_syscall),
	    RELAY_NR(exit),
	    RELAY_NR(exit_group),
	    RELAY_NR_ARG0(write, 2),
	    RELAY_NR_ARG0(kill, child),
	    RELAY_NR_ARG0(kill, self),
	    BPF_STMT(BPF_RET | BPF_K, log_only ? SECCOMP_RET_LOG : SECCOMP_RET_KILL_PROCESS),
	};
	struct sock_fprog prog = {.len = sizeof(insns) / sizeof(insns[0]), .filter = insns};
	return SYS(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog, 0, 0, 0);
}

/* The test hook: the relay makes a call its filter forbids (the calls of
 * sandbox_selftest_call in vmm/sandbox.c that a compromised relay would
 * try). */
static void relay_selftest(const char *call)
{
	struct msg m = {.n = 0};
	put(&m, "rvisor: sandbox self-test: thread relay calls ");
	put(&m, call);
	put(&m, "\n");
	say(&m);
	long rc = -22;
	if (starts_with(call, "open"))
		rc = SYS(SYS_openat, AT_FDCWD, "/etc/passwd", O_RDONLY | O_CLOEXEC, 0, 0, 0);
	else if (starts_with(call, "execve"))
		rc = SYS(SYS_execve, "", 0, 0, 0, 0, 0);
	else if (starts_with(call, "ptrace"))
		rc = SYS(SYS_ptrace, PTRACE_PEEKUSER, 0, 0, 0, 0, 0);
	else if (starts_with(call, "socket"))
		rc = SYS(SYS_socket, AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0, 0, 0, 0);
	m.n = 0;
	put(&m, "rvisor: sandbox self-test: ");
	put(&m, call);
	put(&m, " returned ");
	put_num(&m, rc);
	put(&m, " (not killed)\n");
	say(&m);
}

/* ---- the relay ---- */

_Noreturn void relay_main(long *sp);
_Noreturn void relay_main(long *sp)
{
	long argc = sp[0];
	char **envp = (char **)(sp + 1 + argc + 1);
	struct params pr;
	if (parse(envp, &pr) < 0) {
		struct msg m = {.n = 0};
		put(&m, "rvisor: sandbox relay: started without its parameters\n");
		say(&m);
		sys_exit(127);
	}
	relay_child = pr.child;
	/* Its name is rvisor's (what the kernel's audit lines and ps show),
	 * and no process of its uid may read its memory or trace it, as
	 * before the exec (a change of uid had made it undumpable). */
	char comm[16];
	size_t n = str_len(pr.comm);
	n = n < 15 ? n : 15;
	memcpy(comm, pr.comm, n);
	comm[n] = '\0';
	SYS(SYS_prctl, PR_SET_NAME, comm, 0, 0, 0, 0);
	SYS(SYS_prctl, PR_SET_DUMPABLE, 0, 0, 0, 0, 0);
	close_all_but(pr.sock, pr.keep);
	drop_all_caps(pr.bset_clear);
	/* A signal ignored at start (nohup's SIGHUP) stays ignored (an exec
	 * keeps it so), as it is in the VM process and in an unsandboxed
	 * rvisor. */
	struct k_sigaction sa = {
	    .handler = forward, .flags = SA_RESTORER_FLAG | SA_RESTART, .restorer = relay_restorer};
	for (size_t k = 0; k < NFORWARDED; k++) {
		struct k_sigaction cur;
		if (SYS(SYS_rt_sigaction, forwarded[k], 0, &cur, 8, 0, 0) == 0 &&
		    cur.handler == SIG_IGN)
			continue;
		SYS(SYS_rt_sigaction, forwarded[k], &sa, 0, 8, 0, 0);
	}
	long err = relay_filter(pr.child, pr.log_only);
	if (err) {
		/* Never left unconfined: the VM does not run. */
		struct msg m = {.n = 0};
		put(&m, "rvisor: sandbox: the PID namespace's relay: no seccomp filter: error ");
		put_num(&m, -err);
		put(&m, "\n");
		say(&m);
		SYS(SYS_kill, pr.child, SIGKILL, 0, 0, 0, 0);
		sys_exit(1);
	}
	if (pr.selftest)
		relay_selftest(pr.selftest);
	set_mask(SIG_SETMASK, pr.mask);
	/* Wait without reaping: while the child is a zombie its pid cannot
	 * be recycled, so a signal forwarded meanwhile reaches no other
	 * process. */
	siginfo_t info;
	while (SYS(SYS_waitid, P_PID, pr.child, &info, WEXITED | WNOWAIT, 0, 0) == -4 /* EINTR */)
		;
	set_mask(SIG_BLOCK, ~0ULL);
	relay_child = -1;
	int status = 0;
	while (SYS(SYS_wait4, pr.child, &status, 0, 0, 0, 0) == -4)
		;
	unsigned char reported = 0;
	if (SYS(SYS_recvfrom, pr.sock, &reported, 1, MSG_DONTWAIT, 0, 0) != 1)
		reported = 0;
	if (WIFSIGNALED(status)) {
		int sig = WTERMSIG(status);
		if (!is_forwarded(sig)) {
			/* Not what its starter asked for (a seccomp kill's
			 * SIGSYS, the OOM killer's SIGKILL, a crash): the audit
			 * log names the VM process by its host pid. */
			struct msg m = {.n = 0};
			put(&m, "rvisor: the VM process (host pid ");
			put_num(&m, pr.child);
			put(&m, ") was killed by signal ");
			put_num(&m, sig);
			put(&m, " (SIG");
			put(&m, sig > 0 && sig < (int)(sizeof(sig_names) / sizeof(sig_names[0])) &&
					sig_names[sig]
				    ? sig_names[sig]
				    : "?");
			put(&m, ")\n");
			say(&m);
		}
		die_of(sig);
	}
	int code = WIFEXITED(status) ? WEXITSTATUS(status) : 1;
	if (reported && is_forwarded(reported) && code == 128 + reported)
		die_of(reported);
	sys_exit(code);
}

/* The entry point: the stack holds argc, argv, NULL, envp, NULL. */
__asm__(".text\n"
	".global _start\n"
	"_start:\n\t"
	"xor %ebp, %ebp\n\t"
	"mov %rsp, %rdi\n\t"
	"and $-16, %rsp\n\t"
	"call relay_main\n\t"
	"hlt\n");
