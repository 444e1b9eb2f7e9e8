/* The JIT engine's interface to the run loop: per-hart code cache, block translation, dispatch. */
#ifndef RVISOR_CPU_JIT_JIT_H
#define RVISOR_CPU_JIT_JIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cpu/insn.h"

/* CPU engines (vm_config.cpu_engine). */
enum cpu_engine { CPU_ENGINE_INTERP = 0, CPU_ENGINE_JIT = 1 };

/* The engine without --cpu-engine or RVISOR_CPU_ENGINE: the JIT on x86-64
 * hosts (where every test passes under it and it is faster everywhere),
 * the interpreter elsewhere. */
#if defined(__x86_64__)
#define CPU_ENGINE_DEFAULT CPU_ENGINE_JIT
#else
#define CPU_ENGINE_DEFAULT CPU_ENGINE_INTERP
#endif

/* Parse "interp" or "jit"; returns false for anything else. */
bool cpu_engine_parse(const char *s, enum cpu_engine *out);
/* The engine's name ("interp", "jit"). */
const char *cpu_engine_name(enum cpu_engine e);

/* Worst case of one translated block: 256 instructions of at most
 * JIT_MAX_INSN_BYTES each (slow paths included) plus its entry and exit;
 * the translator checks it. */
#define JIT_BLOCK_MAX_INSNS 256
#define JIT_MAX_INSN_BYTES 512
#define JIT_BLOCK_RESERVE (256 * JIT_MAX_INSN_BYTES + 512)

/* The most run-loop entries a block may wait for its translation (its
 * heat count is a byte). */
#define JIT_HOT_MAX 255

/* Guest registers held in host registers across chained blocks. */
#define JIT_NFIXED 8

/* Code cache per hart: one memfd mapped read-write (the translator writes)
 * and read-execute (the code runs); a bump allocator flushed when full. */
struct jit {
	int fd;
	uint8_t *rw, *rx;
	size_t size, used;
	size_t chain;		  /* offset of the chaining code every exit jumps to */
	size_t ret;		  /* offset of the shared epilogue (returns rax) */
	size_t chain_static;	  /* offset of the chaining code of static exits */
	size_t chain_static_near; /* ... of static exits to the same guest page */
	size_t ret0;		  /* rax = 0, then the shared epilogue (a trap taken) */
	size_t entry_bytes;	  /* a translation's entry code: its check code follows */
	size_t chk_bytes;	  /* the check code: its body follows */
	size_t chk_near;	  /* where exits to the same page enter the check code */
	/* Jumps to jit_load_slow and jit_store_slow, which slow paths reach
	 * with a call rel32 (5 bytes, not 12 through rax). */
	size_t load_slow, store_slow;
	/* A block is translated on its hot-th entry from the run loop, where
	 * every entry of an untranslated block comes under the JIT (hart.c).
	 * Code that runs a few dozen times is not worth translating: a
	 * translation costs ~5 us and 1.5-2 KB of the cache, and a guest that
	 * forks and execs (a shell script, a boot) runs much of its kernel
	 * and libc code only a few times per process; at 3 such a loop
	 * filled the 8 MiB cache every two processes and ran 3.5x slower
	 * than the interpreter. */
	unsigned hot;
	bool fma;  /* the host has FMA3: FMADD and co. run inline */
	bool bmi2; /* the host has BMI2: register shifts use shlx/shrx/sarx */
	/* Private copies {insn, stop} handed to interpreter handlers. */
	struct insn *copies;
	size_t ncopies, ncopies_max;
	void *scratch; /* the translator's working state (translate.c) */
	/* The fixed mapping: the guest register each of the JIT_NFIXED host
	 * registers holds across chained blocks. remap.c picks it from samples
	 * of the blocks the hart runs and changes it (flushing every block)
	 * when another set would hold clearly more of their register uses. */
	uint8_t map[JIT_NFIXED];
	uint64_t map_use[32]; /* register uses of this window's sampled blocks */
	unsigned map_ticks;   /* timer checks since the last sample */
	unsigned map_samples; /* samples since the last decision */
	/* checks per sample and samples per decision: remap.c's defaults,
	 * which tests lower to remap often */
	unsigned map_sample_every, map_decide_every;
	/* windows in a row that must pick the same registers before they
	 * become the mapping (remap.c's default; tests lower it to 1) */
	unsigned map_confirm;
	uint32_t map_cand;   /* the registers the last windows picked (bits) */
	unsigned map_streak; /* how many windows in a row picked them */
	bool map_fixed;	     /* never changes (JIT_MAP, a developer aid) */
	/* The weights recently sampled blocks added (remap.c): a block's
	 * scan costs ~0.5 us, at ~1 % of the run once per sample. Cleared
	 * by jit_flush, which frees the blocks. */
	struct jit_memo {
		const struct block *b;
		uint16_t w[32];
	} map_memo[64];
	uint64_t stat_translated, stat_flushes, stat_remaps;
	uint64_t stat_exits; /* returns from translated code to the run loop */
};

/* Give a hart the JIT engine. Returns 0, or -1 with errno set (and a
 * message in msg, of msg_size bytes). */
int jit_attach(struct hart *h, char *msg, size_t msg_size);
void jit_detach(struct hart *h);
/* The same, reusing a code cache kept by jit_keep when *keep holds one
 * (then *keep becomes NULL). keep may be NULL. */
int jit_attach_kept(struct hart *h, struct jit **keep, char *msg, size_t msg_size);
/* Take the hart's code cache away into *keep (when empty; else free it), so
 * that a machine rebuilt after a guest reboot reuses it: the sandbox lets no
 * new executable mapping be made once the guest runs. */
void jit_keep(struct hart *h, struct jit **keep);
/* Translate a block on its hot-th run-loop entry (1..JIT_HOT_MAX). */
void jit_set_hot(struct hart *h, unsigned hot);
/* Free a kept code cache (NULL: nothing). */
void jit_free(struct jit *j);
/* Forget every translation (the blocks are being dropped). */
void jit_flush(struct jit *j);
/* Make room for one more block's translation: drops every block and
 * translation (hart_flush_blocks) when the worst case does not fit. */
void jit_reserve(struct hart *h);
/* Run block b (translating it first when needed) and the translated blocks
 * its exits chain to; returns at a block boundary with h->pc, instret and
 * h->link_slot set as the interpreter would leave them. */
void jit_run(struct hart *h, struct block *b);

/* The run loop's periodic check (every TIMER_CHECK_INSNS), with the block
 * about to run: every few checks, that block's register uses are counted
 * toward the choice of the fixed mapping (remap.c). Returns true when the
 * mapping changed: every block and translation was dropped (b with them). */
bool jit_sample(struct hart *h, const struct block *b);
/* The mapping a code cache starts with. */
void jit_map_default(struct jit *j);

/* Translate b into j's cache (room reserved by jit_reserve). Returns the
 * entry point in the executable view. */
void *jit_translate(struct hart *h, struct block *b);

#endif
