/* Hart lifecycle and the run loop: block dispatch, events at block
 * boundaries, interrupt delivery, timers and WFI parking. */
#include "cpu/hart.h"

#include <errno.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cpu/block.h"
#include "cpu/csr.h"
#include "cpu/insn.h"
#include "cpu/jit/jit.h"
#include "cpu/mmu.h"

/* How many instructions run between two looks at the clock. */
#define TIMER_CHECK_INSNS 8192

#define MISA_RV64 (2ULL << 62)
#define MISA_EXT(c) (1ULL << ((c) - 'A'))

int hart_init(struct hart *h, struct bus *bus, uint64_t hartid)
{
	memset(h, 0, sizeof(*h));
	h->bus = bus;
	h->mhartid = hartid;
	h->runner_slot = -1;
	pthread_mutex_init(&h->wait_lock, NULL);
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC); /* WFI deadlines are monotonic */
	pthread_cond_init(&h->wait_cond, &ca);
	pthread_condattr_destroy(&ca);
	if (block_cache_init(h) < 0)
		return -1;
	hart_reset(h, 0);
	return 0;
}

void hart_destroy(struct hart *h)
{
	jit_detach(h);
	block_cache_destroy(h);
	pthread_mutex_destroy(&h->wait_lock);
	pthread_cond_destroy(&h->wait_cond);
}

void hart_reset(struct hart *h, uint64_t reset_pc)
{
	memset(h->x, 0, sizeof(h->x));
	memset(h->f, 0, sizeof(h->f));
	memset(&h->csr, 0, sizeof(h->csr));
	h->csr.misa = MISA_RV64 | MISA_EXT('I') | MISA_EXT('M') | MISA_EXT('A') | MISA_EXT('F') |
		      MISA_EXT('D') | MISA_EXT('C') | MISA_EXT('S') | MISA_EXT('U');
	h->csr.mstatus = (2ULL << 32) | (2ULL << 34); /* UXL = SXL = 64 */
	h->csr.mtimecmp = UINT64_MAX;
	h->csr.stimecmp = UINT64_MAX;
	h->sbi_timecmp = UINT64_MAX;
	atomic_store(&h->mip, 0);
	h->priv = PRV_M;
	h->pc = reset_pc;
	h->resv_valid = false;
	h->wfi = false;
	h->hsm_start_new = false;
	h->instret = 0;
	h->stop_at_instret = UINT64_MAX;
	hart_update_mode(h);
	hart_flush_tlb(h);
	hart_flush_blocks(h);
	atomic_store(&h->events, EV_IRQ);
}

void hart_request(struct hart *h, uint32_t ev)
{
	hart_raise(h, ev);
	hart_kick(h);
}

void hart_kick(struct hart *h)
{
	pthread_mutex_lock(&h->wait_lock);
	pthread_cond_signal(&h->wait_cond);
	pthread_mutex_unlock(&h->wait_lock);
}

void hart_set_irq(struct hart *h, uint64_t mip_bit, bool level)
{
	uint64_t old =
	    level ? atomic_fetch_or(&h->mip, mip_bit) : atomic_fetch_and(&h->mip, ~mip_bit);
	if (((old & mip_bit) != 0) != level) {
		hart_raise(h, EV_IRQ);
		if (level)
			hart_kick(h);
	}
}

/* Perform the fences that `ev` asks for (EV_TLB_FLUSH, EV_FENCE_I) and
 * acknowledge every request made before them. */
static void do_fences(struct hart *h, uint32_t ev)
{
	uint64_t req = atomic_load(&h->fence_req);
	if (ev & EV_TLB_FLUSH)
		hart_flush_tlb(h);
	if (ev & EV_FENCE_I)
		mmu_flush_store_tlb(h);
	/* At a boundary: no AMO of this hart is between its note and write. */
	atomic_store_explicit(&h->amo_host_page, 0, memory_order_relaxed);
	atomic_store(&h->fence_done, req);
}

/* Ask target (not self) for the fences of ev and wait until it has done
 * them, or is not running (HSM-stopped, or outside hart_run: it handles
 * the request before its next instruction). Returns false when self was
 * asked to stop meanwhile (the request stays pending on target). */
static bool fence_other(struct hart *self, struct hart *target, uint32_t ev)
{
	uint64_t seq = atomic_fetch_add(&target->fence_req, 1) + 1;
	hart_request(target, ev);
	while (atomic_load(&target->fence_done) < seq &&
	       atomic_load(&target->hsm_state) == HSM_STARTED && atomic_load(&target->in_run)) {
		uint32_t own = atomic_load(&self->events);
		if (own & EV_STOP)
			return false;
		if (own & (EV_TLB_FLUSH | EV_FENCE_I)) {
			atomic_fetch_and(&self->events, ~(uint32_t)(EV_TLB_FLUSH | EV_FENCE_I));
			do_fences(self, own);
		}
		sched_yield();
	}
	return true;
}

void hart_remote_fence(struct hart *self, struct hart *target, uint32_t ev)
{
	if (target == self)
		do_fences(self, ev);
	else
		fence_other(self, target, ev);
}

bool hart_mark_code(struct hart *h, uint64_t pa)
{
	struct bus *b = h->bus;
	bool unsealed = bus_mark_code(b, pa);
	mmu_sync_store_tlb(h);
	if (!unsealed)
		return true;
	/* Another running hart whose store TLB maps the page may store to it
	 * through that entry until its next epoch check, without bumping the
	 * generation; one of its stores may even be past the tag compare
	 * right now, and the JIT keeps a page it looked up in registers for
	 * the rest of a translation. Such a hart fences: it drops its store
	 * TLB at a block boundary, where none of its stores is under way,
	 * before the page's bytes are read. So does one whose AMO noted its
	 * write to the page but may not have made it yet (amo_host_page).
	 * (A hart not running, or filling an entry now, sees the epoch bump:
	 * hart_run and tlb_fill.) */
	uintptr_t host = (uintptr_t)bus_ram_ptr(b, pa & ~(PAGE_SIZE - 1), PAGE_SIZE);
	bool all = true;
	for (unsigned k = 0; k < BUS_MAX_RUNNERS; k++) {
		struct hart *t = atomic_load(&b->runners[k]);
		if (t && t != h &&
		    (mmu_store_tlb_maps(t, host) || atomic_load(&t->amo_host_page) == host)) {
			h->stat_code_fences++;
			all = fence_other(h, t, EV_FENCE_I) && all;
		}
	}
	if (all)
		bus_seal_code(b, pa);
	return all;
}

/* The start stays START_PENDING until the target takes it (hsm_take_start):
 * its thread may be parked in hsm_park (the signal), or anywhere else in
 * the run loop or out of it, having left hsm_park for a stop request (a
 * pause) while the start was on its way (the event). Before, the start
 * set STARTED itself, and a target that had left hsm_park then came back
 * into a run loop that saw STARTED and ran on from its stale pc: Linux's
 * "CPU2: failed to come online" in slow_pause_stress under load. */
int hart_hsm_start(struct hart *t, uint64_t pc, uint64_t opaque)
{
	int expected = HSM_STOPPED;
	if (!atomic_compare_exchange_strong(&t->hsm_state, &expected, HSM_START_PENDING))
		return -1;
	pthread_mutex_lock(&t->wait_lock);
	t->hsm_start_addr = pc;
	t->hsm_opaque = opaque;
	t->hsm_start_new = true;
	pthread_cond_signal(&t->wait_cond);
	pthread_mutex_unlock(&t->wait_lock);
	hart_raise(t, EV_HSM_START);
	return 0;
}

bool hsm_take_start(struct hart *h)
{
	pthread_mutex_lock(&h->wait_lock);
	bool take = h->hsm_start_new;
	uint64_t pc = h->hsm_start_addr, opaque = h->hsm_opaque;
	h->hsm_start_new = false;
	pthread_mutex_unlock(&h->wait_lock);
	if (!take)
		return false;
	/* Enter the start address in S-mode as the SBI spec says. */
	h->priv = PRV_S;
	h->pc = pc;
	h->x[10] = h->mhartid;
	h->x[11] = opaque;
	h->csr.satp = 0;
	h->csr.mstatus &= ~MSTATUS_SIE;
	h->wfi = false;
	h->link_slot = NULL; /* the start, not the last exit, decides the next block */
	hart_update_mode(h);
	hart_flush_tlb(h);
	atomic_store(&h->fence_done, atomic_load(&h->fence_req));
	atomic_store(&h->hsm_state, HSM_STARTED);
	return true;
}

/* Park a hart that HSM stopped until a start comes or a stop request
 * (then it leaves, the start, if any, taken). */
static void hsm_park(struct hart *h)
{
	pthread_mutex_lock(&h->wait_lock);
	while (!h->hsm_start_new && !(atomic_load(&h->events) & EV_STOP))
		pthread_cond_wait(&h->wait_cond, &h->wait_lock);
	pthread_mutex_unlock(&h->wait_lock);
	hsm_take_start(h);
}

/* The earliest timer deadline (mtime ticks) whose interrupt mie enables. */
static uint64_t next_deadline(const struct hart *h)
{
	uint64_t d = UINT64_MAX;
	if (h->csr.mie & MIP_MTIP)
		d = __atomic_load_n(&h->csr.mtimecmp,
				    __ATOMIC_RELAXED); /* the CLINT writes it from any vCPU */
	if (h->csr.mie & MIP_STIP) {
		uint64_t s = (h->csr.menvcfg & MENVCFG_STCE) ? h->csr.stimecmp : h->sbi_timecmp;
		if (s < d)
			d = s;
	}
	return d;
}

/* Park the thread in WFI until an interrupt is pending in mip & mie
 * (whatever the global enables), or a fence or stop request arrives (the
 * hart then stays in WFI once the request is handled). */
static void wfi_wait(struct hart *h)
{
	for (;;) {
		hart_update_timers(h);
		if (hart_mip(h) & h->csr.mie) {
			h->wfi = false;
			return;
		}
		if (atomic_load(&h->events) & (EV_STOP | EV_TLB_FLUSH | EV_FENCE_I))
			return;
		uint64_t now = hart_mtime(h), deadline = next_deadline(h);
		uint64_t wait_ns = 100000000; /* re-check at least every 100 ms */
		if (deadline > now && deadline - now < wait_ns / 100)
			wait_ns = (deadline - now) * 100;
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		ts.tv_sec += (time_t)(wait_ns / 1000000000);
		ts.tv_nsec += (long)(wait_ns % 1000000000);
		if (ts.tv_nsec >= 1000000000) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000;
		}
		struct timespec t0, t1;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		pthread_mutex_lock(&h->wait_lock);
		if (!(hart_mip(h) & h->csr.mie) &&
		    !(atomic_load(&h->events) & ~(uint32_t)(EV_TIMER | EV_IRQ)))
			pthread_cond_timedwait(&h->wait_cond, &h->wait_lock, &ts);
		pthread_mutex_unlock(&h->wait_lock);
		clock_gettime(CLOCK_MONOTONIC, &t1);
		h->stat_wfi_ns +=
		    (uint64_t)((t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec));
	}
}

static uint64_t mono_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Throttled to p %: having run for `ran` ns since the last check, sleep
 * ran * p / (100 - p) (at most 100 ms a time), woken early by any event
 * (a pause, an interrupt, an exit). */
static void throttle_wait(struct hart *h, uint32_t p)
{
	uint64_t now = mono_ns();
	if (p > 99)
		p = 99;
	if (h->throttle_t0 && now > h->throttle_t0) {
		uint64_t sleep = (now - h->throttle_t0) * p / (100 - p);
		if (sleep > 100000000u)
			sleep = 100000000u;
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts); /* wait_cond's clock */
		uint64_t ns = (uint64_t)ts.tv_nsec + sleep;
		ts.tv_sec += (time_t)(ns / 1000000000u);
		ts.tv_nsec = (long)(ns % 1000000000u);
		pthread_mutex_lock(&h->wait_lock);
		if (!atomic_load(&h->events))
			pthread_cond_timedwait(&h->wait_cond, &h->wait_lock, &ts);
		pthread_mutex_unlock(&h->wait_lock);
		now = mono_ns();
	}
	h->throttle_t0 = now;
}

/* Handle asynchronous events; returns true when the hart must stop. */
static bool handle_events(struct hart *h)
{
	uint32_t ev = atomic_exchange(&h->events, 0);
	if (ev & EV_STOP) {
		atomic_fetch_or(&h->events, ev & ~(uint32_t)EV_STOP);
		return true;
	}
	if (ev & (EV_TLB_FLUSH | EV_FENCE_I))
		do_fences(h, ev);
	if (ev & EV_TIMER)
		hart_update_timers(h);
	if (ev & EV_HSM_START)
		hsm_take_start(h);
	/* hart_trap raises EV_IRQ again, so the next pass looks once more
	 * (an M interrupt may preempt the S handler just entered). Clearing it
	 * here instead would also clear a raise another thread made since the
	 * exchange above, and that interrupt would wait, unseen, for this
	 * hart's next CSR write or xRET: forever in a spin loop. */
	uint64_t cause = hart_pending_interrupt(h);
	if (cause) {
		h->wfi = false;
		hart_trap(h, cause, 0, h->pc);
	}
	return false;
}

uint64_t hart_debug_watch_value(const struct hart *h, uint64_t va, unsigned len)
{
	uint64_t pa, v = 0;
	if (len == 0 || len > 8 || !mmu_debug_translate(h, va, &pa))
		return 0;
	const uint8_t *p = bus_ram_ptr(h->bus, pa, len);
	if (!p)
		return 0;
	memcpy(&v, p, len); /* the host is little-endian, as the guest */
	return v;
}

/* The run loop's body while a debugger holds the hart: stop before a
 * breakpoint, run one instruction when stepping, else the block up to the
 * next breakpoint, all in the interpreter. Returns true to stop.
 *
 * A write watchpoint fires on the hart whose store changed the value, as a
 * hardware trigger would: every hart steps one instruction at a time and
 * compares the watched values with what it saw last, but only a hart whose
 * instruction wrote into the watched bytes reports the change; the others
 * just take the new value as their reference (another hart wrote it). */
static bool debug_run(struct hart *h)
{
	const struct hart_debug *d = h->dbg;
	if (h->dbg_hold) {
		h->dbg_stop = DBG_STOP_NONE;
		return true;
	}
	if (!h->dbg_resume) {
		for (unsigned k = 0; k < d->nbp; k++) {
			if (d->bp[k] == h->pc) {
				h->dbg_stop = DBG_STOP_BREAK;
				return true;
			}
		}
	}
	h->dbg_resume = false;
	if (d->nwatch) {
		struct step_write w;
		block_step_one(h, &w);
		for (unsigned k = 0; k < d->nwatch; k++) {
			uint64_t v = hart_debug_watch_value(h, d->watch[k].va, d->watch[k].len);
			if (v == h->dbg_watch_old[k])
				continue;
			h->dbg_watch_old[k] = v;
			if (w.len && w.va < d->watch[k].va + d->watch[k].len &&
			    d->watch[k].va < w.va + w.len) {
				h->dbg_watch_hit = d->watch[k].va;
				h->dbg_stop = DBG_STOP_WATCH;
				return true;
			}
		}
		if (h->dbg_step) {
			h->dbg_step = false;
			h->dbg_stop = DBG_STOP_STEP;
			return true;
		}
		return false;
	}
	if (h->dbg_step) {
		block_step_one(h, NULL);
		h->dbg_step = false;
		h->dbg_stop = DBG_STOP_STEP;
		return true;
	}
	block_run_debug(h);
	return false;
}

/* Enter h in its bus's runners: a page that becomes code from now on is
 * looked for in its store TLB (hart_mark_code). Slot, flag, then the
 * epoch: a mark that missed the hart bumped the epoch before it looked,
 * so the hart sees the bump here and drops entries that map the page. */
static void runner_enter(struct hart *h)
{
	struct bus *b = h->bus;
	h->runner_slot = -1;
	for (unsigned k = 0; k < BUS_MAX_RUNNERS && h->runner_slot < 0; k++) {
		struct hart *none = NULL;
		if (atomic_compare_exchange_strong(&b->runners[k], &none, h))
			h->runner_slot = (int)k;
	}
	atomic_store(&h->in_run, true);
	/* No slot (more harts than slots share the bus): no store TLB at all. */
	if (h->runner_slot < 0)
		mmu_flush_store_tlb(h);
	else
		mmu_sync_store_tlb(h);
}

static void runner_leave(struct hart *h)
{
	atomic_store(&h->in_run, false);
	if (h->runner_slot >= 0)
		atomic_store(&h->bus->runners[h->runner_slot], NULL);
	h->runner_slot = -1;
}

static int run_loop(struct hart *h);

int hart_run(struct hart *h)
{
	runner_enter(h);
	int rc = run_loop(h);
	runner_leave(h);
	return rc;
}

static int run_loop(struct hart *h)
{
	h->next_check = h->instret;
	h->check_instret = UINT64_MAX; /* no check yet in this run */
	h->link_slot = NULL;
	for (;;) {
		if (unlikely(atomic_load_explicit(&h->events, memory_order_relaxed))) {
			if (handle_events(h))
				return HART_EXIT_STOP;
		}
		if (unlikely(h->wfi)) {
			/* With a budget, a WFI that no interrupt can end (mie = 0,
			 * which only this hart writes) would park until a stop: the
			 * budget could never be reached (test_jit_diff, seed
			 * 0x31337, program 286684), so the run ends here. So does
			 * one on a hart without a clock (no mtime hook: time is
			 * instret, which stands still in WFI, so no timer can
			 * fire): only another thread could wake it, and a budgeted
			 * run without a clock has none (tests/fuzz/fuzz_cpu.c). */
			if (h->stop_at_instret != UINT64_MAX && (!h->csr.mie || !h->hooks.mtime))
				return HART_EXIT_INSTRET;
			wfi_wait(h);
			continue;
		}
		if (unlikely(atomic_load_explicit(&h->hsm_state, memory_order_relaxed) !=
			     HSM_STARTED)) {
			hsm_park(h);
			continue;
		}
		if (unlikely(h->instret >= h->next_check)) {
			if (h->instret >= h->stop_at_instret)
				return HART_EXIT_INSTRET;
			/* Exceptions alone used up the window: a trap loop that
			 * would never reach the budget ends here. */
			if (h->instret == h->check_instret && h->stop_at_instret != UINT64_MAX)
				return HART_EXIT_INSTRET;
			h->check_instret = h->instret;
			hart_update_timers(h);
			mmu_sync_store_tlb(h);
			uint32_t throttle =
			    atomic_load_explicit(&h->throttle_pct, memory_order_relaxed);
			if (unlikely(throttle))
				throttle_wait(h, throttle);
			else
				h->throttle_t0 = 0;
			h->next_check = h->instret + TIMER_CHECK_INSNS;
			if (h->next_check > h->stop_at_instret)
				h->next_check = h->stop_at_instret;
			h->link_slot = NULL;
			h->jit_sample_due = h->jit != NULL;
			continue;
		}
		if (unlikely(h->dbg)) {
			if (debug_run(h))
				return HART_EXIT_DEBUG;
			continue;
		}
		struct insn *slot = h->link_slot;
		uint64_t flushes = h->stat_cache_flushes;
		if (h->jit)
			jit_reserve(h); /* may flush: then the slot is not linked */
		struct block *b = block_lookup(h);
		if (unlikely(!b))
			continue; /* fetch fault: now at the trap handler */
		/* Link the exit that led here, unless the cache was just flushed
		 * (the slot would point into recycled memory). */
		if (slot && !b->nolink && flushes == h->stat_cache_flushes)
			slot->link = b;
		/* The JIT picks the registers it keeps in host registers from
		 * the blocks it finds here after periodic checks; a change of
		 * them drops every block (b too), so look it up again. */
		if (unlikely(h->jit_sample_due)) {
			h->jit_sample_due = false;
			if (jit_sample(h, b))
				continue;
		}
		/* Under the JIT, blocks are translated once they are entered
		 * often enough; cold and uncached ones (rebuilt each time) are
		 * interpreted. */
		if (h->jit && !b->nolink && (b->jit || ++b->heat >= h->jit->hot)) {
			jit_run(h, b);
			continue;
		}
		const struct insn *i = b->insns;
		h->blk_insns = i;
		do
			i = i->fn(h, i);
		while (i);
		h->instret += h->blk_retired;
		/* Under the JIT, an interpreted block's exit is never linked: the
		 * interpreter would follow the link into the next block's
		 * interpreted copy even once it is translated, and would enter it
		 * without counting its heat (a loop of cold blocks then waited for
		 * the periodic checks to be translated: 64 of them, 0.5 M
		 * instructions, after each code-cache flush). */
		if (h->jit)
			h->link_slot = NULL;
	}
}
