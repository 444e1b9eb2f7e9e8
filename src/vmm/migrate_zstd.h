/* zstd compression of migration payloads (docs/migration.md,
 * "Compression"): the source compresses each RAM frame's pages (and each
 * BLK frame's bytes) as one zstd frame, and sends them raw when that does
 * not make them smaller; the destination treats the compressed bytes as
 * hostile and takes exactly the size the frame's head announces. */
#ifndef RVISOR_VMM_MIGRATE_ZSTD_H
#define RVISOR_VMM_MIGRATE_ZSTD_H

#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

#define MIG_ZSTD_LEVEL_DEFAULT 1
#define MIG_ZSTD_LEVEL_MIN 1
#define MIG_ZSTD_LEVEL_MAX 19

/* The source's side: a compression context and an output buffer. */
struct mig_zstd_enc {
	void *cctx; /* ZSTD_CCtx */
	uint8_t *out;
	size_t cap;
};
/* Ready to compress inputs of up to max_in bytes at level. 0, or -1 with e
 * set. */
int mig_zstd_enc_init(struct mig_zstd_enc *z, int level, size_t max_in, struct error *e);
/* Compress len bytes (at most max_in) into z->out. Returns the compressed
 * size, or 0 when the result would not be smaller than the input (send it
 * raw then). */
size_t mig_zstd_compress(struct mig_zstd_enc *z, const void *src, size_t len);
void mig_zstd_enc_free(struct mig_zstd_enc *z);

/* The destination's side: one per receiving thread. NULL when out of
 * memory. */
void *mig_zstd_dec_new(void);
void mig_zstd_dec_free(void *dctx);
/* Decompress src (srclen bytes: exactly one zstd frame) into dst, which
 * must come out exactly want bytes long: the frame must declare that
 * content size, and decompress to it without writing past dst + want.
 * 0, or -1 with e set (ERR_INVALID, the message naming `what`, e.g. "RAM
 * frame of pages 16..+8"). */
int mig_zstd_decompress(void *dctx, const uint8_t *src, size_t srclen, uint8_t *dst, size_t want,
			const char *what, struct error *e);

#endif
