/* Zba, Zbb, Zbc, Zbs and Zicond: decode and execute. */
#include "cpu/insn.h"

#define DEF(name) static const struct insn *exec_##name(struct hart *h, const struct insn *i)
#define RD h->x[i->rd]
#define RS1 h->x[i->rs1]
#define RS2 h->x[i->rs2]
#define SH (i->imm)
#define SEXT32(v) ((uint64_t)(int64_t)(int32_t)(v))
#define OP(name, expr)                                                                             \
	DEF(name)                                                                                  \
	{                                                                                          \
		RD = (expr);                                                                       \
		NEXT(h, i);                                                                        \
	}

static inline uint64_t ror64(uint64_t v, unsigned s)
{
	s &= 63;
	return s ? (v >> s) | (v << (64 - s)) : v;
}
static inline uint32_t ror32(uint32_t v, unsigned s)
{
	s &= 31;
	return s ? (v >> s) | (v << (32 - s)) : v;
}
static inline uint64_t orc_b(uint64_t v)
{
	uint64_t r = 0;
	for (int k = 0; k < 8; k++)
		if ((v >> (8 * k)) & 0xff)
			r |= 0xffULL << (8 * k);
	return r;
}

/* Carry-less products of a and b: the low 64 bits of the 128-bit product
 * (clmul), bits 127..64 (clmulh) and bits 126..63 (clmulr). One shift-xor
 * per set bit of b: Linux's CRC code uses these when Zbc is advertised. */
static inline uint64_t clmul(uint64_t a, uint64_t b)
{
	uint64_t r = 0;
	for (; b; b &= b - 1)
		r ^= a << __builtin_ctzll(b);
	return r;
}
static inline uint64_t clmulh(uint64_t a, uint64_t b)
{
	uint64_t r = 0;
	for (b &= ~1ULL; b; b &= b - 1) /* bit 0 adds nothing above bit 63 */
		r ^= a >> (64 - __builtin_ctzll(b));
	return r;
}
static inline uint64_t clmulr(uint64_t a, uint64_t b)
{
	uint64_t r = 0;
	for (; b; b &= b - 1)
		r ^= a >> (63 - __builtin_ctzll(b));
	return r;
}

/* Zba */
OP(add_uw, (uint64_t)(uint32_t)RS1 + RS2)
OP(sh1add, (RS1 << 1) + RS2)
OP(sh2add, (RS1 << 2) + RS2)
OP(sh3add, (RS1 << 3) + RS2)
OP(sh1add_uw, ((uint64_t)(uint32_t)RS1 << 1) + RS2)
OP(sh2add_uw, ((uint64_t)(uint32_t)RS1 << 2) + RS2)
OP(sh3add_uw, ((uint64_t)(uint32_t)RS1 << 3) + RS2)
OP(slli_uw, (uint64_t)(uint32_t)RS1 << SH)
/* Zbb */
OP(andn, RS1 & ~RS2)
OP(orn, RS1 | ~RS2)
OP(xnor, ~(RS1 ^ RS2))
OP(clz, RS1 ? (uint64_t)__builtin_clzll(RS1) : 64)
OP(ctz, RS1 ? (uint64_t)__builtin_ctzll(RS1) : 64)
OP(cpop, (uint64_t)__builtin_popcountll(RS1))
OP(clzw, (uint32_t)RS1 ? (uint64_t)__builtin_clz((uint32_t)RS1) : 32)
OP(ctzw, (uint32_t)RS1 ? (uint64_t)__builtin_ctz((uint32_t)RS1) : 32)
OP(cpopw, (uint64_t)__builtin_popcount((uint32_t)RS1))
OP(max, (int64_t)RS1 > (int64_t)RS2 ? RS1 : RS2)
OP(maxu, RS1 > RS2 ? RS1 : RS2)
OP(min, (int64_t)RS1 < (int64_t)RS2 ? RS1 : RS2)
OP(minu, RS1 < RS2 ? RS1 : RS2)
OP(sext_b, (uint64_t)(int64_t)(int8_t)RS1)
OP(sext_h, (uint64_t)(int64_t)(int16_t)RS1)
OP(zext_h, (uint64_t)(uint16_t)RS1)
OP(rol, ror64(RS1, (unsigned)(64 - (RS2 & 63))))
OP(ror, ror64(RS1, (unsigned)RS2))
OP(rori, ror64(RS1, (unsigned)SH))
OP(rolw, SEXT32(ror32((uint32_t)RS1, (unsigned)(32 - (RS2 & 31)))))
OP(rorw, SEXT32(ror32((uint32_t)RS1, (unsigned)RS2)))
OP(roriw, SEXT32(ror32((uint32_t)RS1, (unsigned)SH)))
OP(orcb, orc_b(RS1))
OP(rev8, __builtin_bswap64(RS1))
/* Zbs */
OP(bclr, RS1 & ~(1ULL << (RS2 & 63)))
OP(bclri, RS1 & ~(1ULL << SH))
OP(bext, (RS1 >> (RS2 & 63)) & 1)
OP(bexti, (RS1 >> SH) & 1)
OP(binv, RS1 ^ (1ULL << (RS2 & 63)))
OP(binvi, RS1 ^ (1ULL << SH))
OP(bset, RS1 | (1ULL << (RS2 & 63)))
OP(bseti, RS1 | (1ULL << SH))
/* Zbc */
OP(clmul, clmul(RS1, RS2))
OP(clmulh, clmulh(RS1, RS2))
OP(clmulr, clmulr(RS1, RS2))
/* Zicond */
OP(czero_eqz, RS2 == 0 ? 0 : RS1)
OP(czero_nez, RS2 != 0 ? 0 : RS1)

static bool set(struct insn *d, uint32_t raw, insn_fn fn, int shamt)
{
	d->fn = fn;
	d->rd = rv_dest(rv_rd(raw));
	d->rs1 = rv_rs1(raw);
	d->rs2 = rv_rs2(raw);
	d->imm = shamt;
	return true;
}

bool decode_bitmanip(struct insn *d, uint32_t raw)
{
	unsigned op = raw & 0x7f, f3 = rv_funct3(raw), f7 = rv_funct7(raw);
	unsigned imm12 = raw >> 20, f6 = raw >> 26, shamt = (raw >> 20) & 63;
	switch (op) {
	case 0x33: /* OP */
		switch (f7 << 3 | f3) {
		case 0x10 << 3 | 2:
			return set(d, raw, exec_sh1add, 0);
		case 0x10 << 3 | 4:
			return set(d, raw, exec_sh2add, 0);
		case 0x10 << 3 | 6:
			return set(d, raw, exec_sh3add, 0);
		case 0x20 << 3 | 7:
			return set(d, raw, exec_andn, 0);
		case 0x20 << 3 | 6:
			return set(d, raw, exec_orn, 0);
		case 0x20 << 3 | 4:
			return set(d, raw, exec_xnor, 0);
		case 0x05 << 3 | 6:
			return set(d, raw, exec_max, 0);
		case 0x05 << 3 | 7:
			return set(d, raw, exec_maxu, 0);
		case 0x05 << 3 | 4:
			return set(d, raw, exec_min, 0);
		case 0x05 << 3 | 5:
			return set(d, raw, exec_minu, 0);
		case 0x30 << 3 | 1:
			return set(d, raw, exec_rol, 0);
		case 0x30 << 3 | 5:
			return set(d, raw, exec_ror, 0);
		case 0x24 << 3 | 1:
			return set(d, raw, exec_bclr, 0);
		case 0x24 << 3 | 5:
			return set(d, raw, exec_bext, 0);
		case 0x34 << 3 | 1:
			return set(d, raw, exec_binv, 0);
		case 0x14 << 3 | 1:
			return set(d, raw, exec_bset, 0);
		case 0x05 << 3 | 1:
			return set(d, raw, exec_clmul, 0);
		case 0x05 << 3 | 3:
			return set(d, raw, exec_clmulh, 0);
		case 0x05 << 3 | 2:
			return set(d, raw, exec_clmulr, 0);
		case 0x07 << 3 | 5:
			return set(d, raw, exec_czero_eqz, 0);
		case 0x07 << 3 | 7:
			return set(d, raw, exec_czero_nez, 0);
		}
		return false;
	case 0x3b: /* OP-32 */
		switch (f7 << 3 | f3) {
		case 0x04 << 3 | 0:
			return set(d, raw, exec_add_uw, 0);
		case 0x10 << 3 | 2:
			return set(d, raw, exec_sh1add_uw, 0);
		case 0x10 << 3 | 4:
			return set(d, raw, exec_sh2add_uw, 0);
		case 0x10 << 3 | 6:
			return set(d, raw, exec_sh3add_uw, 0);
		case 0x30 << 3 | 1:
			return set(d, raw, exec_rolw, 0);
		case 0x30 << 3 | 5:
			return set(d, raw, exec_rorw, 0);
		case 0x04 << 3 | 4:
			return rv_rs2(raw) == 0 && set(d, raw, exec_zext_h, 0);
		}
		return false;
	case 0x13: /* OP-IMM */
		if (f3 == 1) {
			switch (imm12) {
			case 0x600:
				return set(d, raw, exec_clz, 0);
			case 0x601:
				return set(d, raw, exec_ctz, 0);
			case 0x602:
				return set(d, raw, exec_cpop, 0);
			case 0x604:
				return set(d, raw, exec_sext_b, 0);
			case 0x605:
				return set(d, raw, exec_sext_h, 0);
			}
			switch (f6) {
			case 0x12:
				return set(d, raw, exec_bclri, (int)shamt);
			case 0x1a:
				return set(d, raw, exec_binvi, (int)shamt);
			case 0x0a:
				return set(d, raw, exec_bseti, (int)shamt);
			}
		} else if (f3 == 5) {
			if (imm12 == 0x287)
				return set(d, raw, exec_orcb, 0);
			if (imm12 == 0x6b8)
				return set(d, raw, exec_rev8, 0);
			switch (f6) {
			case 0x18:
				return set(d, raw, exec_rori, (int)shamt);
			case 0x12:
				return set(d, raw, exec_bexti, (int)shamt);
			}
		}
		return false;
	case 0x1b: /* OP-IMM-32 */
		if (f3 == 1) {
			switch (imm12) {
			case 0x600:
				return set(d, raw, exec_clzw, 0);
			case 0x601:
				return set(d, raw, exec_ctzw, 0);
			case 0x602:
				return set(d, raw, exec_cpopw, 0);
			}
			if (f6 == 0x02)
				return set(d, raw, exec_slli_uw, (int)shamt);
		} else if (f3 == 5 && f7 == 0x30) {
			return set(d, raw, exec_roriw, (int)(shamt & 31));
		}
		return false;
	}
	return false;
}
