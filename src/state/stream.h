/* The versioned state stream: snapshots, clone templates, migration wire.
 *
 * Layout (little-endian):
 *   header  "RVSTATE\0" u32 format_version, u32 header_len,
 *           u64 ram_size, u32 ncpus, u32 isa_len, isa string
 *   section u32 id (4 ASCII chars), u32 instance, u32 version, u64 length, payload,
 *           and from format 2 on: u32 CRC-32 (zlib's) of the section's id through
 *           the end of its payload
 *   ...
 *   end     section id "END\0" (with its CRC in format 2)
 * A reader checks every length against the bytes that remain and refuses
 * unknown format or section versions with a message; nothing is applied
 * until the whole stream has parsed. Format 1 streams (no checksums) are
 * still read. Sections written without a header (unit tests of a single
 * device) carry no checksum and are read as format 1.
 */
#ifndef RVISOR_STATE_STREAM_H
#define RVISOR_STATE_STREAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SS_MAGIC "RVSTATE"
#define SS_FORMAT_VERSION 2
#define SS_FORMAT_OLDEST 1 /* the oldest format still read */

#define SS_ID(a, b, c, d)                                                                          \
	((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16 | (uint32_t)(d) << 24)

/* Growable in-memory writer. */
struct ss_writer {
	uint8_t *buf;
	size_t len, cap;
	size_t section_start; /* offset of the open section's length field */
	bool failed;	      /* allocation failure: the stream is unusable */
	bool checksums;	      /* sections end with a CRC (ss_write_header sets it) */
};

void ss_writer_init(struct ss_writer *w);
void ss_writer_free(struct ss_writer *w);
void ss_write_header(struct ss_writer *w, uint64_t ram_size, uint32_t ncpus, const char *isa);
void ss_begin(struct ss_writer *w, uint32_t id, uint32_t instance, uint32_t version);
void ss_end(struct ss_writer *w);
void ss_put_u8(struct ss_writer *w, uint8_t v);
void ss_put_u32(struct ss_writer *w, uint32_t v);
void ss_put_u64(struct ss_writer *w, uint64_t v);
void ss_put_bytes(struct ss_writer *w, const void *p, size_t n);
void ss_write_end(struct ss_writer *w);

struct ss_header {
	uint32_t format_version;
	uint64_t ram_size;
	uint32_t ncpus;
	char isa[64];
};

/* Reader over one section payload (bounds-checked cursor). */
struct ss_reader {
	const uint8_t *p;
	size_t len, pos;
	bool error; /* set on any read past the end; sticky */
	uint32_t id, instance, version;
};

/* Parse the header; on error returns -1 and writes a message to err. */
int ss_read_header(const uint8_t *buf, size_t len, struct ss_header *hdr, size_t *body_off,
		   char *err, size_t errlen);
/* Iterate sections from *off. Returns 1 with r set to the next section, 0 at
 * the END section, -1 on a malformed stream (message in err). The _fmt form
 * takes the stream's format (ss_header.format_version) and checks each
 * section's checksum from format 2 on; ss_next_section reads sections
 * written without a header (no checksums). */
int ss_next_section_fmt(const uint8_t *buf, size_t len, size_t *off, uint32_t format,
			struct ss_reader *r, char *err, size_t errlen);
int ss_next_section(const uint8_t *buf, size_t len, size_t *off, struct ss_reader *r, char *err,
		    size_t errlen);
uint8_t ss_get_u8(struct ss_reader *r);
uint32_t ss_get_u32(struct ss_reader *r);
uint64_t ss_get_u64(struct ss_reader *r);
void ss_get_bytes(struct ss_reader *r, void *p, size_t n);

#endif
