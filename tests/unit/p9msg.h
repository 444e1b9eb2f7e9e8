/* Hand-built 9P2000.L messages for the virtio-9p server tests
 * (test_p9.c, tests/fuzz/fuzz_p9.c). */
#ifndef RVISOR_TEST_P9MSG_H
#define RVISOR_TEST_P9MSG_H

#include <stdint.h>
#include <string.h>

#include "virtio/p9_proto.h"

struct p9msg {
	uint8_t b[8192];
	size_t n;
};

static inline void pm_le(struct p9msg *m, uint64_t v, unsigned k)
{
	for (unsigned i = 0; i < k && m->n < sizeof(m->b); i++)
		m->b[m->n++] = (uint8_t)(v >> (8 * i));
}
static inline void pm_str(struct p9msg *m, const char *s)
{
	size_t l = strlen(s);
	pm_le(m, l, 2);
	for (size_t i = 0; i < l && m->n < sizeof(m->b); i++)
		m->b[m->n++] = (uint8_t)s[i];
}
static inline void pm_begin(struct p9msg *m, uint8_t type)
{
	m->n = 0;
	pm_le(m, 0, 4);
	pm_le(m, type, 1);
	pm_le(m, 1, 2); /* tag */
}
static inline void pm_end(struct p9msg *m)
{
	for (unsigned i = 0; i < 4; i++)
		m->b[i] = (uint8_t)(m->n >> (8 * i));
}

/* Message builders: each fills m completely. */
static inline void pm_version(struct p9msg *m, uint32_t msize, const char *v)
{
	pm_begin(m, 100);
	pm_le(m, msize, 4);
	pm_str(m, v);
	pm_end(m);
}
static inline void pm_attach(struct p9msg *m, uint32_t fid)
{
	pm_begin(m, 104);
	pm_le(m, fid, 4);
	pm_le(m, 0xffffffffu, 4);
	pm_str(m, "root");
	pm_str(m, "");
	pm_le(m, 0, 4);
	pm_end(m);
}
static inline void pm_walk(struct p9msg *m, uint32_t fid, uint32_t newfid, unsigned n,
			   const char *const *names)
{
	pm_begin(m, 110);
	pm_le(m, fid, 4);
	pm_le(m, newfid, 4);
	pm_le(m, n, 2);
	for (unsigned k = 0; k < n; k++)
		pm_str(m, names[k]);
	pm_end(m);
}
static inline void pm_fid(struct p9msg *m, uint8_t type, uint32_t fid)
{
	pm_begin(m, type);
	pm_le(m, fid, 4);
	pm_end(m);
}
static inline void pm_lopen(struct p9msg *m, uint32_t fid, uint32_t flags)
{
	pm_begin(m, 12);
	pm_le(m, fid, 4);
	pm_le(m, flags, 4);
	pm_end(m);
}
static inline void pm_lcreate(struct p9msg *m, uint32_t fid, const char *name, uint32_t flags)
{
	pm_begin(m, 14);
	pm_le(m, fid, 4);
	pm_str(m, name);
	pm_le(m, flags, 4);
	pm_le(m, 0644, 4);
	pm_le(m, 0, 4);
	pm_end(m);
}
static inline void pm_mkdir(struct p9msg *m, uint32_t dfid, const char *name)
{
	pm_begin(m, 72);
	pm_le(m, dfid, 4);
	pm_str(m, name);
	pm_le(m, 0755, 4);
	pm_le(m, 0, 4);
	pm_end(m);
}
static inline void pm_symlink(struct p9msg *m, uint32_t dfid, const char *name, const char *tgt)
{
	pm_begin(m, 16);
	pm_le(m, dfid, 4);
	pm_str(m, name);
	pm_str(m, tgt);
	pm_le(m, 0, 4);
	pm_end(m);
}
static inline void pm_link(struct p9msg *m, uint32_t dfid, uint32_t fid, const char *name)
{
	pm_begin(m, 70);
	pm_le(m, dfid, 4);
	pm_le(m, fid, 4);
	pm_str(m, name);
	pm_end(m);
}
static inline void pm_renameat(struct p9msg *m, uint32_t od, const char *on, uint32_t nd,
			       const char *nn)
{
	pm_begin(m, 74);
	pm_le(m, od, 4);
	pm_str(m, on);
	pm_le(m, nd, 4);
	pm_str(m, nn);
	pm_end(m);
}
static inline void pm_rename(struct p9msg *m, uint32_t fid, uint32_t dfid, const char *name)
{
	pm_begin(m, 20);
	pm_le(m, fid, 4);
	pm_le(m, dfid, 4);
	pm_str(m, name);
	pm_end(m);
}
static inline void pm_unlinkat(struct p9msg *m, uint32_t dfid, const char *name, uint32_t flags)
{
	pm_begin(m, 76);
	pm_le(m, dfid, 4);
	pm_str(m, name);
	pm_le(m, flags, 4);
	pm_end(m);
}
static inline void pm_rw(struct p9msg *m, uint8_t type, uint32_t fid, uint64_t off, uint32_t count,
			 const void *data)
{
	pm_begin(m, type);
	pm_le(m, fid, 4);
	pm_le(m, off, 8);
	pm_le(m, count, 4);
	for (uint32_t i = 0; data && i < count && m->n < sizeof(m->b); i++)
		m->b[m->n++] = ((const uint8_t *)data)[i];
	pm_end(m);
}
static inline void pm_getattr(struct p9msg *m, uint32_t fid)
{
	pm_begin(m, 24);
	pm_le(m, fid, 4);
	pm_le(m, 0x7ff, 8);
	pm_end(m);
}
static inline void pm_setattr_size(struct p9msg *m, uint32_t fid, uint32_t valid, uint32_t mode,
				   uint64_t size)
{
	pm_begin(m, 26);
	pm_le(m, fid, 4);
	pm_le(m, valid, 4);
	pm_le(m, mode, 4);
	pm_le(m, 0, 4);
	pm_le(m, 0, 4);
	pm_le(m, size, 8);
	for (int k = 0; k < 4; k++)
		pm_le(m, 0, 8);
	pm_end(m);
}

static inline uint32_t pm_get32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

#endif
