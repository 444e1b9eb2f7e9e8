/* The memory-file guard: a lease-break watcher that moves a restored VM's
 * RAM off its memory file before the file changes, and a SIGBUS handler
 * for when the file could not be protected. */
#include "vmm/memguard.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "machine/console.h"
#include "vmm/vm.h"
#include "util/thread.h"

/* ---- SIGBUS on guest RAM ----
 * Process-wide, unavoidably global: a signal handler can only find the
 * guarded RAM ranges through a static table. Slots are set and cleared
 * under reg_lock; the handler only reads them. */
#define MAX_GUARDED 4
static struct memguard *_Atomic guarded[MAX_GUARDED];
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static struct sigaction prev_sigbus;
static unsigned nguarded;

static void on_sigbus(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	uintptr_t a = (uintptr_t)si->si_addr;
	for (unsigned k = 0; k < MAX_GUARDED; k++) {
		struct memguard *g = atomic_load(&guarded[k]);
		if (g && a >= (uintptr_t)g->ram && a - (uintptr_t)g->ram < g->ram_size) {
			console_restore_terminal();
			ssize_t n = write(STDERR_FILENO, g->msg, g->msglen);
			(void)n;
			_exit(MEMGUARD_EXIT_STATUS);
		}
	}
	/* Not guest RAM: behave as if this handler were not there (a fault
	 * repeats on return; a sent signal is raised again). */
	sigaction(SIGBUS, &prev_sigbus, NULL);
	if (si->si_code <= 0)
		raise(sig);
}

static void guard_register(struct memguard *g)
{
	pthread_mutex_lock(&reg_lock);
	for (unsigned k = 0; k < MAX_GUARDED && !g->registered; k++) {
		if (atomic_load(&guarded[k]))
			continue;
		if (nguarded++ == 0) {
			struct sigaction sa = {.sa_sigaction = on_sigbus, .sa_flags = SA_SIGINFO};
			sigemptyset(&sa.sa_mask);
			sigaction(SIGBUS, &sa, &prev_sigbus);
		}
		atomic_store(&guarded[k], g);
		g->registered = true;
	}
	pthread_mutex_unlock(&reg_lock);
}

static void guard_unregister(struct memguard *g)
{
	pthread_mutex_lock(&reg_lock);
	for (unsigned k = 0; k < MAX_GUARDED && g->registered; k++) {
		if (atomic_load(&guarded[k]) != g)
			continue;
		atomic_store(&guarded[k], NULL);
		g->registered = false;
		if (--nguarded == 0)
			sigaction(SIGBUS, &prev_sigbus, NULL);
	}
	pthread_mutex_unlock(&reg_lock);
}

/* ---- the lease-break watcher ---- */

struct detach_job {
	struct bus *bus;
	uint64_t copied;
	int rc;
	char err[256];
	double ms;
};

static void detach_paused(void *arg)
{
	struct detach_job *j = arg;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	j->rc = bus_file_detach(j->bus, &j->copied, j->err, sizeof(j->err));
	clock_gettime(CLOCK_MONOTONIC, &t1);
	j->ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-6;
}

static void *guard_thread(void *arg)
{
	struct memguard *g = arg;
	struct vm *vm = g->vm;
	struct bus *b = &vm->bus;
	/* Lease-break signals go to this thread only (it blocks the signal:
	 * pthread_create inherited the mask; sigtimedwait takes it). */
	struct f_owner_ex own = {.type = F_OWNER_TID, .pid = gettid()};
	fcntl(b->file_fd, F_SETOWN_EX, &own);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, BUS_LEASE_SIGNAL);
	while (!atomic_load(&g->stop)) {
		/* Checked on every wake-up and every half second: a break that
		 * came before the owner was set sent its signal elsewhere. */
		if (bus_file_break_pending(b)) {
			struct detach_job j = {.bus = b};
			vm_with_paused(vm, detach_paused, &j);
			if (j.rc < 0)
				fprintf(
				    stderr,
				    "rvisor: memory file %s is being changed by another process, "
				    "and guest RAM cannot be copied off it: %s\n",
				    vm->cfg.mem_file, j.err);
			else
				fprintf(
				    stderr,
				    "rvisor: memory file %s is being changed by another process: "
				    "guest RAM copied off it (%llu MiB in use) in %.0f ms; the VM "
				    "runs on with its own memory\n",
				    vm->cfg.mem_file, (unsigned long long)(j.copied >> 20), j.ms);
			break;
		}
		struct timespec ts = {.tv_sec = 0, .tv_nsec = 500000000};
		siginfo_t si;
		sigtimedwait(&set, &si, &ts);
	}
	return NULL;
}

void memguard_start(struct memguard *g, struct vm *vm)
{
	memset(g, 0, sizeof(*g));
	g->vm = vm;
	struct bus *b = &vm->bus;
	if (b->file_fd < 0)
		return;
	const char *path = vm->cfg.mem_file ? vm->cfg.mem_file : "(unknown)";
	g->ram = b->ram;
	g->ram_size = b->ram_size;
	int n = snprintf(g->msg, sizeof(g->msg),
			 "\nrvisor: guest RAM lost: the memory file %s, which this VM's RAM is "
			 "mapped from, was truncated while the VM ran (%s%s); stopping (exit "
			 "status %d)\n",
			 path,
			 b->file_leased ? "its lease was broken before RAM was copied off it"
					: "it could not be leased: ",
			 b->file_leased ? "" : strerror(b->file_lease_errno), MEMGUARD_EXIT_STATUS);
	g->msglen = n < 0 ? 0 : (size_t)n < sizeof(g->msg) ? (size_t)n : sizeof(g->msg) - 1;
	guard_register(g);
	if (!b->file_leased) {
		fprintf(stderr,
			"rvisor: warning: memory file %s cannot be protected against changes while "
			"this VM runs (no lease: %s%s); if it is rewritten the guest sees the new "
			"contents, if it is truncated the VM stops (exit status %d)\n",
			path, strerror(b->file_lease_errno),
			b->file_lease_errno == EAGAIN ? ", it is open for writing" : "",
			MEMGUARD_EXIT_STATUS);
		return;
	}
	sigset_t set, old;
	sigemptyset(&set);
	sigaddset(&set, BUS_LEASE_SIGNAL);
	pthread_sigmask(SIG_BLOCK, &set, &old);
	g->thread_started = thread_spawn(&g->thread, guard_thread, g, "memguard") == 0;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (!g->thread_started)
		fprintf(stderr,
			"rvisor: warning: cannot start the memory file guard for %s: a change to "
			"the file stops the VM\n",
			path);
}

void memguard_stop(struct memguard *g)
{
	if (g->thread_started) {
		atomic_store(&g->stop, true);
		pthread_kill(g->thread, BUS_LEASE_SIGNAL); /* wakes sigtimedwait */
		pthread_join(g->thread, NULL);
		g->thread_started = false;
	}
	guard_unregister(g);
}
