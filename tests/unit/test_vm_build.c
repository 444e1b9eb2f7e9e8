/* vmm/builder and vmm/lifecycle as a library: a VM built from a plain
 * configuration value (firmware boot state), and failures that come back
 * as a struct error naming the file and the reason, never a flag, with
 * nothing printed (a missing disk image, memory file or share, a device
 * option the device refuses). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "util/file.h"
#include "virtio/devices.h"
#include "vmm/builder.h"
#include "vmm/lifecycle.h"
#include "vmm/vm.h"

/* stderr goes to a temporary file between quiet_begin and quiet_end, which
 * returns how many bytes were written to it: library code prints nothing. */
static int saved_stderr = -1;
static FILE *quiet_file;

static void quiet_begin(void)
{
	fflush(stderr);
	quiet_file = tmpfile();
	CHECK(quiet_file != NULL);
	saved_stderr = dup(2);
	dup2(fileno(quiet_file), 2);
}

static long quiet_end(void)
{
	fflush(stderr);
	dup2(saved_stderr, 2);
	close(saved_stderr);
	long n = (long)lseek(fileno(quiet_file), 0, SEEK_END);
	fclose(quiet_file);
	return n;
}

static void write_file(const char *path, const void *buf, size_t len)
{
	FILE *f = fopen(path, "wb");
	CHECK(f && fwrite(buf, 1, len, f) == len && fclose(f) == 0);
}

/* The 32-bit word of guest RAM at pa. */
static uint32_t rig_word(struct vm *vm, uint64_t pa)
{
	uint32_t w = 0;
	bus_copy_from_guest(&vm->bus, pa, &w, sizeof(w));
	return w;
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

	/* Boot files are held across builds (a guest reboot): with the
	 * lifecycle's resources, a second build boots from the firmware the
	 * first one opened, even once its file is gone and its path names a
	 * different file (the sandbox will forbid opening files then), and
	 * the device tree dump is rewritten, not appended to. */
	char fw2[sizeof(dir) + 16], dtb[sizeof(dir) + 16];
	snprintf(fw2, sizeof(fw2), "%s/fw2.bin", dir);
	snprintf(dtb, sizeof(dtb), "%s/boot.dtb", dir);
	write_file(fw2, loop, sizeof(loop));
	struct vm_config hcfg = {
	    .mem_size = 64ULL << 20, .ncpus = 1, .firmware = fw2, .dtb_out = dtb};
	struct vm_resources res = {0};
	CHECK(vm_build(&m, &hcfg, -1, -1, NULL, &res, &e) == 0);
	vm_machine_destroy(&m);
	long long dtb_size = file_size(dtb);
	CHECK(dtb_size > 0);
	CHECK(unlink(fw2) == 0 && unlink(dtb) == 0);
	const uint32_t other[] = {0x0000006f /* j . */};
	write_file(fw2, other, sizeof(other)); /* another firmware at the path */
	write_file(dtb, "x", 1);	       /* a new file at the dump's path: not ours */
	memset(&e, 0, sizeof(e));
	CHECK(vm_build(&m, &hcfg, -1, -1, NULL, &res, &e) == 0);
	CHECK(m.vm && rig_word(m.vm, VM_RAM_BASE) == loop[0]); /* the held one, not other */
	vm_machine_destroy(&m);
	CHECK_EQ_U64(file_size(dtb), 1); /* the held (unlinked) dump was rewritten */
	vm_resources_close(&res);
	CHECK(res.boot.open == false);
	unlink(dtb);
	unlink(fw2);

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

	/* A missing disk image: the disk and the reason, nothing printed. */
	write_file(fw, loop, sizeof(loop));
	struct vm_config dcfg = {.mem_size = 64ULL << 20, .ncpus = 1, .firmware = fw, .ndisks = 1};
	dcfg.disks[0] = (struct vm_disk){.path = missing, .format = "raw"};
	memset(&e, 0, sizeof(e));
	quiet_begin();
	CHECK(vm_build(&m, &dcfg, -1, -1, NULL, NULL, &e) == -1);
	CHECK_EQ_U64(quiet_end(), 0);
	CHECK(e.cls != ERR_NONE && strncmp(e.msg, "disk ", 5) == 0 && strstr(e.msg, missing));
	CHECK(strstr(e.msg, "No such file") && !strstr(e.msg, "--") && m.failed_device == -1);
	vm_machine_destroy(&m);

	/* A device that refuses its options: which one, and why. */
	struct vm_config ncfg = {
	    .mem_size = 64ULL << 20, .ncpus = 1, .firmware = fw, .ndevices = 2};
	ncfg.devices[0] = (struct vm_device){.kind = "rng", .opts = ""};
	ncfg.devices[1] = (struct vm_device){.kind = "net", .opts = "user,bogus=1"};
	memset(&e, 0, sizeof(e));
	quiet_begin();
	CHECK(vm_build(&m, &ncfg, -1, -1, NULL, NULL, &e) == -1);
	CHECK_EQ_U64(quiet_end(), 0);
	CHECK(e.cls == ERR_INVALID && m.failed_device == 1);
	CHECK(strcmp(e.msg,
		     "net device 'user,bogus=1': unknown option 'bogus' for a user network") == 0);
	CHECK(strcmp(vdev_error_reason(&e, &ncfg.devices[1]),
		     "unknown option 'bogus' for a user network") == 0);
	vm_machine_destroy(&m);

	/* A share whose directory is missing: the directory and the reason. */
	char share_opts[sizeof(missing) + 16];
	snprintf(share_opts, sizeof(share_opts), "%s,tag=t", missing);
	ncfg.devices[1] = (struct vm_device){.kind = "share", .opts = share_opts};
	memset(&e, 0, sizeof(e));
	quiet_begin();
	CHECK(vm_build(&m, &ncfg, -1, -1, NULL, NULL, &e) == -1);
	CHECK_EQ_U64(quiet_end(), 0);
	CHECK(strncmp(e.msg, "share device '", 14) == 0 && strstr(e.msg, "No such file"));
	vm_machine_destroy(&m);

	/* The VM itself cannot be made (its memory file is missing): no VM,
	 * and a message naming the file, where there used to be none. */
	struct vm_config mcfg = {
	    .mem_size = 64ULL << 20, .ncpus = 1, .firmware = fw, .mem_file = missing};
	memset(&e, 0, sizeof(e));
	quiet_begin();
	CHECK(vm_build(&m, &mcfg, -1, -1, NULL, NULL, &e) == -1);
	CHECK_EQ_U64(quiet_end(), 0);
	CHECK(m.vm == NULL && e.cls == ERR_NOT_FOUND);
	CHECK(strncmp(e.msg, "memory file ", 12) == 0 && strstr(e.msg, missing) &&
	      strstr(e.msg, "No such file"));
	vm_machine_destroy(&m);

	unlink(fw);
	rmdir(dir);
	CHECK_DONE();
}
