/* Runs the GDB protocol fuzz target (tests/fuzz/fuzz_gdb.c) over 20,000
 * byte streams: seeds holding every command the stub knows (framed with
 * good checksums), then mutations of them (bytes set to boundary or random
 * values, checksums broken, packets cut, repeated or spliced, escapes and
 * Ctrl-C inserted) and wholly random streams. Passing means no crash and
 * every check of the target held (no sanitizer report when built with
 * one). Also checks a few exact replies of the handler. */
#include "../fuzz/fuzz_gdb.c"

#include "check.h"

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static const char *const seeds[] = {
    "qSupported:multiprocess+;swbreak+;hwbreak+;xmlRegisters=riscv",
    "QStartNoAckMode",
    "vMustReplyEmpty",
    "Hg0",
    "Hg2",
    "Hc-1",
    "qXfer:features:read:target.xml:0,ffb",
    "qXfer:features:read:target.xml:40,10",
    "qXfer:features:read:target.xml:ffffffffffffffff,ffffffffffffffff",
    "qTStatus",
    "?",
    "qfThreadInfo",
    "qsThreadInfo",
    "qAttached",
    "qC",
    "qThreadExtraInfo,1",
    "qThreadExtraInfo,ffff",
    "g",
    "G0000000000000000111111111111111122222222222222223333333333333333",
    "p20",
    "p4f",
    "pffff",
    "P21=0123456789abcdef",
    "m1000,40",
    "m1ff0,40",
    "mffffffffffffffff,ffffffffffffffff",
    "M1000,4:deadbeef",
    "M1ffe,4:deadbeef",
    "X1000,4:abcd",
    "Z0,80000000,2",
    "z0,80000000,2",
    "Z1,80000000,4",
    "Z2,1000,8",
    "z2,1000,8",
    "Z4,1000,4",
    "vCont?",
    "vCont;s:1;c",
    "vCont;c",
    "vCont;C05:2;s:1",
    "vCont;t:-1",
    "c",
    "s",
    "T1",
    "T3",
    "D",
    "vKill;1",
    "k",
};

static size_t frame_into(uint8_t *out, const char *payload)
{
	size_t n = strlen(payload), k = 0;
	uint8_t sum = 0;
	out[k++] = '$';
	for (size_t j = 0; j < n; j++) {
		out[k++] = (uint8_t)payload[j];
		sum = (uint8_t)(sum + (uint8_t)payload[j]);
	}
	k += (size_t)sprintf((char *)out + k, "#%02x", sum);
	return k;
}

static void exact_replies(void)
{
	static struct fake fk;
	static char out[GDB_MAX_PACKET + 1];
	struct gdb_target t = {.ctx = &fk,
			       .nthreads = 2,
			       .target_xml = xml,
			       .ngregs = 33,
			       .get_reg = f_get,
			       .set_reg = f_set,
			       .read_mem = f_read,
			       .write_mem = f_write,
			       .breakpoint = f_bp,
			       .watchpoint = f_watch};
	struct gdb_session s;
	gdb_session_init(&s, &t);
	size_t n;
#define REPLY(pkt, want)                                                                           \
	do {                                                                                       \
		gdb_handle(&s, pkt, strlen(pkt), out, &n);                                         \
		out[n] = 0;                                                                        \
		if (strcmp(out, want) != 0)                                                        \
			fprintf(stderr, "%s -> '%s', expected '%s'\n", pkt, out, want);            \
		CHECK(strcmp(out, want) == 0);                                                     \
	} while (0)
	REPLY("qfThreadInfo", "m1,2");
	REPLY("qsThreadInfo", "l");
	REPLY("?", "T05thread:1;");
	REPLY("Hg2", "OK");
	REPLY("qC", "QC2");
	REPLY("Hg3", "E01");
	REPLY("P20=efcdab8967452301", "OK");
	REPLY("p20", "efcdab8967452301");
	REPLY("M1000,2:beef", "OK");
	REPLY("m1000,3", "beef00");
	REPLY("m2000,4", "E14");
	REPLY("m0fff,2", "E14");
	REPLY("Z0,80000000,2", "OK");
	REPLY("Z2,80000000,8", "OK");
	REPLY("Z2,80000000,9", "E0e");
	REPLY("Z3,80000000,8", "");
	REPLY("p123456789abcdef01", "E01");
	REPLY("qXfer:features:read:target.xml:0,8", "m<?xml ve");
	REPLY("vCont?", "vCont;c;C;s;S;t");
	CHECK(gdb_handle(&s, "vCont;s:2;c:1", 13, out, &n) == GDB_ACT_RESUME);
	CHECK(s.resume[1] == GDB_RESUME_STEP && s.resume[0] == GDB_RESUME_CONTINUE);
	CHECK(gdb_handle(&s, "vCont;s:2", 9, out, &n) == GDB_ACT_RESUME);
	CHECK(s.resume[1] == GDB_RESUME_STEP && s.resume[0] == GDB_RESUME_STAY);
	CHECK(gdb_handle(&s, "D", 1, out, &n) == GDB_ACT_DETACH);
	CHECK(gdb_handle(&s, "k", 1, out, &n) == GDB_ACT_KILL);
	/* Framing: escapes both ways, a bad checksum, Ctrl-C between packets. */
	struct gdb_rx rx;
	gdb_rx_init(&rx);
	const char *good = "$a}]b#";
	enum gdb_rx_event ev = GDB_RX_NONE;
	for (const char *p = good; *p; p++)
		ev = gdb_rx_byte(&rx, (uint8_t)*p);
	uint8_t sum = (uint8_t)('a' + '}' + ']' + 'b');
	char cs[3];
	snprintf(cs, sizeof(cs), "%02x", sum);
	ev = gdb_rx_byte(&rx, (uint8_t)cs[0]);
	ev = gdb_rx_byte(&rx, (uint8_t)cs[1]);
	CHECK(ev == GDB_RX_PACKET && rx.len == 3 && memcmp(rx.buf, "a}b", 3) == 0);
	const char *bad = "$ab#00";
	for (const char *p = bad; *p; p++)
		ev = gdb_rx_byte(&rx, (uint8_t)*p);
	CHECK(ev == GDB_RX_BAD);
	CHECK(gdb_rx_byte(&rx, 0x03) == GDB_RX_INTERRUPT);
	char fr[32];
	size_t fl = gdb_frame("a#b", 3, fr);
	fr[fl] = 0;
	CHECK(strncmp(fr,
		      "$a}\x03"
		      "b#",
		      6) == 0);
}

int main(void)
{
	exact_replies();
	static uint8_t in[1 << 15];
	size_t nseeds = sizeof(seeds) / sizeof(seeds[0]);
	for (unsigned iter = 0; iter < 20000; iter++) {
		size_t n = 0;
		unsigned npk = 1 + (unsigned)(rnd() % 12);
		for (unsigned k = 0; k < npk && n < sizeof(in) - 9000; k++) {
			size_t at = n;
			if (rnd() % 16 == 0) { /* a random blob, sometimes huge */
				size_t len = rnd() % 4 == 0 ? 4000 + rnd() % 4200 : rnd() % 64;
				for (size_t j = 0; j < len; j++)
					in[n++] = (uint8_t)rnd();
				continue;
			}
			n += frame_into(in + n, seeds[rnd() % nseeds]);
			unsigned nmut = (unsigned)(rnd() % 4);
			for (unsigned m = 0; m < nmut && n > at; m++) {
				size_t pos = at + rnd() % (n - at);
				switch (rnd() % 6) {
				case 0:
					in[pos] = (uint8_t)rnd();
					break;
				case 1:
					in[pos] = "0f,:;-}#$\x03"[rnd() % 10];
					break;
				case 2:
					n = pos; /* cut */
					break;
				case 3:
					in[pos] = 0xff;
					break;
				case 4: /* repeat the packet so far */
					if (n + (n - at) < sizeof(in)) {
						memmove(in + n, in + at, n - at);
						n += n - at;
					}
					break;
				default:
					in[pos] = '0';
					break;
				}
			}
		}
		LLVMFuzzerTestOneInput(in, n);
	}
	CHECK_DONE();
}
