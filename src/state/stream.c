/* The versioned state stream: writer and bounds-checked reader. */
#include "state/stream.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

void ss_writer_init(struct ss_writer *w)
{
	memset(w, 0, sizeof(*w));
}

void ss_writer_free(struct ss_writer *w)
{
	free(w->buf);
	memset(w, 0, sizeof(*w));
}

void ss_put_bytes(struct ss_writer *w, const void *p, size_t n)
{
	if (w->failed || n == 0)
		return;
	if (w->len + n > w->cap) {
		size_t cap = w->cap ? w->cap : 4096;
		while (cap < w->len + n)
			cap *= 2;
		uint8_t *nb = realloc(w->buf, cap);
		if (!nb) {
			w->failed = true;
			return;
		}
		w->buf = nb;
		w->cap = cap;
	}
	memcpy(w->buf + w->len, p, n);
	w->len += n;
}

void ss_put_u8(struct ss_writer *w, uint8_t v)
{
	ss_put_bytes(w, &v, 1);
}

void ss_put_u32(struct ss_writer *w, uint32_t v)
{
	uint8_t b[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
	ss_put_bytes(w, b, 4);
}

void ss_put_u64(struct ss_writer *w, uint64_t v)
{
	ss_put_u32(w, (uint32_t)v);
	ss_put_u32(w, (uint32_t)(v >> 32));
}

void ss_write_header(struct ss_writer *w, uint64_t ram_size, uint32_t ncpus, const char *isa)
{
	size_t isa_len = strlen(isa);
	ss_put_bytes(w, SS_MAGIC "", 8);
	ss_put_u32(w, SS_FORMAT_VERSION);
	ss_put_u32(w, (uint32_t)(8 + 4 + 4 + 8 + 4 + 4 + isa_len));
	ss_put_u64(w, ram_size);
	ss_put_u32(w, ncpus);
	ss_put_u32(w, (uint32_t)isa_len);
	ss_put_bytes(w, isa, isa_len);
	w->checksums = true;
}

void ss_begin(struct ss_writer *w, uint32_t id, uint32_t instance, uint32_t version)
{
	ss_put_u32(w, id);
	ss_put_u32(w, instance);
	ss_put_u32(w, version);
	w->section_start = w->len;
	ss_put_u64(w, 0); /* length, patched by ss_end */
}

void ss_end(struct ss_writer *w)
{
	if (w->failed)
		return;
	uint64_t len = w->len - w->section_start - 8;
	for (int k = 0; k < 8; k++)
		w->buf[w->section_start + k] = (uint8_t)(len >> (8 * k));
	if (w->checksums) {
		size_t start = w->section_start - 12; /* the section's id */
		ss_put_u32(w, (uint32_t)crc32(0, w->buf + start, (uInt)(w->len - start)));
	}
}

void ss_write_end(struct ss_writer *w)
{
	ss_begin(w, SS_ID('E', 'N', 'D', 0), 0, 1);
	ss_end(w);
}

static uint32_t rd32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t rd64(const uint8_t *p)
{
	return rd32(p) | (uint64_t)rd32(p + 4) << 32;
}

int ss_read_header(const uint8_t *buf, size_t len, struct ss_header *hdr, size_t *body_off,
		   char *err, size_t errlen)
{
	if (len < 32 || memcmp(buf, SS_MAGIC, 8) != 0) {
		snprintf(err, errlen, "not an rvisor state stream (bad magic)");
		return -1;
	}
	hdr->format_version = rd32(buf + 8);
	if (hdr->format_version < SS_FORMAT_OLDEST || hdr->format_version > SS_FORMAT_VERSION) {
		snprintf(err, errlen,
			 "state format version %u is not supported (this rvisor reads %u to %u)",
			 hdr->format_version, SS_FORMAT_OLDEST, SS_FORMAT_VERSION);
		return -1;
	}
	uint32_t hlen = rd32(buf + 12);
	hdr->ram_size = rd64(buf + 16);
	hdr->ncpus = rd32(buf + 24);
	uint32_t isa_len = rd32(buf + 28);
	if (hlen > len || isa_len >= sizeof(hdr->isa) || 32 + (size_t)isa_len != hlen) {
		snprintf(err, errlen, "state stream header is truncated or malformed");
		return -1;
	}
	/* A NUL inside would cut the string short, and a shorter ISA string
	 * can pass for an older, smaller ISA: refuse it as damage. */
	if (memchr(buf + 32, 0, isa_len)) {
		snprintf(err, errlen, "state stream header's ISA string contains a NUL byte");
		return -1;
	}
	memcpy(hdr->isa, buf + 32, isa_len);
	hdr->isa[isa_len] = 0;
	*body_off = hlen;
	return 0;
}

int ss_next_section(const uint8_t *buf, size_t len, size_t *off, struct ss_reader *r, char *err,
		    size_t errlen)
{
	return ss_next_section_fmt(buf, len, off, 1, r, err, errlen);
}

int ss_next_section_fmt(const uint8_t *buf, size_t len, size_t *off, uint32_t format,
			struct ss_reader *r, char *err, size_t errlen)
{
	size_t tail = format >= 2 ? 4 : 0; /* the CRC after the payload */
	if (*off > len || len - *off < 20 + tail) {
		snprintf(err, errlen, "state stream truncated at offset %zu (no END section)",
			 *off);
		return -1;
	}
	const uint8_t *p = buf + *off;
	uint64_t slen = rd64(p + 12);
	if (slen > len - *off - 20 - tail) {
		snprintf(err, errlen,
			 "state section at offset %zu claims %llu bytes, only %zu remain", *off,
			 (unsigned long long)slen, len - *off - 20 - tail);
		return -1;
	}
	if (tail && rd32(p + 20 + slen) != (uint32_t)crc32(0, p, (uInt)(20 + slen))) {
		char id[5];
		for (int k = 0; k < 4; k++)
			id[k] = p[k] >= 0x20 && p[k] < 0x7f ? (char)p[k] : '?';
		id[4] = 0;
		snprintf(err, errlen,
			 "state section \"%s\" instance %u at offset %zu is corrupt (checksum "
			 "mismatch)",
			 id, rd32(p + 4), *off);
		return -1;
	}
	memset(r, 0, sizeof(*r));
	r->id = rd32(p);
	r->instance = rd32(p + 4);
	r->version = rd32(p + 8);
	r->p = p + 20;
	r->len = (size_t)slen;
	*off += 20 + (size_t)slen + tail;
	return r->id == SS_ID('E', 'N', 'D', 0) ? 0 : 1;
}

void ss_get_bytes(struct ss_reader *r, void *p, size_t n)
{
	if (r->error || n > r->len - r->pos) {
		r->error = true;
		memset(p, 0, n);
		return;
	}
	memcpy(p, r->p + r->pos, n);
	r->pos += n;
}

uint8_t ss_get_u8(struct ss_reader *r)
{
	uint8_t v;
	ss_get_bytes(r, &v, 1);
	return v;
}

uint32_t ss_get_u32(struct ss_reader *r)
{
	uint8_t b[4];
	ss_get_bytes(r, b, 4);
	return rd32(b);
}

uint64_t ss_get_u64(struct ss_reader *r)
{
	uint8_t b[8];
	ss_get_bytes(r, b, 8);
	return rd64(b);
}
