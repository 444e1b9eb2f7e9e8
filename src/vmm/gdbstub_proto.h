/* The GDB remote serial protocol, without sockets or a VM: framing of the
 * bytes a debugger sends (packets, acks, Ctrl-C) and the commands, answered
 * through a target's callbacks. Everything here parses untrusted bytes
 * (tests/fuzz/fuzz_gdb.c). */
#ifndef RVISOR_VMM_GDBSTUB_PROTO_H
#define RVISOR_VMM_GDBSTUB_PROTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The largest packet payload either side sends (advertised as PacketSize). */
#define GDB_MAX_PACKET 4096
#define GDB_MAX_THREADS 64

/* Receiver: feed it the bytes from the debugger one at a time. */
struct gdb_rx {
	int state;
	bool escape;
	uint8_t sum;	  /* running checksum of the raw payload */
	unsigned csum;	  /* checksum digits received */
	uint8_t csum_val; /* their value */
	bool overflow;	  /* payload longer than GDB_MAX_PACKET: dropped */
	size_t len;
	char buf[GDB_MAX_PACKET + 1]; /* unescaped payload, NUL-terminated */
};

enum gdb_rx_event {
	GDB_RX_NONE,	  /* nothing complete yet */
	GDB_RX_PACKET,	  /* rx->buf/len hold a packet with a good checksum */
	GDB_RX_BAD,	  /* a packet with a bad checksum or too long: answer '-' */
	GDB_RX_INTERRUPT, /* Ctrl-C (0x03) outside a packet */
	GDB_RX_ACK,	  /* '+' */
	GDB_RX_NAK,	  /* '-': resend the last reply */
};

void gdb_rx_init(struct gdb_rx *rx);
enum gdb_rx_event gdb_rx_byte(struct gdb_rx *rx, uint8_t c);

/* Frame a payload as $payload#xx (escaping $ # } *) into out, which holds
 * at least 2 * len + 4 bytes. Returns the framed length. */
size_t gdb_frame(const char *payload, size_t len, char *out);

/* What the stub asks of the machine it debugs. Threads are 0-based here
 * (the protocol's thread ids are these + 1). Every callback may be given
 * any number the debugger sends and must refuse what does not exist. */
struct gdb_target {
	void *ctx;
	unsigned nthreads; /* 1 .. GDB_MAX_THREADS */
	const char *target_xml;
	unsigned ngregs; /* registers in a 'g' packet: 0 .. ngregs-1, 8 bytes each */
	/* 0, or -1 when there is no such register (or thread). */
	int (*get_reg)(void *ctx, unsigned thr, unsigned regno, uint64_t *val);
	int (*set_reg)(void *ctx, unsigned thr, unsigned regno, uint64_t val);
	/* Bytes transferred from the start of the range (0: none). */
	size_t (*read_mem)(void *ctx, unsigned thr, uint64_t addr, uint8_t *buf, size_t len);
	size_t (*write_mem)(void *ctx, unsigned thr, uint64_t addr, const uint8_t *buf, size_t len);
	/* Insert or remove a breakpoint at a virtual pc: 0, or -1 (table full). */
	int (*breakpoint)(void *ctx, bool insert, uint64_t addr);
	/* Insert or remove a write watchpoint (Z2) of len bytes: 0, or -1
	 * (table full, or a range the target cannot watch). */
	int (*watchpoint)(void *ctx, bool insert, uint64_t addr, uint64_t len);
};

/* What a packet asks the stub to do once its reply (if any) is sent. */
enum gdb_action {
	GDB_ACT_NONE,	/* reply and wait for the next packet */
	GDB_ACT_RESUME, /* no reply now: resume as s->resume says */
	GDB_ACT_DETACH, /* reply OK, let the machine run, drop the debugger */
	GDB_ACT_KILL,	/* no reply: end the machine */
};

enum { GDB_RESUME_STAY = 0, GDB_RESUME_CONTINUE = 1, GDB_RESUME_STEP = 2 };

struct gdb_session {
	const struct gdb_target *t;
	unsigned g_thread; /* Hg: registers and memory */
	int c_thread;	   /* Hc: -1 = all */
	bool no_ack;	   /* QStartNoAckMode accepted */
	unsigned stop_thread;
	int stop_signal;
	bool stop_watch; /* the stop was a write watchpoint at stop_watch_addr */
	uint64_t stop_watch_addr;
	uint8_t resume[GDB_MAX_THREADS]; /* GDB_RESUME_* per thread, for RESUME */
};

void gdb_session_init(struct gdb_session *s, const struct gdb_target *t);
/* The stop reply for the last stop ("T05thread:1;", with "watch:ADDR;"
 * after a watchpoint), into out (>= 64 bytes). */
size_t gdb_stop_reply(const struct gdb_session *s, char *out);
/* Handle one packet payload; the reply payload goes to out (which holds
 * GDB_MAX_PACKET + 1 bytes), its length to *outlen. */
enum gdb_action gdb_handle(struct gdb_session *s, const char *pkt, size_t len, char *out,
			   size_t *outlen);

#endif
