/* Helpers for tests that edit state streams on purpose. */
#ifndef RVISOR_TEST_STREAMTOOLS_H
#define RVISOR_TEST_STREAMTOOLS_H
#include <stddef.h>
#include <stdint.h>
#include <zlib.h>

/* Recompute every section's checksum of a format-2 stream after a test
 * edited it, so the edit reaches the semantic checks behind the CRC. Stops
 * at the first section whose length does not fit. */
static inline void ss_test_reseal(uint8_t *buf, size_t len)
{
	if (len < 32)
		return;
	size_t off = (size_t)(buf[12] | buf[13] << 8 | buf[14] << 16 | (uint32_t)buf[15] << 24);
	while (off <= len && len - off >= 24) {
		uint64_t slen = 0;
		for (int k = 7; k >= 0; k--)
			slen = slen << 8 | buf[off + 12 + k];
		if (slen > len - off - 24)
			return;
		uint32_t crc = (uint32_t)crc32(0, buf + off, (uInt)(20 + slen));
		for (int k = 0; k < 4; k++)
			buf[off + 20 + slen + k] = (uint8_t)(crc >> (8 * k));
		off += 24 + slen;
	}
}
#endif
