/* The sandbox's seccomp-bpf programs, built by hand from an allow-list:
 * a binary search over syscall numbers (runs of them as ranges), hot
 * calls first. */
#include "vmm/sandbox_bpf.h"

#include <errno.h>
#include <linux/audit.h>
#include <linux/seccomp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__)
#define THIS_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define THIS_ARCH AUDIT_ARCH_AARCH64
#else
#error "the sandbox's filters name this architecture's audit value"
#endif

/* x32 calls reach an x86-64 filter as AUDIT_ARCH_X86_64 with this bit set
 * in their number: another system call table, denied outright. */
#define X32_SYSCALL_BIT 0x40000000u

#define NR_OFF offsetof(struct seccomp_data, nr)
#define ARCH_OFF offsetof(struct seccomp_data, arch)
/* The two 32-bit halves of args[k] (little-endian hosts only). */
#define ARG_LO(k) (offsetof(struct seccomp_data, args) + 8 * (k))
#define ARG_HI(k) (ARG_LO(k) + 4)
_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "argument halves assume little-endian");

/* A leaf of the search tree tests up to this many numbers in a row. */
#define LEAF 4

void sandbox_bpf_init(struct sandbox_bpf *f, uint32_t deny)
{
	f->deny = deny;
	f->arch = THIS_ARCH;
	f->ncalls = f->nconds = 0;
}

static const struct sandbox_bpf_call *find(const struct sandbox_bpf *f, int nr)
{
	for (unsigned k = 0; k < f->ncalls; k++)
		if (f->calls[k].nr == nr)
			return &f->calls[k];
	return NULL;
}

bool sandbox_bpf_has(const struct sandbox_bpf *f, int nr)
{
	return find(f, nr) != NULL;
}

int sandbox_bpf_add(struct sandbox_bpf *f, int nr, uint32_t action, unsigned nconds,
		    const struct sandbox_bpf_cond *conds)
{
	if (nr < 0)
		return -EINVAL;
	for (unsigned k = 0; k < nconds; k++)
		if (conds[k].arg > 5)
			return -EINVAL;
	if (find(f, nr))
		return -EEXIST;
	if (f->ncalls >= SANDBOX_BPF_MAX_CALLS || nconds > SANDBOX_BPF_MAX_CONDS - f->nconds)
		return -ENOSPC;
	f->calls[f->ncalls++] = (struct sandbox_bpf_call){
	    .nr = nr, .action = action, .first = f->nconds, .nconds = nconds};
	if (nconds)
		memcpy(&f->conds[f->nconds], conds, nconds * sizeof(*conds));
	f->nconds += nconds;
	return 0;
}

struct emitter {
	struct sock_filter *insn;
	unsigned n;
	bool overflow; /* past BPF_MAXINSNS, or a jump past 255 */
};

static unsigned put(struct emitter *em, struct sock_filter i)
{
	if (em->n >= BPF_MAXINSNS) {
		em->overflow = true;
		return em->n;
	}
	em->insn[em->n] = i;
	return em->n++;
}

/* Set the false branch of the conditional jump at at to land on the
 * next instruction to be emitted. */
static void land_false(struct emitter *em, unsigned at)
{
	if (em->overflow)
		return;
	unsigned off = em->n - at - 1;
	if (off > 255)
		em->overflow = true;
	else
		em->insn[at].jf = (uint8_t)off;
}

/* Test one 32-bit half (value has no bit outside mask): A = the half &
 * mask, compared with value. Returns the index of the comparison (its
 * false branch to be landed), or -1 when the test always holds (nothing
 * emitted). */
static int half(struct emitter *em, uint32_t off, uint32_t mask, uint32_t value)
{
	if (mask == 0)
		return -1;
	put(em, (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, off));
	if (mask != UINT32_MAX)
		put(em, (struct sock_filter)BPF_STMT(BPF_ALU | BPF_AND | BPF_K, mask));
	return (int)put(em, (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, value, 0, 0));
}

/* How many conditions from c's k-th on compare the same argument, whole,
 * with values of the same upper half (a list of allowed values, like
 * fcntl's commands): 1 when k's is not such a list's first. */
static unsigned same_word(const struct sandbox_bpf *f, const struct sandbox_bpf_call *c, unsigned k)
{
	const struct sandbox_bpf_cond *first = &f->conds[c->first + k];
	if (first->mask != UINT64_MAX)
		return 1;
	unsigned m = 1;
	/* (At most 128 a test: its jumps stay within reach.) */
	while (k + m < c->nconds && m < 128) {
		const struct sandbox_bpf_cond *cd = &f->conds[c->first + k + m];
		if (cd->arg != first->arg || cd->mask != UINT64_MAX ||
		    cd->value >> 32 != first->value >> 32)
			break;
		m++;
	}
	return m;
}

/* The m conditions from c's k-th on (same_word's list) in one test: the
 * upper half loaded and compared once, then the lower half against each
 * value (m + 4 instructions instead of 5 m); none holding goes on to
 * what follows. */
static void any_word(struct emitter *em, const struct sandbox_bpf *f,
		     const struct sandbox_bpf_call *c, unsigned k, unsigned m)
{
	const struct sandbox_bpf_cond *cd = &f->conds[c->first + k];
	int hi = half(em, ARG_HI(cd->arg), UINT32_MAX, (uint32_t)(cd->value >> 32));
	put(em, (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, ARG_LO(cd->arg)));
	for (unsigned i = 0; i < m; i++) {
		/* Equal: to the return after the last comparison. The last
		 * one's false branch skips that return. */
		uint8_t jt = (uint8_t)(m - 1 - i), jf = i == m - 1 ? 1 : 0;
		put(em, (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K,
						     (uint32_t)f->conds[c->first + k + i].value, jt,
						     jf));
	}
	put(em, (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, c->action));
	land_false(em, (unsigned)hi);
}

/* What a call gets, with A holding its number: its action, or the first
 * of its conditions that holds decides, else the list's deny. Ends in a
 * return on every path. */
static void body(struct emitter *em, const struct sandbox_bpf *f, const struct sandbox_bpf_call *c)
{
	if (c->nconds == 0) {
		put(em, (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, c->action));
		return;
	}
	for (unsigned k = 0; k < c->nconds; k++) {
		const struct sandbox_bpf_cond *cd = &f->conds[c->first + k];
		unsigned m = same_word(f, c, k);
		if (m > 1) {
			any_word(em, f, c, k, m);
			k += m - 1;
			continue;
		}
		if ((cd->value & ~cd->mask) != 0)
			continue; /* never holds */
		int hi = half(em, ARG_HI(cd->arg), (uint32_t)(cd->mask >> 32),
			      (uint32_t)(cd->value >> 32));
		int lo = half(em, ARG_LO(cd->arg), (uint32_t)cd->mask, (uint32_t)cd->value);
		put(em, (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, c->action));
		/* A failed half goes on to the next condition. */
		if (hi >= 0)
			land_false(em, (unsigned)hi);
		if (lo >= 0)
			land_false(em, (unsigned)lo);
	}
	put(em, (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, f->deny));
}

/* "If the number is nr, this call's body", falling through otherwise with
 * A still the number. */
static void entry(struct emitter *em, const struct sandbox_bpf *f, const struct sandbox_bpf_call *c)
{
	unsigned j =
	    put(em, (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (uint32_t)c->nr, 0, 0));
	body(em, f, c);
	land_false(em, j);
}

/* "If the number is in the item's, its body", falling through otherwise
 * with A still the number. */
static void item_entry(struct emitter *em, const struct sandbox_bpf *f,
		       const struct sandbox_bpf_range *it)
{
	if (it->lo == it->hi) {
		entry(em, f, it->c);
		return;
	}
	unsigned ge =
	    put(em, (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, it->lo, 0, 0));
	unsigned gt =
	    put(em, (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGT | BPF_K, it->hi, 0, 0));
	put(em, (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, it->c->action));
	land_false(em, ge);
	/* number > hi: the true branch goes on to the next item */
	if (!em->overflow) {
		unsigned off = em->n - gt - 1;
		if (off > 255)
			em->overflow = true;
		else {
			em->insn[gt].jt = (uint8_t)off;
			em->insn[gt].jf = 0;
		}
	}
}

/* A binary search over items sorted by number: every path ends in a
 * return (the deny action when the number is not among them). */
static void tree(struct emitter *em, const struct sandbox_bpf *f,
		 const struct sandbox_bpf_range *items, unsigned n)
{
	if (n <= LEAF) {
		for (unsigned k = 0; k < n; k++)
			item_entry(em, f, &items[k]);
		put(em, (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, f->deny));
		return;
	}
	unsigned mid = n / 2;
	/* number >= items[mid]: on to the upper half, past the lower one */
	put(em, (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, items[mid].lo, 0, 1));
	unsigned ja = put(em, (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JA, 0, 0, 0));
	tree(em, f, items, mid);
	if (!em->overflow)
		em->insn[ja].k = em->n - ja - 1;
	tree(em, f, items + mid, n - mid);
}

static bool is_hot(const int *hot, unsigned nhot, int nr)
{
	for (unsigned h = 0; h < nhot; h++)
		if (hot[h] == nr)
			return true;
	return false;
}

/* calls (sorted by number) as items: runs merged. A hot call (tested
 * before the tree) joins a run, which it may join up, but is left out
 * alone. Returns the number of items. */
static unsigned items_of(const struct sandbox_bpf_call *const *calls, unsigned n, const int *hot,
			 unsigned nhot, struct sandbox_bpf_range *items)
{
	unsigned m = 0;
	for (unsigned k = 0; k < n;) {
		const struct sandbox_bpf_call *c = calls[k];
		unsigned end = k + 1;
		if (c->nconds == 0)
			while (end < n && calls[end]->nconds == 0 &&
			       calls[end]->action == c->action &&
			       calls[end]->nr == calls[end - 1]->nr + 1)
				end++;
		if (end - k == 1 && is_hot(hot, nhot, c->nr)) {
			k = end;
			continue;
		}
		items[m++] =
		    (struct sandbox_bpf_range){(uint32_t)c->nr, (uint32_t)calls[end - 1]->nr, c};
		k = end;
	}
	return m;
}

static int by_number(const void *a, const void *b)
{
	int x = (*(const struct sandbox_bpf_call *const *)a)->nr;
	int y = (*(const struct sandbox_bpf_call *const *)b)->nr;
	return (x > y) - (x < y);
}

int sandbox_bpf_emit(struct sandbox_bpf *f, const int *hot, unsigned nhot, struct sock_fprog *out)
{
	struct emitter em = {.insn = f->scratch};
	const struct sandbox_bpf_call **sorted = f->sorted;
	struct sandbox_bpf_range *items = f->items;
	/* Number -1 is no call at all (what `strace -e inject=...:error=`
	 * turns a call into, and the kernel filters again): ENOSYS instead
	 * of a kill, so fault-injection tests work in the sandbox. */
	put(&em, (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, NR_OFF));
	put(&em, (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, UINT32_MAX, 0, 1));
	put(&em, (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS));
	/* Another architecture's numbers mean other calls. */
	put(&em, (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, ARCH_OFF));
	put(&em, (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, f->arch, 1, 0));
	put(&em, (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS));
	put(&em, (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, NR_OFF));
	if (f->arch == AUDIT_ARCH_X86_64) {
		put(&em,
		    (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, X32_SYSCALL_BIT, 0, 1));
		put(&em, (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS));
	}
	/* The hot calls first: a vCPU's futex costs a few instructions. */
	for (unsigned h = 0; h < nhot; h++) {
		const struct sandbox_bpf_call *c = find(f, hot[h]);
		bool seen = false; /* a number named twice in hot */
		for (unsigned g = 0; g < h; g++)
			seen |= hot[g] == hot[h];
		if (c && !seen)
			entry(&em, f, c);
	}
	for (unsigned k = 0; k < f->ncalls; k++)
		sorted[k] = &f->calls[k];
	qsort(sorted, f->ncalls, sizeof(*sorted), by_number);
	tree(&em, f, items, items_of(sorted, f->ncalls, hot, nhot, items));
	if (em.overflow)
		return -E2BIG;
	out->filter = malloc(em.n * sizeof(struct sock_filter));
	if (!out->filter)
		return -ENOMEM;
	memcpy(out->filter, em.insn, em.n * sizeof(struct sock_filter));
	out->len = (unsigned short)em.n;
	return 0;
}
