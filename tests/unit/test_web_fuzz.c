/* The web listener's parsers and credentials: SHA-1, base64 and the
 * WebSocket accept key against their standards' examples; frames parsed
 * (RFC 6455's masked "Hello", lengths, fragments, every refusal with its
 * close code) and encoded; the static files' path rule; the token and
 * the bounded sessions (daemon/web_auth.c). Then the fuzz target
 * (tests/fuzz/fuzz_websocket.c) over mutated streams for a bounded time:
 * passing means no crash, no sanitizer report, and the same frames
 * whatever pieces the stream arrives in. */
#include "../fuzz/fuzz_websocket.c"

#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "daemon/web_auth.h"
#include "util/sha1.h"

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void test_sha1_base64(void)
{
	uint8_t h[SHA1_LEN];
	char hex[41], b[64];
	sha1("abc", 3, h);
	for (int k = 0; k < SHA1_LEN; k++)
		snprintf(hex + 2 * k, 3, "%02x", h[k]);
	CHECK(strcmp(hex, "a9993e364706816aba3e25717850c26c9cd0d89d") == 0);
	/* 56 bytes: the padding needs a second block. */
	sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, h);
	for (int k = 0; k < SHA1_LEN; k++)
		snprintf(hex + 2 * k, 3, "%02x", h[k]);
	CHECK(strcmp(hex, "84983e441c3bd26ebaae4aa1f95129e5e54670f1") == 0);
	base64_encode((const uint8_t *)"foob", 4, b);
	CHECK(strcmp(b, "Zm9vYg==") == 0);
	base64_encode((const uint8_t *)"fooba", 5, b);
	CHECK(strcmp(b, "Zm9vYmE=") == 0);
	char acc[WS_KEY_ACCEPT_LEN + 1];
	/* RFC 6455 1.3's example. */
	CHECK(ws_accept_key("dGhlIHNhbXBsZSBub25jZQ==", acc) == 0);
	CHECK(strcmp(acc, "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=") == 0);
	CHECK(ws_accept_key("short==", acc) < 0);
	CHECK(ws_accept_key("dGhlIHNhbXBsZSBub25jZ\n==", acc) < 0);
	CHECK(ws_accept_key(NULL, acc) < 0);
}

static ssize_t parse1(struct ws_reader *r, const void *bytes, size_t n, struct ws_frame *f,
		      uint16_t *code)
{
	static uint8_t buf[256];
	memcpy(buf, bytes, n);
	const char *why;
	*code = 0;
	return ws_parse(r, buf, n, f, code, &why);
}

static void test_frames(void)
{
	struct ws_reader r = {.max_payload = 1 << 20};
	struct ws_frame f;
	uint16_t code;
	/* RFC 6455 5.7: a masked text frame "Hello". */
	static const uint8_t hello[] = {0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d,
					0x7f, 0x9f, 0x4d, 0x51, 0x58};
	for (size_t n = 0; n < sizeof(hello); n++)
		CHECK(parse1(&r, hello, n, &f, &code) == 0); /* more needed */
	CHECK(parse1(&r, hello, sizeof(hello), &f, &code) == (ssize_t)sizeof(hello));
	CHECK(f.fin && f.opcode == WS_TEXT && f.len == 5 && memcmp(f.payload, "Hello", 5) == 0);
	/* Unmasked: 1002. */
	static const uint8_t plain[] = {0x81, 0x05, 'H', 'e', 'l', 'l', 'o'};
	CHECK(parse1(&r, plain, sizeof(plain), &f, &code) < 0 && code == WS_CLOSE_PROTOCOL);
	/* A 16-bit length over the maximum: 1009 from the header alone. */
	struct ws_reader small = {.max_payload = 100};
	static const uint8_t big16[] = {0x82, 0xfe, 0x01, 0x00};
	CHECK(parse1(&small, big16, sizeof(big16), &f, &code) < 0 && code == WS_CLOSE_TOO_BIG);
	/* A 64-bit length of 1 MiB + 1 against the listener's maximum. */
	static const uint8_t big64[] = {0x82, 0xff, 0, 0, 0, 0, 0, 0x10, 0, 0x01};
	CHECK(parse1(&r, big64, sizeof(big64), &f, &code) < 0 && code == WS_CLOSE_TOO_BIG);
	static const uint8_t top[] = {0x82, 0xff, 0x80, 0, 0, 0, 0, 0, 0, 0x01};
	CHECK(parse1(&r, top, sizeof(top), &f, &code) < 0 && code == WS_CLOSE_PROTOCOL);
	/* Reserved bits, unknown opcodes, long or fragmented control frames. */
	static const uint8_t rsv[] = {0xc1, 0x80, 0, 0, 0, 0};
	CHECK(parse1(&r, rsv, sizeof(rsv), &f, &code) < 0 && code == WS_CLOSE_PROTOCOL);
	static const uint8_t op3[] = {0x83, 0x80, 0, 0, 0, 0};
	CHECK(parse1(&r, op3, sizeof(op3), &f, &code) < 0 && code == WS_CLOSE_PROTOCOL);
	static const uint8_t ping126[] = {0x89, 0xfe, 0x00, 0x7e};
	CHECK(parse1(&r, ping126, sizeof(ping126), &f, &code) < 0 && code == WS_CLOSE_PROTOCOL);
	static const uint8_t pingfrag[] = {0x09, 0x80, 0, 0, 0, 0};
	CHECK(parse1(&r, pingfrag, sizeof(pingfrag), &f, &code) < 0 && code == WS_CLOSE_PROTOCOL);
	/* Fragments: a continuation only inside a message, a ping between. */
	static const uint8_t cont[] = {0x80, 0x80, 0, 0, 0, 0};
	CHECK(parse1(&r, cont, sizeof(cont), &f, &code) < 0 && code == WS_CLOSE_PROTOCOL);
	static const uint8_t first[] = {0x02, 0x81, 0, 0, 0, 0, 'a'};
	static const uint8_t ping[] = {0x89, 0x80, 1, 2, 3, 4};
	static const uint8_t again[] = {0x82, 0x80, 0, 0, 0, 0};
	CHECK(parse1(&r, first, sizeof(first), &f, &code) == 7 && !f.fin && r.in_message);
	CHECK(parse1(&r, ping, sizeof(ping), &f, &code) == 6 && f.opcode == WS_PING);
	CHECK(parse1(&r, again, sizeof(again), &f, &code) < 0 && code == WS_CLOSE_PROTOCOL);
	CHECK(parse1(&r, cont, sizeof(cont), &f, &code) == 6 && f.fin && !r.in_message);
	/* Server headers: 7-bit, 16-bit and 64-bit lengths. */
	uint8_t h[10];
	CHECK(ws_header(h, WS_BINARY, 5) == 2 && h[0] == 0x82 && h[1] == 5);
	CHECK(ws_header(h, WS_BINARY, 300) == 4 && h[1] == 126 && h[2] == 1 && h[3] == 44);
	CHECK(ws_header(h, WS_CLOSE, 70000) == 10 && h[0] == 0x88 && h[1] == 127 && h[7] == 1 &&
	      h[8] == 0x11 && h[9] == 0x70);
	uint8_t p[125];
	char long_reason[300];
	memset(long_reason, 'x', sizeof(long_reason) - 1);
	long_reason[sizeof(long_reason) - 1] = 0;
	CHECK(ws_close_payload(p, 1009, long_reason) == 125 && p[0] == 0x03 && p[1] == 0xf1);
	CHECK(ws_close_payload(p, 1000, NULL) == 2);
}

static void test_paths(void)
{
	char rel[600];
	CHECK(web_static_path("/", rel, sizeof(rel)) == 0 && strcmp(rel, "index.html") == 0);
	CHECK(web_static_path("/assets/app.js", rel, sizeof(rel)) == 0 &&
	      strcmp(rel, "assets/app.js") == 0);
	static const char *const bad[] = {"/..",	  "/assets/../x", "/assets/./x",
					  "/.git/config", "/assets//x",	  "/assets/",
					  "//etc/passwd", "/a/..",	  "/x\x7f",
					  "/a\\..\\b",	  "/a\nb",	  "assets/x"};
	for (size_t k = 0; k < sizeof(bad) / sizeof(bad[0]); k++)
		CHECK(web_static_path(bad[k], rel, sizeof(rel)) != 0);
	CHECK(strcmp(web_static_type("a/b.js"), "text/javascript; charset=utf-8") == 0);
	CHECK(strcmp(web_static_type("index.html"), "text/html; charset=utf-8") == 0);
	CHECK(strcmp(web_static_type("noext"), "application/octet-stream") == 0);
}

static void test_auth(void)
{
	char dir[] = "/tmp/rvisor-webauth-XXXXXX", p[128], tokfile[128];
	CHECK(mkdtemp(dir) != NULL);
	snprintf(p, sizeof(p), "%s/web-token", dir);
	struct error e;
	struct web_auth *a = web_auth_new(NULL, p, &e);
	CHECK(a != NULL);
	if (!a)
		return;
	struct stat st;
	CHECK(stat(p, &st) == 0 && (st.st_mode & 0777) == 0600 && st.st_size == 33);
	const char *t = web_auth_token(a);
	CHECK(strlen(t) == 32 && web_auth_token_ok(a, t, 32) && !web_auth_token_ok(a, t, 31));
	char wrong[33];
	memcpy(wrong, t, 33);
	wrong[31] = wrong[31] == '0' ? '1' : '0';
	CHECK(!web_auth_token_ok(a, wrong, 32));
	/* Sessions: bounded; the least recently used goes. */
	char ids[WEB_SESSIONS_MAX + 1][WEB_SESSION_ID_LEN + 1];
	for (int k = 0; k <= WEB_SESSIONS_MAX; k++)
		CHECK(web_auth_login(a, ids[k]) == 0 && strlen(ids[k]) == WEB_SESSION_ID_LEN);
	unsigned live = 0;
	for (int k = 0; k <= WEB_SESSIONS_MAX; k++)
		live += web_auth_session_ok(a, ids[k]);
	CHECK(live == WEB_SESSIONS_MAX);
	CHECK(web_auth_session_ok(a, ids[WEB_SESSIONS_MAX]));
	web_auth_logout(a, ids[WEB_SESSIONS_MAX]);
	CHECK(!web_auth_session_ok(a, ids[WEB_SESSIONS_MAX]));
	CHECK(!web_auth_session_ok(a, "") && !web_auth_session_ok(a, NULL));
	web_auth_free(a);
	/* A token file: the first line, blanks dropped; too short or loose
	 * files refused. */
	snprintf(tokfile, sizeof(tokfile), "%s/tok", dir);
	FILE *f = fopen(tokfile, "w");
	fputs("  a-token-of-20-chars \nsecond line\n", f);
	fclose(f);
	chmod(tokfile, 0600);
	a = web_auth_new(tokfile, p, &e);
	CHECK(a && strcmp(web_auth_token(a), "a-token-of-20-chars") == 0);
	web_auth_free(a);
	chmod(tokfile, 0640);
	CHECK(web_auth_new(tokfile, p, &e) == NULL && strstr(e.msg, "readable by others"));
	f = fopen(tokfile, "w");
	fputs("short\n", f);
	fclose(f);
	chmod(tokfile, 0600);
	CHECK(web_auth_new(tokfile, p, &e) == NULL && strstr(e.msg, "16 to 256"));
	unlink(tokfile);
	unlink(p);
	rmdir(dir);
}

int main(void)
{
	test_sha1_base64();
	test_frames();
	test_paths();
	test_auth();
	static const uint8_t seeds[][24] = {
	    {0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58, 0x89, 0x80, 1, 2, 3,
	     4},
	    {0x02, 0x83, 9, 9,	 9,    9,    1, 2, 3, 0x80, 0x81, 0,
	     0,	   0,	 0, 'z', 0x88, 0x82, 0, 0, 0, 0,    0x03, 0xe8},
	    {0x82, 0xfe, 0x00, 0x10, 1, 2, 3, 4, 'a', 'b'},
	    {'a', 's', 's', 'e', 't', 's', '/', '.', '.', '/', 'x'},
	};
	uint8_t buf[512];
	time_t end = time(NULL) + 3;
	unsigned long runs = 0;
	for (size_t s = 0; s < sizeof(seeds) / sizeof(seeds[0]); s++)
		LLVMFuzzerTestOneInput(seeds[s], sizeof(seeds[s]));
	while (time(NULL) < end) {
		size_t n = sizeof(seeds[0]);
		memcpy(buf, seeds[rnd() % (sizeof(seeds) / sizeof(seeds[0]))], n);
		for (int k = (int)(rnd() % 6) + 1; k > 0; k--) {
			switch (rnd() % 4) {
			case 0: /* truncate */
				n = n ? rnd() % n + 1 : 0;
				break;
			case 1: /* a byte set to a boundary value */
				if (n) {
					static const uint8_t vals[] = {0,    0x7e, 0x7f, 0x80,
								       0x81, 0xfe, 0xff, '.'};
					buf[rnd() % n] = vals[rnd() % sizeof(vals)];
				}
				break;
			case 2: /* a random byte */
				if (n)
					buf[rnd() % n] = (uint8_t)rnd();
				break;
			default: /* a copy of itself appended: more frames */
				if (2 * n <= sizeof(buf)) {
					memcpy(buf + n, buf, n);
					n *= 2;
				}
			}
		}
		LLVMFuzzerTestOneInput(buf, n);
		runs++;
	}
	printf("%lu mutated streams\n", runs);
	CHECK_DONE();
}
