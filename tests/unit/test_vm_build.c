/* vmm/builder and vmm/lifecycle as a library: a VM built from a plain
 * configuration value (firmware boot state), and failures that come back
 * as a struct error naming the file and the reason, never a flag. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "vmm/builder.h"
#include "vmm/lifecycle.h"
#include "vmm/vm.h"

static void write_file(const char *path, const void *buf, size_t len)
{
	FILE *f = fopen(path, "wb");
	CHECK(f && fwrite(buf, 1, len, f) == len && fclose(f) == 0);
}

int main(void)
{
	char dir[] = "/tmp/rvisor-test-build-XXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	char fw[sizeof(dir) + 16], missing[sizeof(dir) + 16], snap[sizeof(dir) + 16];
	snprintf(fw, sizeof(fw), "%s/fw.bin", dir);
	snprintf(missing, sizeof(missing), "%s/missing", dir);
	snprintf(snap, sizeof(snap), "%s/vm.snap", dir);
	const uint32_t loop[] = {0x10500073 /* wfi */, 0xffdff06f /* j -4 */};
	write_file(fw, loop, sizeof(loop));

	/* A raw firmware: every hart starts at the RAM base in M-mode. */
	struct vm_config cfg = {.mem_size = 64ULL << 20, .ncpus = 2, .firmware = fw};
	struct vm_machine m;
	struct error e = {0};
	CHECK(vm_build(&m, &cfg, -1, -1, NULL, NULL, &e) == 0);
	CHECK(m.vm && m.board && m.vm->board == m.board && m.firmware_mode);
	CHECK_EQ_U64(m.vm->harts[0]->pc, VM_RAM_BASE);
	CHECK_EQ_U64(m.vm->harts[1]->pc, VM_RAM_BASE);
	CHECK_EQ_U64(m.vm->harts[1]->x[10], 1);
	vm_machine_destroy(&m);
	CHECK(m.vm == NULL && m.board == NULL);

	/* A missing kernel: the message names the kernel file and the reason. */
	struct vm_config bad = {.mem_size = 64ULL << 20, .ncpus = 1, .kernel = missing};
	memset(&e, 0, sizeof(e));
	CHECK(vm_build(&m, &bad, -1, -1, NULL, NULL, &e) == -1);
	CHECK(m.vm != NULL); /* the VM was made; the caller destroys it */
	CHECK(strncmp(e.msg, "kernel ", 7) == 0 && strstr(e.msg, missing));
	CHECK(strstr(e.msg, "No such file") && !strstr(e.msg, "--"));
	vm_machine_destroy(&m);

	/* An empty firmware is refused as such. */
	write_file(fw, "", 0);
	memset(&e, 0, sizeof(e));
	CHECK(vm_build(&m, &cfg, -1, -1, NULL, NULL, &e) == -1);
	CHECK(strstr(e.msg, "firmware ") == e.msg && strstr(e.msg, "empty file"));
	vm_machine_destroy(&m);

	/* A restore of a snapshot that is not there names the snapshot. */
	struct vm_lifecycle lc = {.cfg = {.mem_size = 128ULL << 20, .ncpus = 1}, .snapshot = snap};
	memset(&e, 0, sizeof(e));
	CHECK(vm_lifecycle_prepare(&lc, &e) == -1);
	CHECK(strncmp(e.msg, "snapshot ", 9) == 0 && strstr(e.msg, snap) && !strstr(e.msg, "--"));
	vm_lifecycle_close(&lc);

	unlink(fw);
	rmdir(dir);
	CHECK_DONE();
}
