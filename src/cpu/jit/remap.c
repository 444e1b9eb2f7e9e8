/* JIT: choosing the fixed mapping (the guest registers that live in host
 * registers across chained blocks) from where the hart spends its time.
 *
 * Which registers a program keeps busy depends on the program and on its
 * phase: Linux's own code uses sp, s0 and a0..a5; 7-Zip's LZMA decoder
 * keeps its state in a5, a6, t0, t1, t4 and t6, its encoder in s0, s1 and
 * a0..a7. A guest register outside the mapping is a memory operand (or a
 * block-local register, loaded at entry and stored at exit) wherever it is
 * used. So the run loop's periodic check (every TIMER_CHECK_INSNS
 * instructions) hands the block about to run here; every SAMPLE_EVERY
 * checks that block's register uses are added to a histogram, per
 * instruction of the block, so that the sum estimates the uses executed
 * (the chance of being sampled already grows with the instructions run
 * before the check). Every DECIDE_EVERY samples the eight most used
 * registers of that window are compared with the mapping; when they would
 * hold more than 1/MARGIN_DIV more of the window's uses, in CONFIRM
 * windows in a row, they become the mapping and every block is dropped
 * (a code-cache flush: translations embed the mapping; a remap is as rare
 * as a phase change of the guest).
 *
 * Measured on 7-Zip's benchmark (two guests side by side, the same
 * passes): decompression +11 %, compression unchanged. Each window is
 * judged alone: with the history halved at each decision instead (and
 * windows twice as long), the encoder's mapping came ~0.3 G instructions
 * later and compression rated 5 % lower. Weighing the base register of an
 * access 3x (an unmapped base is a load on the address's path) or counting
 * a block's two busiest registers as its locals (almost free in a loop)
 * measured no better.
 *
 * The samples come at instruction counts, not host times: the same guest
 * run makes the same choices. */
#include "cpu/jit/translate.h"

#if defined(__x86_64__)

#include <stdio.h>
#include <stdlib.h>

#include "cpu/block.h"
#include "cpu/hart.h"

#define SAMPLE_EVERY 16	 /* timer checks per sample (131072 instructions) */
#define DECIDE_EVERY 512 /* samples per decision (~67 M instructions) */
#define MARGIN_DIV 8	 /* a new mapping must hold 1/8 more uses */
#define CONFIRM 2	 /* ... in this many windows in a row */

void jit_map_default(struct jit *j)
{
	/* The registers GCC allocates first (a5..a0) plus sp and s0. */
	static const uint8_t def[NFIXED] = {15, 14, 13, 12, 11, 10, 2, 8};
	memcpy(j->map, def, sizeof(def));
	memset(j->map_use, 0, sizeof(j->map_use));
	j->map_ticks = j->map_samples = 0;
	j->map_sample_every = SAMPLE_EVERY;
	j->map_decide_every = DECIDE_EVERY;
	j->map_confirm = CONFIRM;
	j->map_cand = 0;
	j->map_streak = 0;
#ifdef JIT_DUMP
	/* Developer aid: JIT_MAP=r,r,... (8 distinct register numbers,
	 * 1-31) fixes the mapping for measurements. */
	const char *fixed = getenv("JIT_MAP");
	if (fixed) {
		uint8_t map[NFIXED];
		uint32_t seen = 0;
		char *end = (char *)fixed;
		unsigned s = 0;
		for (; s < NFIXED; s++) {
			unsigned long r = strtoul(end, &end, 10);
			if (r < 1 || r > 31 || (seen & (1u << r)) ||
			    (*end != ',' && s < NFIXED - 1))
				break;
			seen |= 1u << r;
			map[s] = (uint8_t)r;
			end += *end == ',';
		}
		if (s == NFIXED && !*end) {
			memcpy(j->map, map, sizeof(map));
			j->map_fixed = true;
		} else {
			fprintf(stderr,
				"rvisor: JIT_MAP=%s ignored: it takes 8 distinct registers (1-31) "
				"separated by commas\n",
				fixed);
		}
	}
#endif
}

unsigned jit_reg_uses(const struct block *b, unsigned n, unsigned uses[33])
{
	unsigned naccess = 0;
	for (unsigned k = 0; k < n; k++) {
		const struct insn *i = &b->insns[k];
		uint32_t raw = insn_raw32(i);
		switch (raw & 0x7f) {
		case 0x03:
		case 0x23:
		case 0x07:
		case 0x27:
		case 0x2f:
			naccess++;
			break;
		}
		switch (raw & 0x7f) {
		case 0x37:
		case 0x17:
		case 0x13:
		case 0x1b:
		case 0x33:
		case 0x3b:
		case 0x63:
		case 0x6f:
		case 0x67:
		case 0x03:
		case 0x23:
			if (i->fn == insn_illegal_fn())
				break;
			uses[i->rd]++;
			uses[i->rs1]++;
			uses[i->rs2]++;
			break;
		}
	}
	return naccess;
}

/* The NFIXED registers with the most uses, into best[] (a register of the
 * current mapping wins a tie, so that equal counts do not remap). */
static void most_used(const struct jit *j, uint8_t best[NFIXED])
{
	bool mapped[32] = {false}, taken[32] = {false};
	for (unsigned s = 0; s < NFIXED; s++)
		mapped[j->map[s]] = true;
	for (unsigned n = 0; n < NFIXED; n++) {
		unsigned pick = 0;
		for (unsigned r = 1; r < 32; r++) {
			if (taken[r])
				continue;
			if (!pick || j->map_use[r] > j->map_use[pick] ||
			    (j->map_use[r] == j->map_use[pick] && mapped[r] && !mapped[pick]))
				pick = r;
		}
		taken[pick] = true;
		best[n] = (uint8_t)pick;
	}
}

static uint64_t score(const struct jit *j, const uint8_t map[NFIXED])
{
	uint64_t sum = 0;
	for (unsigned s = 0; s < NFIXED; s++)
		sum += j->map_use[map[s]];
	return sum;
}

bool jit_sample(struct hart *h, const struct block *b)
{
	struct jit *j = h->jit;
	if (++j->map_ticks < j->map_sample_every || j->map_fixed)
		return false;
	j->map_ticks = 0;
	struct jit_memo *m = &j->map_memo[((uintptr_t)b >> 6) % 64];
	if (m->b != b) {
		/* A block that starts with a loop is sampled at its head,
		 * where the loop's checks leave it: what runs is the loop, not
		 * what follows it (once per entry). */
		int loop = jit_find_loop(b);
		unsigned n = loop >= 0 ? (unsigned)loop + 1 : b->ninsn;
		unsigned uses[33] = {0};
		if (n)
			jit_reg_uses(b, n, uses);
		for (unsigned r = 0; r < 32; r++)
			m->w[r] = (uint16_t)(n ? uses[r] * 256u / n : 0);
		m->b = b; /* blocks keep their arena memory until a flush */
	}
	for (unsigned r = 1; r < 32; r++)
		j->map_use[r] += m->w[r];
	if (++j->map_samples < j->map_decide_every)
		return false;
	j->map_samples = 0;
	uint8_t best[NFIXED];
	most_used(j, best);
	uint64_t now = score(j, j->map), then = score(j, best);
	memset(j->map_use, 0, sizeof(j->map_use)); /* each window on its own */
	if (then <= now + now / MARGIN_DIV) {
		j->map_streak = 0;
		return false;
	}
	/* The same registers in CONFIRM windows in a row: a phase, not a
	 * passing mix (a boot's windows each pick others, and a flush per
	 * window cost a two-hart boot 10 % more CPU time). */
	uint32_t cand = 0;
	for (unsigned n = 0; n < NFIXED; n++)
		cand |= 1u << best[n];
	j->map_streak = cand == j->map_cand ? j->map_streak + 1 : 1;
	j->map_cand = cand;
	if (j->map_streak < j->map_confirm)
		return false;
	j->map_streak = 0;
	/* Registers that stay keep their slots; the new ones take the slots
	 * of those that leave. */
	bool stays[32] = {false}, placed[32] = {false};
	for (unsigned n = 0; n < NFIXED; n++)
		stays[best[n]] = true;
	for (unsigned s = 0; s < NFIXED; s++)
		placed[j->map[s]] = stays[j->map[s]];
	unsigned next = 0;
	for (unsigned s = 0; s < NFIXED; s++) {
		if (stays[j->map[s]])
			continue;
		while (placed[best[next]])
			next++;
		j->map[s] = best[next];
		placed[best[next]] = true;
	}
	j->stat_remaps++;
#ifdef JIT_DUMP
	/* Developer aid (-DJIT_DUMP): each new mapping and when it came. */
	fprintf(stderr,
		"rvisor: JIT: at instret %llu the mapping becomes x%u x%u x%u x%u x%u x%u x%u x%u "
		"(%llu vs %llu uses)\n",
		(unsigned long long)h->instret, j->map[0], j->map[1], j->map[2], j->map[3],
		j->map[4], j->map[5], j->map[6], j->map[7], (unsigned long long)then,
		(unsigned long long)now);
#endif
	hart_flush_blocks(h); /* translations embed the mapping */
	return true;
}

#else /* not x86-64: no JIT, nothing to sample */

bool jit_sample(struct hart *h, const struct block *b)
{
	(void)h;
	(void)b;
	return false;
}
void jit_map_default(struct jit *j)
{
	(void)j;
}

#endif
