/* RV64I and M: decode and execute. */
#include "cpu/insn.h"

#include <stdatomic.h>

#define DEF(name) static const struct insn *exec_##name(struct hart *h, const struct insn *i)
#define RD h->x[i->rd]
#define RS1 h->x[i->rs1]
#define RS2 h->x[i->rs2]
#define IMM ((int64_t)i->imm)
#define SEXT32(v) ((uint64_t)(int64_t)(int32_t)(v))

/* ---- upper immediates, jumps, branches ---- */
DEF(lui)
{
	RD = (uint64_t)IMM;
	NEXT(h, i);
}
DEF(auipc)
{
	RD = insn_pc(h, i) + (uint64_t)IMM;
	NEXT(h, i);
}
DEF(jal)
{
	uint64_t pc = insn_pc(h, i);
	RD = pc + i->len;
	return insn_goto(h, i, pc + (uint64_t)IMM);
}
/* A JAL that its block follows (build_block): the link only; the block
 * goes on with the jump's target, decoded right after it. */
DEF(jal_on)
{
	RD = insn_pc(h, i) + i->len;
	NEXT(h, i);
}
insn_fn insn_jal_on_fn(void)
{
	return exec_jal_on;
}
DEF(jalr)
{
	uint64_t target = (RS1 + (uint64_t)IMM) & ~1ULL;
	RD = insn_pc(h, i) + i->len;
	return insn_goto(h, i, target);
}

/* Conditional branches: taken leaves the block; not taken falls through
 * inside it (blocks extend past conditional branches). */
#define BRANCH(name, cond)                                                                         \
	DEF(name)                                                                                  \
	{                                                                                          \
		if (cond)                                                                          \
			return insn_goto(h, i, insn_pc(h, i) + (uint64_t)IMM);                     \
		NEXT(h, i);                                                                        \
	}
/* Branches to a later instruction of the block (insn_branch_inner). */
#define BRANCH_INNER(name, cond)                                                                   \
	DEF(name##_in)                                                                             \
	{                                                                                          \
		if (cond) {                                                                        \
			h->instret -= i->rm;                                                       \
			i += 1 + i->rm;                                                            \
			return i->fn(h, i);                                                        \
		}                                                                                  \
		NEXT(h, i);                                                                        \
	}
#define BRANCHES(name, cond) BRANCH(name, cond) BRANCH_INNER(name, cond)
BRANCHES(beq, RS1 == RS2)
BRANCHES(bne, RS1 != RS2)
BRANCHES(blt, (int64_t)RS1 < (int64_t)RS2)
BRANCHES(bge, (int64_t)RS1 >= (int64_t)RS2)
BRANCHES(bltu, RS1 < RS2)
BRANCHES(bgeu, RS1 >= RS2)

static const insn_fn branch_fns[6] = {exec_beq, exec_bne, exec_blt, exec_bge, exec_bltu, exec_bgeu};
static const insn_fn branch_in_fns[6] = {exec_beq_in, exec_bne_in,  exec_blt_in,
					 exec_bge_in, exec_bltu_in, exec_bgeu_in};

bool insn_branch_inner(struct insn *d, unsigned skip)
{
	for (unsigned k = 0; k < 6; k++) {
		if (d->fn == branch_fns[k] && skip <= UINT8_MAX) {
			d->fn = branch_in_fns[k];
			d->rm = (uint8_t)skip;
			return true;
		}
	}
	return false;
}

int insn_branch_skip(const struct insn *d)
{
	for (unsigned k = 0; k < 6; k++)
		if (d->fn == branch_in_fns[k])
			return d->rm;
	return -1;
}

void insn_branch_exit(struct insn *d)
{
	for (unsigned k = 0; k < 6; k++)
		if (d->fn == branch_in_fns[k])
			d->fn = branch_fns[k];
}

/* ---- loads and stores ---- */
/* The fast path (TLB hit) stays frameless; the miss path is a separate cold
 * function so its locals do not cost the hit path a stack frame. */
#define LOAD(name, T, ext)                                                                         \
	static __attribute__((noinline, cold))                                                     \
	const struct insn *exec_##name##_slow(struct hart *h, const struct insn *i, uint64_t va)   \
	{                                                                                          \
		uint64_t val, tval;                                                                \
		int c = mem_load_slow(h, va, sizeof(T), &val, &tval);                              \
		if (unlikely(c))                                                                   \
			return insn_trap(h, i, (uint64_t)c, tval);                                 \
		RD = ext((T)val);                                                                  \
		NEXT(h, i);                                                                        \
	}                                                                                          \
	DEF(name)                                                                                  \
	{                                                                                          \
		uint64_t va = RS1 + (uint64_t)IMM;                                                 \
		T v;                                                                               \
		if (likely(MEM_LOAD_FAST(h, va, T, v))) {                                          \
			RD = ext(v);                                                               \
			NEXT(h, i);                                                                \
		}                                                                                  \
		return exec_##name##_slow(h, i, va);                                               \
	}
#define ZEXT(v) ((uint64_t)(v))
#define SEXT8(v) ((uint64_t)(int64_t)(int8_t)(v))
#define SEXT16(v) ((uint64_t)(int64_t)(int16_t)(v))
LOAD(lb, uint8_t, SEXT8)
LOAD(lh, uint16_t, SEXT16)
LOAD(lw, uint32_t, SEXT32)
LOAD(ld, uint64_t, ZEXT)
LOAD(lbu, uint8_t, ZEXT)
LOAD(lhu, uint16_t, ZEXT)
LOAD(lwu, uint32_t, ZEXT)

#define STORE(name, T)                                                                             \
	static __attribute__((noinline, cold))                                                     \
	const struct insn *exec_##name##_slow(struct hart *h, const struct insn *i, uint64_t va)   \
	{                                                                                          \
		uint64_t tval;                                                                     \
		int c = mem_store_slow(h, va, sizeof(T), (T)RS2, &tval);                           \
		if (unlikely(c))                                                                   \
			return insn_trap(h, i, (uint64_t)c, tval);                                 \
		NEXT(h, i);                                                                        \
	}                                                                                          \
	DEF(name)                                                                                  \
	{                                                                                          \
		uint64_t va = RS1 + (uint64_t)IMM;                                                 \
		if (likely(MEM_STORE_FAST(h, va, T, RS2)))                                         \
			NEXT(h, i);                                                                \
		return exec_##name##_slow(h, i, va);                                               \
	}
STORE(sb, uint8_t)
STORE(sh, uint16_t)
STORE(sw, uint32_t)
STORE(sd, uint64_t)

/* ---- register-immediate ---- */
DEF(addi)
{
	RD = RS1 + (uint64_t)IMM;
	NEXT(h, i);
}
DEF(li) /* addi rd, x0, imm */
{
	RD = (uint64_t)IMM;
	NEXT(h, i);
}
DEF(mv) /* addi rd, rs1, 0 */
{
	RD = RS1;
	NEXT(h, i);
}
DEF(slti)
{
	RD = (int64_t)RS1 < IMM;
	NEXT(h, i);
}
DEF(sltiu)
{
	RD = RS1 < (uint64_t)IMM;
	NEXT(h, i);
}
DEF(xori)
{
	RD = RS1 ^ (uint64_t)IMM;
	NEXT(h, i);
}
DEF(ori)
{
	RD = RS1 | (uint64_t)IMM;
	NEXT(h, i);
}
DEF(andi)
{
	RD = RS1 & (uint64_t)IMM;
	NEXT(h, i);
}
DEF(slli)
{
	RD = RS1 << i->imm;
	NEXT(h, i);
}
DEF(srli)
{
	RD = RS1 >> i->imm;
	NEXT(h, i);
}
DEF(srai)
{
	RD = (uint64_t)((int64_t)RS1 >> i->imm);
	NEXT(h, i);
}
DEF(addiw)
{
	RD = SEXT32(RS1 + (uint64_t)IMM);
	NEXT(h, i);
}
DEF(slliw)
{
	RD = SEXT32((uint32_t)RS1 << i->imm);
	NEXT(h, i);
}
DEF(srliw)
{
	RD = SEXT32((uint32_t)RS1 >> i->imm);
	NEXT(h, i);
}
DEF(sraiw)
{
	RD = SEXT32((int32_t)RS1 >> i->imm);
	NEXT(h, i);
}

/* ---- register-register ---- */
#define OP(name, expr)                                                                             \
	DEF(name)                                                                                  \
	{                                                                                          \
		RD = (expr);                                                                       \
		NEXT(h, i);                                                                        \
	}
OP(add, RS1 + RS2)
OP(sub, RS1 - RS2)
OP(sll, RS1 << (RS2 & 63))
OP(slt, (int64_t)RS1 < (int64_t)RS2)
OP(sltu, RS1 < RS2)
OP(xor, RS1 ^ RS2)
OP(srl, RS1 >> (RS2 & 63))
OP(sra, (uint64_t)((int64_t)RS1 >> (RS2 & 63)))
OP(or, RS1 | RS2)
OP(and, RS1 &RS2)
OP(addw, SEXT32(RS1 + RS2))
OP(subw, SEXT32(RS1 - RS2))
OP(sllw, SEXT32((uint32_t)RS1 << (RS2 & 31)))
OP(srlw, SEXT32((uint32_t)RS1 >> (RS2 & 31)))
OP(sraw, SEXT32((int32_t)RS1 >> (RS2 & 31)))

/* ---- M ---- */
OP(mul, RS1 *RS2)
OP(mulh, (uint64_t)(((__int128)(int64_t)RS1 * (__int128)(int64_t)RS2) >> 64))
OP(mulhsu, (uint64_t)(((__int128)(int64_t)RS1 * (__int128)(unsigned __int128)RS2) >> 64))
OP(mulhu, (uint64_t)(((unsigned __int128)RS1 * (unsigned __int128)RS2) >> 64))
OP(mulw, SEXT32(RS1 *RS2))

static inline uint64_t div64(int64_t a, int64_t b)
{
	if (b == 0)
		return UINT64_MAX;
	if (a == INT64_MIN && b == -1)
		return (uint64_t)a;
	return (uint64_t)(a / b);
}
static inline uint64_t rem64(int64_t a, int64_t b)
{
	if (b == 0)
		return (uint64_t)a;
	if (a == INT64_MIN && b == -1)
		return 0;
	return (uint64_t)(a % b);
}
static inline uint64_t div32(int32_t a, int32_t b)
{
	if (b == 0)
		return UINT64_MAX;
	if (a == INT32_MIN && b == -1)
		return SEXT32(a);
	return SEXT32(a / b);
}
static inline uint64_t rem32(int32_t a, int32_t b)
{
	if (b == 0)
		return SEXT32(a);
	if (a == INT32_MIN && b == -1)
		return 0;
	return SEXT32(a % b);
}
OP(div, div64((int64_t)RS1, (int64_t)RS2))
OP(divu, RS2 ? RS1 / RS2 : UINT64_MAX)
OP(rem, rem64((int64_t)RS1, (int64_t)RS2))
OP(remu, RS2 ? RS1 % RS2 : RS1)
OP(divw, div32((int32_t)RS1, (int32_t)RS2))
OP(divuw, (uint32_t)RS2 ? SEXT32((uint32_t)RS1 / (uint32_t)RS2) : UINT64_MAX)
OP(remw, rem32((int32_t)RS1, (int32_t)RS2))
OP(remuw, (uint32_t)RS2 ? SEXT32((uint32_t)RS1 % (uint32_t)RS2) : SEXT32(RS1))

DEF(nop)
{
	(void)h;
	NEXT(h, i);
}

DEF(fence_full)
{
	(void)h;
	atomic_thread_fence(memory_order_seq_cst);
	NEXT(h, i);
}

/* ---- decoder ---- */
static void set_r(struct insn *d, uint32_t raw, insn_fn fn)
{
	d->fn = fn;
	d->rd = rv_dest(rv_rd(raw));
	d->rs1 = rv_rs1(raw);
	d->rs2 = rv_rs2(raw);
}

static void set_i(struct insn *d, uint32_t raw, insn_fn fn)
{
	d->fn = fn;
	d->rd = rv_dest(rv_rd(raw));
	d->rs1 = rv_rs1(raw);
	d->imm = rv_imm_i(raw);
}

static bool decode_op_imm(struct insn *d, uint32_t raw)
{
	unsigned f3 = rv_funct3(raw), f6 = raw >> 26;
	switch (f3) {
	case 0:
		set_i(d, raw, exec_addi);
		if (d->rs1 == 0)
			d->fn = exec_li;
		else if (d->imm == 0)
			d->fn = exec_mv;
		return true;
	case 2:
		set_i(d, raw, exec_slti);
		return true;
	case 3:
		set_i(d, raw, exec_sltiu);
		return true;
	case 4:
		set_i(d, raw, exec_xori);
		return true;
	case 6:
		set_i(d, raw, exec_ori);
		return true;
	case 7:
		set_i(d, raw, exec_andi);
		return true;
	case 1:
		if (f6 != 0)
			return false;
		set_i(d, raw, exec_slli);
		d->imm &= 63;
		return true;
	case 5:
		if (f6 != 0 && f6 != 0x10)
			return false;
		set_i(d, raw, f6 ? exec_srai : exec_srli);
		d->imm &= 63;
		return true;
	}
	return false;
}

static bool decode_op_imm32(struct insn *d, uint32_t raw)
{
	unsigned f3 = rv_funct3(raw), f7 = rv_funct7(raw);
	switch (f3) {
	case 0:
		set_i(d, raw, exec_addiw);
		return true;
	case 1:
		if (f7 != 0)
			return false;
		set_i(d, raw, exec_slliw);
		d->imm &= 31;
		return true;
	case 5:
		if (f7 != 0 && f7 != 0x20)
			return false;
		set_i(d, raw, f7 ? exec_sraiw : exec_srliw);
		d->imm &= 31;
		return true;
	}
	return false;
}

static bool decode_op(struct insn *d, uint32_t raw)
{
	static const insn_fn base[8] = {exec_add, exec_sll, exec_slt, exec_sltu,
					exec_xor, exec_srl, exec_or,  exec_and};
	static const insn_fn muldiv[8] = {exec_mul, exec_mulh, exec_mulhsu, exec_mulhu,
					  exec_div, exec_divu, exec_rem,    exec_remu};
	unsigned f3 = rv_funct3(raw), f7 = rv_funct7(raw);
	if (f7 == 0)
		set_r(d, raw, base[f3]);
	else if (f7 == 1)
		set_r(d, raw, muldiv[f3]);
	else if (f7 == 0x20 && f3 == 0)
		set_r(d, raw, exec_sub);
	else if (f7 == 0x20 && f3 == 5)
		set_r(d, raw, exec_sra);
	else
		return false;
	return true;
}

static bool decode_op32(struct insn *d, uint32_t raw)
{
	unsigned f3 = rv_funct3(raw), f7 = rv_funct7(raw);
	insn_fn fn = NULL;
	if (f7 == 0)
		fn = f3 == 0 ? exec_addw : f3 == 1 ? exec_sllw : f3 == 5 ? exec_srlw : NULL;
	else if (f7 == 0x20)
		fn = f3 == 0 ? exec_subw : f3 == 5 ? exec_sraw : NULL;
	else if (f7 == 1)
		fn = f3 == 0   ? exec_mulw
		     : f3 == 4 ? exec_divw
		     : f3 == 5 ? exec_divuw
		     : f3 == 6 ? exec_remw
		     : f3 == 7 ? exec_remuw
			       : NULL;
	if (!fn)
		return false;
	set_r(d, raw, fn);
	return true;
}

bool decode_base(struct insn *d, uint32_t raw)
{
	static const insn_fn loads[8] = {exec_lb,  exec_lh,  exec_lw,  exec_ld,
					 exec_lbu, exec_lhu, exec_lwu, NULL};
	static const insn_fn stores[8] = {exec_sb, exec_sh, exec_sw, exec_sd};
	static const insn_fn branches[8] = {exec_beq, exec_bne, NULL,	   NULL,
					    exec_blt, exec_bge, exec_bltu, exec_bgeu};
	unsigned f3 = rv_funct3(raw);
	switch (raw & 0x7f) {
	case 0x37: /* LUI */
		d->fn = exec_lui;
		d->rd = rv_dest(rv_rd(raw));
		d->imm = rv_imm_u(raw);
		return true;
	case 0x17: /* AUIPC */
		d->fn = exec_auipc;
		d->rd = rv_dest(rv_rd(raw));
		d->imm = rv_imm_u(raw);
		return true;
	case 0x6f: /* JAL */
		d->fn = exec_jal;
		d->rd = rv_dest(rv_rd(raw));
		d->imm = rv_imm_j(raw);
		return true;
	case 0x67: /* JALR */
		if (f3 != 0)
			return false;
		set_i(d, raw, exec_jalr);
		return true;
	case 0x63: /* BRANCH */
		if (!branches[f3])
			return false;
		d->fn = branches[f3];
		d->rs1 = rv_rs1(raw);
		d->rs2 = rv_rs2(raw);
		d->imm = rv_imm_b(raw);
		return true;
	case 0x03: /* LOAD */
		if (!loads[f3])
			return false;
		set_i(d, raw, loads[f3]);
		return true;
	case 0x23: /* STORE */
		if (f3 > 3)
			return false;
		d->fn = stores[f3];
		d->rs1 = rv_rs1(raw);
		d->rs2 = rv_rs2(raw);
		d->imm = rv_imm_s(raw);
		return true;
	case 0x13:
		return decode_op_imm(d, raw);
	case 0x1b:
		return decode_op_imm32(d, raw);
	case 0x33:
		return decode_op(d, raw);
	case 0x3b:
		return decode_op32(d, raw);
	case 0x0f: /* MISC-MEM: FENCE (FENCE.I is decoded with the system insns) */
		if (f3 == 0) {
			/* The host (x86 TSO) only reorders a store before a later
			 * load: only FENCE with W in pred and R in succ needs a
			 * host barrier. */
			bool w_before_r = ((raw >> 24) & 1) && ((raw >> 21) & 1); /* PW, SR */
			d->fn = w_before_r ? exec_fence_full : exec_nop;
			return true;
		}
		return false;
	}
	return false;
}
