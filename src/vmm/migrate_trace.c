/* Switch-over timestamps (migrate_trace.h). Debugging only: every call is
 * a no-op unless RVISOR_MIGRATE_TRACE=1. */
#include "vmm/migrate_trace.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cpu/hart.h"
#include "cpu/jit/jit.h"
#include "machine/board.h"
#include "machine/console.h"
#include "util/thread.h"
#include "vmm/vm.h"

#define WATCH_SAMPLES 4096
#define WATCH_PERIOD_NS 100000 /* 0.1 ms */
#define WATCH_AFTER_NS 5000000 /* go on 5 ms after the first byte */
#define WATCH_MAX_NS 200000000 /* after GO, when the guest writes nothing */

void mig_trace_init(struct mig_trace *t, const char *role)
{
	memset(t, 0, sizeof(*t));
	const char *v = getenv("RVISOR_MIGRATE_TRACE");
	t->on = v && strcmp(v, "1") == 0;
	t->role = role;
}

uint64_t mig_trace_now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void mig_trace_start(struct mig_trace *t)
{
	if (t->on)
		__atomic_store_n(&t->t0_ns, mig_trace_now_ns(), __ATOMIC_RELAXED);
}

static void vprint(const struct mig_trace *t, uint64_t ns, const char *fmt, va_list ap)
{
	char msg[256];
	vsnprintf(msg, sizeof(msg), fmt, ap);
	double rel = t->t0_ns ? ((double)ns - (double)t->t0_ns) * 1e-6 : 0.0;
	fprintf(stderr, "rvisor-mtrace: %s %.6f %+.3f %s\n", t->role, (double)ns * 1e-9, rel, msg);
}

void mig_trace(const struct mig_trace *t, const char *fmt, ...)
{
	if (!t->on)
		return;
	va_list ap;
	va_start(ap, fmt);
	vprint(t, mig_trace_now_ns(), fmt, ap);
	va_end(ap);
}

void mig_trace_at(const struct mig_trace *t, uint64_t ns, const char *fmt, ...)
{
	if (!t->on)
		return;
	va_list ap;
	va_start(ap, fmt);
	vprint(t, ns, fmt, ap);
	va_end(ap);
}

struct sample {
	uint64_t ns, instret, decoded, translated, wfi_ns, pc;
	unsigned priv;
	bool out;
};

static uint64_t rd(const uint64_t *p)
{
	return __atomic_load_n(p, __ATOMIC_RELAXED);
}

/* Racy reads of another thread's counters: good enough for a timeline. */
static void take(struct vm *vm, struct console *con, struct sample *s)
{
	struct hart *h = vm->harts[0];
	s->ns = mig_trace_now_ns();
	s->instret = rd(&h->instret);
	s->decoded = rd(&h->stat_blocks_decoded);
	struct jit *j = __atomic_load_n(&h->jit, __ATOMIC_RELAXED);
	s->translated = j ? rd(&j->stat_translated) : 0;
	s->wfi_ns = rd(&h->stat_wfi_ns);
	s->pc = rd(&h->pc);
	s->priv = __atomic_load_n(&h->priv, __ATOMIC_RELAXED);
	s->out = con && console_first_output_ns(con) != 0;
}

static void *watch(void *arg)
{
	struct mig_trace *t = arg;
	struct sample *s = calloc(WATCH_SAMPLES, sizeof(*s));
	if (!s)
		return NULL;
	struct console *con = t->vm->board ? board_console(t->vm->board) : NULL;
	unsigned n = 0;
	uint64_t first_out = 0;
	while (n < WATCH_SAMPLES && !atomic_load(&t->stop)) {
		take(t->vm, con, &s[n]);
		if (s[n].out && !first_out)
			first_out = s[n].ns;
		n++;
		if (first_out && s[n - 1].ns - first_out > WATCH_AFTER_NS)
			break;
		uint64_t t0 = __atomic_load_n(&t->t0_ns, __ATOMIC_RELAXED);
		if (t0 && s[n - 1].ns - t0 > WATCH_MAX_NS)
			break;
		struct timespec d = {0, WATCH_PERIOD_NS};
		nanosleep(&d, NULL);
	}
	/* The changes only, at most one line per 0.5 ms of quiet. */
	for (unsigned k = 0; k < n; k++) {
		bool last = k + 1 == n;
		if (k && !last && s[k].out == s[k - 1].out && s[k].ns - s[k - 1].ns < 500000 &&
		    s[k].decoded - s[k - 1].decoded < 50 && k % 5)
			continue;
		mig_trace_at(t, s[k].ns,
			     "hart0 instret +%llu decoded +%llu translated +%llu wfi %.3f ms "
			     "pc %#llx priv %u%s",
			     (unsigned long long)(s[k].instret - s[0].instret),
			     (unsigned long long)(s[k].decoded - s[0].decoded),
			     (unsigned long long)(s[k].translated - s[0].translated),
			     (double)(s[k].wfi_ns - s[0].wfi_ns) * 1e-6,
			     (unsigned long long)s[k].pc, s[k].priv,
			     s[k].out ? " console-output" : "");
	}
	if (con && console_first_output_ns(con))
		mig_trace_at(t, console_first_output_ns(con), "first console byte written");
	free(s);
	return NULL;
}

void mig_trace_watch(struct mig_trace *t, struct vm *vm)
{
	if (!t->on || t->watching)
		return;
	t->vm = vm;
	atomic_store(&t->stop, false);
	if (vm->board)
		console_stamp_output(board_console(vm->board));
	t->watching = thread_spawn(&t->watcher, watch, t, "migrate") == 0;
}

void mig_trace_stop(struct mig_trace *t)
{
	if (!t->watching)
		return;
	atomic_store(&t->stop, true);
	pthread_join(t->watcher, NULL);
	t->watching = false;
}
