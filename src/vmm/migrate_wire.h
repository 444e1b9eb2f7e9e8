/* The live-migration wire (docs/migration.md): the preamble, framed
 * messages with a CRC, and the tcp:/unix: addresses both sides use. */
#ifndef RVISOR_VMM_MIGRATE_WIRE_H
#define RVISOR_VMM_MIGRATE_WIRE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "state/stream.h"
#include "util/error.h"

#define MIG_MAGIC "RVMIGRAT"
#define MIG_VERSION 2u
#define MIG_PREAMBLE_LEN 16u

/* Frame types (4 ASCII characters, as state stream section ids). */
#define MIG_AUTH SS_ID('A', 'U', 'T', 'H')
#define MIG_CONF SS_ID('C', 'O', 'N', 'F')
#define MIG_DISK SS_ID('D', 'I', 'S', 'K')
#define MIG_BLK SS_ID('B', 'L', 'K', ' ')
#define MIG_ACPT SS_ID('A', 'C', 'P', 'T')
#define MIG_RAM SS_ID('R', 'A', 'M', ' ')
#define MIG_STAT SS_ID('S', 'T', 'A', 'T')
#define MIG_DONE SS_ID('D', 'O', 'N', 'E')
#define MIG_REDY SS_ID('R', 'E', 'D', 'Y')
#define MIG_GO SS_ID('G', 'O', ' ', ' ')
#define MIG_RUNG SS_ID('R', 'U', 'N', 'G')
#define MIG_ABRT SS_ID('A', 'B', 'R', 'T')
#define MIG_STRM SS_ID('S', 'T', 'R', 'M')
/* Post-copy (docs/migration.md, "Post-copy"). */
#define MIG_PCPY SS_ID('P', 'C', 'P', 'Y') /* source: post-copy asked (after CONF) */
#define MIG_PMIS SS_ID('P', 'M', 'I', 'S') /* source: the pages still missing */
#define MIG_PREQ SS_ID('P', 'R', 'E', 'Q') /* destination: send these pages first */
#define MIG_PEND SS_ID('P', 'E', 'N', 'D') /* source: every missing page is sent */
#define MIG_PACK SS_ID('P', 'A', 'C', 'K') /* destination: every page is in place */
/* Compression (docs/migration.md, "Compression"): CMPR, u32 algorithm,
 * right after CONF: RAM and BLK frames may then carry the ZSTD flag. */
#define MIG_CMPR SS_ID('C', 'M', 'P', 'R')
#define MIG_CMPR_LEN 4u
#define MIG_COMPRESS_ZSTD 1u

/* The source's recent code (docs/migration.md, "Warming the
 * destination's code cache"): HOTB, u32 hart, u32 count, then per block
 * u64 virtual pc, u64 physical pc, u32 flags (MIG_HOT_TRANSLATED: the
 * source's JIT had translated it), after the first full pass and before
 * STAT (never with PCPY). The destination decodes those blocks from the
 * RAM it holds while the source still runs the guest. */
#define MIG_HOTB SS_ID('H', 'O', 'T', 'B')
#define MIG_HOT_HEAD 8u
#define MIG_HOT_ENTRY 20u
#define MIG_HOT_MAX 4096u /* blocks per hart: a jump cache's slots (JCACHE_BITS) */
#define MIG_HOTB_MAX (MIG_HOT_HEAD + MIG_HOT_MAX * MIG_HOT_ENTRY)
#define MIG_HOT_TRANSLATED 1u
struct block_ref;
/* HOTB's payload for hart's n blocks (n <= MIG_HOT_MAX) into p
 * (MIG_HOTB_MAX bytes); returns its length. */
size_t mig_hot_encode(uint8_t *p, uint32_t hart, const struct block_ref *refs, uint32_t n);
/* HOTB checked against a machine of ncpus harts and RAM [ram_base,
 * ram_base + ram_size): the hart one of them, the count in bounds, the
 * length exact, no unknown flag, every pc even and every physical one in
 * RAM. The blocks into out (MIG_HOT_MAX of them); 0, or -1 with e set. */
int mig_hot_decode(const uint8_t *p, size_t len, unsigned ncpus, uint64_t ram_base,
		   uint64_t ram_size, uint32_t *hart, struct block_ref *out, uint32_t *n,
		   struct error *e);

/* Several streams: STRM (u32 count, u32 index, 16-byte session nonce)
 * right after AUTH on every connection of a migration whose RAM goes over
 * `count` (2..MIG_STREAMS_MAX) further connections: index 0 on the main
 * one (control, configuration, disks, state), 1..count on the RAM ones.
 * A page range of MIG_RAM_MAX_PAGES pages (aligned) always goes over the
 * same RAM connection, so that a page sent again arrives after its
 * earlier copy; each RAM connection ends with an empty DONE before the
 * main one's STAT. Without STRM (one stream) everything goes over the
 * main connection, as before. */
#define MIG_STREAMS_MAX 8u
#define MIG_NONCE_LEN 16u
#define MIG_STRM_LEN (8u + MIG_NONCE_LEN)

#define MIG_FRAME_HEAD 16u /* u32 type, u32 zero, u64 length */
#define MIG_RAM_HEAD 16u   /* u64 first page, u32 count, u32 flags */
#define MIG_RAM_MAX_PAGES 1024u
#define MIG_RAM_ZERO 1u		      /* the pages are zero: no data follows */
#define MIG_RAM_ZSTD 2u		      /* the pages as one zstd frame (after CMPR only) */
#define MIG_DONE_PAUSED 1u	      /* DONE flag: the user had paused the VM */
#define MIG_DONE_POSTCOPY 2u	      /* DONE flag: PMIS came, the pages follow GO */
#define MIG_STATE_MAX (64u << 20)     /* CONF and STAT payloads */
#define MIG_ABRT_MAX 4096u	      /* an abandon's reason */
#define MIG_IDLE_SECONDS 60	      /* a receiver gives up on a silent peer */
#define MIG_SOCKET_BUFFER (256 << 10) /* send (source) and receive (destination) buffers */

/* PMIS: u64 page count (the RAM's), then one bit per page (u64 words,
 * little-endian, bit k of word w = page 64w + k), set for each page the
 * destination must not use as it holds it (dirtied since it was sent, or
 * never sent): it comes after GO, pushed or asked for. PREQ: u64 first
 * page, u32 count (1..MIG_RAM_MAX_PAGES), u32 zero. */
#define MIG_PMIS_MAX (8u + ((64ull << 30) >> 12) / 8u)
#define MIG_PREQ_LEN 16u
/* Decode PMIS against a RAM of npages pages into bits (npages/64 rounded
 * up words, allocated by the caller): the count equal, the length exact,
 * no bit past the last page. Returns the number of pages set, or -1 with
 * e set. */
int64_t mig_missing_decode(const uint8_t *p, size_t len, uint64_t npages, uint64_t *bits,
			   struct error *e);

/* A RAM frame's head checked against a RAM of npages pages: the range
 * inside it, the count in bounds, no unknown flag (ZSTD only when
 * zstd_ok: CMPR came), the payload exactly the pages announced (or, ZSTD,
 * 1 byte up to less than the pages: it must still decompress to them
 * exactly, mig_zstd_decompress). 0, or -1 with e set. zstd may be NULL
 * when !zstd_ok. */
int mig_ram_decode(const uint8_t *p, size_t len, uint64_t npages, bool zstd_ok, uint64_t *first,
		   uint32_t *n, bool *zero, bool *zstd, struct error *e);

/* The DISK table (source -> destination after CONF; the destination's
 * own view comes back in ACPT): u32 count, then per disk u32 mode, u32
 * format, u64 virtual size in bytes. */
#define MIG_DISK_MAX 8u /* VM_MAX_DISKS, checked in migrate_wire.c */
#define MIG_DISK_ENTRY 16u
#define MIG_DISK_TABLE_MAX (4u + MIG_DISK_MAX * MIG_DISK_ENTRY)
enum mig_disk_mode {
	MIG_DISK_READONLY = 0, /* opened read-only on both sides (shared locks) */
	MIG_DISK_SHARED = 1,   /* writable, the same image on shared storage:
				* its lock is handed over at the switch-over */
	MIG_DISK_COPY = 2,     /* writable, copied (BLK frames) into the
				* destination's own target image */
};
/* BLK: u32 disk, u32 flags, u64 byte offset, u64 length (1..MIG_BLK_MAX),
 * then the bytes unless ZERO. */
#define MIG_BLK_HEAD 24u
#define MIG_BLK_MAX (1u << 20)
#define MIG_BLK_ZERO 1u
#define MIG_BLK_ZSTD 2u /* the bytes as one zstd frame (after CMPR only) */
/* The largest payload compressed: a RAM frame's pages (a BLK frame's
 * bytes are fewer). */
#define MIG_ZSTD_MAX_IN ((size_t)MIG_RAM_MAX_PAGES * 4096)
_Static_assert(MIG_BLK_MAX <= MIG_ZSTD_MAX_IN, "one buffer for both payloads");
enum mig_disk_format { MIG_FMT_RAW = 0, MIG_FMT_QCOW2 = 1 };
struct mig_disk_entry {
	uint32_t mode, format;
	uint64_t size;
};
struct mig_disk_table {
	unsigned n;
	struct mig_disk_entry d[MIG_DISK_MAX];
};
/* Encode into buf (MIG_DISK_TABLE_MAX bytes); returns the length. */
size_t mig_disk_table_encode(const struct mig_disk_table *t, uint8_t *buf);
/* Decode and check (known modes and formats, count in bounds, the length
 * exact); returns 0, or -1 with e set (what names the frame). */
int mig_disk_table_decode(const uint8_t *p, size_t len, struct mig_disk_table *t, const char *what,
			  struct error *e);
const char *mig_disk_format_name(uint32_t format);
/* The format's number for a format name ("raw", "qcow2"); -1 if none. */
int mig_disk_format_of(const char *name);

/* AUTH (the first frame after the preamble): the pre-shared token, or
 * nothing. A destination given a token-file accepts only the same bytes. */
#define MIG_TOKEN_MAX 256u
struct mig_token {
	bool set;
	size_t len;
	uint8_t b[MIG_TOKEN_MAX];
};
/* Read a token file: a regular file readable by its owner only (no group
 * or other permission bits), 1..MIG_TOKEN_MAX bytes once a trailing
 * newline is dropped. -1 with e set naming the file and the problem. */
int mig_read_token(const char *path, struct mig_token *t, struct error *e);
/* The same bytes (in a time that does not depend on where they differ). */
bool mig_token_equal(const struct mig_token *a, const uint8_t *b, size_t len);
/* Whether a listening or connected socket's local address is loopback
 * (127.0.0.0/8, ::1, ::ffff:127.x) or a unix socket. */
bool mig_socket_is_local(int fd);

/* A parsed address: "tcp:HOST:PORT" (HOST a name, an IPv4 address or an
 * IPv6 one in brackets) or "unix:PATH". */
struct mig_addr {
	bool is_unix;
	char host[256], port[16];
	char path[108];
};
int mig_addr_parse(const char *uri, struct mig_addr *a, struct error *e);
/* Connect (within timeout_ms); returns the socket or -1 with e set. */
int mig_connect(const struct mig_addr *a, int timeout_ms, struct error *e);
/* Listen (a unix socket is created 0600; an existing socket file at the
 * path is replaced, any other file refused). *bound gets the address
 * actually bound (the port when 0 was given). Returns the socket or -1. */
int mig_listen(const struct mig_addr *a, char *bound, size_t boundlen, struct error *e);
/* Send and receive timeouts on a connected socket. */
void mig_set_timeouts(int fd, int seconds);

/* A printable name for a frame type ("RAM ", or "0x12345678"). */
const char *mig_type_name(uint32_t type, char buf[12]);

/* Write one frame (MSG_NOSIGNAL); returns 0, or -1 with e set. */
int mig_send(int fd, uint32_t type, const void *payload, size_t len, struct error *e);
/* The same with the payload in two pieces (RAM: its head, then pages). */
int mig_send2(int fd, uint32_t type, const void *a, size_t alen, const void *b, size_t blen,
	      struct error *e);
/* Send ABRT with a reason (best effort: errors ignored). */
void mig_send_abort(int fd, const char *reason);

/* A frame as received: the payload lives in buf (grown as needed, up to
 * the bound of the type; free it with free()). */
struct mig_frame {
	uint32_t type;
	uint8_t *buf;
	size_t cap, len;
};
/* Read one frame from fd. The type must be one of the `nallowed` types
 * (else refused before its payload is read); its length is checked
 * against the type's bound, and the CRC at the end. Returns 0, or -1 with
 * e set: ERR_INVALID for a malformed or unexpected frame or a truncated
 * stream (EOF), ERR_IO for a socket error or timeout. An ABRT frame is
 * returned as an error (ERR_CONFLICT) whose message is the peer's reason. */
int mig_recv(int fd, struct mig_frame *f, const uint32_t *allowed, unsigned nallowed,
	     const char *peer, struct error *e);

static inline void mig_put32(uint8_t *p, uint32_t v)
{
	for (unsigned k = 0; k < 4; k++)
		p[k] = (uint8_t)(v >> (8 * k));
}
static inline void mig_put64(uint8_t *p, uint64_t v)
{
	for (unsigned k = 0; k < 8; k++)
		p[k] = (uint8_t)(v >> (8 * k));
}
static inline uint32_t mig_get32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline uint64_t mig_get64(const uint8_t *p)
{
	return (uint64_t)mig_get32(p) | (uint64_t)mig_get32(p + 4) << 32;
}

#endif
