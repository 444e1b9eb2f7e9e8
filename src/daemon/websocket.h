/* The WebSocket protocol (RFC 6455) as the web listener's console speaks
 * it: the handshake's accept key, a parser of the client's frames and the
 * header of the server's frames. No I/O: the bytes come and go through
 * the caller (daemon/web_console.c), so the parser can be fuzzed
 * (tests/fuzz/fuzz_websocket.c). */
#ifndef RVISOR_DAEMON_WEBSOCKET_H
#define RVISOR_DAEMON_WEBSOCKET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

enum ws_opcode {
	WS_CONTINUATION = 0x0,
	WS_TEXT = 0x1,
	WS_BINARY = 0x2,
	WS_CLOSE = 0x8,
	WS_PING = 0x9,
	WS_PONG = 0xa,
};

/* Close codes (RFC 6455 7.4.1). */
#define WS_CLOSE_NORMAL 1000
#define WS_CLOSE_GOING_AWAY 1001
#define WS_CLOSE_PROTOCOL 1002
#define WS_CLOSE_TOO_BIG 1009
#define WS_CLOSE_INTERNAL 1011

#define WS_KEY_ACCEPT_LEN 28 /* base64 of a SHA-1 */

/* The Sec-WebSocket-Accept value for a client's Sec-WebSocket-Key: 0, or
 * -1 when the key is not the base64 of 16 bytes (24 characters). */
int ws_accept_key(const char *key, char out[WS_KEY_ACCEPT_LEN + 1]);

/* One frame from the client. payload points into the caller's buffer,
 * already unmasked. */
struct ws_frame {
	bool fin;
	enum ws_opcode opcode;
	uint8_t *payload;
	size_t len;
};

/* What the parser keeps between frames: whether a fragmented data
 * message is under way (continuations are only valid inside one). */
struct ws_reader {
	bool in_message;
	size_t max_payload; /* a frame announcing more is refused (1009) */
};

/* Parse the frame at buf[0..n). Returns the bytes it takes (> 0) with f
 * filled (the payload unmasked in place), 0 when more bytes are needed
 * (also when only the header is complete: nothing is consumed), or -1 on
 * a violation with *close_code (1002, or 1009 as soon as the header
 * announces a payload over max_payload) and *why set. Client frames must
 * be masked; control frames unfragmented and at most 125 bytes. */
ssize_t ws_parse(struct ws_reader *r, uint8_t *buf, size_t n, struct ws_frame *f,
		 uint16_t *close_code, const char **why);

/* The header of an unmasked, final server frame of len bytes into out
 * (at most 10 bytes); returns its length. */
size_t ws_header(uint8_t out[10], enum ws_opcode op, uint64_t len);

/* A close frame's payload: the code, then the reason (cut to 123 bytes)
 * into out (at least 125 bytes); returns its length. */
size_t ws_close_payload(uint8_t *out, uint16_t code, const char *reason);

#endif
