/* RFC 6455 framing (see websocket.h). */
#include "daemon/websocket.h"

#include <string.h>

#include "util/sha1.h"

static const char WS_GUID[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

static bool b64_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       c == '+' || c == '/';
}

int ws_accept_key(const char *key, char out[WS_KEY_ACCEPT_LEN + 1])
{
	/* 16 bytes in base64: 22 characters and "==". */
	if (!key || strlen(key) != 24 || key[22] != '=' || key[23] != '=')
		return -1;
	for (int k = 0; k < 22; k++)
		if (!b64_char(key[k]))
			return -1;
	char buf[24 + sizeof(WS_GUID)];
	memcpy(buf, key, 24);
	memcpy(buf + 24, WS_GUID, sizeof(WS_GUID));
	uint8_t h[SHA1_LEN];
	sha1(buf, 24 + sizeof(WS_GUID) - 1, h);
	base64_encode(h, sizeof(h), out);
	return 0;
}

static ssize_t refuse(uint16_t *code, const char **why, uint16_t c, const char *w)
{
	*code = c;
	*why = w;
	return -1;
}

ssize_t ws_parse(struct ws_reader *r, uint8_t *buf, size_t n, struct ws_frame *f,
		 uint16_t *close_code, const char **why)
{
	if (n < 2)
		return 0;
	uint8_t b0 = buf[0], b1 = buf[1];
	if (b0 & 0x70)
		return refuse(close_code, why, WS_CLOSE_PROTOCOL, "reserved bits set");
	unsigned op = b0 & 0x0f;
	bool fin = b0 & 0x80, control = op & 0x8;
	if (op != WS_CONTINUATION && op != WS_TEXT && op != WS_BINARY && op != WS_CLOSE &&
	    op != WS_PING && op != WS_PONG)
		return refuse(close_code, why, WS_CLOSE_PROTOCOL, "unknown opcode");
	if (!(b1 & 0x80))
		return refuse(close_code, why, WS_CLOSE_PROTOCOL, "client frame not masked");
	uint64_t len = b1 & 0x7f;
	size_t head = 2;
	if (len == 126) {
		if (n < 4)
			return 0;
		len = (uint64_t)buf[2] << 8 | buf[3];
		head = 4;
	} else if (len == 127) {
		if (n < 10)
			return 0;
		len = 0;
		for (int k = 0; k < 8; k++)
			len = len << 8 | buf[2 + k];
		if (len >> 63)
			return refuse(close_code, why, WS_CLOSE_PROTOCOL, "length's top bit set");
		head = 10;
	}
	if (control && (!fin || len > 125))
		return refuse(close_code, why, WS_CLOSE_PROTOCOL,
			      "control frame fragmented or over 125 bytes");
	if (!control) {
		if (op == WS_CONTINUATION && !r->in_message)
			return refuse(close_code, why, WS_CLOSE_PROTOCOL,
				      "continuation outside a message");
		if (op != WS_CONTINUATION && r->in_message)
			return refuse(close_code, why, WS_CLOSE_PROTOCOL,
				      "new message inside a fragmented one");
	}
	if (len > r->max_payload)
		return refuse(close_code, why, WS_CLOSE_TOO_BIG, "frame too large");
	if (n - head < 4 || n - head - 4 < len)
		return 0;
	uint8_t *mask = buf + head, *p = buf + head + 4;
	for (size_t k = 0; k < len; k++)
		p[k] ^= mask[k & 3];
	if (!control)
		r->in_message = !fin;
	*f = (struct ws_frame){.fin = fin, .opcode = op, .payload = p, .len = (size_t)len};
	return (ssize_t)(head + 4 + len);
}

size_t ws_header(uint8_t out[10], enum ws_opcode op, uint64_t len)
{
	out[0] = 0x80 | (uint8_t)op;
	if (len < 126) {
		out[1] = (uint8_t)len;
		return 2;
	}
	if (len <= 0xffff) {
		out[1] = 126;
		out[2] = (uint8_t)(len >> 8), out[3] = (uint8_t)len;
		return 4;
	}
	out[1] = 127;
	for (int k = 0; k < 8; k++)
		out[2 + k] = (uint8_t)(len >> (56 - 8 * k));
	return 10;
}

size_t ws_close_payload(uint8_t *out, uint16_t code, const char *reason)
{
	out[0] = (uint8_t)(code >> 8), out[1] = (uint8_t)code;
	size_t n = reason ? strlen(reason) : 0;
	if (n > 123)
		n = 123;
	if (n)
		memcpy(out + 2, reason, n);
	return 2 + n;
}
