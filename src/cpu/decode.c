/* Instruction decode dispatch: picks the decoder of each instruction group. */
#include "cpu/insn.h"

void decode_insn(struct insn *d, uint32_t raw)
{
	bool ok = false;
	switch (raw & 0x7f) {
	case 0x13:
	case 0x1b:
	case 0x33:
	case 0x3b:
		/* Bitmanip and Zicond share these opcodes; their encodings never
		 * overlap base/M (funct7 0000001 is M; Zbc/Zicond use 0000101/0000111). */
		ok = decode_bitmanip(d, raw) || decode_base(d, raw);
		break;
	case 0x2f:
		ok = decode_atomic(d, raw);
		break;
	case 0x07:
	case 0x27:
	case 0x43:
	case 0x47:
	case 0x4b:
	case 0x4f:
	case 0x53:
		ok = decode_fp(d, raw);
		break;
	case 0x73:
		ok = decode_system(d, raw);
		break;
	case 0x0f:
		ok = decode_base(d, raw) || decode_system(d, raw);
		break;
	default:
		ok = decode_base(d, raw);
		break;
	}
	if (!ok)
		d->fn = insn_illegal_fn();
}

bool insn_ends_block(const struct insn *d)
{
	if (d->fn == insn_illegal_fn())
		return true;
	uint32_t raw = d->raw; /* the 32-bit form (RVC expanded) */
	switch (raw & 0x7f) {
	case 0x6f: /* JAL */
	case 0x67: /* JALR */
		return true;
	case 0x73: /* SYSTEM: xRET, ECALL, WFI, SFENCE; CSR ops leave on their own */
		return rv_funct3(raw) == 0;
	case 0x0f: /* FENCE.I */
		return rv_funct3(raw) == 1;
	}
	return false;
}
