/* Snapshots: save a VM (harts, board devices, sparse RAM), restore it into a
 * fresh VM whose RAM maps the memory file copy-on-write, and refuse
 * truncated, corrupt, other-version and other-shape streams without
 * changing anything. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "streamtools.h"
#include "machine/board.h"
#include "util/file.h"
#include "vmm/snapshot.h"
#include "vmm/vm.h"

#define MEM (64ULL << 20)
#define NCPUS 2

static struct vm *make_vm(const char *mem_file)
{
	struct vm *vm = calloc(1, sizeof(*vm));
	struct vm_config cfg = {.mem_size = MEM,
				.ncpus = NCPUS,
				.kernel = "/k/Image",
				.append = "console=ttyS0 quiet",
				.mem_file = mem_file};
	if (!vm || vm_init(vm, &cfg, NULL) < 0)
		return NULL;
	vm->board = board_create(&vm->env, -1, -1, NULL);
	return vm->board ? vm : NULL;
}

static void free_vm(struct vm *vm)
{
	board_destroy(vm->board);
	vm_destroy(vm);
	free(vm);
}

/* Offset of the first section with this id (its 20-byte header). */
static size_t find_section(const uint8_t *buf, size_t len, uint32_t id)
{
	struct ss_header h;
	size_t off;
	char err[160];
	if (ss_read_header(buf, len, &h, &off, err, sizeof(err)) < 0)
		return 0;
	struct ss_reader r;
	for (;;) {
		size_t at = off;
		if (ss_next_section_fmt(buf, len, &off, h.format_version, &r, err, sizeof(err)) <=
		    0)
			return 0;
		if (r.id == id)
			return at;
	}
}

/* Try to apply a modified stream to vm; true when refused. */
static bool refused(uint8_t *buf, size_t len, struct vm *vm, const char *want)
{
	uint8_t *copy = malloc(len ? len : 1);
	memcpy(copy, buf, len);
	struct snapshot s;
	char err[512] = "";
	int rc = snapshot_open_buf(&s, copy, len, err, sizeof(err));
	if (rc == 0)
		rc = snapshot_apply(&s, vm, err, sizeof(err));
	snapshot_close(&s);
	if (rc == 0)
		return false;
	if (want && !strstr(err, want)) {
		fprintf(stderr, "refused with \"%s\", expected \"%s\"\n", err, want);
		return false;
	}
	return true;
}

/* The VMCF records each disk with its rate limits (as last set), and
 * snapshot_vm_config hands them back. */
static void test_disk_limits(const char *dir)
{
	char snap_path[256], mem_path[256];
	snprintf(snap_path, sizeof(snap_path), "%s/lim.snap", dir);
	snprintf(mem_path, sizeof(mem_path), "%s/lim.mem", dir);
	struct vm *a = make_vm(NULL);
	CHECK(a != NULL);
	if (!a)
		return;
	a->cfg.ndisks = 2;
	a->cfg.disks[0] = (struct vm_disk){.path = "/d/a.img",
					   .limits = {.bytes = {.rate = 4 << 20, .size = 8 << 20},
						      .ops = {.rate = 200, .size = 400}}};
	a->cfg.disks[1] = (struct vm_disk){.path = "/d/b.img", .readonly = true};
	CHECK(vm_pause(a) == 0);
	struct snapshot_stats st;
	char err[512];
	CHECK(snapshot_save(a, snap_path, mem_path, &st, err, sizeof(err)) == 0);
	struct snapshot s;
	CHECK(snapshot_open(&s, snap_path, err, sizeof(err)) == 0);
	struct vm_config cfg = {0};
	snapshot_vm_config(&s, &cfg);
	CHECK_EQ_U64(cfg.ndisks, 2);
	CHECK(cfg.disks[0].path && strcmp(cfg.disks[0].path, "/d/a.img") == 0);
	CHECK_EQ_U64(cfg.disks[0].limits.bytes.rate, 4 << 20);
	CHECK_EQ_U64(cfg.disks[0].limits.bytes.size, 8 << 20);
	CHECK_EQ_U64(cfg.disks[0].limits.ops.rate, 200);
	CHECK_EQ_U64(cfg.disks[0].limits.ops.size, 400);
	CHECK(cfg.disks[1].readonly);
	CHECK_EQ_U64(cfg.disks[1].limits.bytes.rate | cfg.disks[1].limits.bytes.size |
			 cfg.disks[1].limits.ops.rate | cfg.disks[1].limits.ops.size,
		     0);
	snapshot_close(&s);
	a->cfg.ndisks = 0;
	free_vm(a);
	unlink(snap_path);
	unlink(mem_path);
}

int main(void)
{
	char dir[] = "/tmp/rvisor-snapXXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	char snap_path[256], mem_path[256];
	snprintf(snap_path, sizeof(snap_path), "%s/vm.snap", dir);
	snprintf(mem_path, sizeof(mem_path), "%s/vm.mem", dir);

	/* A VM with recognisable state. */
	struct vm *a = make_vm(NULL);
	CHECK(a != NULL);
	if (!a)
		return 1;
	for (unsigned k = 0; k < NCPUS; k++) {
		struct hart *h = a->harts[k];
		for (int r = 1; r < 32; r++)
			h->x[r] = 0x1000u * k + (unsigned)r;
		h->f[3] = 0x400921fb54442d18ULL;
		h->pc = 0x80200000u + 4 * k;
		h->priv = PRV_S;
		h->instret = 123456789 + k;
		h->csr.satp = 0x8000000000012345ULL;
		h->csr.stvec = 0xffffffff80001000ULL;
		h->wfi = k == 1;
	}
	uint8_t *ram = a->bus.ram;
	memset(ram + 0x1000, 0xab, 4096);     /* page 1 */
	ram[0x200000 + 17] = 0x5a;	      /* one byte in a page */
	memset(ram + MEM - 8192, 0xcd, 8192); /* the last two pages */
	vclock_init(&a->clock, 987654321);
	CHECK(vm_pause(a) == 0); /* not running: freezes the clock */

	struct snapshot_stats st;
	char err[512];
	CHECK(snapshot_save(a, snap_path, mem_path, &st, err, sizeof(err)) == 0);
	CHECK_EQ_U64(st.mem_bytes, 4 * 4096);
	struct stat sb;
	CHECK(stat(mem_path, &sb) == 0 && (uint64_t)sb.st_size == MEM);
	CHECK((uint64_t)sb.st_blocks * 512 < (1u << 20)); /* zero pages are holes */
	CHECK(stat(snap_path, &sb) == 0 && (sb.st_mode & 0777) == 0600);

	/* Restore into a fresh VM mapping the memory file. */
	struct snapshot s;
	CHECK(snapshot_open(&s, snap_path, err, sizeof(err)) == 0);
	CHECK_EQ_U64(s.cfg.mem_size, MEM);
	CHECK_EQ_U64(s.cfg.ncpus, NCPUS);
	CHECK(s.cfg.kernel && strcmp(s.cfg.kernel, "/k/Image") == 0);
	CHECK(s.cfg.append && strcmp(s.cfg.append, "console=ttyS0 quiet") == 0);
	CHECK(s.cfg.initrd == NULL && s.cfg.firmware == NULL && s.cfg.ndisks == 0);
	CHECK(s.cfg.mtime >= 987654321 && s.cfg.mtime < 987654321 + TIMEBASE_HZ);
	struct vm_config cfg = {0};
	snapshot_vm_config(&s, &cfg);
	CHECK_EQ_U64(cfg.mem_size, MEM);
	struct vm *b = make_vm(mem_path);
	CHECK(b != NULL);
	if (!b)
		return 1;
	CHECK(snapshot_apply(&s, b, err, sizeof(err)) == 0);
	for (unsigned k = 0; k < NCPUS; k++) {
		CHECK(memcmp(a->harts[k]->x, b->harts[k]->x, sizeof(uint64_t) * 32) == 0);
		CHECK_EQ_U64(b->harts[k]->f[3], 0x400921fb54442d18ULL);
		CHECK_EQ_U64(b->harts[k]->pc, a->harts[k]->pc);
		CHECK_EQ_U64(b->harts[k]->priv, PRV_S);
		CHECK_EQ_U64(b->harts[k]->instret, a->harts[k]->instret);
		CHECK_EQ_U64(b->harts[k]->csr.satp, 0x8000000000012345ULL);
		CHECK(b->harts[k]->wfi == (k == 1));
	}
	/* Guest time continues from the saved value. */
	uint64_t now = vclock_now(&b->clock);
	CHECK(now >= s.cfg.mtime && now < s.cfg.mtime + TIMEBASE_HZ);
	CHECK(memcmp(b->bus.ram, a->bus.ram, MEM) == 0);
	/* Copy-on-write: writing restored RAM leaves the memory file alone. */
	b->bus.ram[0x1000] = 0x11;
	uint8_t byte = 0;
	int fd = open(mem_path, O_RDONLY);
	CHECK(fd >= 0 && pread(fd, &byte, 1, 0x1000) == 1 && byte == 0xab);
	close(fd);
	snapshot_close(&s);

	/* A snapshot taken by the restored VM (RAM without a memfd) matches. */
	char snap2[300], mem2[300];
	snprintf(snap2, sizeof(snap2), "%s/b.snap", dir);
	snprintf(mem2, sizeof(mem2), "%s/b.mem", dir);
	CHECK(snapshot_save(b, snap2, mem2, &st, err, sizeof(err)) == 0);
	CHECK_EQ_U64(st.mem_bytes, 4 * 4096);

	/* Refusals: read the stream, damage copies, apply to VM c whose state
	 * must stay untouched. */
	size_t len;
	uint8_t *buf = file_read_all(snap_path, &len);
	CHECK(buf != NULL);
	struct vm *c = make_vm(NULL);
	CHECK(c != NULL);
	if (!buf || !c)
		return 1;
	c->harts[0]->x[5] = 0x5555;
	c->harts[0]->pc = 0x1234;

	/* Every truncation is refused. */
	unsigned accepted = 0;
	for (size_t n = 0; n < len; n++)
		accepted += !refused(buf, n, c, NULL);
	CHECK_EQ_U64(accepted, 0);

	/* Another format version. */
	uint8_t *m = malloc(len);
	memcpy(m, buf, len);
	m[8] = 9;
	CHECK(refused(m, len, c, "format version 9 is not supported"));
	/* Another ISA. */
	memcpy(m, buf, len);
	m[32] = 'x';
	CHECK(refused(m, len, c, "ISA"));
	/* Machine shape: header ncpus disagrees with VMCF. */
	memcpy(m, buf, len);
	m[24] = 3;
	CHECK(refused(m, len, c, "disagree"));
	/* A hart section of an unknown version. */
	size_t hs = find_section(buf, len, SS_ID('H', 'A', 'R', 'T'));
	CHECK(hs != 0);
	memcpy(m, buf, len);
	m[hs + 8] = 99;
	ss_test_reseal(m, len);
	CHECK(refused(m, len, c, "hart 0"));
	/* The last device section (applied after the harts) of an unknown
	 * version: the harts must not have been touched either. */
	size_t us = find_section(buf, len, SS_ID('U', 'A', 'R', 'T'));
	CHECK(us != 0);
	memcpy(m, buf, len);
	m[us + 8] = 99;
	ss_test_reseal(m, len);
	CHECK(refused(m, len, c, NULL));
	/* A section no device owns (inserted before END). */
	/* (END is the last 24 bytes: 20 of frame, 4 of checksum.) */
	uint8_t *extra = malloc(len + 24);
	memcpy(extra, buf, len - 24);
	memset(extra + len - 24, 0, 24);
	memcpy(extra + len - 24, "ZZZZ", 4);
	extra[len - 24 + 8] = 1;
	memcpy(extra + len, buf + len - 24, 24);
	ss_test_reseal(extra, len + 24);
	CHECK(refused(extra, len + 24, c, "no device of this machine owns"));
	free(extra);
	/* A device section twice. */
	{
		size_t ulen = 24 + (size_t)(buf[us + 12] | buf[us + 13] << 8);
		uint8_t *dup = malloc(len + ulen);
		memcpy(dup, buf, len - 24);
		memcpy(dup + len - 24, buf + us, ulen);
		memcpy(dup + len - 24 + ulen, buf + len - 24, 24);
		CHECK(refused(dup, len + ulen, c, NULL));
		free(dup);
	}
	/* A stateful device without its section. */
	memcpy(m, buf, len);
	memcpy(m + us, "ZZZZ", 4);
	ss_test_reseal(m, len);
	CHECK(refused(m, len, c, "for uart"));
	/* Bytes after END. */
	uint8_t *longer = malloc(len + 4);
	memcpy(longer, buf, len);
	memset(longer + len, 0, 4);
	CHECK(refused(longer, len + 4, c, "after its END"));
	free(longer);
	/* Every single-byte corruption is refused or applies as a valid
	 * stream, never crashes (run under ASan/UBSan too): applied to d. */
	struct vm *d = make_vm(NULL);
	CHECK(d != NULL);
	unsigned nref = 0;
	for (size_t k = 0; d && k < len; k++) {
		memcpy(m, buf, len);
		m[k] ^= 0xff;
		nref += refused(m, len, d, NULL);
	}
	CHECK_EQ_U64(nref, len); /* format 2: every section has a checksum */
	if (d)
		free_vm(d);
	CHECK_EQ_U64(c->harts[0]->x[5], 0x5555);
	CHECK_EQ_U64(c->harts[0]->pc, 0x1234);
	/* A VM of another shape. */
	struct snapshot t;
	uint8_t *copy = malloc(len);
	memcpy(copy, buf, len);
	CHECK(snapshot_open_buf(&t, copy, len, err, sizeof(err)) == 0);
	struct vm *one = calloc(1, sizeof(*one));
	struct vm_config c1 = {.mem_size = MEM, .ncpus = 1};
	CHECK(vm_init(one, &c1, NULL) == 0);
	one->board = board_create(&one->env, -1, -1, NULL);
	CHECK(snapshot_apply(&t, one, err, sizeof(err)) < 0 && strstr(err, "shape"));
	snapshot_close(&t);
	free_vm(one);

	/* The original state applies to c after all those refusals. */
	CHECK(!refused(buf, len, c, NULL));
	CHECK_EQ_U64(c->harts[0]->x[5], a->harts[0]->x[5]);

	free(m);
	free(buf);
	free_vm(a);
	free_vm(b);
	free_vm(c);
	unlink(snap_path);
	unlink(mem_path);
	unlink(snap2);
	unlink(mem2);
	test_disk_limits(dir);
	rmdir(dir);
	CHECK_DONE();
}
