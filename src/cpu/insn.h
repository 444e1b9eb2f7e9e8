/* Pre-decoded instructions and the helpers every execute file uses. */
#ifndef RVISOR_CPU_INSN_H
#define RVISOR_CPU_INSN_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/hart.h"

struct insn;
/* A handler executes one decoded instruction. It returns the next insn to run
 * (normally i + 1) or NULL when the block is left (branch taken, trap, a CSR
 * write that changes translation, ...); before returning NULL it sets h->pc
 * to the next pc and h->blk_retired via the helpers below. */
typedef const struct insn *(*insn_fn)(struct hart *h, const struct insn *i);

struct insn {
	insn_fn fn;
	int32_t imm;
	uint8_t rd, rs1, rs2, rs3; /* rd == 32 means "discard" (x0) */
	uint16_t pc_off;	   /* byte offset of this insn from the block start */
	uint8_t len;		   /* 2 or 4 */
	uint8_t rm;		   /* FP rounding mode field / AMO aq-rl / misc */
	uint32_t raw;		   /* as fetched: 32 bits, or an RVC's 16 (insn_raw32) */
	struct block *link;	   /* chaining: the block this exit went to last */
};

/* A decoded block: straight-line instructions from one guest page, ended by
 * a control transfer, a system instruction, the page end or a length cap.
 * insns[ninsn] is a terminator that leaves the block at its fall-through pc. */
struct block {
	uint64_t vpc; /* virtual pc of insns[0] */
	uint64_t pa;  /* physical address of insns[0] */
	uint32_t gen; /* bus page generation at decode time */
	bool nolink;  /* not in the cache (page-crossing insn): never chain to it */
	uint8_t heat; /* JIT engine: run-loop entries so far, up to the threshold */
	uint16_t ninsn;
	uint32_t epoch; /* hart link_epoch at which vpc -> pa was last validated */
	void *jit;	/* JIT engine: entry of the block's host code, or NULL */
	/* &bus->page_gen[] of pa's page: one load for the JIT's chaining code */
	const _Atomic uint32_t *genp;
	struct block *phash_next;
	struct insn insns[];
};

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

/* Threaded dispatch: each handler jumps straight into the next one. */
#define NEXT(h, i) return (i)[1].fn((h), (i) + 1)

static inline uint64_t insn_pc(const struct hart *h, const struct insn *i)
{
	return h->pc + i->pc_off;
}

/* Leave the block after retiring i, continuing at next_pc. */
static inline const struct insn *insn_exit(struct hart *h, const struct insn *i, uint64_t next_pc)
{
	h->link_slot = NULL;
	h->blk_retired = (uint32_t)(i - h->blk_insns) + 1;
	h->pc = next_pc;
	return NULL;
}

/* Leave the block after retiring i, continuing with the next instruction. */
static inline const struct insn *insn_exit_next(struct hart *h, const struct insn *i)
{
	return insn_exit(h, i, insn_pc(h, i) + i->len);
}

/* Leave the block after retiring i for `target`, chaining straight into
 * the block that this exit reached last time when that is still valid:
 * same vpc, translation validated in the current epoch, code unchanged, no
 * pending event and instruction budget left. Otherwise return to the run
 * loop, which looks the block up and records it as this exit's link. */
static inline const struct insn *insn_goto_n(struct hart *h, const struct insn *i, uint32_t retired,
					     uint64_t target)
{
	struct block *nb = i->link;
	if (likely(nb && nb->vpc == target && nb->epoch == h->link_epoch &&
		   !atomic_load_explicit(&h->events, memory_order_relaxed) &&
		   h->instret + retired < h->next_check &&
		   nb->gen == bus_page_gen(h->bus, nb->pa))) {
		h->instret += retired;
		h->pc = target;
		h->blk_insns = nb->insns;
		return nb->insns[0].fn(h, nb->insns);
	}
	h->blk_retired = retired;
	h->pc = target;
	h->link_slot = (struct insn *)i;
	return NULL;
}

static inline const struct insn *insn_goto(struct hart *h, const struct insn *i, uint64_t target)
{
	return insn_goto_n(h, i, (uint32_t)(i - h->blk_insns) + 1, target);
}

/* Exceptions (mcause codes). */
enum {
	EXC_INSN_MISALIGNED = 0,
	EXC_INSN_ACCESS = 1,
	EXC_ILLEGAL = 2,
	EXC_BREAKPOINT = 3,
	EXC_LOAD_MISALIGNED = 4,
	EXC_LOAD_ACCESS = 5,
	EXC_STORE_MISALIGNED = 6,
	EXC_STORE_ACCESS = 7,
	EXC_ECALL_U = 8,
	EXC_ECALL_S = 9,
	EXC_ECALL_M = 11,
	EXC_INSN_PAGE = 12,
	EXC_LOAD_PAGE = 13,
	EXC_STORE_PAGE = 15,
};

/* Take a synchronous exception at instruction i (not retired). Always
 * returns NULL so a handler can `return insn_trap(...)`. */
const struct insn *insn_trap(struct hart *h, const struct insn *i, uint64_t cause, uint64_t tval);

static inline const struct insn *insn_illegal(struct hart *h, const struct insn *i)
{
	return insn_trap(h, i, EXC_ILLEGAL, i->raw);
}

/* ---- guest memory access from handlers ----
 * The fast path is inline: one masked compare and one add. On a miss the
 * slow path translates, fills the TLB or goes to MMIO. On failure these
 * return a nonzero exception cause and set *tval; the handler then returns
 * insn_trap(h, i, cause, tval). */
int mem_load_slow(struct hart *h, uint64_t va, unsigned size, uint64_t *val, uint64_t *tval);
int mem_store_slow(struct hart *h, uint64_t va, unsigned size, uint64_t val, uint64_t *tval);

#define MEM_LOAD_FAST(h, va, T, out)                                                               \
	({                                                                                         \
		const struct tlb_entry *e_ =                                                       \
		    &(h)->tlb_load[((va) >> PAGE_SHIFT) & (TLB_SIZE - 1)];                         \
		bool hit_ = e_->tag == ((va) & (~(PAGE_SIZE - 1) | (sizeof(T) - 1)));              \
		if (hit_)                                                                          \
			(out) = *(const T *)(uintptr_t)((va) + e_->addend);                        \
		hit_;                                                                              \
	})

#define MEM_STORE_FAST(h, va, T, v)                                                                \
	({                                                                                         \
		const struct tlb_entry *e_ =                                                       \
		    &(h)->tlb_store[((va) >> PAGE_SHIFT) & (TLB_SIZE - 1)];                        \
		bool hit_ = e_->tag == ((va) & (~(PAGE_SIZE - 1) | (sizeof(T) - 1)));              \
		if (hit_)                                                                          \
			*(T *)(uintptr_t)((va) + e_->addend) = (T)(v);                             \
		hit_;                                                                              \
	})

/* Load of 1/2/4/8 bytes, zero-extended into *val. Returns 0 or a cause. */
static inline int mem_load(struct hart *h, uint64_t va, unsigned size, uint64_t *val,
			   uint64_t *tval)
{
	switch (size) {
	case 1: {
		uint8_t v;
		if (MEM_LOAD_FAST(h, va, uint8_t, v)) {
			*val = v;
			return 0;
		}
		break;
	}
	case 2: {
		uint16_t v;
		if (MEM_LOAD_FAST(h, va, uint16_t, v)) {
			*val = v;
			return 0;
		}
		break;
	}
	case 4: {
		uint32_t v;
		if (MEM_LOAD_FAST(h, va, uint32_t, v)) {
			*val = v;
			return 0;
		}
		break;
	}
	default: {
		uint64_t v;
		if (MEM_LOAD_FAST(h, va, uint64_t, v)) {
			*val = v;
			return 0;
		}
		break;
	}
	}
	return mem_load_slow(h, va, size, val, tval);
}

static inline int mem_store(struct hart *h, uint64_t va, unsigned size, uint64_t val,
			    uint64_t *tval)
{
	bool hit;
	switch (size) {
	case 1:
		hit = MEM_STORE_FAST(h, va, uint8_t, val);
		break;
	case 2:
		hit = MEM_STORE_FAST(h, va, uint16_t, val);
		break;
	case 4:
		hit = MEM_STORE_FAST(h, va, uint32_t, val);
		break;
	default:
		hit = MEM_STORE_FAST(h, va, uint64_t, val);
		break;
	}
	return hit ? 0 : mem_store_slow(h, va, size, val, tval);
}

/* Translate a data address for an atomic (AMO/LR/SC) of `size` bytes:
 * checks alignment (misaligned -> store/AMO misaligned), write permission,
 * sets A/D, and returns a host pointer into RAM. AMOs on MMIO raise a
 * store/AMO access fault. Returns 0 or a cause. */
int mem_amo_ptr(struct hart *h, uint64_t va, unsigned size, bool is_load_only, void **host,
		uint64_t *pa, uint64_t *tval);

/* ---- floating point (cpu/exec_fp.c) ---- */
#define MSTATUS_FS (3ULL << 13)
/* Returns false when FS is Off (the handler then raises illegal). */
static inline bool fp_enabled(const struct hart *h)
{
	return (h->csr.mstatus & MSTATUS_FS) != 0;
}
/* Mark FS dirty (and SD) after an instruction writes FP state. */
static inline void fp_set_dirty(struct hart *h)
{
	h->csr.mstatus |= MSTATUS_FS | (1ULL << 63);
}

/* ---- decoders ----
 * Each fills *d (fn, operands, imm) from a 32-bit instruction and returns
 * true, or returns false when it does not know the encoding. */
bool decode_base(struct insn *d, uint32_t raw);	    /* RV64I, M, Zicsr, Zifencei, system */
bool decode_atomic(struct insn *d, uint32_t raw);   /* A */
bool decode_fp(struct insn *d, uint32_t raw);	    /* F, D */
bool decode_bitmanip(struct insn *d, uint32_t raw); /* Zba, Zbb, Zbc, Zbs, Zicond */
bool decode_system(struct insn *d, uint32_t raw);   /* SYSTEM opcode, FENCE.I */
insn_fn insn_illegal_fn(void);
/* The handler of a JAL inside its block (a forward jump on the block's
 * page, which build_block follows): it writes the link and goes on. */
insn_fn insn_jal_on_fn(void);
/* A conditional branch to a later instruction of its own block (the skip
 * over an `if` body; build_block marks them): taken, it goes on inside
 * the block at that instruction, skipping i->rm instructions, and takes
 * them off h->instret, which counts a block's instructions by their index
 * at its exit. So it is no block exit (no chaining, no budget check), in
 * both engines alike. insn_branch_inner makes a plain branch (d->fn one of
 * the six) such a branch and returns true; false leaves d as it was.
 * insn_branch_skip: the count for one, -1 for any other instruction.
 * insn_branch_exit: one back to a plain branch (a copy of part of a block
 * that may not hold its target). */
bool insn_branch_inner(struct insn *d, unsigned skip);
int insn_branch_skip(const struct insn *d);
void insn_branch_exit(struct insn *d);
/* Expand a 16-bit RVC instruction into its 32-bit equivalent; returns 0
 * when the encoding is reserved or illegal. */
uint32_t rvc_expand(uint16_t c);
/* The 32-bit form of a decoded instruction: a compressed one keeps its
 * own 16 bits in raw (what mtval reports), so it is expanded here. */
static inline uint32_t insn_raw32(const struct insn *i)
{
	return i->len == 2 ? rvc_expand((uint16_t)i->raw) : i->raw;
}
/* Decode one instruction (32-bit or expanded RVC); unknown -> illegal. */
void decode_insn(struct insn *d, uint32_t raw);
/* True when a decoded instruction must end its block. */
bool insn_ends_block(const struct insn *d);

/* Field extraction. */
static inline unsigned rv_rd(uint32_t r)
{
	return (r >> 7) & 31;
}
static inline unsigned rv_rs1(uint32_t r)
{
	return (r >> 15) & 31;
}
static inline unsigned rv_rs2(uint32_t r)
{
	return (r >> 20) & 31;
}
static inline unsigned rv_rs3(uint32_t r)
{
	return (r >> 27) & 31;
}
static inline unsigned rv_funct3(uint32_t r)
{
	return (r >> 12) & 7;
}
static inline unsigned rv_funct7(uint32_t r)
{
	return (r >> 25) & 127;
}
/* Sign-extend the low `bits` bits (no shifts of negative values). */
static inline int32_t rv_sext(uint32_t v, unsigned bits)
{
	uint32_t m = 1u << (bits - 1);
	return (int32_t)((v & ((m << 1) - 1)) ^ m) - (int32_t)m;
}
static inline int32_t rv_imm_i(uint32_t r)
{
	return rv_sext(r >> 20, 12);
}
static inline int32_t rv_imm_s(uint32_t r)
{
	return rv_sext(((r >> 25) << 5) | ((r >> 7) & 31), 12);
}
static inline int32_t rv_imm_b(uint32_t r)
{
	return rv_sext(((r >> 31) << 12) | (((r >> 7) & 1) << 11) | (((r >> 25) & 63) << 5) |
			   (((r >> 8) & 15) << 1),
		       13);
}
static inline int32_t rv_imm_u(uint32_t r)
{
	return (int32_t)(r & 0xfffff000u);
}
static inline int32_t rv_imm_j(uint32_t r)
{
	return rv_sext(((r >> 31) << 20) | (r & 0xff000) | (((r >> 20) & 1) << 11) |
			   (((r >> 21) & 1023) << 1),
		       21);
}

/* Map rd = x0 to the write sink. */
static inline uint8_t rv_dest(unsigned rd)
{
	return rd == 0 ? 32 : (uint8_t)rd;
}

#endif
