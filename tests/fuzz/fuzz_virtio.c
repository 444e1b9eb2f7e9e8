/* Fuzz target for every virtio device's guest-facing side (src/virtio/):
 * the MMIO registers, the split virtqueues and the request chains of
 * virtio-blk, -net, -rng, -balloon, -console, -9p, -vsock and -input. Each
 * input builds one device on a fresh board over 1 MiB of guest RAM,
 * initialises it as a driver would (or leaves that to the input), then
 * plays a sequence of driver actions: register writes and reads, RAM
 * writes, descriptors (in RAM or aimed anywhere), offered chains and kicks,
 * and host-side events (console input, a balloon target, the power button,
 * a host vsock connection). The device must never crash, hang (libFuzzer's
 * -timeout), leak a descriptor, or touch memory outside guest RAM: RAM is
 * moved between two 1 MiB PROT_NONE guard regions, so a stray access
 * faults, and ASan watches the heap.
 *
 * Input: byte 0 the device (mod 8: blk, net, rng, balloon, console, 9p,
 * vsock, input); byte 1 flags (bits 0-1 queue size 2 << n; bit 2 offer
 * EVENT_IDX, bit 3 INDIRECT_DESC; bit 4 no driver initialisation; bit 5 a
 * variant: read-only disk or share, balloon statistics every second; bit 6
 * a qcow2 disk); then operations, each an opcode byte (mod 8) and its
 * little-endian arguments (see fz_op), until the input ends.
 *
 * Device back ends stay on this host and inside the test's own temporary
 * directory: the disk image, the 9p share, the vsock sockets; the NIC is
 * user-mode with restrict=on (nothing leaves its virtual network).
 *
 * Built by `make fuzz-build` (libFuzzer) and `make unit` (the plain driver
 * of fuzz_driver.h, which tests/cli/fuzz_corpus.sh runs on the corpus). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "block/qcow2.h"
#include "machine/board.h"
#include "mem/bus.h"
#include "virtio/balloon.h"
#include "virtio/blk.h"
#include "virtio/console.h"
#include "virtio/devices.h"
#include "virtio/input.h"
#include "virtio/mmio.h"
#include "virtio/net.h"
#include "virtio/p9.h"
#include "virtio/rng.h"
#include "virtio/vsock.h"
#include "vmm/vm.h"

#include "fuzz_guard.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FZ_RAM (1ULL << 20)
#define FZ_SLOT 0
#define FZ_DISK_SIZE (256 * 1024)
/* Queue q's rings, 4 KiB per queue at the start of RAM (queues of up to
 * 16 entries fit: descriptors 256 bytes, avail 38, used 134). */
#define FZ_DESC(q) (VM_RAM_BASE + 0x1000ULL * (q))
#define FZ_AVAIL(q) (FZ_DESC(q) + 0x400)
#define FZ_USED(q) (FZ_DESC(q) + 0x800)
#define FZ_NKINDS 8

enum { FZ_BLK, FZ_NET, FZ_RNG, FZ_BALLOON, FZ_CONSOLE, FZ_P9, FZ_VSOCK, FZ_INPUT };

/* What lives across inputs: the VM (its RAM guarded), the temporary
 * directory with the disk image, the share and the vsock sockets. */
struct fz_fixture {
	struct vm *vm;
	char dir[40], disk[64], qdisk[64], share[64], vsock[64], vsock_port[80];
	int listen_fd; /* a host service at vsock's PATH_1024 */
	int null_fd;   /* the console's output */
};

/* One input's device and driver state. */
struct fz_run {
	struct fz_fixture *fx;
	struct board *b;
	struct virtio_mmio *t;
	unsigned kind, qn;
	uint16_t avail[VIRTIO_MMIO_MAX_QUEUES];
	int con_in[2];	  /* the console's input pipe */
	int host_conn[4]; /* host-side vsock connections this input made */
	unsigned nconn;
	const uint8_t *p;
	size_t left;
};

static void fz_die(const char *why)
{
	fprintf(stderr, "fuzz_virtio: %s\n", why);
	abort();
}

static int fz_rm_one(const char *p, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	if (ftw->level == 0)
		return 0;
	return (type == FTW_DP ? rmdir(p) : unlink(p)) < 0 ? -1 : 0;
}

static int fz_open_up(const char *p, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (type == FTW_D || type == FTW_DNR)
		chmod(p, 0700);
	return 0;
}

/* Empty a directory of ours without following links. */
static void fz_empty_dir(const char *dir)
{
	chmod(dir, 0755);
	nftw(dir, fz_open_up, 16, FTW_PHYS);
	if (nftw(dir, fz_rm_one, 16, FTW_DEPTH | FTW_PHYS) < 0)
		fz_die("cannot empty the share");
}

static struct fz_fixture *fz_fixture;

static void fz_remove_all(void)
{
	struct fz_fixture *fx = fz_fixture;
	if (!fx)
		return;
	close(fx->listen_fd);
	fz_empty_dir(fx->share);
	rmdir(fx->share);
	unlink(fx->disk);
	unlink(fx->qdisk);
	unlink(fx->vsock_port);
	unlink(fx->vsock);
	rmdir(fx->dir);
}

static struct fz_fixture *fz_setup(void)
{
	if (fz_fixture)
		return fz_fixture;
	static struct fz_fixture fx;
	struct stat st;
	const char *base = stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode) ? "/dev/shm" : "/tmp";
	snprintf(fx.dir, sizeof(fx.dir), "%s/rvisor-fuzz-virtio-XXXXXX", base);
	if (!mkdtemp(fx.dir))
		fz_die("mkdtemp");
	snprintf(fx.disk, sizeof(fx.disk), "%s/disk.raw", fx.dir);
	snprintf(fx.qdisk, sizeof(fx.qdisk), "%s/disk.qcow2", fx.dir);
	snprintf(fx.share, sizeof(fx.share), "%s/share", fx.dir);
	snprintf(fx.vsock, sizeof(fx.vsock), "%s/v", fx.dir);
	snprintf(fx.vsock_port, sizeof(fx.vsock_port), "%s_1024", fx.vsock);
	if (mkdir(fx.share, 0755) < 0)
		fz_die("mkdir share");

	/* A host service the guest can connect to (never accepted until the
	 * input ends: its queue is what the device sees). */
	fx.listen_fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	struct sockaddr_un a = {.sun_family = AF_UNIX};
	snprintf(a.sun_path, sizeof(a.sun_path), "%s", fx.vsock_port);
	if (fx.listen_fd < 0 || bind(fx.listen_fd, (struct sockaddr *)&a, sizeof(a)) < 0 ||
	    listen(fx.listen_fd, 4) < 0)
		fz_die("cannot listen at the vsock port");
	fx.null_fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (fx.null_fd < 0)
		fz_die("/dev/null");

	fx.vm = calloc(1, sizeof(*fx.vm));
	struct vm_config cfg = {.mem_size = FZ_RAM, .ncpus = 1};
	struct error e = {0};
	if (!fx.vm || vm_init(fx.vm, &cfg, &e) < 0)
		fz_die("cannot make the VM");
	fuzz_guard_ram(&fx.vm->bus);
	fz_fixture = &fx;
	atexit(fz_remove_all);
	return &fx;
}

/* The disk for this input: zeroed raw, or a fresh small qcow2. */
static const char *fz_disk(struct fz_fixture *fx, bool qcow2)
{
	if (qcow2) {
		char err[256];
		unlink(fx->qdisk);
		struct qcow2_create_opts o = {.size = FZ_DISK_SIZE, .cluster_size = 4096};
		if (qcow2_create(fx->qdisk, &o, err, sizeof(err)) < 0)
			fz_die(err);
		return fx->qdisk;
	}
	int fd = open(fx->disk, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0 || ftruncate(fd, FZ_DISK_SIZE) < 0)
		fz_die("cannot make the disk image");
	close(fd);
	return fx->disk;
}

static int fz_count_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	if (!d)
		return -1;
	int n = 0;
	while (readdir(d))
		n++;
	closedir(d);
	return n;
}

/* --- Reading the input --- */

static bool fz_take(struct fz_run *r, void *out, size_t n)
{
	if (r->left < n)
		return false;
	memcpy(out, r->p, n);
	r->p += n;
	r->left -= n;
	return true;
}

static bool fz_u8(struct fz_run *r, uint8_t *v)
{
	return fz_take(r, v, 1);
}

static bool fz_u16(struct fz_run *r, uint16_t *v)
{
	uint8_t b[2];
	if (!fz_take(r, b, 2))
		return false;
	*v = (uint16_t)(b[0] | b[1] << 8);
	return true;
}

static bool fz_u32(struct fz_run *r, uint32_t *v)
{
	uint16_t lo, hi;
	if (!fz_u16(r, &lo) || !fz_u16(r, &hi))
		return false;
	*v = lo | (uint32_t)hi << 16;
	return true;
}

static bool fz_u64(struct fz_run *r, uint64_t *v)
{
	uint32_t lo, hi;
	if (!fz_u32(r, &lo) || !fz_u32(r, &hi))
		return false;
	*v = lo | (uint64_t)hi << 32;
	return true;
}

/* --- The driver side --- */

static void fz_wr(struct fz_run *r, uint64_t off, unsigned size, uint64_t v)
{
	uint64_t base = VIRT_VIRTIO_BASE + (uint64_t)FZ_SLOT * VIRT_VIRTIO_SIZE;
	bus_write(&r->fx->vm->bus, base + off, size, v); /* refusals are fine */
}

static uint64_t fz_rd(struct fz_run *r, uint64_t off, unsigned size)
{
	uint64_t base = VIRT_VIRTIO_BASE + (uint64_t)FZ_SLOT * VIRT_VIRTIO_SIZE, v = 0;
	bus_read(&r->fx->vm->bus, base + off, size, &v);
	return v;
}

static void fz_ram_put(struct fz_run *r, uint64_t pa, const void *p, size_t n)
{
	if (!bus_copy_to_guest(&r->fx->vm->bus, pa, p, n))
		fz_die("the fixture's own RAM write failed");
}

static void fz_put_desc(struct fz_run *r, unsigned q, unsigned i, uint64_t addr, uint32_t len,
			uint16_t flags, uint16_t next)
{
	uint8_t d[16];
	memcpy(d, &addr, 8);
	memcpy(d + 8, &len, 4);
	memcpy(d + 12, &flags, 2);
	memcpy(d + 14, &next, 2);
	fz_ram_put(r, FZ_DESC(q) + 16 * (i % r->qn), d, 16);
}

/* The status sequence, the flags' features, every queue the device has,
 * DRIVER_OK: the state Linux leaves a device in. */
static void fz_driver_init(struct fz_run *r, uint8_t flags)
{
	fz_wr(r, VIRTIO_MMIO_STATUS, 4, 0);
	fz_wr(r, VIRTIO_MMIO_STATUS, 4, VIRTIO_STATUS_ACKNOWLEDGE);
	fz_wr(r, VIRTIO_MMIO_STATUS, 4, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER);
	fz_wr(r, VIRTIO_MMIO_DEVICE_FEATURES_SEL, 4, 0);
	uint64_t dev = fz_rd(r, VIRTIO_MMIO_DEVICE_FEATURES, 4);
	fz_wr(r, VIRTIO_MMIO_DEVICE_FEATURES_SEL, 4, 1);
	dev |= fz_rd(r, VIRTIO_MMIO_DEVICE_FEATURES, 4) << 32;
	uint64_t want = (1ULL << VIRTIO_F_VERSION_1) | 0xffffffULL; /* device-specific bits */
	if (flags & 4)
		want |= 1ULL << VIRTIO_F_RING_EVENT_IDX;
	if (flags & 8)
		want |= 1ULL << VIRTIO_F_RING_INDIRECT_DESC;
	uint64_t drv = dev & want;
	fz_wr(r, VIRTIO_MMIO_DRIVER_FEATURES_SEL, 4, 0);
	fz_wr(r, VIRTIO_MMIO_DRIVER_FEATURES, 4, (uint32_t)drv);
	fz_wr(r, VIRTIO_MMIO_DRIVER_FEATURES_SEL, 4, 1);
	fz_wr(r, VIRTIO_MMIO_DRIVER_FEATURES, 4, (uint32_t)(drv >> 32));
	fz_wr(r, VIRTIO_MMIO_STATUS, 4,
	      VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER | VIRTIO_STATUS_FEATURES_OK);
	for (unsigned q = 0; q < VIRTIO_MMIO_MAX_QUEUES; q++) {
		fz_wr(r, VIRTIO_MMIO_QUEUE_SEL, 4, q);
		if (fz_rd(r, VIRTIO_MMIO_QUEUE_NUM_MAX, 4) == 0)
			break;
		fz_wr(r, VIRTIO_MMIO_QUEUE_NUM, 4, r->qn);
		fz_wr(r, VIRTIO_MMIO_QUEUE_DESC_LOW, 4, (uint32_t)FZ_DESC(q));
		fz_wr(r, VIRTIO_MMIO_QUEUE_DESC_HIGH, 4, (uint32_t)(FZ_DESC(q) >> 32));
		fz_wr(r, VIRTIO_MMIO_QUEUE_DRIVER_LOW, 4, (uint32_t)FZ_AVAIL(q));
		fz_wr(r, VIRTIO_MMIO_QUEUE_DRIVER_HIGH, 4, (uint32_t)(FZ_AVAIL(q) >> 32));
		fz_wr(r, VIRTIO_MMIO_QUEUE_DEVICE_LOW, 4, (uint32_t)FZ_USED(q));
		fz_wr(r, VIRTIO_MMIO_QUEUE_DEVICE_HIGH, 4, (uint32_t)(FZ_USED(q) >> 32));
		fz_wr(r, VIRTIO_MMIO_QUEUE_READY, 4, 1);
	}
	fz_wr(r, VIRTIO_MMIO_STATUS, 4,
	      VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER | VIRTIO_STATUS_FEATURES_OK |
		  VIRTIO_STATUS_DRIVER_OK);
}

/* A host-side event for the device under test. */
static void fz_host_event(struct fz_run *r, uint8_t arg)
{
	switch (r->kind) {
	case FZ_CONSOLE: {
		char text[16];
		int n = snprintf(text, sizeof(text), "%u\n", arg);
		if (write(r->con_in[1], text, (size_t)n) < 0)
			fz_die("console pipe");
		break;
	}
	case FZ_BALLOON: {
		struct balloon *d = virtio_balloon_find(r->b);
		if (d)
			virtio_balloon_set_target(d, arg % 2); /* 0 or 1 MiB: all of RAM */
		break;
	}
	case FZ_INPUT: {
		struct input *d = virtio_input_find(r->b);
		if (d)
			virtio_input_power_button(d);
		break;
	}
	case FZ_VSOCK: {
		if (r->nconn == sizeof(r->host_conn) / sizeof(r->host_conn[0]))
			break;
		int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
		struct sockaddr_un a = {.sun_family = AF_UNIX};
		snprintf(a.sun_path, sizeof(a.sun_path), "%s", r->fx->vsock);
		if (fd < 0)
			fz_die("socket");
		r->host_conn[r->nconn++] = fd;
		if (connect(fd, (struct sockaddr *)&a, sizeof(a)) == 0) {
			char line[32];
			int n = snprintf(line, sizeof(line), "CONNECT %u\nhello", 1000u + arg);
			if (send(fd, line, (size_t)n, MSG_NOSIGNAL) < 0 && errno != EAGAIN)
				break;
		}
		break;
	}
	default:
		break;
	}
}

/* One driver action; false when the input ended inside it. */
static bool fz_op(struct fz_run *r)
{
	uint8_t op, q, sz, len, arg;
	uint16_t off, idx, flags, next;
	uint32_t v32, dlen;
	uint64_t v64;
	if (!fz_u8(r, &op))
		return false;
	switch (op % 8) {
	case 0: /* register write: le16 offset, size code, le64 value */
		if (!fz_u16(r, &off) || !fz_u8(r, &sz) || !fz_u64(r, &v64))
			return false;
		fz_wr(r, off & 0x1ff, 1u << (sz & 3), v64);
		return true;
	case 1: /* register read: le16 offset, size code */
		if (!fz_u16(r, &off) || !fz_u8(r, &sz))
			return false;
		fz_rd(r, off & 0x1ff, 1u << (sz & 3));
		return true;
	case 2: { /* RAM write: le32 offset, length, bytes */
		uint8_t buf[255];
		if (!fz_u32(r, &v32) || !fz_u8(r, &len) || !fz_take(r, buf, len))
			return false;
		uint64_t at = v32 % FZ_RAM;
		if (at + len > FZ_RAM)
			at = FZ_RAM - len;
		fz_ram_put(r, VM_RAM_BASE + at, buf, len);
		return true;
	}
	case 3: /* descriptor into RAM: queue, index, le32 RAM offset, le32 length, le16 flags, le16
		   next */
	case 4: /* descriptor anywhere: queue, index, le64 address, the rest as above */
		if (!fz_u8(r, &q) || !fz_u8(r, &arg))
			return false;
		if (op % 8 == 3) {
			if (!fz_u32(r, &v32))
				return false;
			v64 = VM_RAM_BASE + v32 % FZ_RAM;
		} else if (!fz_u64(r, &v64)) {
			return false;
		}
		if (!fz_u32(r, &dlen) || !fz_u16(r, &flags) || !fz_u16(r, &next))
			return false;
		fz_put_desc(r, q % VIRTIO_MMIO_MAX_QUEUES, arg, v64, dlen, flags, next);
		return true;
	case 5: { /* offer a chain and kick: queue, le16 head */
		if (!fz_u8(r, &q) || !fz_u16(r, &idx))
			return false;
		q %= VIRTIO_MMIO_MAX_QUEUES;
		fz_ram_put(r, FZ_AVAIL(q) + 4 + 2 * (r->avail[q] % r->qn), &idx, 2);
		r->avail[q]++;
		__atomic_thread_fence(__ATOMIC_RELEASE);
		fz_ram_put(r, FZ_AVAIL(q) + 2, &r->avail[q], 2);
		fz_wr(r, VIRTIO_MMIO_QUEUE_NOTIFY, 4, q);
		virtio_mmio_drain(r->t);
		return true;
	}
	case 6: /* a kick alone (any value), then wait for the device */
		if (!fz_u16(r, &off))
			return false;
		fz_wr(r, VIRTIO_MMIO_QUEUE_NOTIFY, 4, off);
		virtio_mmio_drain(r->t);
		return true;
	default: /* a host-side event */
		if (!fz_u8(r, &arg))
			return false;
		fz_host_event(r, arg);
		virtio_mmio_drain(r->t);
		return true;
	}
}

/* The device of this input on a fresh board; false when create refused it
 * (an error of the fixture: every option here is valid). */
static void fz_create(struct fz_run *r, uint8_t flags)
{
	struct fz_fixture *fx = r->fx;
	struct error e = {0};
	const struct vdev_ctx ctx = {.err = &e};
	char opts[256];
	int rc = -1;
	bool variant = flags & 0x20;
	switch (r->kind) {
	case FZ_BLK:
		snprintf(opts, sizeof(opts), "%s%s", fz_disk(fx, flags & 0x40),
			 variant ? ",readonly=on" : "");
		rc = virtio_blk_create_opts(r->b, FZ_SLOT, opts, &ctx);
		break;
	case FZ_NET:
		rc = virtio_net_create(r->b, FZ_SLOT, "user,restrict=on", &ctx);
		break;
	case FZ_RNG:
		rc = virtio_rng_create(r->b, FZ_SLOT, "", &ctx);
		break;
	case FZ_BALLOON:
		rc = virtio_balloon_create(r->b, FZ_SLOT,
					   variant ? "stats=1,deflate-on-oom=on" : "", &ctx);
		break;
	case FZ_CONSOLE:
		rc = virtio_console_create(r->b, FZ_SLOT, "", &ctx);
		break;
	case FZ_P9:
		snprintf(opts, sizeof(opts), "%s,tag=fz%s", fx->share,
			 variant ? ",readonly=on" : "");
		rc = virtio_p9_create(r->b, FZ_SLOT, opts, &ctx);
		break;
	case FZ_VSOCK:
		snprintf(opts, sizeof(opts), "cid=3,socket=%s", fx->vsock);
		rc = virtio_vsock_create(r->b, FZ_SLOT, opts, &ctx);
		break;
	default:
		rc = virtio_input_create(r->b, FZ_SLOT, "", &ctx);
		break;
	}
	if (rc < 0) {
		fprintf(stderr, "fuzz_virtio: device %u: %s\n", r->kind, e.msg);
		fz_die("the fixture's device was refused");
	}
	for (unsigned k = 0; k < board_ndevices(r->b); k++) {
		void *dev;
		if (board_device(r->b, k, &dev) == &virtio_mmio_board_ops)
			r->t = dev;
	}
	if (!r->t)
		fz_die("no transport");
}

/* FUZZ_VIRTIO_VERBOSE=1: what the input did (for writing seeds). */
static void fz_report(struct fz_run *r)
{
	fprintf(stderr, "fuzz_virtio: device %u status %#x, used idx:", r->kind,
		(unsigned)fz_rd(r, VIRTIO_MMIO_STATUS, 4));
	for (unsigned q = 0; q < VIRTIO_MMIO_MAX_QUEUES; q++) {
		uint16_t used = 0;
		bus_copy_from_guest(&r->fx->vm->bus, FZ_USED(q) + 2, &used, 2);
		fprintf(stderr, " %u", used);
	}
	fprintf(stderr, "\n");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	struct fz_fixture *fx = fz_setup();
	struct fz_run r = {.fx = fx, .kind = data[0] % FZ_NKINDS, .qn = 2u << (data[1] & 3)};
	uint8_t flags = data[1];
	r.p = data + 2;
	r.left = size - 2;
	int fds_before = fz_count_fds();

	memset(fx->vm->bus.ram, 0, FZ_RAM);
	if (pipe2(r.con_in, O_CLOEXEC) < 0)
		fz_die("pipe");
	struct error e = {0};
	r.b = board_create(&fx->vm->env, r.kind == FZ_CONSOLE ? r.con_in[0] : -1,
			   r.kind == FZ_CONSOLE ? fx->null_fd : -1, &e);
	if (!r.b)
		fz_die(e.msg);
	fz_create(&r, flags);
	if (!(flags & 0x10))
		fz_driver_init(&r, flags);
	while (fz_op(&r))
		;
	virtio_mmio_drain(r.t);
	if (getenv("FUZZ_VIRTIO_VERBOSE"))
		fz_report(&r);

	board_destroy(r.b);
	fx->vm->bus.nregions = 0; /* the next board maps its devices afresh */
	for (unsigned k = 0; k < r.nconn; k++)
		close(r.host_conn[k]);
	int fd;
	while ((fd = accept4(fx->listen_fd, NULL, NULL, SOCK_CLOEXEC)) >= 0)
		close(fd);
	close(r.con_in[0]);
	close(r.con_in[1]);
	if (r.kind == FZ_P9)
		fz_empty_dir(fx->share);
	if (fds_before >= 0 && fz_count_fds() != fds_before)
		fz_die("a descriptor leaked");
	return 0;
}

#ifdef FUZZ_DRIVER
#include "fuzz_driver.h"
#endif
