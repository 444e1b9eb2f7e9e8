/* SHA-1 and base64, for the WebSocket handshake (RFC 6455 4.2.2: the
 * accept key is base64(SHA-1(key + GUID))). SHA-1 is used there as a
 * fixed protocol check, never as a security primitive. */
#ifndef RVISOR_UTIL_SHA1_H
#define RVISOR_UTIL_SHA1_H

#include <stddef.h>
#include <stdint.h>

#define SHA1_LEN 20

void sha1(const void *data, size_t len, uint8_t out[SHA1_LEN]);

/* base64 (RFC 4648, with padding) of in[0..n) into out, NUL-terminated;
 * out needs 4 * ((n + 2) / 3) + 1 bytes. Returns the length written. */
size_t base64_encode(const uint8_t *in, size_t n, char *out);

#endif
