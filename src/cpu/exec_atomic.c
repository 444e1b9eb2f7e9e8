/* A extension: LR/SC and AMOs, atomic across vCPU threads via host atomics. */
#include "cpu/insn.h"

#define DEF(name) static const struct insn *exec_##name(struct hart *h, const struct insn *i)
#define SEXT32(v) ((uint64_t)(int64_t)(int32_t)(v))

/* LR records the physical address and the value read; SC succeeds when the
 * reservation is held and memory still holds that value (compare-and-swap),
 * which makes LR/SC atomic against other harts. */
#define LR(name, T, ext)                                                                           \
	DEF(name)                                                                                  \
	{                                                                                          \
		void *p;                                                                           \
		uint64_t pa, tval;                                                                 \
		int c = mem_amo_ptr(h, h->x[i->rs1], sizeof(T), true, &p, &pa, &tval);             \
		if (c)                                                                             \
			return insn_trap(h, i, (uint64_t)c, tval);                                 \
		T v = __atomic_load_n((T *)p, __ATOMIC_SEQ_CST);                                   \
		h->resv_valid = true;                                                              \
		h->resv_addr = pa;                                                                 \
		h->resv_value = v;                                                                 \
		h->x[i->rd] = ext(v);                                                              \
		NEXT(h, i);                                                                        \
	}

#define SC(name, T)                                                                                \
	DEF(name)                                                                                  \
	{                                                                                          \
		void *p;                                                                           \
		uint64_t pa, tval;                                                                 \
		int c = mem_amo_ptr(h, h->x[i->rs1], sizeof(T), false, &p, &pa, &tval);            \
		if (c)                                                                             \
			return insn_trap(h, i, (uint64_t)c, tval);                                 \
		bool ok = false;                                                                   \
		if (h->resv_valid && h->resv_addr == pa) {                                         \
			T expected = (T)h->resv_value;                                             \
			ok =                                                                       \
			    __atomic_compare_exchange_n((T *)p, &expected, (T)h->x[i->rs2], false, \
							__ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);       \
		}                                                                                  \
		h->resv_valid = false;                                                             \
		h->x[i->rd] = !ok;                                                                 \
		NEXT(h, i);                                                                        \
	}

#define ZEXT(v) ((uint64_t)(v))
LR(lr_w, uint32_t, SEXT32)
LR(lr_d, uint64_t, ZEXT)
SC(sc_w, uint32_t)
SC(sc_d, uint64_t)

/* AMOs whose operation the host has as one atomic instruction. */
#define AMO_BUILTIN(name, T, ext, builtin)                                                         \
	DEF(name)                                                                                  \
	{                                                                                          \
		void *p;                                                                           \
		uint64_t pa, tval;                                                                 \
		int c = mem_amo_ptr(h, h->x[i->rs1], sizeof(T), false, &p, &pa, &tval);            \
		if (c)                                                                             \
			return insn_trap(h, i, (uint64_t)c, tval);                                 \
		T old = builtin((T *)p, (T)h->x[i->rs2], __ATOMIC_SEQ_CST);                        \
		h->x[i->rd] = ext(old);                                                            \
		NEXT(h, i);                                                                        \
	}

/* min/max: a compare-and-swap loop. */
#define AMO_CAS(name, T, ext, op)                                                                  \
	DEF(name)                                                                                  \
	{                                                                                          \
		void *p;                                                                           \
		uint64_t pa, tval;                                                                 \
		int c = mem_amo_ptr(h, h->x[i->rs1], sizeof(T), false, &p, &pa, &tval);            \
		if (c)                                                                             \
			return insn_trap(h, i, (uint64_t)c, tval);                                 \
		T src = (T)h->x[i->rs2];                                                           \
		T old = __atomic_load_n((T *)p, __ATOMIC_SEQ_CST);                                 \
		T nv;                                                                              \
		do {                                                                               \
			nv = op(old, src);                                                         \
		} while (!__atomic_compare_exchange_n((T *)p, &old, nv, true, __ATOMIC_SEQ_CST,    \
						      __ATOMIC_SEQ_CST));                          \
		h->x[i->rd] = ext(old);                                                            \
		NEXT(h, i);                                                                        \
	}

#define SMIN32(a, b) ((int32_t)(a) < (int32_t)(b) ? (a) : (b))
#define SMAX32(a, b) ((int32_t)(a) > (int32_t)(b) ? (a) : (b))
#define SMIN64(a, b) ((int64_t)(a) < (int64_t)(b) ? (a) : (b))
#define SMAX64(a, b) ((int64_t)(a) > (int64_t)(b) ? (a) : (b))
#define UMIN(a, b) ((a) < (b) ? (a) : (b))
#define UMAX(a, b) ((a) > (b) ? (a) : (b))

AMO_BUILTIN(amoswap_w, uint32_t, SEXT32, __atomic_exchange_n)
AMO_BUILTIN(amoadd_w, uint32_t, SEXT32, __atomic_fetch_add)
AMO_BUILTIN(amoxor_w, uint32_t, SEXT32, __atomic_fetch_xor)
AMO_BUILTIN(amoand_w, uint32_t, SEXT32, __atomic_fetch_and)
AMO_BUILTIN(amoor_w, uint32_t, SEXT32, __atomic_fetch_or)
AMO_CAS(amomin_w, uint32_t, SEXT32, SMIN32)
AMO_CAS(amomax_w, uint32_t, SEXT32, SMAX32)
AMO_CAS(amominu_w, uint32_t, SEXT32, UMIN)
AMO_CAS(amomaxu_w, uint32_t, SEXT32, UMAX)
AMO_BUILTIN(amoswap_d, uint64_t, ZEXT, __atomic_exchange_n)
AMO_BUILTIN(amoadd_d, uint64_t, ZEXT, __atomic_fetch_add)
AMO_BUILTIN(amoxor_d, uint64_t, ZEXT, __atomic_fetch_xor)
AMO_BUILTIN(amoand_d, uint64_t, ZEXT, __atomic_fetch_and)
AMO_BUILTIN(amoor_d, uint64_t, ZEXT, __atomic_fetch_or)
AMO_CAS(amomin_d, uint64_t, ZEXT, SMIN64)
AMO_CAS(amomax_d, uint64_t, ZEXT, SMAX64)
AMO_CAS(amominu_d, uint64_t, ZEXT, UMIN)
AMO_CAS(amomaxu_d, uint64_t, ZEXT, UMAX)

bool decode_atomic(struct insn *d, uint32_t raw)
{
	/* funct5 -> handler, for .w and .d */
	static const insn_fn w[32] = {
	    [0x00] = exec_amoadd_w,  [0x01] = exec_amoswap_w, [0x02] = exec_lr_w,
	    [0x03] = exec_sc_w,	     [0x04] = exec_amoxor_w,  [0x08] = exec_amoor_w,
	    [0x0c] = exec_amoand_w,  [0x10] = exec_amomin_w,  [0x14] = exec_amomax_w,
	    [0x18] = exec_amominu_w, [0x1c] = exec_amomaxu_w,
	};
	static const insn_fn dw[32] = {
	    [0x00] = exec_amoadd_d,  [0x01] = exec_amoswap_d, [0x02] = exec_lr_d,
	    [0x03] = exec_sc_d,	     [0x04] = exec_amoxor_d,  [0x08] = exec_amoor_d,
	    [0x0c] = exec_amoand_d,  [0x10] = exec_amomin_d,  [0x14] = exec_amomax_d,
	    [0x18] = exec_amominu_d, [0x1c] = exec_amomaxu_d,
	};
	unsigned f3 = rv_funct3(raw), f5 = raw >> 27;
	insn_fn fn = f3 == 2 ? w[f5] : f3 == 3 ? dw[f5] : NULL;
	if (!fn)
		return false;
	if (f5 == 0x02 && rv_rs2(raw) != 0)
		return false; /* LR with rs2 != 0 is reserved */
	d->fn = fn;
	d->rd = rv_dest(rv_rd(raw));
	d->rs1 = rv_rs1(raw);
	d->rs2 = rv_rs2(raw);
	d->rm = (raw >> 25) & 3; /* aq, rl: host atomics are sequentially consistent */
	return true;
}
