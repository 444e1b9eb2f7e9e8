/* GDB remote serial protocol: packet framing and command handling (see
 * gdbstub_proto.h). Replies never exceed GDB_MAX_PACKET; every number and
 * length the debugger sends is bounded before use. */
#include "vmm/gdbstub_proto.h"

#include <stdio.h>
#include <string.h>

enum { RX_IDLE, RX_DATA, RX_CSUM };

void gdb_rx_init(struct gdb_rx *rx)
{
	memset(rx, 0, sizeof(*rx));
	rx->state = RX_IDLE;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

enum gdb_rx_event gdb_rx_byte(struct gdb_rx *rx, uint8_t c)
{
	switch (rx->state) {
	case RX_IDLE:
		if (c == '$') {
			rx->state = RX_DATA;
			rx->len = 0;
			rx->sum = 0;
			rx->escape = false;
			rx->overflow = false;
			return GDB_RX_NONE;
		}
		if (c == 0x03)
			return GDB_RX_INTERRUPT;
		if (c == '+')
			return GDB_RX_ACK;
		if (c == '-')
			return GDB_RX_NAK;
		return GDB_RX_NONE; /* noise between packets */
	case RX_DATA:
		if (c == '#') {
			rx->state = RX_CSUM;
			rx->csum = 0;
			rx->csum_val = 0;
			return GDB_RX_NONE;
		}
		rx->sum = (uint8_t)(rx->sum + c);
		if (c == '}' && !rx->escape) {
			rx->escape = true;
			return GDB_RX_NONE;
		}
		if (rx->escape) {
			c ^= 0x20;
			rx->escape = false;
		}
		if (rx->len >= GDB_MAX_PACKET)
			rx->overflow = true;
		else
			rx->buf[rx->len++] = (char)c;
		return GDB_RX_NONE;
	default: {
		int v = hexval(c);
		if (v < 0) {
			rx->state = RX_IDLE;
			return GDB_RX_BAD;
		}
		rx->csum_val = (uint8_t)(rx->csum_val << 4 | v);
		if (++rx->csum < 2)
			return GDB_RX_NONE;
		rx->state = RX_IDLE;
		rx->buf[rx->len] = '\0';
		if (rx->overflow || rx->escape || rx->csum_val != rx->sum)
			return GDB_RX_BAD;
		return GDB_RX_PACKET;
	}
	}
}

size_t gdb_frame(const char *payload, size_t len, char *out)
{
	static const char hex[] = "0123456789abcdef";
	size_t n = 0;
	uint8_t sum = 0;
	out[n++] = '$';
	for (size_t k = 0; k < len; k++) {
		char c = payload[k];
		if (c == '$' || c == '#' || c == '}' || c == '*') {
			out[n++] = '}';
			sum = (uint8_t)(sum + '}');
			c ^= 0x20;
		}
		out[n++] = c;
		sum = (uint8_t)(sum + (uint8_t)c);
	}
	out[n++] = '#';
	out[n++] = hex[sum >> 4];
	out[n++] = hex[sum & 15];
	return n;
}

void gdb_session_init(struct gdb_session *s, const struct gdb_target *t)
{
	memset(s, 0, sizeof(*s));
	s->t = t;
	s->c_thread = -1;
	s->stop_signal = 5;
}

/* --- parsing helpers: each advances *p and fails on anything unexpected --- */

/* A hex number of at most 16 digits. */
static bool parse_hex(const char **p, const char *end, uint64_t *v)
{
	const char *q = *p;
	uint64_t x = 0;
	unsigned n = 0;
	while (q < end && hexval(*q) >= 0) {
		if (++n > 16)
			return false;
		x = x << 4 | (uint64_t)hexval(*q++);
	}
	if (n == 0)
		return false;
	*p = q;
	*v = x;
	return true;
}

static bool expect(const char **p, const char *end, char c)
{
	if (*p >= end || **p != c)
		return false;
	(*p)++;
	return true;
}

/* A thread id: "-1" (all, returned as -1), "0" (any: -2) or a hex id >= 1. */
static bool parse_thread(const char **p, const char *end, int *thr)
{
	if (*p < end && **p == '-') {
		(*p)++;
		uint64_t v;
		if (!parse_hex(p, end, &v) || v != 1)
			return false;
		*thr = -1;
		return true;
	}
	uint64_t v;
	if (!parse_hex(p, end, &v) || v > GDB_MAX_THREADS)
		return false;
	*thr = v == 0 ? -2 : (int)v - 1;
	return true;
}

static size_t put_hex_bytes(char *out, const uint8_t *b, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	for (size_t k = 0; k < n; k++) {
		out[2 * k] = hex[b[k] >> 4];
		out[2 * k + 1] = hex[b[k] & 15];
	}
	return 2 * n;
}

/* A register in target byte order (little-endian), 16 hex digits. */
static size_t put_reg(char *out, uint64_t v)
{
	uint8_t b[8];
	for (int k = 0; k < 8; k++)
		b[k] = (uint8_t)(v >> (8 * k));
	return put_hex_bytes(out, b, 8);
}

static bool get_hex_bytes(const char *in, size_t n, uint8_t *b)
{
	for (size_t k = 0; k < n; k++) {
		int hi = hexval(in[2 * k]), lo = hexval(in[2 * k + 1]);
		if (hi < 0 || lo < 0)
			return false;
		b[k] = (uint8_t)(hi << 4 | lo);
	}
	return true;
}

static bool get_reg_hex(const char *in, uint64_t *v)
{
	uint8_t b[8];
	if (!get_hex_bytes(in, 8, b))
		return false;
	uint64_t x = 0;
	for (int k = 7; k >= 0; k--)
		x = x << 8 | b[k];
	*v = x;
	return true;
}

static size_t reply_str(char *out, const char *s)
{
	size_t n = strlen(s);
	memcpy(out, s, n + 1);
	return n;
}

size_t gdb_stop_reply(const struct gdb_session *s, char *out)
{
	if (s->stop_watch)
		return (size_t)snprintf(out, 64, "T%02xwatch:%llx;thread:%x;",
					(unsigned)s->stop_signal & 0xff,
					(unsigned long long)s->stop_watch_addr, s->stop_thread + 1);
	return (size_t)snprintf(out, 64, "T%02xthread:%x;", (unsigned)s->stop_signal & 0xff,
				s->stop_thread + 1);
}

static bool thread_ok(const struct gdb_session *s, int thr)
{
	return thr >= 0 && (unsigned)thr < s->t->nthreads;
}

/* vCont;action[:thread]...: the leftmost action naming a thread wins; a
 * thread no action names stays stopped. */
static bool parse_vcont(struct gdb_session *s, const char *p, const char *end)
{
	bool set[GDB_MAX_THREADS] = {false};
	memset(s->resume, GDB_RESUME_STAY, sizeof(s->resume));
	bool any = false;
	while (p < end) {
		if (!expect(&p, end, ';') || p >= end)
			return false;
		char a = *p++;
		uint8_t mode;
		if (a == 'c' || a == 'C')
			mode = GDB_RESUME_CONTINUE;
		else if (a == 's' || a == 'S')
			mode = GDB_RESUME_STEP;
		else if (a == 't')
			mode = GDB_RESUME_STAY;
		else
			return false;
		uint64_t sig;
		if ((a == 'C' || a == 'S') && !parse_hex(&p, end, &sig))
			return false; /* signals mean nothing to a hart: ignored */
		int thr = -1;
		if (p < end && *p == ':') {
			p++;
			if (!parse_thread(&p, end, &thr))
				return false;
		}
		for (unsigned k = 0; k < s->t->nthreads; k++) {
			if (set[k] || (thr >= 0 && (unsigned)thr != k))
				continue;
			set[k] = true;
			s->resume[k] = mode;
			any = true;
		}
	}
	return any;
}

static enum gdb_action handle_query(struct gdb_session *s, const char *p, const char *end,
				    char *out, size_t *n)
{
	size_t len = (size_t)(end - p);
#define IS(lit) (len >= sizeof(lit) - 1 && memcmp(p, lit, sizeof(lit) - 1) == 0)
	if (IS("qSupported")) {
		*n = (size_t)snprintf(out, GDB_MAX_PACKET,
				      "PacketSize=%x;qXfer:features:read+;vContSupported+;"
				      "QStartNoAckMode+",
				      GDB_MAX_PACKET);
	} else if (IS("QStartNoAckMode")) {
		s->no_ack = true;
		*n = reply_str(out, "OK");
	} else if (IS("qAttached")) {
		*n = reply_str(out, "1");
	} else if (IS("qC")) {
		*n = (size_t)snprintf(out, GDB_MAX_PACKET, "QC%x", s->g_thread + 1);
	} else if (IS("qfThreadInfo")) {
		size_t k = 0;
		out[k++] = 'm';
		for (unsigned t = 0; t < s->t->nthreads; t++)
			k += (size_t)snprintf(out + k, GDB_MAX_PACKET - k, t ? ",%x" : "%x", t + 1);
		*n = k;
	} else if (IS("qsThreadInfo")) {
		*n = reply_str(out, "l");
	} else if (IS("qThreadExtraInfo,")) {
		const char *q = p + sizeof("qThreadExtraInfo,") - 1;
		int thr;
		if (!parse_thread(&q, end, &thr) || !thread_ok(s, thr)) {
			*n = reply_str(out, "E01");
		} else {
			char text[32];
			int tl = snprintf(text, sizeof(text), "hart %d", thr);
			*n = put_hex_bytes(out, (const uint8_t *)text, (size_t)tl);
		}
	} else if (IS("qXfer:features:read:target.xml:")) {
		const char *q = p + sizeof("qXfer:features:read:target.xml:") - 1;
		uint64_t off, want;
		if (!parse_hex(&q, end, &off) || !expect(&q, end, ',') ||
		    !parse_hex(&q, end, &want) || q != end) {
			*n = reply_str(out, "E01");
			return GDB_ACT_NONE;
		}
		size_t total = strlen(s->t->target_xml);
		if (want > GDB_MAX_PACKET - 1)
			want = GDB_MAX_PACKET - 1;
		if (off >= total) {
			*n = reply_str(out, "l");
			return GDB_ACT_NONE;
		}
		size_t take = total - off < want ? total - off : want;
		out[0] = off + take < total ? 'm' : 'l';
		memcpy(out + 1, s->t->target_xml + off, take);
		*n = take + 1;
	} else if (IS("qXfer:")) {
		*n = reply_str(out, "E00"); /* other objects: none */
	} else if (IS("qSymbol::")) {
		*n = reply_str(out, "OK");
	} else {
		*n = 0; /* unsupported: the empty reply */
	}
#undef IS
	return GDB_ACT_NONE;
}

enum gdb_action gdb_handle(struct gdb_session *s, const char *pkt, size_t len, char *out,
			   size_t *outlen)
{
	const struct gdb_target *t = s->t;
	const char *p = pkt + 1, *end = pkt + len;
	size_t n = 0;
	enum gdb_action act = GDB_ACT_NONE;
	out[0] = '\0';
	if (len == 0) {
		*outlen = 0;
		return GDB_ACT_NONE;
	}
	switch (pkt[0]) {
	case '?':
		n = gdb_stop_reply(s, out);
		break;
	case 'q':
	case 'Q':
		act = handle_query(s, pkt, end, out, &n);
		break;
	case 'H': {
		int thr;
		if (p >= end || (*p != 'g' && *p != 'c')) {
			n = reply_str(out, "E01");
			break;
		}
		char which = *p++;
		if (!parse_thread(&p, end, &thr) || p != end || (thr >= 0 && !thread_ok(s, thr))) {
			n = reply_str(out, "E01");
			break;
		}
		if (which == 'g')
			s->g_thread = thr >= 0 ? (unsigned)thr : s->g_thread;
		else
			s->c_thread = thr >= 0 ? thr : -1;
		n = reply_str(out, "OK");
		break;
	}
	case 'T': {
		int thr;
		n = reply_str(out, parse_thread(&p, end, &thr) && p == end && thread_ok(s, thr)
				       ? "OK"
				       : "E01");
		break;
	}
	case 'g':
		for (unsigned r = 0; r < t->ngregs && n + 16 <= GDB_MAX_PACKET; r++) {
			uint64_t v = 0;
			if (t->get_reg(t->ctx, s->g_thread, r, &v) < 0)
				break;
			n += put_reg(out + n, v);
		}
		break;
	case 'G': {
		size_t have = (size_t)(end - p) / 16;
		if ((size_t)(end - p) % 16 || have > t->ngregs) {
			n = reply_str(out, "E01");
			break;
		}
		bool ok = true;
		for (size_t r = 0; r < have && ok; r++) {
			uint64_t v;
			ok = get_reg_hex(p + 16 * r, &v) &&
			     t->set_reg(t->ctx, s->g_thread, (unsigned)r, v) == 0;
		}
		n = reply_str(out, ok ? "OK" : "E01");
		break;
	}
	case 'p': {
		uint64_t r, v;
		if (!parse_hex(&p, end, &r) || p != end || r > 0xffff ||
		    t->get_reg(t->ctx, s->g_thread, (unsigned)r, &v) < 0)
			n = reply_str(out, "E01");
		else
			n = put_reg(out, v);
		break;
	}
	case 'P': {
		uint64_t r, v;
		if (!parse_hex(&p, end, &r) || !expect(&p, end, '=') || end - p != 16 ||
		    r > 0xffff || !get_reg_hex(p, &v) ||
		    t->set_reg(t->ctx, s->g_thread, (unsigned)r, v) < 0)
			n = reply_str(out, "E01");
		else
			n = reply_str(out, "OK");
		break;
	}
	case 'm': {
		uint64_t addr, want;
		if (!parse_hex(&p, end, &addr) || !expect(&p, end, ',') ||
		    !parse_hex(&p, end, &want) || p != end) {
			n = reply_str(out, "E01");
			break;
		}
		if (want > GDB_MAX_PACKET / 2)
			want = GDB_MAX_PACKET / 2;
		uint8_t buf[GDB_MAX_PACKET / 2];
		size_t got = t->read_mem(t->ctx, s->g_thread, addr, buf, (size_t)want);
		if (got == 0 && want > 0)
			n = reply_str(out, "E14");
		else
			n = put_hex_bytes(out, buf, got);
		break;
	}
	case 'M': {
		uint64_t addr, count;
		if (!parse_hex(&p, end, &addr) || !expect(&p, end, ',') ||
		    !parse_hex(&p, end, &count) || !expect(&p, end, ':') ||
		    count > GDB_MAX_PACKET / 2 || (uint64_t)(end - p) != 2 * count) {
			n = reply_str(out, "E01");
			break;
		}
		uint8_t buf[GDB_MAX_PACKET / 2];
		if (!get_hex_bytes(p, (size_t)count, buf)) {
			n = reply_str(out, "E01");
			break;
		}
		size_t put = t->write_mem(t->ctx, s->g_thread, addr, buf, (size_t)count);
		n = reply_str(out, put == count ? "OK" : "E14");
		break;
	}
	case 'Z':
	case 'z': {
		uint64_t type, addr, kind;
		if (!parse_hex(&p, end, &type) || !expect(&p, end, ',') ||
		    !parse_hex(&p, end, &addr) || !expect(&p, end, ',') ||
		    !parse_hex(&p, end, &kind)) {
			n = reply_str(out, "E01");
			break;
		}
		if (type == 2) { /* write watchpoint: kind is its length */
			n = reply_str(out, t->watchpoint(t->ctx, pkt[0] == 'Z', addr, kind) == 0
					       ? "OK"
					       : "E0e");
			break;
		}
		if (type > 2) {
			n = 0; /* read and access watchpoints: not supported */
			break;
		}
		/* Software (0) and hardware (1) breakpoints are the same thing
		 * here: a pc the harts stop at, with guest memory untouched. */
		n = reply_str(out, t->breakpoint(t->ctx, pkt[0] == 'Z', addr) == 0 ? "OK" : "E0e");
		break;
	}
	case 'c':
	case 's': {
		/* Legacy resume: 'c' continues every thread; 's' steps the Hc
		 * thread (or the last stopped one) and holds the others. An
		 * address argument (resume elsewhere) is not supported. */
		if (p != end) {
			n = reply_str(out, "E01");
			break;
		}
		unsigned st = s->c_thread >= 0 ? (unsigned)s->c_thread : s->stop_thread;
		for (unsigned k = 0; k < GDB_MAX_THREADS; k++)
			s->resume[k] = pkt[0] == 'c' ? GDB_RESUME_CONTINUE : GDB_RESUME_STAY;
		if (pkt[0] == 's')
			s->resume[st < t->nthreads ? st : 0] = GDB_RESUME_STEP;
		act = GDB_ACT_RESUME;
		break;
	}
	case 'v':
		if (len == 6 && memcmp(pkt, "vCont?", 6) == 0) {
			n = reply_str(out, "vCont;c;C;s;S;t");
		} else if (len >= 5 && memcmp(pkt, "vCont", 5) == 0) {
			if (parse_vcont(s, pkt + 5, end))
				act = GDB_ACT_RESUME;
			else
				n = reply_str(out, "E01");
		} else if (len >= 5 && memcmp(pkt, "vKill", 5) == 0) {
			n = reply_str(out, "OK");
			act = GDB_ACT_KILL;
		} else {
			n = 0; /* vMustReplyEmpty and the rest */
		}
		break;
	case 'D':
		n = reply_str(out, "OK");
		act = GDB_ACT_DETACH;
		break;
	case 'k':
		act = GDB_ACT_KILL;
		break;
	default:
		n = 0; /* unsupported (X, R, ...): the empty reply */
		break;
	}
	*outlen = n;
	return act;
}
