/* vmm/sandbox_prebuilt.h: the filters built with rvisor (src/gen/
 * sandbox_filters.c) are, kind by kind, the programs a start would build
 * from the rules for the same mode and pid (so a start that takes them
 * installs exactly what it would have built), and they are for --sandbox
 * on in a PID namespace (pid 1). Linked with the generated object (Makefile). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "vmm/sandbox.h"
#include "vmm/sandbox_bpf.h"
#include "vmm/sandbox_prebuilt.h"

int main(void)
{
	const struct sandbox_prebuilt *pre = &sandbox_prebuilt;
	CHECK(pre != NULL);
	if (!pre)
		CHECK_DONE();
	CHECK(pre->mode == SANDBOX_ON);
	CHECK(pre->pid == 1);
	struct sandbox_bpf *f = malloc(sizeof(*f));
	CHECK(f != NULL);
	for (int k = 0; f && k < SANDBOX_NKINDS; k++) {
		struct sock_fprog p = {0};
		const char *what;
		CHECK(sandbox_compile(f, pre->mode, (enum sandbox_kind)k, pre->pid, &p, &what) ==
		      0);
		CHECK_EQ_U64(pre->prog[k].len, p.len);
		if (p.filter && pre->prog[k].len == p.len &&
		    memcmp(pre->prog[k].filter, p.filter, p.len * sizeof(p.filter[0])) != 0) {
			fprintf(stderr, "kind %s: the prebuilt program differs from the rules'\n",
				sandbox_kind_name((enum sandbox_kind)k));
			CHECK(0);
		}
		free(p.filter);
	}
	/* Another pid (the tgkill rule names it) gives another program: the
	 * comparison above would see a generator that used the wrong one. */
	struct sock_fprog q = {0};
	const char *what;
	if (f && sandbox_compile(f, SANDBOX_ON, SANDBOX_KIND_VCPU, 2, &q, &what) == 0) {
		CHECK(q.len != pre->prog[SANDBOX_KIND_VCPU].len ||
		      memcmp(q.filter, pre->prog[SANDBOX_KIND_VCPU].filter,
			     q.len * sizeof(q.filter[0])) != 0);
		free(q.filter);
	}
	free(f);
	CHECK_DONE();
}
