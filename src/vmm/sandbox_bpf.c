/* The sandbox's seccomp-bpf programs, built by hand from an allow-list:
 * a binary search over syscall numbers, hot calls first. */
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

/* A binary search over calls sorted by number: every path ends in a
 * return (the deny action when the number is not among them). */
static void tree(struct emitter *em, const struct sandbox_bpf *f,
		 const struct sandbox_bpf_call *const *calls, unsigned n)
{
	if (n <= LEAF) {
		for (unsigned k = 0; k < n; k++)
			entry(em, f, calls[k]);
		put(em, (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, f->deny));
		return;
	}
	unsigned mid = n / 2;
	/* number >= calls[mid]: on to the upper half, past the lower one */
	put(em, (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, (uint32_t)calls[mid]->nr, 0,
					     1));
	unsigned ja = put(em, (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JA, 0, 0, 0));
	tree(em, f, calls, mid);
	if (!em->overflow)
		em->insn[ja].k = em->n - ja - 1;
	tree(em, f, calls + mid, n - mid);
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
	const struct sandbox_bpf_call *rest[SANDBOX_BPF_MAX_CALLS];
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
	unsigned nrest = 0;
	for (unsigned k = 0; k < f->ncalls; k++) {
		bool is_hot = false;
		for (unsigned h = 0; h < nhot; h++)
			is_hot |= hot[h] == f->calls[k].nr;
		if (!is_hot)
			rest[nrest++] = &f->calls[k];
	}
	for (unsigned h = 0; h < nhot; h++) {
		const struct sandbox_bpf_call *c = find(f, hot[h]);
		bool seen = false; /* a number named twice in hot */
		for (unsigned g = 0; g < h; g++)
			seen |= hot[g] == hot[h];
		if (c && !seen)
			entry(&em, f, c);
	}
	qsort(rest, nrest, sizeof(*rest), by_number);
	tree(&em, f, rest, nrest);
	if (em.overflow)
		return -E2BIG;
	out->filter = malloc(em.n * sizeof(struct sock_filter));
	if (!out->filter)
		return -ENOMEM;
	memcpy(out->filter, em.insn, em.n * sizeof(struct sock_filter));
	out->len = (unsigned short)em.n;
	return 0;
}
