/* One RV64GC hart: architectural state, software TLB, decoded-block cache. */
#ifndef RVISOR_CPU_HART_H
#define RVISOR_CPU_HART_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "mem/bus.h"

enum { PRV_U = 0, PRV_S = 1, PRV_M = 3 };

/* Access kinds, also the index of the TLB arrays. */
enum { ACC_FETCH = 0, ACC_LOAD = 1, ACC_STORE = 2 };

/* TLB "mode" index: the translation context an entry was filled under. */
enum { TLBM_U = 0, TLBM_S = 1, TLBM_S_SUM = 2, TLBM_M = 3, TLBM_COUNT = 4 };

/* 4096 entries per access kind and mode (16 MiB of reach): a program
 * whose working set is beyond a 256-entry TLB's 1 MiB (7-Zip's LZMA match
 * finder: ~12 MiB) spent ~13 % of its time refilling it (a page walk and a
 * call per miss), as QEMU's TLB, which grows to the working set, does not.
 * A full flush then resets only the entries filled since the last one
 * (tlb_log), not the 768 KiB of arrays. */
#ifndef TLB_BITS
#define TLB_BITS 12
#endif
#define TLB_SIZE (1u << TLB_BITS)
/* Fills remembered for the next full flush; beyond that, it clears all. */
#define TLB_LOG_SIZE 512

/* A TLB hit is: entry.tag == (va & (PAGE_MASK | (size - 1))); host = va + addend.
 * Misaligned accesses never hit (their low bits survive the mask). */
struct tlb_entry {
	uint64_t tag; /* page-aligned guest virtual address, or 1 when empty */
	uintptr_t addend;
};

#define JCACHE_BITS 12
#define PHASH_BITS 14

struct block;
struct hart;

/* Hooks the machine layer installs into a hart. */
struct hart_hooks {
	/* ecall from S-mode when the VMM provides SBI (no firmware). Returns
	 * true when handled (a0/a1 written); false makes it a normal trap. */
	bool (*sbi_ecall)(void *sbi_ctx, struct hart *h);
	void *sbi_ctx;
	/* Guest time in timebase ticks (10 MHz): the CLINT's mtime. */
	uint64_t (*mtime)(void *ctx);
	void *ctx;
};

/* A debugger's hold on the harts (the GDB stub, vmm/gdbstub.c): virtual
 * pcs where every hart stops before executing, shared by all harts of a
 * VM. Changed only while every hart is stopped. */
#define HART_DEBUG_MAX_BP 64
/* Write watchpoints: virtual ranges of 1 to 8 bytes within a page. With
 * any set, harts run one instruction at a time and stop after one that
 * changed a watched value (as the hart sees it: hart.dbg_watch_old). */
#define HART_DEBUG_MAX_WATCH 4
struct hart_debug {
	uint64_t bp[HART_DEBUG_MAX_BP];
	unsigned nbp;
	struct {
		uint64_t va;
		unsigned len;
	} watch[HART_DEBUG_MAX_WATCH];
	unsigned nwatch;
};

/* Why hart_run returned HART_EXIT_DEBUG (hart.dbg_stop). */
enum { DBG_STOP_NONE = 0, DBG_STOP_BREAK = 1, DBG_STOP_STEP = 2, DBG_STOP_WATCH = 3 };

/* Bits of hart.events: asynchronous requests observed at block boundaries. */
enum {
	EV_IRQ = 1u << 0,	/* re-evaluate pending interrupts */
	EV_STOP = 1u << 1,	/* leave hart_run() */
	EV_TLB_FLUSH = 1u << 2, /* remote SFENCE.VMA: flush TLBs + jump cache */
	EV_FENCE_I = 1u << 3,	/* remote FENCE.I */
	EV_TIMER = 1u << 4,	/* a timer comparator changed: re-evaluate MTIP/STIP */
	/* The JIT's running block saw its code page or the link epoch change
	 * after a call to C (raised by the hart itself): back to the run loop
	 * at its next exit to look the block up again; nothing else to do. */
	EV_RELOOKUP = 1u << 5,
	/* Another hart started this one (SBI HSM hart_start): take the start
	 * (hart.c, hsm_take_start) wherever the thread is in the run loop. */
	EV_HSM_START = 1u << 6,
};

/* mip/mie bits */
#define IRQ_SSI 1
#define IRQ_MSI 3
#define IRQ_STI 5
#define IRQ_MTI 7
#define IRQ_SEI 9
#define IRQ_MEI 11
#define MIP_SSIP (1ULL << IRQ_SSI)
#define MIP_MSIP (1ULL << IRQ_MSI)
#define MIP_STIP (1ULL << IRQ_STI)
#define MIP_MTIP (1ULL << IRQ_MTI)
#define MIP_SEIP (1ULL << IRQ_SEI)
#define MIP_MEIP (1ULL << IRQ_MEI)

struct hart_csrs {
	uint64_t mstatus;
	uint64_t misa;
	uint64_t medeleg, mideleg;
	uint64_t mie;
	uint64_t mip_sw; /* software-written mip bits (SSIP, STIP, SEIP) */
	uint64_t mtvec, mscratch, mepc, mcause, mtval;
	uint64_t mcounteren, menvcfg, mcountinhibit;
	uint64_t stvec, sscratch, sepc, scause, stval;
	uint64_t satp, scounteren, senvcfg;
	uint64_t stimecmp;
	uint64_t mtimecmp; /* the CLINT's per-hart comparator lives here */
	uint8_t pmpcfg[64];
	uint64_t pmpaddr[64];
	uint32_t fflags, frm;
};

struct hart {
	/* --- hot state first --- */
	uint64_t x[33]; /* x[32] is a write sink: the decoder maps rd=x0 to it */
	uint64_t f[32];
	uint64_t pc; /* during a block: the block's start pc */
	unsigned priv;

	const struct insn *blk_insns; /* first insn of the running block */
	uint32_t blk_retired;	      /* set by the insn that leaves a block */
	uint32_t link_epoch;	      /* bumped when translation may change */
	struct insn *link_slot;	      /* the chainable exit that left the last block */
	struct jit *jit;	      /* JIT engine (cpu/jit), or NULL: the interpreter */
	bool jit_sample_due;	      /* a periodic check passed: jit_sample the next block */
	uint64_t next_check;	      /* instret at which the run loop looks at timers */
	/* The JIT's one check for both: translated code leaves for the run
	 * loop once instret reaches this, which is next_check, or 0 once an
	 * event is raised (hart_raise; jit_run sets it before entering
	 * translated code), so that it need not test events too. */
	_Atomic uint64_t jit_limit;
	/* JIT: the store TLB addend a load paired with a later store to the
	 * same address looked up, for that store; 0 when the store is to look
	 * the TLB up itself (translate_mem.c, pairs). Meaningful only between
	 * the two, inside one translation; never part of the VM's state. */
	uintptr_t jit_pair;

	struct tlb_entry *tlb_fetch, *tlb_load, *tlb_store; /* current mode's arrays */

	_Atomic uint32_t events;
	_Atomic uint64_t mip; /* device-driven bits: MEIP SEIP MTIP MSIP STIP(Sstc/SBI) */

	struct bus *bus;
	uint64_t instret;
	uint64_t stop_at_instret; /* hart_run returns once instret reaches this */
	/* instret at the run loop's last periodic check: a check that finds it
	 * unchanged was reached by exceptions alone (each one brings next_check
	 * one step closer), i.e. a trap loop that retires nothing. */
	uint64_t check_instret;
	uint64_t store_tlb_epoch; /* bus->store_tlb_epoch seen at the last flush */

	/* LR/SC reservation (physical address), valid flag. */
	uint64_t resv_addr, resv_value;
	bool resv_valid;

	struct hart_csrs csr;
	uint64_t mhartid;
	bool wfi; /* set by WFI: the run loop parks until an interrupt is pending */

	/* SBI timer (VMM-provided SBI without Sstc): deadline in mtime ticks. */
	uint64_t sbi_timecmp;

	/* HSM state (HSM_*): a hart that is not HSM_STARTED parks its thread
	 * until another hart starts it (SBI HSM hart_start). A start leaves it
	 * START_PENDING with hsm_start_new set (under wait_lock) until the
	 * hart itself takes the start address and becomes STARTED, as the
	 * SBI spec has it. */
	_Atomic int hsm_state;
	uint64_t hsm_start_addr, hsm_opaque;
	bool hsm_start_new;

	/* Remote fences: requesters bump fence_req and wait for fence_done. */
	_Atomic uint64_t fence_req, fence_done;
	/* Inside hart_run, in slot runner_slot of bus->runners (-1: none, and
	 * then no store-TLB entries while running). */
	atomic_bool in_run;
	int runner_slot;
	/* Host address of the RAM page of the last AMO/SC write since the
	 * last fence (0: none): mem_amo_ptr notes the write before the
	 * caller makes it, so a code mark of the page waits for this hart. */
	_Atomic uintptr_t amo_host_page;

	struct hart_hooks hooks;

	/* Debugging (NULL: none, the fast path). While set, the run loop uses
	 * the interpreter and no block chaining, stops before an instruction
	 * at a breakpoint, and with dbg_step set stops after one instruction;
	 * dbg_resume lets the instruction at pc run once even if it is a
	 * breakpoint (continuing from where the hart stopped). */
	const struct hart_debug *dbg;
	bool dbg_step, dbg_resume;
	bool dbg_hold; /* stay stopped (the debugger resumed other harts only) */
	int dbg_stop;  /* DBG_STOP_*: why the last HART_EXIT_DEBUG happened */
	uint64_t dbg_watch_old[HART_DEBUG_MAX_WATCH]; /* watched values, little-endian */
	uint64_t dbg_watch_hit;			      /* va of the watch that stopped it */

	/* WFI parking. */
	pthread_mutex_t wait_lock;
	pthread_cond_t wait_cond;

	struct tlb_entry tlb[3][TLBM_COUNT][TLB_SIZE];
	/* The entries filled since the last full flush (indexes into tlb as
	 * one array), so that the flush clears only those. Not valid (as a
	 * zeroed hart starts, or after more than TLB_LOG_SIZE fills): the
	 * flush clears everything. */
	uint32_t tlb_log[TLB_LOG_SIZE];
	unsigned tlb_nlog;
	bool tlb_log_valid;
	/* Virtual ranges whose TLB entries came from superpage PTEs (merged
	 * intervals): an SFENCE.VMA of an address inside one must flush every
	 * 4 KiB piece, which only a full flush does. */
	struct {
		uint64_t lo, hi;
	} tlb_super[8];
	unsigned tlb_nsuper;
	bool tlb_super_overflow;
	unsigned walk_level; /* leaf level of the last successful walk (0 = 4 KiB) */

	/* Decoded-block cache (per hart: no locking on the hot path). */
	struct block *jcache[1u << JCACHE_BITS]; /* by virtual pc */
	struct block *phash[1u << PHASH_BITS];	 /* by physical pc */
	uint8_t *arena;
	size_t arena_used, arena_size;

	/* Statistics. */
	uint64_t stat_blocks_decoded, stat_cache_flushes;
	uint64_t stat_code_fences; /* harts fenced by hart_mark_code */
	uint64_t stat_wfi_ns;	   /* time parked in WFI */
	/* Throttling (live migration's convergence): percent of wall time
	 * the hart sleeps, set from any thread; the run loop sleeps at each
	 * timer check (every TIMER_CHECK_INSNS of its instruction budget) in
	 * proportion to the time it ran since the previous one. */
	_Atomic uint32_t throttle_pct;
	uint64_t throttle_t0; /* CLOCK_MONOTONIC ns of the last throttle check, 0 = none */
};

/* SBI HSM states (SBI spec, HSM extension). */
enum {
	HSM_STARTED = 0,
	HSM_STOPPED = 1,
	HSM_START_PENDING = 2,
	HSM_STOP_PENDING = 3,
	HSM_SUSPENDED = 4
};

/* Exit reasons of hart_run(). */
enum hart_exit { HART_EXIT_STOP = 1, HART_EXIT_INSTRET = 2, HART_EXIT_DEBUG = 3 };

int hart_init(struct hart *h, struct bus *bus, uint64_t hartid);
void hart_destroy(struct hart *h);
/* Architectural reset: M-mode, pc = reset_pc, CSRs at their reset values. */
void hart_reset(struct hart *h, uint64_t reset_pc);

/* A watched range's current value as h sees it (0 when unmapped or not
 * RAM), for the debugger's write watchpoints. */
uint64_t hart_debug_watch_value(const struct hart *h, uint64_t va, unsigned len);

/* Run until EV_STOP is requested or instret reaches stop_at_instret (at a
 * block boundary), or (with h->dbg set) a breakpoint or a finished step.
 * With a budget set, a hart that retires nothing over a whole check window
 * (a trap loop: each exception counts one step of the window, which is the
 * rest of the budget, at most 8192 steps) also returns HART_EXIT_INSTRET,
 * with instret short of the budget; so does a WFI with mie = 0, which no
 * interrupt can end.
 * Returns HART_EXIT_STOP, HART_EXIT_INSTRET or HART_EXIT_DEBUG. */
int hart_run(struct hart *h);

/* Raise events on h (any thread): and end a run of translated code at its
 * next check (jit_limit). */
static inline void hart_raise(struct hart *h, uint32_t ev)
{
	atomic_fetch_or(&h->events, ev);
	atomic_store_explicit(&h->jit_limit, 0, memory_order_relaxed);
}
/* Asynchronous requests from other threads (devices, other harts, control). */
void hart_request(struct hart *h, uint32_t ev);
/* Drive a device interrupt line (one of MIP_MEIP, MIP_SEIP, MIP_MTIP,
 * MIP_MSIP, MIP_STIP, or MIP_SSIP for SBI IPIs); wakes the hart from WFI.
 * Safe from any thread. */
void hart_set_irq(struct hart *h, uint64_t mip_bit, bool level);
/* Wake the hart if it sleeps in WFI. */
void hart_kick(struct hart *h);
/* Make `target` run EV_TLB_FLUSH and/or EV_FENCE_I and wait until it has
 * (a stopped target is skipped: it flushes when it starts; so is one
 * outside hart_run: it handles the request before its next instruction,
 * and waiting for it could last, e.g. while a debugger holds it). `self` keeps
 * servicing its own fence requests meanwhile, so two harts fencing each
 * other cannot deadlock. */
void hart_remote_fence(struct hart *self, struct hart *target, uint32_t ev);
/* HSM: start a stopped hart in S-mode at pc with a0 = hartid, a1 = opaque. */
int hart_hsm_start(struct hart *target, uint64_t pc, uint64_t opaque);
/* Take a start hart_hsm_start left pending: the hart enters its start
 * address and becomes STARTED. Its own thread calls it, or anyone while that
 * thread is parked (vm_pause settles starts, so that a snapshot never holds
 * one half done). Returns whether there was one. */
bool hsm_take_start(struct hart *h);

/* Mark the RAM page of pa as code before decoding from it (bus_mark_code)
 * and, the first time, make sure no running hart can still store to it
 * without seeing the mark: each one whose store TLB maps the page fences
 * (EV_FENCE_I) and h waits for it. Returns false when h was asked to stop
 * meanwhile: the page may then still be written unseen, so whatever h
 * decodes from it now must not be kept. */
bool hart_mark_code(struct hart *h, uint64_t pa);

/* Flush this hart's TLBs (SFENCE.VMA, satp write). */
void hart_flush_tlb(struct hart *h);
/* SFENCE.VMA for one virtual address. */
void hart_flush_tlb_page(struct hart *h, uint64_t va);
/* Drop every decoded block. */
void hart_flush_blocks(struct hart *h);

/* Recompute the current TLB array pointers from priv/mstatus. */
void hart_update_mode(struct hart *h);

/* Current mtime (timebase ticks). */
static inline uint64_t hart_mtime(struct hart *h)
{
	return h->hooks.mtime ? h->hooks.mtime(h->hooks.ctx) : h->instret;
}

/* Serialize the whole architectural state into the state stream. */
struct ss_writer;
struct ss_reader;
int hart_save(const struct hart *h, struct ss_writer *w);
int hart_load(struct hart *h, struct ss_reader *r);
/* hart_load, keeping the decoded blocks (and their translations): for a
 * caller that decoded them from the RAM this state goes with and bumped
 * the page generation of every page it replaced since (a migration's
 * destination, vmm/migrate_in.c). Blocks are found by virtual and
 * physical pc and checked against the page generations, so none of them
 * depends on the registers loaded here. */
int hart_load_keep_code(struct hart *h, struct ss_reader *r);

#endif
