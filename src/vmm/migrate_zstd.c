/* zstd for migration payloads: see migrate_zstd.h. */
#include "vmm/migrate_zstd.h"

#include <errno.h>
#include <stdlib.h>
#include <zstd.h>

int mig_zstd_enc_init(struct mig_zstd_enc *z, int level, size_t max_in, struct error *e)
{
	*z = (struct mig_zstd_enc){0};
	ZSTD_CCtx *c = ZSTD_createCCtx();
	z->out = malloc(max_in);
	if (!c || !z->out) {
		ZSTD_freeCCtx(c);
		free(z->out);
		z->out = NULL;
		return err_errno(e, ENOMEM, "migration: zstd compression");
	}
	/* The frame's CRC covers the payload already: no zstd checksum.
	 * The content size is written (the default), as the receiver
	 * requires it. */
	if (ZSTD_isError(ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, level)) ||
	    ZSTD_isError(ZSTD_CCtx_setParameter(c, ZSTD_c_checksumFlag, 0)) ||
	    ZSTD_isError(ZSTD_CCtx_setParameter(c, ZSTD_c_contentSizeFlag, 1))) {
		ZSTD_freeCCtx(c);
		free(z->out);
		z->out = NULL;
		return err_set(e, ERR_INVALID, "migration: zstd level %d is not supported", level);
	}
	z->cctx = c;
	z->cap = max_in;
	return 0;
}

size_t mig_zstd_compress(struct mig_zstd_enc *z, const void *src, size_t len)
{
	if (len < 2 || len > z->cap)
		return 0;
	/* An output buffer one byte short of the input: a result that does
	 * not shrink stops early with an error, and goes raw. */
	size_t r = ZSTD_compress2(z->cctx, z->out, len - 1, src, len);
	if (ZSTD_isError(r)) {
		ZSTD_CCtx_reset(z->cctx, ZSTD_reset_session_only);
		return 0;
	}
	return r;
}

void mig_zstd_enc_free(struct mig_zstd_enc *z)
{
	ZSTD_freeCCtx(z->cctx);
	free(z->out);
	*z = (struct mig_zstd_enc){0};
}

void *mig_zstd_dec_new(void)
{
	ZSTD_DCtx *d = ZSTD_createDCtx();
	/* Payloads are at most a few MiB, decompressed in one call straight
	 * into their destination: no frame needs a larger window. */
	if (d && ZSTD_isError(ZSTD_DCtx_setParameter(d, ZSTD_d_windowLogMax, 23))) {
		ZSTD_freeDCtx(d);
		return NULL;
	}
	return d;
}

void mig_zstd_dec_free(void *dctx)
{
	ZSTD_freeDCtx(dctx);
}

int mig_zstd_decompress(void *dctx, const uint8_t *src, size_t srclen, uint8_t *dst, size_t want,
			const char *what, struct error *e)
{
	unsigned long long declared = ZSTD_getFrameContentSize(src, srclen);
	if (declared == ZSTD_CONTENTSIZE_ERROR || declared == ZSTD_CONTENTSIZE_UNKNOWN)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: the %s is not a zstd frame with its "
			       "size (%zu bytes)",
			       what, srclen);
	if (declared != want)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: the %s decompresses to %llu bytes, its "
			       "head says %zu",
			       what, declared, want);
	size_t framelen = ZSTD_findFrameCompressedSize(src, srclen);
	if (ZSTD_isError(framelen) || framelen != srclen)
		return err_set(
		    e, ERR_INVALID,
		    "migration stream refused: the %s is not one whole zstd frame (%s)", what,
		    ZSTD_isError(framelen) ? ZSTD_getErrorName(framelen) : "bytes after it");
	ZSTD_DCtx_reset(dctx, ZSTD_reset_session_only);
	size_t got = ZSTD_decompressDCtx(dctx, dst, want, src, srclen);
	if (ZSTD_isError(got))
		return err_set(e, ERR_INVALID,
			       "migration stream refused: the %s does not decompress: %s", what,
			       ZSTD_getErrorName(got));
	if (got != want)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: the %s decompresses to %zu bytes, its "
			       "head says %zu",
			       what, got, want);
	return 0;
}
