/* Fuzz target for what the web listener parses from its clients
 * (daemon/websocket.c, daemon/web_static.c): the input is a byte stream a
 * browser (or anyone who reaches the port) sends after the WebSocket
 * upgrade, and also a URL path and a Sec-WebSocket-Key.
 * Besides crashes and sanitizer reports, it aborts when
 * - a parsed frame breaks the protocol's limits (a payload over the
 *   maximum, a control frame over 125 bytes or fragmented, a payload
 *   outside the bytes given), or a refusal has no close code;
 * - the same stream cut into pieces (as TCP may deliver it) parses into
 *   other frames than the whole stream does;
 * - a path the static files accept has an empty, hidden or `..`
 *   component, a control character or a leading slash.
 *
 * libFuzzer + ASan:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc -D_GNU_SOURCE \
 *         tests/fuzz/fuzz_websocket.c src/daemon/websocket.c src/util/sha1.c \
 *         src/daemon/web_static.c src/util/error.c -lmicrohttpd -o fuzz_websocket
 *   ./fuzz_websocket CORPUS_DIR
 * tests/unit/test_web_fuzz.c runs it over mutated streams in `make unit`. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/web_static.h"
#include "daemon/websocket.h"

#define WEB_FRAME_FUZZ_MAX 4096

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fuzz_fail(const char *what)
{
	fprintf(stderr, "fuzz_websocket: %s\n", what);
	abort();
}

#define MAX_FRAMES 256

struct parsed {
	unsigned n;
	uint8_t op[MAX_FRAMES];
	size_t len[MAX_FRAMES];
	uint64_t sum[MAX_FRAMES]; /* of the unmasked payload */
	uint16_t code;		  /* the refusal's close code, or 0 */
};

static uint64_t digest(const uint8_t *p, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t k = 0; k < n; k++)
		h = (h ^ p[k]) * 1099511628211ull;
	return h;
}

/* Parse stream[0..n) arriving in pieces of `step` bytes (0: at once), as
 * the bridge does: bytes appended to a buffer, frames taken from its
 * front. */
static void parse_stream(const uint8_t *stream, size_t n, size_t step, size_t max,
			 struct parsed *out)
{
	memset(out, 0, sizeof(*out));
	uint8_t *buf = malloc(n + 1);
	if (!buf)
		return;
	struct ws_reader r = {.max_payload = max};
	size_t have = 0, fed = 0;
	while (fed < n || have) {
		size_t add = step && n - fed > step ? step : n - fed;
		memcpy(buf + have, stream + fed, add);
		have += add, fed += add;
		size_t off = 0;
		for (;;) {
			struct ws_frame f;
			uint16_t code = 0;
			const char *why = NULL;
			ssize_t k = ws_parse(&r, buf + off, have - off, &f, &code, &why);
			if (k < 0) {
				if ((code != WS_CLOSE_PROTOCOL && code != WS_CLOSE_TOO_BIG) || !why)
					fuzz_fail("a refusal without its close code and reason");
				out->code = code;
				free(buf);
				return;
			}
			if (k == 0)
				break;
			if ((size_t)k > have - off)
				fuzz_fail("a frame longer than the bytes given");
			if (f.len > max)
				fuzz_fail("a payload over the maximum");
			if (f.payload < buf + off || f.payload + f.len > buf + off + k)
				fuzz_fail("a payload outside its frame");
			if ((f.opcode & 8) && (f.len > 125 || !f.fin))
				fuzz_fail("a control frame over 125 bytes or fragmented");
			if (out->n < MAX_FRAMES) {
				out->op[out->n] = (uint8_t)f.opcode;
				out->len[out->n] = f.len;
				out->sum[out->n] = digest(f.payload, f.len);
				out->n++;
			}
			off += (size_t)k;
		}
		memmove(buf, buf + off, have - off);
		have -= off;
		if (fed == n)
			break;
	}
	free(buf);
}

static void check_path(const uint8_t *data, size_t size)
{
	char url[600], rel[600];
	size_t n = size < sizeof(url) - 2 ? size : sizeof(url) - 2;
	url[0] = '/';
	memcpy(url + 1, data, n);
	url[n + 1] = 0;
	if (web_static_path(url, rel, sizeof(rel)) != 0)
		return;
	if (rel[0] == '/' || rel[0] == 0)
		fuzz_fail("an accepted path that is empty or absolute");
	for (const char *c = rel;;) {
		const char *end = strchr(c, '/');
		size_t cl = end ? (size_t)(end - c) : strlen(c);
		if (cl == 0 || c[0] == '.')
			fuzz_fail("an accepted path with an empty, hidden or dot component");
		if (!end)
			break;
		c = end + 1;
	}
	for (const char *c = rel; *c; c++)
		if ((unsigned char)*c < 0x20 || *c == 0x7f || *c == '\\')
			fuzz_fail("an accepted path with a control character or backslash");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* Small maximum: the 1009 refusal is reachable with small inputs. */
	size_t max = size && data[0] & 1 ? 64 : WEB_FRAME_FUZZ_MAX;
	struct parsed whole, pieces;
	parse_stream(data, size, 0, max, &whole);
	size_t step = size ? (size_t)data[size - 1] % 7 + 1 : 1;
	parse_stream(data, size, step, max, &pieces);
	if (whole.n != pieces.n || whole.code != pieces.code ||
	    memcmp(whole.op, pieces.op, whole.n) != 0 ||
	    memcmp(whole.len, pieces.len, whole.n * sizeof(size_t)) != 0 ||
	    memcmp(whole.sum, pieces.sum, whole.n * sizeof(uint64_t)) != 0)
		fuzz_fail("the stream in pieces parses differently from the whole");
	check_path(data, size);
	char key[64], accept[WS_KEY_ACCEPT_LEN + 1];
	size_t kl = size < sizeof(key) - 1 ? size : sizeof(key) - 1;
	memcpy(key, data, kl);
	key[kl] = 0;
	if (ws_accept_key(key, accept) == 0 && strlen(accept) != WS_KEY_ACCEPT_LEN)
		fuzz_fail("an accept key of the wrong length");
	return 0;
}

#ifdef FUZZ_DRIVER
#include "fuzz_driver.h"
#endif
