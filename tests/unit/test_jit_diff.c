/* Differential test of the CPU engines: random RV64GC programs (traps, self-modifying stores,
 * misaligned and faulting accesses included) run under the interpreter and the JIT must leave
 * identical registers, CSRs, instret and memory. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cpu/block.h"
#include "cpu/csr.h"
#include "cpu/hart.h"
#include "cpu/insn.h"
#include "cpu/jit/jit.h"
#include "vmm/vm.h"
#include "watchdog.h"

/* Guest layout (physical = virtual, M-mode). */
/* The trap handler lives in the last page of the 64 MiB of RAM, out of reach
 * of the programs' stores through x8/x9 (at RAM base, a rare store into it
 * turned it into an illegal instruction trapping to itself, which wastes the
 * rest of the program). A random word may still write mtvec (seed 0x31337,
 * program 69427): the fetch faults then loop, retiring nothing, which ends
 * the run once a check window passes (it once hung there: test_trap_loop). */
#define HANDLER (VM_RAM_BASE + (64u << 20) - 0x1000)
#define CODE (VM_RAM_BASE + 0x1000)
#define DATA (VM_RAM_BASE + 0x8000)
#define PT (VM_RAM_BASE + 0xc000) /* Sv39 tables: root, level 1, level 0 */
#define SPAN 0x10000		  /* compared RAM: handler, code, data, page tables */
#define MAX_WORDS 1024
#define RUN_INSNS 4000 /* instructions per program (loops and trap loops end here) */

/* Deterministic generator (xorshift64*), seeded per program. */
static uint64_t rng_state;
static uint64_t rnd(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dULL;
}
static unsigned rn(unsigned n)
{
	return (unsigned)(rnd() % n);
}

static uint32_t r_type(unsigned f7, unsigned rs2, unsigned rs1, unsigned f3, unsigned rd,
		       unsigned opc)
{
	return f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opc;
}
static uint32_t i_type(int32_t imm, unsigned rs1, unsigned f3, unsigned rd, unsigned opc)
{
	return ((uint32_t)imm & 0xfff) << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opc;
}
static uint32_t s_type(int32_t imm, unsigned rs2, unsigned rs1, unsigned f3, unsigned opc)
{
	uint32_t u = (uint32_t)imm;
	return ((u >> 5) & 0x7f) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | (u & 31) << 7 | opc;
}
static uint32_t b_type(int32_t off, unsigned rs2, unsigned rs1, unsigned f3)
{
	uint32_t u = (uint32_t)off;
	return ((u >> 12) & 1) << 31 | ((u >> 5) & 0x3f) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 |
	       ((u >> 1) & 15) << 8 | ((u >> 11) & 1) << 7 | 0x63;
}
static uint32_t j_type(int32_t off, unsigned rd)
{
	uint32_t u = (uint32_t)off;
	return ((u >> 20) & 1) << 31 | ((u >> 1) & 0x3ff) << 21 | ((u >> 11) & 1) << 20 |
	       ((u >> 12) & 0xff) << 12 | rd << 7 | 0x6f;
}

/* A program: parcels of 16 bits; start offsets of its instructions. */
struct prog {
	uint16_t code[2 * MAX_WORDS];
	unsigned nparcels;
	unsigned starts[MAX_WORDS];
	unsigned ninsns;
	/* Branches and jumps whose target (an instruction index) is fixed up
	 * once every offset is known. */
	struct {
		unsigned at, target;
	} fix[MAX_WORDS];
	unsigned nfix;
};

static void put32(struct prog *p, uint32_t w)
{
	p->starts[p->ninsns++] = p->nparcels;
	p->code[p->nparcels++] = (uint16_t)w;
	p->code[p->nparcels++] = (uint16_t)(w >> 16);
}
static void put16(struct prog *p, uint16_t c)
{
	p->starts[p->ninsns++] = p->nparcels;
	p->code[p->nparcels++] = c;
}

/* A register: mostly a few "hot" ones so values flow between instructions;
 * x8 (data pointer) and x9 (code pointer) are written rarely. */
static unsigned reg(void)
{
	static const unsigned hot[] = {0, 1, 5, 6, 7, 10, 11, 12, 13, 14, 15};
	return rn(4) ? hot[rn(sizeof(hot) / sizeof(hot[0]))] : rn(32);
}
static unsigned dst(void)
{
	unsigned r = reg();
	if ((r == 8 || r == 9) && rn(8))
		r = 10;
	return r;
}
static int32_t simm(unsigned bits)
{
	switch (rn(4)) {
	case 0:
		return (int32_t)rn(9) - 4;
	case 1:
		return -(1 << (bits - 1)) + (int32_t)rn(3);
	default:
		return (int32_t)(rnd() & ((1u << bits) - 1)) - (1 << (bits - 1));
	}
}

/* FP operands: the IEEE special cases (zeros, infinities, quiet and
 * signaling NaNs, subnormals, the extremes, exact powers of two), numbers
 * near 1 (inexact sums and products), near the bottom and the top of the
 * range (underflow, overflow), and as singles mostly NaN-boxed. */
static uint64_t fp_value(void)
{
	static const uint32_t s_special[] = {0x00000000, 0x80000000, 0x3f800000, 0xbf800000,
					     0x7f800000, 0xff800000, 0x7fc00000, 0x7f800001,
					     0xffc00000, 0x7fa00000, 0x00000001, 0x807fffff,
					     0x00800000, 0x7f7fffff, 0x33800000, 0x4b800000};
	static const uint64_t d_special[] = {
	    0x0000000000000000, 0x8000000000000000, 0x3ff0000000000000, 0xbff0000000000000,
	    0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000, 0x7ff0000000000001,
	    0xfff8000000000000, 0x7ff4000000000000, 0x0000000000000001, 0x800fffffffffffff,
	    0x0010000000000000, 0x7fefffffffffffff, 0x3ca0000000000000, 0x4340000000000000};
	static const unsigned s_exp[] = {127, 1, 240};
	static const unsigned d_exp[] = {1023, 1, 2030};
	uint64_t box = rn(8) ? 0xffffffff00000000ULL : rnd() << 32;
	switch (rn(8)) {
	case 0:
	case 1:
		return box | s_special[rn(16)];
	case 2:
	case 3:
		return d_special[rn(16)];
	case 4:
	case 5:
		return box | ((uint32_t)rnd() & 0x807fffffu) |
		       (uint32_t)(s_exp[rn(3)] + rn(16) - 8) << 23;
	case 6:
		return (rnd() & 0x800fffffffffffffULL) | (uint64_t)(d_exp[rn(3)] + rn(16) - 8)
							     << 52;
	default:
		return rnd();
	}
}

/* An FP register: a few hot ones, so results feed later operations. */
static unsigned freg(void)
{
	return rn(4) ? rn(6) : rn(32);
}

/* A valid OP-FP, FMA or FP conversion: the ones the JIT inlines (FADD,
 * FSUB, FMUL, FDIV, FSQRT, FSGNJ*, compares, FMV between register files)
 * and those it leaves to handlers, in every rounding mode (dynamic: frm,
 * maybe invalid; 5 and 6 are reserved, hence illegal). */
static uint32_t gen_fp_op(void)
{
	static const unsigned rms[] = {0, 1, 2, 3, 4, 7, 7, 7, 7, 0, 0, 5, 6};
	unsigned fmt = rn(2), rm = rms[rn(13)], fd = freg(), fs1 = freg(), fs2 = freg();
	switch (rn(13)) {
	case 0:
	case 1:
		return r_type(0x00 | fmt, fs2, fs1, rm, fd, 0x53); /* FADD */
	case 2:
		return r_type(0x04 | fmt, fs2, fs1, rm, fd, 0x53); /* FSUB */
	case 3:
	case 4:
		return r_type(0x08 | fmt, fs2, fs1, rm, fd, 0x53); /* FMUL */
	case 5:
		return r_type(0x0c | fmt, fs2, fs1, rm, fd, 0x53); /* FDIV */
	case 6:
		return r_type(0x2c | fmt, 0, fs1, rm, fd, 0x53); /* FSQRT */
	case 7:
		return r_type(0x10 | fmt, fs2, fs1, rn(3), fd, 0x53); /* FSGNJ, FSGNJN, FSGNJX */
	case 8:
		return r_type(0x50 | fmt, fs2, fs1, rn(3), dst(), 0x53); /* FLE, FLT, FEQ */
	case 9: /* FMV.X.W/D, FCLASS; FMV.W/D.X */
		if (rn(2))
			return r_type(0x70 | fmt, 0, fs1, rn(4) ? 0 : 1, dst(), 0x53);
		return r_type(0x78 | fmt, 0, reg(), 0, fd, 0x53);
	case 10: /* FMIN, FMAX; FCVT.S.D, FCVT.D.S */
		if (rn(2))
			return r_type(0x14 | fmt, fs2, fs1, rn(2), fd, 0x53);
		return r_type(0x20 | fmt, fmt ? 0 : 1, fs1, rm, fd, 0x53);
	case 11: /* FCVT to and from integers */
		if (rn(2))
			return r_type(0x60 | fmt, rn(4), fs1, rm, dst(), 0x53);
		return r_type(0x68 | fmt, rn(4), reg(), rm, fd, 0x53);
	default: /* FMADD, FMSUB, FNMSUB, FNMADD */
		return freg() << 27 | fmt << 25 | fs2 << 20 | fs1 << 15 | rm << 12 | fd << 7 |
		       (0x43 + 4 * rn(4));
	}
}

/* Programs that are mostly floating point (a quarter of them). */
static bool fp_heavy;

/* The rd of the last 32-bit operation (OP-32, OP-IMM-32), or 0: later
 * instructions take it as a source half of the time, so that its result
 * meets every kind of reader (the JIT leaves out its sign extension until
 * a reader needs the upper half: stores, branches, 64-bit operations,
 * moves, exits). */
static unsigned last_w;
static unsigned near_w(unsigned r)
{
	return last_w && rn(2) ? last_w : r;
}

static void gen_insn(struct prog *p, unsigned idx, unsigned total)
{
	static const unsigned op_f7f3[][2] = {
	    {0, 0},    {0x20, 0}, {0, 1},    {0, 2},	{0, 3},	   {0, 4},    {0, 5},	 {0x20, 5},
	    {0, 6},    {0, 7},	  {1, 0},    {1, 1},	{1, 2},	   {1, 3},    {1, 4},	 {1, 5},
	    {1, 6},    {1, 7},	  {0x20, 7}, {0x20, 6}, {0x20, 4}, {0x05, 4}, {0x05, 5}, {0x05, 6},
	    {0x05, 7}, {0x05, 1}, {0x05, 2}, {0x05, 3}, {0x07, 5}, {0x07, 7}, {0x10, 2}, {0x10, 4},
	    {0x10, 6}, {0x30, 1}, {0x30, 5}, {0x24, 1}, {0x24, 5}, {0x14, 1}, {0x34, 1}};
	static const unsigned op32_f7f3[][2] = {
	    {0, 0}, {0x20, 0}, {0, 1}, {0, 5},	  {0x20, 5}, {1, 0},	{1, 4},
	    {1, 5}, {1, 6},    {1, 7}, {0x04, 0}, {0x10, 2}, {0x30, 1}, {0x30, 5}};
	unsigned rd = dst(), rs1 = reg(), rs2 = reg();
	if (fp_heavy && rn(3)) {
		/* loads/stores of FP registers, or valid FP operations */
		if (rn(4) == 0)
			put32(p, rn(2)
				     ? i_type((int32_t)rn(64) - 8, 8, rn(2) ? 2 : 3, freg(), 0x07)
				     : s_type((int32_t)rn(64) - 8, freg(), 8, rn(2) ? 2 : 3, 0x27));
		else
			put32(p, gen_fp_op());
		return;
	}
	switch (rn(20)) {
	case 0:
	case 1:
	case 2: { /* OP */
		const unsigned *c = op_f7f3[rn(sizeof(op_f7f3) / sizeof(op_f7f3[0]))];
		put32(p, r_type(c[0], rs2, near_w(rs1), c[1], rd, 0x33));
		break;
	}
	case 3: { /* OP-32 */
		const unsigned *c = op32_f7f3[rn(sizeof(op32_f7f3) / sizeof(op32_f7f3[0]))];
		put32(p, r_type(c[0], near_w(rs2), near_w(rs1), c[1], rd, 0x3b));
		last_w = rd;
		break;
	}
	case 4:
	case 5: { /* OP-IMM: shifts with the base and the bitmanip funct6 values */
		unsigned f3 = rn(8);
		int32_t imm = simm(12);
		if (f3 == 1 || f3 == 5) {
			static const unsigned f6s[] = {0, 0, 0x10, 0x18, 0x12, 0x0a, 0x1a, 0x18};
			imm = (int32_t)(f6s[rn(8)] << 6 | rn(64));
			if (rn(6) == 0) /* clz/ctz/cpop/sext/orc.b/rev8 */
				imm = (int32_t)(rn(2) ? 0x600 | rn(6) : (rn(2) ? 0x287 : 0x6b8));
		}
		put32(p, i_type(imm, near_w(rs1), f3, rd, 0x13));
		break;
	}
	case 6: { /* OP-IMM-32 */
		static const unsigned f3s[] = {0, 1, 5, 5};
		unsigned f3 = f3s[rn(4)];
		int32_t imm = f3 == 0 ? simm(12) : (int32_t)((rn(2) ? 0x20u : 0u) << 5 | rn(32));
		if (rn(8) == 0)
			imm = (int32_t)(0x080 | rn(64)); /* slli.uw */
		put32(p, i_type(imm, near_w(rs1), f3, rd, 0x1b));
		last_w = rd;
		break;
	}
	case 7: /* LUI / AUIPC */
		put32(p, ((uint32_t)rnd() & 0xfffff000u) | rd << 7 | (rn(2) ? 0x37 : 0x17));
		break;
	case 8:
	case 9: { /* loads: from data, code, or a random register */
		unsigned f3 = rn(7), base = rn(5) < 3 ? 8 : rn(2) ? 9 : reg();
		put32(p, i_type((int32_t)rn(256) - 64, base, f3, rd, 0x03));
		break;
	}
	case 10:
	case 11: { /* stores: to data, to code (self-modifying), or anywhere */
		unsigned base = rn(6) < 4 ? 8 : rn(2) ? 9 : reg();
		int32_t off = base == 9 ? (int32_t)(2 * rn(total + 8)) : (int32_t)rn(256) - 64;
		put32(p, s_type(off, near_w(rs2), base, rn(4), 0x23));
		break;
	}
	case 12: { /* branch, mostly forward, to an instruction boundary */
		static const unsigned f3s[] = {0, 1, 4, 5, 6, 7};
		unsigned target = rn(5) ? idx + 1 + rn(8) : (idx > 8 ? idx - rn(8) : idx + 2);
		if (target > total)
			target = total;
		p->fix[p->nfix].at = p->ninsns;
		p->fix[p->nfix++].target = target;
		put32(p, b_type(0, rs2, near_w(rs1), f3s[rn(6)]));
		break;
	}
	case 13: { /* JAL forward / JALR into the code */
		if (rn(2)) {
			unsigned target = idx + 1 + rn(6);
			if (target > total)
				target = total;
			p->fix[p->nfix].at = p->ninsns;
			p->fix[p->nfix++].target = target;
			put32(p, j_type(0, rn(2) ? 1 : rd));
		} else {
			put32(p, i_type((int32_t)(2 * rn(total)), rn(4) ? 9 : reg(), 0, rd, 0x67));
		}
		break;
	}
	case 14: /* random compressed (reserved ones are illegal) */
		put16(p, (uint16_t)rnd());
		if ((p->code[p->nparcels - 1] & 3) == 3)
			p->code[p->nparcels - 1] &= 0xfffe;
		break;
	case 15: { /* FP: loads/stores through x8, and OP-FP/FMA with random functs */
		unsigned k = rn(4);
		if (k == 0)
			put32(p, i_type((int32_t)rn(64) - 8, 8, rn(2) ? 2 : 3, rd, 0x07));
		else if (k == 1)
			put32(p, s_type((int32_t)rn(64) - 8, rs2, 8, rn(2) ? 2 : 3, 0x27));
		else if (k == 2)
			put32(p, rn(2)
				     ? gen_fp_op()
				     : r_type(rn(128), rs2, rs1, rn(8) < 5 ? rn(5) : 7, rd, 0x53));
		else
			put32(p, rn(32) << 27 | rn(2) << 25 | rs2 << 20 | rs1 << 15 | rn(8) << 12 |
				     rd << 7 | (0x43 + 4 * rn(4)));
		break;
	}
	case 16: { /* AMO / LR / SC through x8 */
		static const unsigned f5s[] = {0, 1, 2, 3, 4, 8, 12, 16, 20, 24, 28};
		unsigned f5 = f5s[rn(11)];
		unsigned rs2v = f5 == 2 ? 0 : rs2;
		put32(p, r_type(f5 << 2 | rn(4), rs2v, rn(8) ? 8 : reg(), rn(2) ? 2 : 3, rd, 0x2f));
		break;
	}
	case 17: { /* CSRs that are the same in both runs; fences; system */
		static const unsigned csrs[] = {0xc00, 0xc02, 0xb00, 0xb02, 0x340, 0x001,
						0x002, 0x003, 0x300, 0x341, 0x343, 0x342};
		unsigned k = rn(6);
		if (k < 3) {
			unsigned csr = csrs[rn(sizeof(csrs) / sizeof(csrs[0]))];
			unsigned f3 = 1 + rn(3) + (rn(2) ? 4 : 0);
			/* Only read mstatus (the handler needs M-mode) and the counters
			 * (a written instret could keep the budget from running out). */
			if (csr == 0x300 || csr >= 0xb00) {
				f3 = 2;
				rs1 = 0;
			}
			put32(p, i_type((int32_t)csr, rs1, f3, rd, 0x73));
		} else if (k == 3) {
			put32(p, rn(2) ? 0x0ff0000f : (rn(2) ? 0x0000100f : 0x8330000f));
		} else if (k == 4) {
			put32(p, rn(2) ? 0x00000073 : 0x00100073); /* ecall, ebreak */
		} else {
			put32(p, (uint32_t)rnd()); /* anything, mostly illegal */
		}
		break;
	}
	case 18: { /* SLLI then SRLI/SRAI of its result: the extension and
		    * bit-field idioms the JIT translates as one (emit_shift_pair) */
		static const unsigned sh[] = {32, 48, 56, 32, 48, 0, 0, 0};
		unsigned s1 = sh[rn(8)], s2 = rn(3) ? s1 : sh[rn(8)];
		if (!s1)
			s1 = rn(2) ? 32 + rn(32) : rn(64);
		if (!s2)
			s2 = rn(2) ? 32 + rn(32) : rn(64);
		put32(p, i_type((int32_t)s1, near_w(rs1), 1, rd, 0x13));
		put32(p, i_type((int32_t)((rn(4) ? 0u : 0x400u) | s2), rd, 5, rd, 0x13));
		break;
	}
	case 19: { /* a load, a few instructions, a store to the same address
		    * (the read-modify-write the JIT pairs: find_pairs) */
		unsigned base = rn(4) ? 8 : reg(), f3 = rn(7);
		int32_t off = (int32_t)rn(256) - 64;
		put32(p, i_type(off, base, f3, rd, 0x03));
		static bool inside; /* no pair within a pair: bounded length */
		for (unsigned n = inside ? 0 : rn(4); n; n--) {
			inside = true;
			gen_insn(p, idx, total);
			inside = false;
		}
		put32(p, s_type(off, rn(2) ? rd : rs2, base, rn(4) ? f3 & 3 : rn(4), 0x23));
		break;
	}
	default: /* plain ADDI/ADD chains */
		if (rn(2))
			put32(p, i_type(rn(4) ? simm(12) : 0, near_w(rs1), 0, rd, 0x13));
		else
			put32(p, r_type(0, rs2, near_w(rs1), 0, rd, 0x33));
		break;
	}
}

static void gen_prog(struct prog *p, unsigned n)
{
	memset(p, 0, sizeof(*p));
	fp_heavy = rn(4) == 0;
	last_w = 0;
	for (unsigned k = 0; k < n; k++)
		gen_insn(p, k, n);
	/* The end: jal x0, 0 (a loop that runs until the instruction budget). */
	put32(p, j_type(0, 0));
	for (unsigned f = 0; f < p->nfix; f++) {
		unsigned at = p->starts[p->fix[f].at];
		int32_t off = (int32_t)(p->starts[p->fix[f].target] - at) * 2;
		uint32_t w = (uint32_t)p->code[at] | (uint32_t)p->code[at + 1] << 16;
		w = (w & 0x7f) == 0x63 ? b_type(off, rv_rs2(w), rv_rs1(w), rv_funct3(w))
				       : j_type(off, rv_rd(w));
		p->code[at] = (uint16_t)w;
		p->code[at + 1] = (uint16_t)(w >> 16);
	}
}

/* The trap handler: skip the trapping instruction (2 or 4 bytes) and return. */
static const uint32_t handler[] = {
    0x34102ff3, /* csrr x31, mepc */
    0x000fdf03, /* lhu x30, 0(x31) */
    0x003f7f13, /* andi x30, x30, 3 */
    0x002f8f93, /* addi x31, x31, 2 */
    0xffdf0f13, /* addi x30, x30, -3 */
    0x000f1463, /* bnez x30, +8 */
    0x002f8f93, /* addi x31, x31, 2 */
    0x341f9073, /* csrw mepc, x31 */
    0x30200073, /* mret */
};

struct run {
	struct vm vm;
};

static void load(struct vm *vm, const struct prog *p, uint64_t seed)
{
	struct hart *h = vm->harts[0];
	uint8_t zero[SPAN];
	memset(zero, 0, sizeof(zero));
	bus_copy_to_guest(&vm->bus, VM_RAM_BASE, zero, SPAN);
	bus_copy_to_guest(&vm->bus, HANDLER, handler, sizeof(handler));
	bus_copy_to_guest(&vm->bus, CODE, p->code, p->nparcels * 2);
	uint64_t data[1024]; /* the data page and the next one */
	rng_state = seed ^ 0x9e3779b97f4a7c15ULL;
	for (unsigned k = 0; k < 1024; k++)
		data[k] = rnd();
	bus_copy_to_guest(&vm->bus, DATA, data, sizeof(data));
	hart_reset(h, CODE);
	bool smode = rn(2);
	/* Random, small, or the values where divisions and shifts have their
	 * special cases (-1, the most negative 64- and 32-bit numbers). */
	static const uint64_t special[] = {~0ull, 1ull << 63, 0xffffffff80000000ull, 0x80000000ull};
	for (unsigned r = 1; r < 32; r++)
		h->x[r] = rn(4) ? rnd() : rn(2) ? rn(64) : special[rn(4)];
	h->x[8] = DATA + 64 + 8 * rn(64);
	h->x[9] = CODE;
	for (unsigned r = 0; r < 32; r++)
		h->f[r] = fp_value();
	h->csr.mtvec = HANDLER;
	/* FS mostly Dirty (SD set, as a CSR write leaves it, or not), else
	 * Clean, Initial or Off; frm mostly valid; fflags clear or not. */
	static const unsigned fs_of[8] = {3, 3, 3, 3, 3, 2, 1, 0};
	unsigned fs = fs_of[rn(8)];
	h->csr.mstatus = (h->csr.mstatus & ~MSTATUS_FS) | (uint64_t)fs << 13;
	if (fs == 3 && rn(4))
		h->csr.mstatus |= 1ULL << 63;
	h->csr.frm = rn(4) ? rn(5) : rn(8);
	h->csr.fflags = rn(2) ? 0 : rn(32);
	h->stop_at_instret = RUN_INSNS;
	if (!smode)
		return;
	/* Half the programs run in S-mode under Sv39, identity-mapped: code
	 * pages RWX, the data page RW (A/D set or not: the walk sets them), the
	 * page after it read-only, no-A/D, execute-only or absent, the rest
	 * absent; x8 sometimes points near the boundary. Traps go to the
	 * M-mode handler (no delegation), whose mret returns to S. */
	enum { V = 1, R = 2, W = 4, X = 8, A = 64, D = 128 };
	uint64_t pt[3][512];
	memset(pt, 0, sizeof(pt));
	pt[0][(VM_RAM_BASE >> 30) & 511] = ((PT + 0x1000) >> 12) << 10 | V;
	pt[1][(VM_RAM_BASE >> 21) & 511] = ((PT + 0x2000) >> 12) << 10 | V;
	for (unsigned pg = 1; pg < 8; pg++)
		pt[2][pg] = ((VM_RAM_BASE >> 12) + pg) << 10 | V | R | W | X | A | D;
	pt[2][8] = ((DATA >> 12) << 10) | V | R | W | (rn(2) ? A | D : 0);
	static const uint64_t next_page[] = {0, V | R | A, V | R | W, V | X | A};
	uint64_t np = next_page[rn(4)];
	pt[2][9] = np ? ((DATA >> 12) + 1) << 10 | np : 0;
	bus_copy_to_guest(&vm->bus, PT, pt, sizeof(pt));
	if (rn(3) == 0)
		h->x[8] = DATA + 0x1000 - 64 + 8 * rn(16);
	h->priv = PRV_S;
	h->csr.satp = (uint64_t)SATP_MODE_SV39 << SATP_MODE_SHIFT | PT >> 12;
	hart_update_mode(h);
	hart_flush_tlb(h);
}

/* The program, and how to run it alone. */
static void print_prog(const struct prog *p, uint64_t seed)
{
	fprintf(stderr, "(JIT_DIFF_SEED=%#llx test_jit_diff 1 runs it alone)\n",
		(unsigned long long)seed);
	fprintf(stderr, "program (16-bit parcels at %#llx):", (unsigned long long)CODE);
	for (unsigned k = 0; k < p->nparcels; k++)
		fprintf(stderr, "%s%04x", k % 16 ? " " : "\n  ", p->code[k]);
	fprintf(stderr, "\n");
}

static int compare(struct vm *a, struct vm *b, uint64_t seed, const struct prog *p)
{
	struct hart *ha = a->harts[0], *hb = b->harts[0];
	char what[64] = "";
	for (unsigned r = 0; r < 32 && !*what; r++) {
		if (ha->x[r] != hb->x[r])
			snprintf(what, sizeof(what), "x%u %#llx vs %#llx", r,
				 (unsigned long long)ha->x[r], (unsigned long long)hb->x[r]);
		else if (ha->f[r] != hb->f[r])
			snprintf(what, sizeof(what), "f%u", r);
	}
	if (!*what && ha->pc != hb->pc)
		snprintf(what, sizeof(what), "pc %#llx vs %#llx", (unsigned long long)ha->pc,
			 (unsigned long long)hb->pc);
	if (!*what && ha->instret != hb->instret)
		snprintf(what, sizeof(what), "instret %llu vs %llu",
			 (unsigned long long)ha->instret, (unsigned long long)hb->instret);
	if (!*what && memcmp(&ha->csr, &hb->csr, sizeof(ha->csr)))
		snprintf(what, sizeof(what), "CSRs (mcause %#llx vs %#llx, mepc %#llx vs %#llx)",
			 (unsigned long long)ha->csr.mcause, (unsigned long long)hb->csr.mcause,
			 (unsigned long long)ha->csr.mepc, (unsigned long long)hb->csr.mepc);
	if (!*what && (ha->priv != hb->priv || ha->resv_valid != hb->resv_valid))
		snprintf(what, sizeof(what), "priv or reservation");
	if (!*what && memcmp(a->bus.ram, b->bus.ram, SPAN))
		snprintf(what, sizeof(what), "memory");
	if (!*what)
		return 0;
	fprintf(stderr, "engines differ for seed %#llx: %s\n", (unsigned long long)seed, what);
	print_prog(p, seed);
	return 1;
}

/* What the watchdog says about the program running when it must end the
 * process (a run that ignored its stop request). */
struct current {
	uint64_t seed;
	const char *engine;
	const struct prog *p;
};
static void dump_current(void *arg)
{
	const struct current *c = arg;
	fprintf(stderr, "seed %#llx under the %s never stopped\n", (unsigned long long)c->seed,
		c->engine);
	print_prog(c->p, c->seed);
}

/* A run the watchdog stopped: it went on far past its budget (a loop that
 * retires nothing). Print where it was and the block there. */
static int overran(struct hart *h, const char *engine, uint64_t seed, const struct prog *p)
{
	fprintf(stderr,
		"seed %#llx under the %s ran more than its budget allows (stopped by the "
		"watchdog at pc %#llx, instret %llu of %u)\n",
		(unsigned long long)seed, engine, (unsigned long long)h->pc,
		(unsigned long long)h->instret, RUN_INSNS);
	h->stop_at_instret = UINT64_MAX; /* no budget: the lookup is all that runs */
	struct block *b = block_lookup(h);
	if (b) {
		fprintf(stderr, "the block at %#llx (%u instructions):", (unsigned long long)b->vpc,
			b->ninsn);
		for (unsigned k = 0; k < b->ninsn; k++)
			fprintf(stderr, "\n  %#llx: %08x",
				(unsigned long long)(b->vpc + b->insns[k].pc_off),
				insn_raw32(&b->insns[k]));
		fprintf(stderr, "\n");
	}
	print_prog(p, seed);
	return 1;
}

int main(int argc, char **argv)
{
#if !defined(__x86_64__)
	printf("the JIT engine exists on x86-64 hosts only\n");
	return 77;
#endif
	/* A bounded count by default; JIT_DIFF_COUNT=N (or argv[1]) runs longer. */
	unsigned long count = 5000;
	const char *env = getenv("JIT_DIFF_COUNT");
	if (argc > 1)
		count = strtoul(argv[1], NULL, 0);
	else if (env)
		count = strtoul(env, NULL, 0);
	uint64_t seed0 =
	    getenv("JIT_DIFF_SEED") ? strtoull(getenv("JIT_DIFF_SEED"), NULL, 0) : 0x5eed0001ULL;
	struct vm_config ci = {
	    .mem_size = 64ULL << 20, .ncpus = 1, .cpu_engine = CPU_ENGINE_INTERP};
	struct vm_config cj = ci;
	cj.cpu_engine = CPU_ENGINE_JIT;
	struct run *a = calloc(1, sizeof(*a)), *b = calloc(1, sizeof(*b));
	CHECK(a && b);
	struct error e = {0};
	CHECK(vm_init(&a->vm, &ci, &e) == 0);
	CHECK(vm_init(&b->vm, &cj, &e) == 0);
	CHECK(b->vm.harts[0]->jit != NULL);
	if (check_failures)
		CHECK_DONE();
	b->vm.harts[0]->jit->hot = 1; /* translate every block, even those that run once */
	/* Choose the fixed mapping anew at every periodic check (once or
	 * twice per program) from the block found there, so that programs
	 * run under many mappings (each a flush), not only the default. */
	b->vm.harts[0]->jit->map_sample_every = 1;
	b->vm.harts[0]->jit->map_decide_every = 1;
	b->vm.harts[0]->jit->map_confirm = 1;
	static struct prog p;
	/* A program runs RUN_INSNS instructions, well under a millisecond; one
	 * still running after JIT_DIFF_WATCHDOG seconds (10 by default) never
	 * reaches its budget, a bug to report rather than a hang. */
	static struct watchdog wd;
	static struct current cur = {.p = &p};
	unsigned wd_seconds = getenv("JIT_DIFF_WATCHDOG")
				  ? (unsigned)strtoul(getenv("JIT_DIFF_WATCHDOG"), NULL, 0)
				  : 10;
	CHECK(watchdog_start(&wd, wd_seconds ? wd_seconds : 1, dump_current, &cur) == 0);
	unsigned long diffs = 0, page_faults = 0, in_s = 0;
	uint64_t blocks = 0, insns = 0;
	for (unsigned long n = 0; n < count && diffs < 3; n++) {
		uint64_t seed = seed0 + n;
		rng_state = seed * 0x9e3779b97f4a7c15ULL + 1;
		gen_prog(&p, 8 + rn(120));
		load(&a->vm, &p, seed);
		load(&b->vm, &p, seed);
		cur.seed = seed;
		cur.engine = "interpreter";
		watchdog_arm(&wd, a->vm.harts[0]);
		hart_run(a->vm.harts[0]);
		if (watchdog_disarm(&wd)) {
			diffs += (unsigned long)overran(a->vm.harts[0], cur.engine, seed, &p);
			continue;
		}
		uint64_t before = b->vm.harts[0]->jit->stat_translated;
		cur.engine = "JIT";
		watchdog_arm(&wd, b->vm.harts[0]);
		hart_run(b->vm.harts[0]);
		if (watchdog_disarm(&wd)) {
			diffs += (unsigned long)overran(b->vm.harts[0], cur.engine, seed, &p);
			continue;
		}
		blocks += b->vm.harts[0]->jit->stat_translated - before;
		/* a program may write minstret (a random CSR write): count at
		 * most its budget, so that one such program does not make the
		 * total meaningless */
		uint64_t ran = a->vm.harts[0]->instret;
		insns += ran < 2 * RUN_INSNS ? ran : 2 * RUN_INSNS;
		diffs += (unsigned long)compare(&a->vm, &b->vm, seed, &p);
		uint64_t cause = a->vm.harts[0]->csr.mcause;
		page_faults +=
		    cause == EXC_INSN_PAGE || cause == EXC_LOAD_PAGE || cause == EXC_STORE_PAGE;
		in_s += a->vm.harts[0]->priv == PRV_S;
	}
	printf("%lu programs (%lu ending in S-mode, %lu whose last trap was a page fault), %llu "
	       "blocks translated, %llu instructions, %llu register remaps, %lu differences\n",
	       count, in_s, page_faults, (unsigned long long)blocks, (unsigned long long)insns,
	       (unsigned long long)b->vm.harts[0]->jit->stat_remaps, diffs);
	/* The mapping did change: programs ran under others than the default. */
	CHECK(count < 100 || b->vm.harts[0]->jit->stat_remaps > count / 10);
	CHECK(diffs == 0);
	watchdog_stop(&wd);
	vm_destroy(&a->vm);
	vm_destroy(&b->vm);
	CHECK_DONE();
}
