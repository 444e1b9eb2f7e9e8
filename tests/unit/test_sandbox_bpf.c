/* vmm/sandbox_bpf: the hand-built seccomp programs decide every call as
 * libseccomp's program for the same rules does (every thread kind, both
 * modes, and random lists), run through a small BPF interpreter over every
 * syscall number and the argument values near each condition's; hot calls
 * are decided in a few instructions; a list too long is refused; every
 * call the lists name has libseccomp's number in vmm/sandbox_nr.c's table. */
#include <errno.h>
#include <linux/audit.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "check.h"
#include "vmm/sandbox.h"
#include "vmm/sandbox_bpf.h"
#include "vmm/sandbox_nr.h"

/* What a program returns for one call, and how many instructions it ran
 * (-1: an instruction this interpreter does not know, a jump out of the
 * program, or no return). */
static uint32_t run(const struct sock_fprog *p, uint32_t arch, uint32_t nr, const uint64_t args[6],
		    int *steps)
{
	struct seccomp_data d = {.nr = (int)nr, .arch = arch};
	memcpy(d.args, args, sizeof(d.args));
	uint32_t a = 0;
	*steps = 0;
	for (unsigned pc = 0; pc < p->len; pc++) {
		const struct sock_filter *i = &p->filter[pc];
		++*steps;
		switch (i->code) {
		case BPF_LD | BPF_W | BPF_ABS:
			if (i->k > sizeof(d) - 4) {
				*steps = -1;
				return 0;
			}
			memcpy(&a, (const char *)&d + i->k, 4);
			break;
		case BPF_ALU | BPF_AND | BPF_K:
			a &= i->k;
			break;
		case BPF_JMP | BPF_JA:
			pc += i->k;
			break;
		case BPF_JMP | BPF_JEQ | BPF_K:
			pc += a == i->k ? i->jt : i->jf;
			break;
		case BPF_JMP | BPF_JGE | BPF_K:
			pc += a >= i->k ? i->jt : i->jf;
			break;
		case BPF_JMP | BPF_JGT | BPF_K:
			pc += a > i->k ? i->jt : i->jf;
			break;
		case BPF_JMP | BPF_JSET | BPF_K:
			pc += (a & i->k) ? i->jt : i->jf;
			break;
		case BPF_RET | BPF_K:
			return i->k;
		default:
			fprintf(stderr, "unknown BPF instruction %#x at %u\n", i->code, pc);
			*steps = -1;
			return 0;
		}
	}
	*steps = -1;
	return 0;
}

/* A kill of the thread (libseccomp's default for another architecture)
 * and of the process count as one outcome. */
static uint32_t outcome(uint32_t ret)
{
	return ret == SECCOMP_RET_KILL_THREAD ? SECCOMP_RET_KILL_PROCESS : ret;
}

/* The same rules through libseccomp, as sandbox.c compiled them before. */
static int reference(const struct sandbox_bpf *f, struct sock_fprog *out)
{
	scmp_filter_ctx ctx = seccomp_init(f->deny);
	if (!ctx)
		return -1;
	int rc = 0;
	for (unsigned k = 0; rc == 0 && k < f->ncalls; k++) {
		const struct sandbox_bpf_call *c = &f->calls[k];
		if (c->nconds == 0)
			rc = seccomp_rule_add(ctx, c->action, c->nr, 0);
		for (unsigned j = 0; rc == 0 && j < c->nconds; j++) {
			const struct sandbox_bpf_cond *cd = &f->conds[c->first + j];
			struct scmp_arg_cmp cmp = {.arg = cd->arg,
						   .op = SCMP_CMP_MASKED_EQ,
						   .datum_a = cd->mask,
						   .datum_b = cd->value};
			if (cd->mask == UINT64_MAX)
				cmp = (struct scmp_arg_cmp){
				    .arg = cd->arg, .op = SCMP_CMP_EQ, .datum_a = cd->value};
			rc = seccomp_rule_add_array(ctx, c->action, c->nr, 1, &cmp);
			if (rc == -EEXIST)
				rc = 0;
		}
	}
	char *buf = NULL;
	size_t len = 0;
	int fd = rc == 0 ? memfd_create("ref", 0) : -1;
	if (fd >= 0 && seccomp_export_bpf(ctx, fd) == 0) {
		off_t n = lseek(fd, 0, SEEK_END);
		buf = n > 0 ? malloc((size_t)n) : NULL;
		if (buf && pread(fd, buf, (size_t)n, 0) == n)
			len = (size_t)n;
	}
	if (fd >= 0)
		close(fd);
	seccomp_release(ctx);
	if (!len) {
		free(buf);
		return -1;
	}
	out->filter = (struct sock_filter *)buf;
	out->len = (unsigned short)(len / sizeof(struct sock_filter));
	return 0;
}

static unsigned mismatches;

/* Compare both programs on one call. */
static void same(const struct sock_fprog *ours, const struct sock_fprog *ref, uint32_t arch,
		 uint32_t nr, const uint64_t args[6], const char *what)
{
	int s1, s2;
	uint32_t a = run(ours, arch, nr, args, &s1), b = run(ref, arch, nr, args, &s2);
	if (s1 < 0 || s2 < 0 || outcome(a) != outcome(b)) {
		if (mismatches++ < 10)
			fprintf(stderr,
				"%s: arch %#x nr %d args %#llx %#llx %#llx: ours %#x (%d steps), "
				"libseccomp %#x (%d steps)\n",
				what, arch, (int)nr, (unsigned long long)args[0],
				(unsigned long long)args[1], (unsigned long long)args[2], a, s1, b,
				s2);
		check_failures++;
	}
}

/* Every number (and some out of range), then each condition's argument
 * at its value, next to it, with high bits set, and extremes. */
static void compare(struct sandbox_bpf *f, const int *hot, unsigned nhot, const char *what)
{
	struct sock_fprog ours, ref;
	if (sandbox_bpf_emit(f, hot, nhot, &ours) != 0 || reference(f, &ref) != 0) {
		fprintf(stderr, "%s: cannot build the programs\n", what);
		check_failures++;
		return;
	}
	const uint64_t zero[6] = {0};
	const uint32_t extra[] = {
	    0x40000000u, 0x40000001u, 0x40000000u + 202, 0x7fffffffu, 0x80000000u, 1000, 4096};
	for (uint32_t nr = 0; nr < 600; nr++) {
		same(&ours, &ref, AUDIT_ARCH_X86_64, nr, zero, what);
		uint64_t ones[6];
		memset(ones, 0xff, sizeof(ones));
		same(&ours, &ref, AUDIT_ARCH_X86_64, nr, ones, what);
	}
	for (size_t k = 0; k < sizeof(extra) / sizeof(extra[0]); k++)
		same(&ours, &ref, AUDIT_ARCH_X86_64, extra[k], zero, what);
	same(&ours, &ref, AUDIT_ARCH_I386, 1, zero, what);
	/* Number -1 (a call a tracer skipped): ENOSYS, where libseccomp's
	 * program (before sandbox.c prefixed the same test) denied it. */
	int steps;
	CHECK(run(&ours, AUDIT_ARCH_X86_64, UINT32_MAX, zero, &steps) ==
	      (SECCOMP_RET_ERRNO | ENOSYS));
	same(&ours, &ref, AUDIT_ARCH_AARCH64, 202, zero, what);
	for (unsigned k = 0; k < f->ncalls; k++) {
		const struct sandbox_bpf_call *c = &f->calls[k];
		for (unsigned j = 0; j < c->nconds; j++) {
			const struct sandbox_bpf_cond *cd = &f->conds[c->first + j];
			const uint64_t vals[] = {cd->value,
						 cd->value + 1,
						 cd->value - 1,
						 cd->value | (1ULL << 32),
						 cd->value | (1ULL << 63),
						 cd->value | ~cd->mask,
						 cd->value ^ cd->mask,
						 0,
						 UINT64_MAX,
						 (uint32_t)cd->value};
			for (size_t v = 0; v < sizeof(vals) / sizeof(vals[0]); v++)
				for (int fill = 0; fill < 2; fill++) {
					uint64_t args[6];
					memset(args, fill ? 0xa5 : 0, sizeof(args));
					args[cd->arg] = vals[v];
					same(&ours, &ref, AUDIT_ARCH_X86_64, (uint32_t)c->nr, args,
					     what);
				}
		}
	}
	free(ours.filter);
	free(ref.filter);
}

/* A random list: numbers, actions and conditions of every shape. */
static void random_list(struct sandbox_bpf *f, unsigned seed)
{
	srand(seed);
	sandbox_bpf_init(f, seed & 1 ? SECCOMP_RET_LOG : SECCOMP_RET_KILL_PROCESS);
	unsigned n = 1 + (unsigned)rand() % 300;
	for (unsigned k = 0; k < n; k++) {
		int nr = rand() % 460;
		uint32_t action = rand() % 8 ? SECCOMP_RET_ALLOW
					     : SECCOMP_RET_ERRNO | (uint32_t)(1 + rand() % 100);
		struct sandbox_bpf_cond c[8];
		unsigned nc = rand() % 3 ? 0 : 1 + (unsigned)rand() % 8;
		for (unsigned j = 0; j < nc; j++) {
			static const uint64_t masks[] = {
			    UINT64_MAX,		  0x4, 0x10000, 0xffffffff, 0xffffffff00000000ULL,
			    0x8000000000000001ULL};
			uint64_t m = masks[rand() % 6];
			uint64_t v = ((uint64_t)rand() << 33 ^ (uint64_t)rand()) & m;
			if (rand() % 3 == 0)
				v = (uint64_t)(rand() % 16) & m;
			c[j] = (struct sandbox_bpf_cond){(unsigned)rand() % 6, m, v};
		}
		/* A quarter: a list of allowed values of one argument, whole
		 * (like fcntl's commands), upper halves alike but one in four. */
		if (nc > 1 && rand() % 4 == 0) {
			unsigned a = (unsigned)rand() % 6;
			uint64_t hi = rand() % 2 ? 0 : (uint64_t)rand() << 32;
			for (unsigned j = 0; j < nc; j++)
				c[j] = (struct sandbox_bpf_cond){
				    a, UINT64_MAX,
				    (rand() % 4 ? hi : (uint64_t)rand() << 32) |
					(uint64_t)(rand() % 16)};
		}
		int rc = sandbox_bpf_add(f, nr, action, nc, c);
		CHECK(rc == 0 || rc == -EEXIST);
	}
}

int main(void)
{
	struct sandbox_bpf *f = malloc(sizeof(*f));
	CHECK(f != NULL);
	if (!f)
		CHECK_DONE();
	const int hot[] = {SYS_futex, SYS_ppoll, SYS_read, SYS_write, SYS_futex, 9999};
	const unsigned nhot = sizeof(hot) / sizeof(hot[0]);
	char what[64];
	for (int mode = 0; mode < 2; mode++)
		for (int k = 0; k < SANDBOX_NKINDS; k++) {
			enum sandbox_mode m = mode ? SANDBOX_LOG : SANDBOX_ON;
			CHECK(sandbox_rules(f, m, (enum sandbox_kind)k, 1) == 0);
			snprintf(what, sizeof(what), "%s (%s)",
				 sandbox_kind_name((enum sandbox_kind)k), sandbox_mode_name(m));
			compare(f, hot, nhot, what);
			compare(f, NULL, 0, what);
		}
	/* The build-time table: every listed name in it, with the number
	 * libseccomp knows it by; an unknown name is -1. */
	unsigned nnames = 0;
	for (const char *n; (n = sandbox_listed_call(nnames)) != NULL; nnames++) {
		int ours = sandbox_nr_of(n), theirs = seccomp_syscall_resolve_name(n);
		if (ours != theirs || ours < 0)
			printf("FAIL: %s: table %d, libseccomp %d\n", n, ours, theirs);
		CHECK(ours == theirs && ours >= 0);
	}
	CHECK(nnames > 100);
	CHECK(sandbox_nr_of("no_such_call") == -1 && sandbox_nr_of("") == -1);
	CHECK(sandbox_nr_of("execve") == -1); /* in no list, so not in the table */
	for (unsigned seed = 1; seed <= 200; seed++) {
		random_list(f, seed);
		snprintf(what, sizeof(what), "random list %u", seed);
		compare(f, seed % 2 ? hot : NULL, seed % 2 ? nhot : 0, what);
	}
	/* Hot calls are decided right after the architecture checks. */
	CHECK(sandbox_rules(f, SANDBOX_ON, SANDBOX_KIND_VCPU, 1) == 0);
	struct sock_fprog p;
	CHECK(sandbox_bpf_emit(f, hot, nhot, &p) == 0);
	const uint64_t args[6] = {0};
	int steps;
	CHECK(run(&p, AUDIT_ARCH_X86_64, SYS_futex, args, &steps) == SECCOMP_RET_ALLOW);
	CHECK(steps > 0 && steps <= 10);
	CHECK(run(&p, AUDIT_ARCH_X86_64, SYS_write, args, &steps) == SECCOMP_RET_ALLOW);
	CHECK(steps > 0 && steps <= 16);
	/* ... and any other in a binary search's few steps. */
	CHECK(run(&p, AUDIT_ARCH_X86_64, SYS_getrandom, args, &steps) == SECCOMP_RET_ALLOW);
	CHECK(steps > 0 && steps <= 40);
	CHECK(run(&p, AUDIT_ARCH_X86_64, SYS_execve, args, &steps) == SECCOMP_RET_KILL_PROCESS);
	free(p.filter);
	/* Refusals: a number twice, bad arguments, a body past a jump's reach. */
	sandbox_bpf_init(f, SECCOMP_RET_KILL_PROCESS);
	CHECK(sandbox_bpf_add(f, 1, SECCOMP_RET_ALLOW, 0, NULL) == 0);
	CHECK(sandbox_bpf_add(f, 1, SECCOMP_RET_ALLOW, 0, NULL) == -EEXIST);
	CHECK(sandbox_bpf_add(f, -1, SECCOMP_RET_ALLOW, 0, NULL) == -EINVAL);
	struct sandbox_bpf_cond bad = {6, UINT64_MAX, 0};
	CHECK(sandbox_bpf_add(f, 2, SECCOMP_RET_ALLOW, 1, &bad) == -EINVAL);
	/* 200 allowed values of one argument (upper halves alike) are one
	 * test of a few instructions each... */
	static struct sandbox_bpf_cond many[200];
	for (unsigned k = 0; k < 200; k++)
		many[k] = (struct sandbox_bpf_cond){0, UINT64_MAX, k | (1ULL << 40)};
	CHECK(sandbox_bpf_add(f, 3, SECCOMP_RET_ALLOW, 200, many) == 0);
	CHECK(sandbox_bpf_emit(f, NULL, 0, &p) == 0);
	uint64_t a3[6] = {150 | (1ULL << 40)};
	CHECK(run(&p, AUDIT_ARCH_X86_64, 3, a3, &steps) == SECCOMP_RET_ALLOW);
	a3[0] = 199 | (1ULL << 40);
	CHECK(run(&p, AUDIT_ARCH_X86_64, 3, a3, &steps) == SECCOMP_RET_ALLOW);
	a3[0] = 200 | (1ULL << 40);
	CHECK(run(&p, AUDIT_ARCH_X86_64, 3, a3, &steps) == SECCOMP_RET_KILL_PROCESS);
	a3[0] = 150;
	CHECK(run(&p, AUDIT_ARCH_X86_64, 3, a3, &steps) == SECCOMP_RET_KILL_PROCESS);
	free(p.filter);
	/* ... but 200 with upper halves all different are five each: too far
	 * for a jump. */
	sandbox_bpf_init(f, SECCOMP_RET_KILL_PROCESS);
	for (unsigned k = 0; k < 200; k++)
		many[k] = (struct sandbox_bpf_cond){0, UINT64_MAX, k | ((uint64_t)(k + 1) << 32)};
	CHECK(sandbox_bpf_add(f, 3, SECCOMP_RET_ALLOW, 200, many) == 0);
	CHECK(sandbox_bpf_emit(f, NULL, 0, &p) == -E2BIG);
	free(f);
	CHECK_DONE();
}
