/* RV64C: expansion of 16-bit instructions into their 32-bit equivalents. */
#include "cpu/insn.h"

static inline uint32_t bits(uint32_t v, unsigned hi, unsigned lo)
{
	return (v >> lo) & ((1u << (hi - lo + 1)) - 1);
}

static uint32_t enc_i(int32_t imm, unsigned rs1, unsigned f3, unsigned rd, unsigned op)
{
	return ((uint32_t)imm & 0xfff) << 20 | rs1 << 15 | f3 << 12 | rd << 7 | op;
}

static uint32_t enc_s(int32_t imm, unsigned rs2, unsigned rs1, unsigned f3, unsigned op)
{
	uint32_t u = (uint32_t)imm;
	return bits(u, 11, 5) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | bits(u, 4, 0) << 7 | op;
}

static uint32_t enc_b(int32_t imm, unsigned rs2, unsigned rs1, unsigned f3)
{
	uint32_t u = (uint32_t)imm;
	return bits(u, 12, 12) << 31 | bits(u, 10, 5) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 |
	       bits(u, 4, 1) << 8 | bits(u, 11, 11) << 7 | 0x63;
}

static uint32_t enc_j(int32_t imm, unsigned rd)
{
	uint32_t u = (uint32_t)imm;
	return bits(u, 20, 20) << 31 | bits(u, 10, 1) << 21 | bits(u, 11, 11) << 20 |
	       bits(u, 19, 12) << 12 | rd << 7 | 0x6f;
}

static uint32_t enc_r(unsigned f7, unsigned rs2, unsigned rs1, unsigned f3, unsigned rd,
		      unsigned op)
{
	return f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | op;
}

static int32_t sext(uint32_t v, unsigned width)
{
	return rv_sext(v, width);
}

uint32_t rvc_expand(uint16_t c)
{
	unsigned op = c & 3, f3 = bits(c, 15, 13);
	unsigned rd = bits(c, 11, 7), rs2 = bits(c, 6, 2);
	unsigned rdp = bits(c, 4, 2) + 8, rs1p = bits(c, 9, 7) + 8;
	/* Common offsets. */
	uint32_t uimm_d = bits(c, 12, 10) << 3 | bits(c, 6, 5) << 6; /* C.LD/SD/FLD/FSD */
	uint32_t uimm_w =
	    bits(c, 12, 10) << 3 | bits(c, 6, 6) << 2 | bits(c, 5, 5) << 6; /* C.LW/SW */
	int32_t imm6 = sext(bits(c, 12, 12) << 5 | bits(c, 6, 2), 6);

	if (op == 0) {
		switch (f3) {
		case 0: { /* C.ADDI4SPN */
			uint32_t nz = bits(c, 12, 11) << 4 | bits(c, 10, 7) << 6 |
				      bits(c, 6, 6) << 2 | bits(c, 5, 5) << 3;
			if (nz == 0)
				return 0;
			return enc_i((int32_t)nz, 2, 0, rdp, 0x13);
		}
		case 1:
			return enc_i((int32_t)uimm_d, rs1p, 3, rdp, 0x07); /* C.FLD */
		case 2:
			return enc_i((int32_t)uimm_w, rs1p, 2, rdp, 0x03); /* C.LW */
		case 3:
			return enc_i((int32_t)uimm_d, rs1p, 3, rdp, 0x03); /* C.LD */
		case 5:
			return enc_s((int32_t)uimm_d, rdp, rs1p, 3, 0x27); /* C.FSD */
		case 6:
			return enc_s((int32_t)uimm_w, rdp, rs1p, 2, 0x23); /* C.SW */
		case 7:
			return enc_s((int32_t)uimm_d, rdp, rs1p, 3, 0x23); /* C.SD */
		}
		return 0;
	}
	if (op == 1) {
		switch (f3) {
		case 0:
			return enc_i(imm6, rd, 0, rd, 0x13); /* C.ADDI, C.NOP */
		case 1:					     /* C.ADDIW */
			if (rd == 0)
				return 0;
			return enc_i(imm6, rd, 0, rd, 0x1b);
		case 2:
			return enc_i(imm6, 0, 0, rd, 0x13); /* C.LI */
		case 3:
			if (rd == 2) { /* C.ADDI16SP */
				int32_t nz = sext(bits(c, 12, 12) << 9 | bits(c, 6, 6) << 4 |
						      bits(c, 5, 5) << 6 | bits(c, 4, 3) << 7 |
						      bits(c, 2, 2) << 5,
						  10);
				if (nz == 0)
					return 0;
				return enc_i(nz, 2, 0, 2, 0x13);
			}
			/* C.LUI */
			if (imm6 == 0)
				return 0;
			return ((uint32_t)imm6 << 12) | rd << 7 | 0x37;
		case 4: {
			unsigned f2 = bits(c, 11, 10);
			uint32_t shamt = bits(c, 12, 12) << 5 | bits(c, 6, 2);
			switch (f2) {
			case 0:
				return enc_i((int32_t)shamt, rs1p, 5, rs1p, 0x13); /* C.SRLI */
			case 1:
				return enc_i((int32_t)(shamt | 0x400), rs1p, 5, rs1p,
					     0x13); /* C.SRAI */
			case 2:
				return enc_i(imm6, rs1p, 7, rs1p, 0x13); /* C.ANDI */
			}
			unsigned sel = bits(c, 6, 5);
			if (!bits(c, 12, 12)) {
				static const unsigned f3s[4] = {0, 4, 6, 7};
				return enc_r(sel == 0 ? 0x20 : 0, rdp, rs1p, f3s[sel], rs1p, 0x33);
			}
			if (sel == 0) /* C.SUBW */
				return enc_r(0x20, rdp, rs1p, 0, rs1p, 0x3b);
			if (sel == 1) /* C.ADDW */
				return enc_r(0, rdp, rs1p, 0, rs1p, 0x3b);
			return 0;
		}
		case 5: { /* C.J */
			int32_t off = sext(bits(c, 12, 12) << 11 | bits(c, 11, 11) << 4 |
					       bits(c, 10, 9) << 8 | bits(c, 8, 8) << 10 |
					       bits(c, 7, 7) << 6 | bits(c, 6, 6) << 7 |
					       bits(c, 5, 3) << 1 | bits(c, 2, 2) << 5,
					   12);
			return enc_j(off, 0);
		}
		case 6:
		case 7: { /* C.BEQZ, C.BNEZ */
			int32_t off =
			    sext(bits(c, 12, 12) << 8 | bits(c, 11, 10) << 3 | bits(c, 6, 5) << 6 |
				     bits(c, 4, 3) << 1 | bits(c, 2, 2) << 5,
				 9);
			return enc_b(off, 0, rs1p, f3 == 6 ? 0 : 1);
		}
		}
		return 0;
	}
	if (op == 2) {
		switch (f3) {
		case 0: { /* C.SLLI */
			uint32_t shamt = bits(c, 12, 12) << 5 | bits(c, 6, 2);
			return enc_i((int32_t)shamt, rd, 1, rd, 0x13);
		}
		case 1: { /* C.FLDSP */
			uint32_t off =
			    bits(c, 12, 12) << 5 | bits(c, 6, 5) << 3 | bits(c, 4, 2) << 6;
			return enc_i((int32_t)off, 2, 3, rd, 0x07);
		}
		case 2: { /* C.LWSP */
			if (rd == 0)
				return 0;
			uint32_t off =
			    bits(c, 12, 12) << 5 | bits(c, 6, 4) << 2 | bits(c, 3, 2) << 6;
			return enc_i((int32_t)off, 2, 2, rd, 0x03);
		}
		case 3: { /* C.LDSP */
			if (rd == 0)
				return 0;
			uint32_t off =
			    bits(c, 12, 12) << 5 | bits(c, 6, 5) << 3 | bits(c, 4, 2) << 6;
			return enc_i((int32_t)off, 2, 3, rd, 0x03);
		}
		case 4:
			if (!bits(c, 12, 12)) {
				if (rs2 == 0) { /* C.JR */
					if (rd == 0)
						return 0;
					return enc_i(0, rd, 0, 0, 0x67);
				}
				return enc_r(0, rs2, 0, 0, rd, 0x33); /* C.MV */
			}
			if (rs2 == 0) {
				if (rd == 0)
					return 0x00100073;	 /* C.EBREAK */
				return enc_i(0, rd, 0, 1, 0x67); /* C.JALR */
			}
			return enc_r(0, rs2, rd, 0, rd, 0x33); /* C.ADD */
		case 5: {				       /* C.FSDSP */
			uint32_t off = bits(c, 12, 10) << 3 | bits(c, 9, 7) << 6;
			return enc_s((int32_t)off, rs2, 2, 3, 0x27);
		}
		case 6: { /* C.SWSP */
			uint32_t off = bits(c, 12, 9) << 2 | bits(c, 8, 7) << 6;
			return enc_s((int32_t)off, rs2, 2, 2, 0x23);
		}
		case 7: { /* C.SDSP */
			uint32_t off = bits(c, 12, 10) << 3 | bits(c, 9, 7) << 6;
			return enc_s((int32_t)off, rs2, 2, 3, 0x23);
		}
		}
	}
	return 0;
}
