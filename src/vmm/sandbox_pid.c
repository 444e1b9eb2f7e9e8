/* The sandbox's PID namespace: one clone, a signal-relaying parent that
 * execs the relay program, a child that is PID 1. */
#include "vmm/sandbox_pid.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/rseq.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "machine/console.h"
#include "vmm/sandbox.h"

static const int forwarded[] = {SANDBOX_PID_SIGNALS};
#define NFORWARDED (sizeof(forwarded) / sizeof(forwarded[0]))

/* The VM process's end of the relay's socket, for its signal handlers
 * (handed no argument): where it says which signal it dies of. */
static volatile int report_fd = -1;

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

/* ASan's leak check runs from exit(). */
#if defined(__SANITIZE_ADDRESS__)
#define VM_EXIT_NORMALLY 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VM_EXIT_NORMALLY 1
#endif
#endif

/* The relay program (src/relay/relay.c), embedded by the Makefile. */
extern const unsigned char sandbox_relay_elf[], sandbox_relay_elf_end[];

#ifndef MFD_EXEC
#define MFD_EXEC 0x0010U /* Linux 6.3: executable even where memfds are noexec by default */
#endif

/* A memfd holding the relay program, or -1 with errno. */
static int relay_image(void)
{
	int fd = memfd_create("rvisor-relay", MFD_CLOEXEC | MFD_EXEC);
	if (fd < 0 && errno == EINVAL) /* a kernel before MFD_EXEC */
		fd = memfd_create("rvisor-relay", MFD_CLOEXEC);
	if (fd < 0)
		return -1;
	const unsigned char *p = sandbox_relay_elf;
	while (p < sandbox_relay_elf_end) {
		ssize_t n = write(fd, p, (size_t)(sandbox_relay_elf_end - p));
		if (n <= 0) {
			int err = n < 0 ? errno : EIO;
			close(fd);
			errno = err;
			return -1;
		}
		p += n;
	}
	return fd;
}

/* What the relay's exec reads: its argv (this process's command line, so
 * that ps shows the relay as it showed rvisor) and environment (its
 * parameters, relay.c's RVISOR_RELAY), in pages of their own that the VM
 * process never writes: with the CLONE_VM start below, the relay's exec
 * reads them while the VM process already runs. */
#define RELAY_ARGS_SIZE (64 * 1024)
#define RELAY_MAX_ARGS 256

struct relay_args {
	char *const *argv, *const *envp;
	char *pid_slot; /* 8 hex digits: the child's pid, written by the parent */
};

static int relay_args(struct relay_args *ra, int sock, int keep_fd, bool log_only, bool bset_clear,
		      const sigset_t *mask, const char *selftest_call)
{
	char *area =
	    mmap(NULL, RELAY_ARGS_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (area == MAP_FAILED)
		return -1;
	char **argv = (char **)area, **envp = argv + RELAY_MAX_ARGS + 1;
	char *text = (char *)(envp + 2), *end = area + RELAY_ARGS_SIZE;
	/* The command line, up to what fits (it only names the process). */
	size_t len = 0;
	int fd = open("/proc/self/cmdline", O_RDONLY | O_CLOEXEC);
	size_t room = (size_t)(end - text) - 512;
	while (fd >= 0 && len < room - 1) {
		ssize_t n = read(fd, text + len, room - 1 - len);
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	if (fd >= 0)
		close(fd);
	if (len == 0) {
		memcpy(text, "rvisor", 7);
		len = 7;
	}
	text[len++] = '\0';
	int argc = 0;
	/* (Up to the first empty string: a daemon's keeper leaves the rest of
	 * its argument area zeroed, sup_set_cmdline.) */
	for (size_t k = 0; k < len - 1 && text[k] && argc < RELAY_MAX_ARGS;
	     k += strlen(text + k) + 1)
		argv[argc++] = text + k;
	argv[argc] = NULL;
	char *env = text + len;
	char comm[17] = "rvisor";
	prctl(PR_GET_NAME, comm, 0, 0, 0);
	comm[16] = '\0';
	for (char *c = comm; *c; c++)
		if (*c == ' ')
			*c = '_';
	uint64_t bits = 0;
	for (int sig = 1; sig <= 64; sig++)
		if (sigismember(mask, sig) == 1)
			bits |= 1ULL << (sig - 1);
	int n = snprintf(env, (size_t)(end - env), "RVISOR_RELAY=00000000 %d %d %d %d %llx %s %s",
			 sock, keep_fd, log_only, bset_clear, (unsigned long long)bits, comm,
			 selftest_call ? selftest_call : "");
	if (n < 0 || n >= end - env) {
		munmap(area, RELAY_ARGS_SIZE);
		errno = E2BIG;
		return -1;
	}
	envp[0] = env;
	envp[1] = NULL;
	ra->argv = argv;
	ra->envp = envp;
	ra->pid_slot = env + strlen("RVISOR_RELAY=");
	return 0;
}

#define AT_EMPTY_PATH_FLAG 0x1000

/* RVISOR_RELAY_FORK (a build switch, for testing): the fork path below
 * even where this one works. */
#if defined(__x86_64__) && !defined(VM_EXIT_NORMALLY) && !defined(RVISOR_RELAY_FORK)
/* clone(CLONE_VM): the child shares this process's memory and runs on from
 * here on the same stack; the parent, without a C instruction or a byte of
 * stack (the child's now), writes the child's pid into its parameters,
 * lets go of the C library's thread records that its exec would
 * otherwise clear in the memory it shares (its tid address and robust
 * list), and execs the relay, which leaves that memory to the child
 * alone. Nothing is copied, no page becomes copy-on-write. Every signal
 * must be blocked (a handler would run on the child's stack). Returns 0
 * in the child, -errno when there is no child; the parent never returns
 * (it ends with 127 if its exec fails, after a line on stderr). */
static long clone_exec_relay(int image, const struct relay_args *ra, int *child_tid)
{
	register long r10 __asm__("r10") = (long)child_tid;
	register long r8 __asm__("r8") = 0;
	register long r12 __asm__("r12") = image;
	register char *r13 __asm__("r13") = ra->pid_slot;
	register char *const *r14 __asm__("r14") = ra->argv;
	register char *const *r15 __asm__("r15") = ra->envp;
	long ret;
	__asm__ volatile(
	    "syscall\n\t"
	    "test %%rax, %%rax\n\t"
	    "jle 9f\n\t"
	    /* the child's pid as 8 hex digits, the last first */
	    "mov %%rax, %%rdx\n\t"
	    "lea 8(%%r13), %%rdi\n\t"
	    "mov $8, %%ecx\n"
	    "1:\n\t"
	    "dec %%rdi\n\t"
	    "mov %%edx, %%eax\n\t"
	    "and $15, %%eax\n\t"
	    "add $48, %%eax\n\t"
	    "cmp $57, %%eax\n\t"
	    "jbe 2f\n\t"
	    "add $39, %%eax\n"
	    "2:\n\t"
	    "mov %%al, (%%rdi)\n\t"
	    "shr $4, %%edx\n\t"
	    "dec %%ecx\n\t"
	    "jnz 1b\n\t"
	    "mov %[nr_yield], %%eax\n\t" /* the child (the VM) runs first */
	    "syscall\n\t"
	    "xor %%edi, %%edi\n\t" /* set_tid_address(NULL) */
	    "mov %[nr_tid], %%eax\n\t"
	    "syscall\n\t"
	    "xor %%edi, %%edi\n\t" /* set_robust_list(NULL, 24) */
	    "mov $24, %%esi\n\t"
	    "mov %[nr_robust], %%eax\n\t"
	    "syscall\n\t"
	    "mov %%r12, %%rdi\n\t" /* execveat(image, "", argv, envp, AT_EMPTY_PATH) */
	    "lea 3f(%%rip), %%rsi\n\t"
	    "mov %%r14, %%rdx\n\t"
	    "mov %%r15, %%r10\n\t"
	    "mov %[empty_path], %%r8d\n\t"
	    "mov %[nr_exec], %%eax\n\t"
	    "syscall\n\t"
	    "mov $2, %%edi\n\t" /* write(2, msg, len); exit_group(127) */
	    "lea 4f(%%rip), %%rsi\n\t"
	    "mov $5f - 4f, %%edx\n\t"
	    "mov %[nr_write], %%eax\n\t"
	    "syscall\n\t"
	    "mov $127, %%edi\n\t"
	    "mov %[nr_exit], %%eax\n\t"
	    "syscall\n\t"
	    ".pushsection .rodata\n"
	    "3: .byte 0\n"
	    "4: .ascii \"rvisor: sandbox: cannot exec the PID namespace's relay\\n\"\n"
	    "5:\n"
	    ".popsection\n"
	    "9:"
	    : "=a"(ret), "+r"(r10), "+r"(r8)
	    : "a"((long)SYS_clone),
	      "D"((long)(CLONE_VM | CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | SIGCHLD)), "S"(0L),
	      "d"(0L), "r"(r12), "r"(r13), "r"(r14), "r"(r15), [nr_yield] "i"(SYS_sched_yield),
	      [nr_tid] "i"(SYS_set_tid_address), [nr_robust] "i"(SYS_set_robust_list),
	      [nr_exec] "i"(SYS_execveat), [nr_write] "i"(SYS_write), [nr_exit] "i"(SYS_exit_group),
	      [empty_path] "i"(AT_EMPTY_PATH_FLAG)
	    : "rcx", "r11", "memory", "cc");
	return ret < 0 ? ret : 0;
}
#define HAVE_CLONE_EXEC_RELAY 1
#endif

/* The child's pid into the relay's parameters: 8 hex digits. */
static void put_pid(char *slot, pid_t pid)
{
	static const char hex[] = "0123456789abcdef";
	for (int k = 7; k >= 0; k--, pid >>= 4)
		slot[k] = hex[pid & 15];
}

/* Start the relay as this process's parent side: returns in the child
 * only (0), or -1 with errno when no child was made. */
static int start_relay(int image, const struct relay_args *ra)
{
#ifdef HAVE_CLONE_EXEC_RELAY
	/* Where the C library keeps this thread's tid (its set_tid_address
	 * at start): the kernel writes the child's there, as fork does. */
	int *tid = NULL;
	/* ... and its robust-mutex list, which a new process starts without
	 * (fork's child registers it again too). */
	void *robust = NULL;
	size_t robust_len = 0;
	if (prctl(PR_GET_TID_ADDRESS, &tid, 0, 0, 0) == 0 && tid &&
	    syscall(SYS_get_robust_list, 0, &robust, &robust_len) == 0) {
		long rc = clone_exec_relay(image, ra, tid);
		if (rc < 0) {
			errno = (int)-rc;
			return -1;
		}
		if (robust)
			syscall(SYS_set_robust_list, robust, robust_len);
		/* A CLONE_VM child starts with no restartable-sequence area
		 * registered: the C library's, back (sched_getcpu reads it). */
		if (__rseq_size > 0)
			syscall(SYS_rseq, (char *)__builtin_thread_pointer() + __rseq_offset,
				__rseq_size, 0, RSEQ_SIG);
		return 0;
	}
#endif
	/* A fork (an AddressSanitizer build, another architecture, a kernel
	 * without PR_GET_TID_ADDRESS): the parent's exec still leaves the
	 * VM process its pages alone, after a copy of its page tables.
	 * _Fork: no thread exists, so no lock is held, and the fork handlers
	 * libraries register would only copy-on-write their pages. */
	pid_t child = _Fork();
	if (child < 0)
		return -1;
	if (child > 0) {
		put_pid(ra->pid_slot, child);
		syscall(SYS_execveat, image, "", ra->argv, ra->envp, AT_EMPTY_PATH_FLAG);
		static const char msg[] =
		    "rvisor: sandbox: cannot exec the PID namespace's relay\n";
		(void)!write(STDERR_FILENO, msg, sizeof(msg) - 1);
		_exit(127);
	}
	return 0;
}

/* Keep fd open across the relay's exec (in this process, the parent's
 * descriptor table: the child's is a copy). Returns whether it was
 * close-on-exec. */
static bool keep_across_exec(int fd)
{
	int flags = fd >= 0 ? fcntl(fd, F_GETFD) : -1;
	if (flags < 0 || !(flags & FD_CLOEXEC))
		return false;
	fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC);
	return true;
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
	int image = relay_image();
	if (image < 0) {
		warn("the relay's memfd");
		close(sv[0]);
		close(sv[1]);
		return false;
	}
	/* Every signal waits until each side has its handlers (and, with
	 * the CLONE_VM start, none runs on the stack the two share). */
	sigset_t all, old;
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	struct relay_args ra;
	if (relay_args(&ra, sv[0], keep_fd, log_only, bset_clear, &old, selftest_call) < 0) {
		warn("the relay's arguments");
		sigprocmask(SIG_SETMASK, &old, NULL);
		close(image);
		close(sv[0]);
		close(sv[1]);
		return false;
	}
	fflush(NULL);
	keep_across_exec(sv[0]);
	bool keep_cloexec = keep_across_exec(keep_fd);
	if (start_relay(image, &ra) < 0) {
		warn("clone");
		sigprocmask(SIG_SETMASK, &old, NULL);
		if (keep_cloexec)
			fcntl(keep_fd, F_SETFD, FD_CLOEXEC);
		close(image);
		close(sv[0]);
		close(sv[1]);
		return false;
	}
	/* The child: the relay's descriptors are its own now. (The pages of
	 * ra stay: the relay's exec may still be reading them.) */
	close(image);
	close(sv[0]);
	if (keep_cloexec)
		fcntl(keep_fd, F_SETFD, FD_CLOEXEC);
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
