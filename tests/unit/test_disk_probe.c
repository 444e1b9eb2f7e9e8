/* The format-probing attack on a disk given without a format: the guest
 * owns the raw disk, writes into sector 0 the header of a qcow2 image whose
 * backing file is a host file (here "secret", made in this test's own
 * temporary directory), and waits for the next open (a reboot) to probe the
 * disk as qcow2 and show it the host file. Checked: the guest's write of the
 * header through virtio-blk fails with an I/O error and leaves the disk
 * unchanged, so a reopen by probing still sees raw and no secret byte; other
 * writes (elsewhere, or non-header data in sector 0, or any write when the
 * user said format=raw) go through; the block layer refuses the header in
 * every shape (whole, piecewise over existing bytes, O_DIRECT) on a disk
 * whose recorded format came from a probe; vm_disk_decide_format records
 * the probe once and refuses a non-raw result for a disk that an older
 * snapshot recorded without a format; a snapshot records the decision. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "block/block.h"
#include "block/qcow2.h"
#include "virtio/blk.h"
#include "virtio_rig.h"
#include "vmm/snapshot.h"

#define SLOT 0
#define HDR (VM_RAM_BASE + 0x20000)
#define STAT (VM_RAM_BASE + 0x21000)
#define DATA (VM_RAM_BASE + 0x100000)
#define DISK_BYTES (1u << 20)
#define SECRET "SECRET-HOST-FILE-"

static char dir[] = "/tmp/rvisor-test-probe-XXXXXX";
static char disk[256], secret[256], hdr_path[256];
static uint8_t hdr[4096]; /* the attacker's qcow2 image (2 KiB), zero-padded */

static const uint64_t FEATURES = (1ULL << VIRTIO_F_VERSION_1) | (1ULL << 9) /* FLUSH */;

static void write_file(const char *p, const void *buf, size_t n)
{
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	CHECK(fd >= 0 && write(fd, buf, n) == (ssize_t)n);
	if (fd >= 0)
		close(fd);
}

static void read_file(const char *p, void *buf, size_t n, off_t off)
{
	int fd = open(p, O_RDONLY | O_CLOEXEC);
	CHECK(fd >= 0 && pread(fd, buf, n, off) == (ssize_t)n);
	if (fd >= 0)
		close(fd);
}

static bool has_secret(const uint8_t *p, size_t n)
{
	return memmem(p, n, SECRET, strlen(SECRET)) != NULL;
}

static void blank_disk(void)
{
	static const uint8_t zero[DISK_BYTES];
	write_file(disk, zero, sizeof(zero));
}

/* A virtio-blk device on the disk (format NULL: probed, as --disk PATH). */
static void blk_open(struct rig *r, const char *format)
{
	rig_open(r, SLOT, NULL, -1, -1);
	struct vm_disk bc = {.path = disk, .format = format};
	r->t = virtio_blk_create(r->b, SLOT, &bc, NULL, NULL);
	CHECK(r->t != NULL);
	if (r->t)
		rig_driver_init(r, FEATURES, 1, 16);
}

/* One request (header, data, status): the status byte. */
static uint8_t request(struct rig *r, uint32_t type, uint64_t sector, uint32_t len)
{
	uint8_t h[16] = {0}, st = 0xee;
	memcpy(h, &type, 4);
	memcpy(h + 8, &sector, 8);
	rig_put(r, HDR, h, 16);
	rig_put(r, STAT, &st, 1);
	rig_put_desc(r, 0, 0, HDR, 16, VIRTQ_DESC_F_NEXT, 1);
	rig_put_desc(r, 0, 1, DATA, len, VIRTQ_DESC_F_NEXT | (type == 0 ? VIRTQ_DESC_F_WRITE : 0),
		     2);
	rig_put_desc(r, 0, 2, STAT, 1, VIRTQ_DESC_F_WRITE, 0);
	CHECK(rig_process(r, 0, 0) >= 1);
	rig_get(r, STAT, &st, 1);
	return st;
}

static uint8_t guest_write(struct rig *r, uint64_t sector, const void *buf, uint32_t len)
{
	rig_put(r, DATA, buf, len);
	return request(r, 1, sector, len);
}

/* The guest writes the header onto its probed disk, then the machine is
 * rebuilt (a reboot): the disk is raw, with no secret in sight. */
static void test_guest_write_refused(void)
{
	blank_disk();
	struct rig r;
	blk_open(&r, NULL);
	CHECK_EQ_U64(guest_write(&r, 0, hdr, sizeof(hdr)), 1); /* VIRTIO_BLK_S_IOERR */
	uint8_t now[4096];
	read_file(disk, now, sizeof(now), 0);
	static const uint8_t zero[4096];
	CHECK(memcmp(now, zero, sizeof(now)) == 0);
	/* Piecewise: the tables after the header are harmless on their own... */
	CHECK_EQ_U64(guest_write(&r, 1, hdr + 512, 3 * 512), 0);
	/* ...but the header's sector is refused whatever else is on the disk. */
	CHECK_EQ_U64(guest_write(&r, 0, hdr, 512), 1);
	/* The header anywhere else, and other data in sector 0, are just data. */
	CHECK_EQ_U64(guest_write(&r, 8, hdr, sizeof(hdr)), 0);
	uint8_t mbr[512] = {0};
	memcpy(mbr, "QFI", 3); /* three bytes of the magic are not the magic */
	mbr[510] = 0x55, mbr[511] = 0xaa;
	CHECK_EQ_U64(guest_write(&r, 0, mbr, sizeof(mbr)), 0);
	rig_close(&r);

	/* "Reboot": the disk is opened again by probing, and read whole. */
	blk_open(&r, NULL);
	static uint8_t all[DISK_BYTES];
	for (uint32_t off = 0; off < DISK_BYTES; off += 65536) {
		CHECK_EQ_U64(request(&r, 0, off / 512, 65536), 0);
		rig_get(&r, DATA, all + off, 65536);
	}
	CHECK(memcmp(all, mbr, 512) == 0);
	CHECK(!has_secret(all, sizeof(all)));
	rig_close(&r);

	/* format=raw given by the user: the guest owns every sector. */
	blank_disk();
	blk_open(&r, "raw");
	CHECK_EQ_U64(guest_write(&r, 0, hdr, sizeof(hdr)), 0);
	rig_close(&r);
	read_file(disk, now, sizeof(now), 0);
	CHECK(memcmp(now, hdr, sizeof(now)) == 0);
}

/* The block layer's guard on a disk whose recorded format came from a probe
 * (a reboot or restore reopens it with format "raw", format_probed). */
static void test_block_guard(bool direct)
{
	blank_disk();
	struct block_open_opts o = {.format = "raw", .format_probed = true, .direct = direct};
	char err[512];
	struct block_dev *bd = block_open(disk, &o, err, sizeof(err));
	CHECK(bd != NULL);
	if (!bd)
		return;
	CHECK(bd->probe_guard);
	uint8_t *buf = aligned_alloc(4096, 4096);
	memcpy(buf, hdr, 4096);
	CHECK_EQ_U64(block_pwrite(bd, buf, 4096, 0), -EPERM);
	CHECK(strstr(block_strerror(-EPERM), "format=raw") != NULL);
	if (!direct) {
		/* The magic alone, and the magic completed over a byte already there. */
		CHECK_EQ_U64(block_pwrite(bd, hdr, 4, 0), -EPERM);
		CHECK_EQ_U64(block_pwrite(bd, hdr, 1, 0), 1);
		CHECK_EQ_U64(block_pwrite(bd, hdr + 1, 3, 1), -EPERM);
		CHECK_EQ_U64(block_pwrite(bd, hdr + 1, 2, 1), 2);
	}
	memset(buf, 0x11, 4096);
	CHECK_EQ_U64(block_pwrite(bd, buf, 4096, 0), 4096);
	CHECK_EQ_U64(block_write_zeroes(bd, 0, 4096, true), 0);
	free(buf);
	block_close(bd);
	/* The user's format=raw: no guard. */
	o.format_probed = false;
	bd = block_open(disk, &o, err, sizeof(err));
	CHECK(bd && !bd->probe_guard);
	block_close(bd);
}

/* The decision at VM build, and what a snapshot records of it. */
static void test_decide_and_record(void)
{
	blank_disk();
	struct error err;
	struct vm_disk d = {.path = disk};
	CHECK_EQ_U64(vm_disk_decide_format(&d, true, &err), 0);
	CHECK(d.format && strcmp(d.format, "raw") == 0 && d.format_probed);
	/* Decided once: a header written since changes nothing. */
	write_file(disk, hdr, sizeof(hdr));
	CHECK_EQ_U64(vm_disk_decide_format(&d, true, &err), 0);
	CHECK(strcmp(d.format, "raw") == 0);
	/* Undecided (a disk an older snapshot recorded without a format): a
	 * qcow2 probe is refused for a restore, taken for a new VM. */
	struct vm_disk old = {.path = disk};
	CHECK_EQ_U64(vm_disk_decide_format(&old, true, &err), -1);
	CHECK(strstr(err.msg, "probes as qcow2") && strstr(err.msg, "format=qcow2") && !old.format);
	CHECK_EQ_U64(vm_disk_decide_format(&old, false, &err), 0);
	CHECK(strcmp(old.format, "qcow2") == 0 && old.format_probed);

	/* The snapshot's VMCF: the format and whether it was probed. */
	struct vm *vm = calloc(1, sizeof(*vm));
	struct vm_config cfg = {.mem_size = 64ULL << 20, .ncpus = 1};
	CHECK(vm && vm_init(vm, &cfg, NULL) == 0);
	vm->board = board_create(&vm->env, -1, -1, NULL);
	vm->cfg.ndisks = 3;
	vm->cfg.disks[0] = d;
	vm->cfg.disks[1] = (struct vm_disk){.path = "/d/b.qcow2", .format = "qcow2"};
	vm->cfg.disks[2] = (struct vm_disk){.path = "/d/c.img"};
	char snap[300], mem[300];
	snprintf(snap, sizeof(snap), "%s/vm.snap", dir);
	snprintf(mem, sizeof(mem), "%s/vm.mem", dir);
	struct snapshot_stats st;
	CHECK(vm_pause(vm) == 0);
	CHECK(snapshot_save(vm, snap, mem, &st, err.msg, sizeof(err.msg)) == 0);
	struct snapshot s;
	CHECK(snapshot_open(&s, snap, err.msg, sizeof(err.msg)) == 0);
	struct vm_config got = {0};
	snapshot_vm_config(&s, &got);
	CHECK_EQ_U64(got.ndisks, 3);
	CHECK(got.disks[0].format && strcmp(got.disks[0].format, "raw") == 0);
	CHECK(got.disks[0].format_probed);
	CHECK(got.disks[1].format && strcmp(got.disks[1].format, "qcow2") == 0);
	CHECK(!got.disks[1].format_probed);
	CHECK(!got.disks[2].format && !got.disks[2].format_probed);
	snapshot_close(&s);
	vm->cfg.ndisks = 0;
	board_destroy(vm->board);
	vm_destroy(vm);
	free(vm);
	unlink(snap);
	unlink(mem);
}

int main(void)
{
	CHECK(mkdtemp(dir) != NULL);
	snprintf(disk, sizeof(disk), "%s/disk.img", dir);
	snprintf(secret, sizeof(secret), "%s/secret", dir);
	snprintf(hdr_path, sizeof(hdr_path), "%s/hdr.qcow2", dir);
	static uint8_t sec[65536];
	for (size_t k = 0; k + strlen(SECRET) <= sizeof(sec); k += strlen(SECRET))
		memcpy(sec + k, SECRET, strlen(SECRET));
	write_file(secret, sec, sizeof(sec));
	/* The header: a 1 MiB qcow2 image (the disk's size) backed by "secret",
	 * which is resolved next to the image, i.e. next to the disk. */
	struct qcow2_create_opts co = {
	    .size = DISK_BYTES, .cluster_size = 512, .backing = "secret", .backing_fmt = "raw"};
	char err[512];
	CHECK(qcow2_create(hdr_path, &co, err, sizeof(err)) == 0);
	struct stat sb;
	CHECK(stat(hdr_path, &sb) == 0 && sb.st_size > 0 && sb.st_size <= (off_t)sizeof(hdr));
	read_file(hdr_path, hdr, (size_t)sb.st_size, 0);

	/* The bait works: the header on a raw disk, opened by probing, reads
	 * the secret (what a reboot did before the guard and the recorded
	 * format). */
	blank_disk();
	write_file(disk, hdr, sizeof(hdr));
	{
		static uint8_t z[DISK_BYTES - sizeof(hdr)];
		int fd = open(disk, O_WRONLY | O_APPEND | O_CLOEXEC);
		CHECK(fd >= 0 && write(fd, z, sizeof(z)) == (ssize_t)sizeof(z));
		if (fd >= 0)
			close(fd);
	}
	struct block_open_opts o = {.readonly = true};
	struct block_dev *bd = block_open(disk, &o, err, sizeof(err));
	CHECK(bd && bd->fmt == &block_format_qcow2);
	uint8_t buf[4096];
	CHECK(bd && block_pread(bd, buf, sizeof(buf), 0) == (ssize_t)sizeof(buf) &&
	      has_secret(buf, sizeof(buf)));
	block_close(bd);

	test_guest_write_refused();
	test_block_guard(false);
	test_block_guard(true);
	test_decide_and_record();

	unlink(disk);
	unlink(secret);
	unlink(hdr_path);
	rmdir(dir);
	CHECK_DONE();
}
