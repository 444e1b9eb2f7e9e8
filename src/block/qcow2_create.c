/* qcow2 image creation: version 3, 16-bit refcounts, an empty L1 table, an
 * optional backing file (name and format recorded in the header). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "block/qcow2.h"

#define ERR(...) (snprintf(err, errlen, __VA_ARGS__), -EINVAL)

static uint64_t div_up(uint64_t a, uint64_t b)
{
	return (a + b - 1) / b;
}

int qcow2_create(const char *path, const struct qcow2_create_opts *o, char *err, size_t errlen)
{
	uint64_t cs = o->cluster_size ? o->cluster_size : 65536;
	uint32_t cb = 0;
	while ((1ull << cb) < cs)
		cb++;
	if ((1ull << cb) != cs || cb < 9 || cb > 21)
		return ERR("cluster size %llu: expected a power of two from 512 to 2M",
			   (unsigned long long)cs);
	if (o->size > (1ull << 60))
		return ERR("size too large");
	const uint32_t order = 4;
	uint64_t rb_entries = cs * 8 / 16;
	uint64_t l2_entries = cs / 8;
	uint64_t l1_size = div_up(div_up(o->size, cs), l2_entries);
	if (l1_size * 8 > QCOW2_MAX_L1_BYTES)
		return ERR("size too large for cluster size %llu", (unsigned long long)cs);
	uint64_t l1c = div_up(l1_size * 8, cs);
	size_t blen = o->backing ? strlen(o->backing) : 0;
	size_t flen = o->backing_fmt ? strlen(o->backing_fmt) : 0;
	if (blen > 1023)
		return ERR("backing file name too long");
	uint64_t hdr_need = 104 + (flen ? 8 + ((flen + 7) & ~7ull) : 0) + 8 + blen;
	if (hdr_need > cs)
		return ERR("header does not fit in one cluster");

	/* Refcount table sized to cover the fully allocated image (it is not
	 * grown later), refcount blocks for the metadata only. */
	uint64_t full = 1 + l1c + l1_size + div_up(o->size, cs);
	uint64_t rtc = 1, rbc = 1, meta;
	for (int it = 0; it < 64; it++) {
		meta = 1 + rtc + rbc + l1c;
		uint64_t nrbc = div_up(meta, rb_entries);
		uint64_t cover = full + rtc + div_up(full, rb_entries) + 64;
		uint64_t nrtc = div_up(div_up(cover + meta, rb_entries) * 8, cs);
		if (nrtc < 1)
			nrtc = 1;
		if (nrbc == rbc && nrtc == rtc)
			break;
		rbc = nrbc;
		rtc = nrtc;
	}
	meta = 1 + rtc + rbc + l1c;
	if (rtc * cs > QCOW2_MAX_RT_BYTES)
		return ERR("size too large for cluster size %llu", (unsigned long long)cs);

	uint8_t *buf = calloc(meta, cs);
	if (!buf)
		return ERR("out of memory");
	uint64_t rt_off = cs, rb_off = rt_off + rtc * cs, l1_off = rb_off + rbc * cs;
	uint8_t *h = buf;
	qcow2_put32(h, QCOW2_MAGIC);
	qcow2_put32(h + 4, 3);
	qcow2_put32(h + 20, cb);
	qcow2_put64(h + 24, o->size);
	qcow2_put32(h + 36, (uint32_t)l1_size);
	qcow2_put64(h + 40, l1_size ? l1_off : 0);
	qcow2_put64(h + 48, rt_off);
	qcow2_put32(h + 56, (uint32_t)rtc);
	qcow2_put32(h + 96, order);
	qcow2_put32(h + 100, 104);
	uint64_t p = 104;
	if (flen) {
		qcow2_put32(h + p, QCOW2_EXT_BACKING_FMT);
		qcow2_put32(h + p + 4, (uint32_t)flen);
		memcpy(h + p + 8, o->backing_fmt, flen);
		p += 8 + ((flen + 7) & ~7ull);
	}
	p += 8; /* end of extensions */
	if (blen) {
		qcow2_put64(h + 8, p);
		qcow2_put32(h + 16, (uint32_t)blen);
		memcpy(h + p, o->backing, blen);
	}
	for (uint64_t k = 0; k < rbc; k++)
		qcow2_put64(buf + rt_off + 8 * k, rb_off + k * cs);
	for (uint64_t c = 0; c < meta; c++)
		qcow2_rb_set(order, buf + rb_off + (c / rb_entries) * cs, c % rb_entries, 1);

	/* Written under a temporary name and renamed: a crash never leaves a
	 * half-written image under the final name. */
	char tmp[4096];
	if (snprintf(tmp, sizeof(tmp), "%s.XXXXXX", path) >= (int)sizeof(tmp)) {
		free(buf);
		return ERR("%s: path too long", path);
	}
	int fd = mkstemp(tmp);
	if (fd < 0) {
		free(buf);
		return ERR("%s: %s", path, strerror(errno));
	}
	mode_t mask = umask(0);
	umask(mask);
	int r = qcow2_pwrite_full(fd, buf, meta * cs, 0);
	free(buf);
	if (r == 0 && (fchmod(fd, 0666 & ~mask) < 0 || fdatasync(fd) < 0))
		r = -errno;
	close(fd);
	if (r == 0 && rename(tmp, path) < 0)
		r = -errno;
	if (r < 0) {
		unlink(tmp);
		return ERR("%s: %s", path, strerror(-r));
	}
	return 0;
}
