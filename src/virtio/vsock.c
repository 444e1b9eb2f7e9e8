/* virtio-vsock, stream sockets only, with the host side Firecracker uses:
 * rvisor listens on one AF_UNIX socket PATH; a host program connects and
 * writes "CONNECT <port>\n", rvisor opens a connection to that guest port
 * and answers "OK <hostport>\n", then bytes flow both ways. A guest
 * connection to CID 2 port P is relayed to the unix socket "PATH_P".
 *
 * Threads: the transport's I/O thread moves packets between the queues and
 * per-connection buffers; one host thread of this device does every socket
 * call (accept, connect, read, write, close) with epoll and asks for the rx
 * queue to be filled with virtio_mmio_kick. Neither blocks on the other
 * beyond d->lock, and the I/O thread never touches a socket.
 *
 * Flow control (§5.10.6.3): the guest may have at most VSOCK_BUF_ALLOC bytes
 * in flight towards the host (we advertise buf_alloc and report fwd_cnt as
 * the host socket consumes them); we send at most what the guest's
 * buf_alloc/fwd_cnt allow. A guest that overruns its credit is reset.
 *
 * Host descriptors: each connection holds one socket. At most
 * VSOCK_MAX_CONNS connections (fewer when the open-file limit's
 * per-device share is smaller), and a socket numbered at or above the
 * descriptor budget's ceiling (util/fdbudget.h) is closed at once: a host
 * client is disconnected, a guest connection gets RST. Every socket write
 * uses MSG_NOSIGNAL: a peer that went away gives EPIPE, never SIGPIPE.
 *
 * Snapshots carry no connection (as in Firecracker): a restored device
 * sends VIRTIO_VSOCK_EVENT_TRANSPORT_RESET so the guest drops its
 * connected sockets and re-reads its CID; listening sockets survive. */
#include "virtio/vsock.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "state/stream.h"
#include "util/fdbudget.h"
#include "util/opts.h"
#include "virtio/devices.h"
#include "virtio/mmio.h"
#include "util/thread.h"

#define VIRTIO_ID_VSOCK 19
#define VQ_RX 0
#define VQ_TX 1
#define VQ_EVENT 2

#define HOST_CID 2
#define HDR_SIZE 44
#define TYPE_STREAM 1
enum {
	OP_INVALID,
	OP_REQUEST,
	OP_RESPONSE,
	OP_RST,
	OP_SHUTDOWN,
	OP_RW,
	OP_CREDIT_UPDATE,
	OP_CREDIT_REQUEST
};
#define SHUT_F_RCV 1
#define SHUT_F_SEND 2
#define EVENT_TRANSPORT_RESET 0

#define RST_QUEUE 128	    /* RSTs waiting for an rx buffer */
#define CONNECT_LINE_MAX 32 /* "CONNECT 4294967295\n" is 19 bytes */
/* Report consumed bytes when this many were consumed since the last
 * report: the guest then always has 3/4 of the buffer of credit, more than
 * one packet, so it never stalls waiting for an update. */
#define CREDIT_UPDATE_AFTER (VSOCK_BUF_ALLOC / 4)
/* How long rx traffic waits for the guest to handle a transport reset. */
#define RESET_HOLD_NS 1000000000ull
/* A host client that has not sent its CONNECT line by then is closed, so
 * idle clients cannot hold every connection slot. */
#define HANDSHAKE_NS (VSOCK_HANDSHAKE_SECONDS * 1000000000ull)

/* Log-once kinds (0..3 are the transport's). */
#define WARN_SHORT 8
#define WARN_LEN 9
#define WARN_ADDR 10
#define WARN_TYPE_OP 11
#define WARN_UNKNOWN_CONN 12
#define WARN_LIMIT 13
#define WARN_CREDIT 14
#define WARN_HOST 15
#define WARN_HANDSHAKE 16
#define WARN_FDS 17

struct vhdr {
	uint64_t src_cid, dst_cid;
	uint32_t src_port, dst_port, len;
	uint16_t type, op;
	uint32_t flags, buf_alloc, fwd_cnt;
};

/* A byte ring. */
struct ring {
	uint8_t *buf;
	uint32_t cap, head, len;
};

enum conn_state {
	C_FREE,
	C_HANDSHAKE,   /* host socket accepted, reading "CONNECT <port>\n" */
	C_CONNECT_OUT, /* REQUEST to the guest pending or sent */
	C_CONNECT_IN,  /* the guest's REQUEST: the host thread connects PATH_P */
	C_ESTABLISHED,
	C_CLOSING, /* gone for the guest: the host thread flushes and closes */
};

struct conn {
	enum conn_state state;
	int fd; /* host socket, -1 when none; only the host thread uses it */
	uint32_t host_port, guest_port;
	struct ring to_guest, to_host;
	char line[24]; /* "OK <hostport>\n" towards the host, before any data */
	uint8_t line_len, line_off;

	uint32_t peer_buf_alloc, peer_fwd_cnt; /* the guest's receive credit */
	uint32_t tx_cnt;		       /* bytes sent to the guest */
	uint32_t fwd_cnt;		       /* guest bytes written to the host socket */
	uint32_t fwd_sent;		       /* fwd_cnt as last told to the guest */

	bool send_request, send_response, send_credit; /* packets owed to the guest */
	bool host_eof;				       /* the host socket reached end of file */
	bool shut_sent;				       /* SHUTDOWN(SEND) sent to the guest */
	bool guest_no_send;			       /* the guest will send nothing more */
	bool guest_no_recv;			       /* the guest will receive nothing more */
	bool host_wr_shut;  /* shutdown(SHUT_WR) done on the host socket */
	bool flush;	    /* C_CLOSING: write what is buffered first */
	bool rx_stalled;    /* to_guest was full: the host thread stopped reading */
	uint32_t ep_events; /* epoll registration (host thread) */
	bool in_epoll;
	bool hup;	   /* out of epoll after a hangup: served on wakeups only */
	uint64_t deadline; /* C_HANDSHAKE: closed at this time (CLOCK_MONOTONIC) */
};

struct vsock {
	struct virtio_mmio *t;
	uint64_t cid;
	char path[sizeof(((struct sockaddr_un *)0)->sun_path)];
	struct virtq_chain chain;

	pthread_mutex_t lock; /* everything below */
	struct conn conns[VSOCK_MAX_CONNS];
	unsigned max_conns; /* VSOCK_MAX_CONNS or the descriptor budget's share */
	unsigned rr;	    /* next connection to serve on rx */
	struct vhdr rst[RST_QUEUE];
	unsigned nrst;
	uint32_t next_port;
	bool reset_pending;	 /* TRANSPORT_RESET owed to the guest */
	bool reset_hold;	 /* delivered: rx waits until the guest handled it */
	uint16_t reset_avail;	 /* event queue avail idx when delivered */
	uint64_t reset_deadline; /* rx resumes at the latest then */

	/* Host thread. */
	int listen_fd, ep, wake_fd;
	bool bound;	  /* we created path: unlink it at the end */
	bool listen_held; /* listen_fd and path belong to the VM's resources */
	pthread_t thread;
	bool thread_started, stop;
};

/* --- small helpers --- */

static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void hdr_decode(const uint8_t *p, struct vhdr *h)
{
	memcpy(&h->src_cid, p + 0, 8);
	memcpy(&h->dst_cid, p + 8, 8);
	memcpy(&h->src_port, p + 16, 4);
	memcpy(&h->dst_port, p + 20, 4);
	memcpy(&h->len, p + 24, 4);
	memcpy(&h->type, p + 28, 2);
	memcpy(&h->op, p + 30, 2);
	memcpy(&h->flags, p + 32, 4);
	memcpy(&h->buf_alloc, p + 36, 4);
	memcpy(&h->fwd_cnt, p + 40, 4);
}

static void hdr_encode(const struct vhdr *h, uint8_t *p)
{
	memcpy(p + 0, &h->src_cid, 8);
	memcpy(p + 8, &h->dst_cid, 8);
	memcpy(p + 16, &h->src_port, 4);
	memcpy(p + 20, &h->dst_port, 4);
	memcpy(p + 24, &h->len, 4);
	memcpy(p + 28, &h->type, 2);
	memcpy(p + 30, &h->op, 2);
	memcpy(p + 32, &h->flags, 4);
	memcpy(p + 36, &h->buf_alloc, 4);
	memcpy(p + 40, &h->fwd_cnt, 4);
}

static uint32_t ring_space(const struct ring *r)
{
	return r->cap - r->len;
}

/* The contiguous free bytes after the data. */
static uint8_t *ring_tail(struct ring *r, uint32_t *n)
{
	uint32_t tail = (r->head + r->len) % r->cap;
	*n = r->len == r->cap ? 0 : tail >= r->head ? r->cap - tail : r->head - tail;
	return r->buf + tail;
}

/* The contiguous data at the head. */
static uint8_t *ring_head(struct ring *r, uint32_t *n)
{
	*n = r->len < r->cap - r->head ? r->len : r->cap - r->head;
	return r->buf + r->head;
}

static void ring_consume(struct ring *r, uint32_t n)
{
	r->head = (r->head + n) % r->cap;
	r->len -= n;
	if (!r->len)
		r->head = 0;
}

static int ring_alloc(struct ring *r, uint32_t cap)
{
	r->buf = malloc(cap);
	r->cap = cap;
	r->head = r->len = 0;
	return r->buf ? 0 : -1;
}

static void ring_free(struct ring *r)
{
	free(r->buf);
	memset(r, 0, sizeof(*r));
}

static void wake_host(struct vsock *d)
{
	uint64_t one = 1;
	if (write(d->wake_fd, &one, 8) < 0 && errno != EAGAIN)
		virtio_mmio_warn_once(d->t, WARN_HOST, "eventfd: %s", strerror(errno));
}

/* --- connections (d->lock held) --- */

static struct conn *conn_find(struct vsock *d, uint32_t host_port, uint32_t guest_port)
{
	for (unsigned k = 0; k < VSOCK_MAX_CONNS; k++) {
		struct conn *c = &d->conns[k];
		if ((c->state == C_CONNECT_OUT || c->state == C_CONNECT_IN ||
		     c->state == C_ESTABLISHED) &&
		    c->host_port == host_port && c->guest_port == guest_port)
			return c;
	}
	return NULL;
}

static struct conn *conn_new(struct vsock *d)
{
	unsigned used = 0;
	for (unsigned k = 0; k < VSOCK_MAX_CONNS; k++)
		used += d->conns[k].state != C_FREE;
	if (used >= d->max_conns)
		return NULL;
	for (unsigned k = 0; k < VSOCK_MAX_CONNS; k++) {
		struct conn *c = &d->conns[k];
		if (c->state != C_FREE)
			continue;
		memset(c, 0, sizeof(*c));
		c->fd = -1;
		if (ring_alloc(&c->to_guest, VSOCK_TO_GUEST_BUF) < 0 ||
		    ring_alloc(&c->to_host, VSOCK_BUF_ALLOC) < 0) {
			ring_free(&c->to_guest);
			ring_free(&c->to_host);
			return NULL;
		}
		return c;
	}
	return NULL;
}

static bool port_in_use(struct vsock *d, uint32_t port)
{
	for (unsigned k = 0; k < VSOCK_MAX_CONNS; k++)
		if (d->conns[k].state != C_FREE && d->conns[k].state != C_HANDSHAKE &&
		    d->conns[k].host_port == port)
			return true;
	return false;
}

/* Queue an RST from host (sport) to guest (dport). */
static void queue_rst(struct vsock *d, uint32_t sport, uint32_t dport)
{
	if (d->nrst == RST_QUEUE) {
		virtio_mmio_warn_once(d->t, WARN_LIMIT,
				      "too many RSTs waiting for rx buffers: dropped");
		return;
	}
	d->rst[d->nrst++] = (struct vhdr){.src_cid = HOST_CID,
					  .dst_cid = d->cid,
					  .src_port = sport,
					  .dst_port = dport,
					  .type = TYPE_STREAM,
					  .op = OP_RST};
}

/* The connection is over for the guest; RST it when the guest knows it. */
static void conn_kill(struct vsock *d, struct conn *c, bool rst, bool flush)
{
	bool known = c->state == C_CONNECT_IN || c->state == C_ESTABLISHED ||
		     (c->state == C_CONNECT_OUT && !c->send_request);
	if (rst && known)
		queue_rst(d, c->host_port, c->guest_port);
	c->state = C_CLOSING;
	c->flush = flush;
	c->send_request = c->send_response = c->send_credit = false;
	wake_host(d);
}

/* Both directions shut: the connection is complete. */
static void conn_maybe_finish(struct vsock *d, struct conn *c)
{
	if (c->state == C_ESTABLISHED && c->shut_sent && c->guest_no_send)
		conn_kill(d, c, true, true);
}

/* Bytes the guest can take now. */
static uint32_t peer_credit(const struct conn *c)
{
	uint32_t in_flight = c->tx_cnt - c->peer_fwd_cnt;
	return in_flight >= c->peer_buf_alloc ? 0 : c->peer_buf_alloc - in_flight;
}

/* --- rx: packets to the guest (I/O thread) --- */

/* Build the next packet for a chain with room for `room` payload bytes:
 * fills h, and for RW copies the payload into the chain. Returns false
 * when there is nothing to send. */
static bool next_packet(struct vsock *d, struct virtq *vq, struct virtq_chain *ch, uint32_t room,
			struct vhdr *h)
{
	if (d->nrst) {
		*h = d->rst[0];
		memmove(d->rst, d->rst + 1, --d->nrst * sizeof(d->rst[0]));
		return true;
	}
	for (unsigned i = 0; i < VSOCK_MAX_CONNS; i++) {
		struct conn *c = &d->conns[(d->rr + i) % VSOCK_MAX_CONNS];
		uint16_t op = OP_INVALID;
		uint32_t flags = 0, len = 0;
		if (c->state == C_CONNECT_OUT && c->send_request) {
			op = OP_REQUEST;
			c->send_request = false;
		} else if (c->state != C_ESTABLISHED) {
			continue;
		} else if (c->send_response) {
			op = OP_RESPONSE;
			c->send_response = false;
		} else if (c->to_guest.len && !c->guest_no_recv && peer_credit(c) && room) {
			op = OP_RW;
			len = c->to_guest.len;
			if (len > peer_credit(c))
				len = peer_credit(c);
			if (len > room)
				len = room;
			for (uint32_t done = 0; done < len;) {
				uint32_t n;
				uint8_t *p = ring_head(&c->to_guest, &n);
				if (n > len - done)
					n = len - done;
				virtq_chain_write(vq, ch, HDR_SIZE + done, p, n);
				ring_consume(&c->to_guest, n);
				done += n;
			}
			c->tx_cnt += len;
			if (c->rx_stalled) {
				c->rx_stalled = false;
				wake_host(d);
			}
		} else if (c->host_eof && !c->to_guest.len && !c->shut_sent) {
			op = OP_SHUTDOWN;
			flags = SHUT_F_SEND;
			c->shut_sent = true;
		} else if (c->send_credit || c->fwd_cnt - c->fwd_sent >= CREDIT_UPDATE_AFTER) {
			op = OP_CREDIT_UPDATE;
		} else {
			continue;
		}
		c->send_credit = false;
		c->fwd_sent = c->fwd_cnt;
		*h = (struct vhdr){.src_cid = HOST_CID,
				   .dst_cid = d->cid,
				   .src_port = c->host_port,
				   .dst_port = c->guest_port,
				   .len = len,
				   .type = TYPE_STREAM,
				   .op = op,
				   .flags = flags,
				   .buf_alloc = VSOCK_BUF_ALLOC,
				   .fwd_cnt = c->fwd_cnt};
		d->rr = (unsigned)(c - d->conns + 1) % VSOCK_MAX_CONNS;
		if (op == OP_SHUTDOWN)
			conn_maybe_finish(d, c);
		return true;
	}
	return false;
}

static long rx_chain(void *dev, struct virtq *vq, struct virtq_chain *ch)
{
	struct vsock *d = dev;
	if (ch->write_len < HDR_SIZE)
		return VIRTIO_CHAIN_BAD;
	uint64_t room = ch->write_len - HDR_SIZE;
	if (room > VSOCK_MAX_PAYLOAD)
		room = VSOCK_MAX_PAYLOAD;
	pthread_mutex_lock(&d->lock);
	struct vhdr h;
	bool any = !d->reset_hold && next_packet(d, vq, ch, (uint32_t)room, &h);
	pthread_mutex_unlock(&d->lock);
	if (!any)
		return VIRTIO_CHAIN_STOP;
	uint8_t raw[HDR_SIZE];
	hdr_encode(&h, raw);
	virtq_chain_write(vq, ch, 0, raw, HDR_SIZE);
	return HDR_SIZE + (long)h.len;
}

/* --- tx: packets from the guest (I/O thread) --- */

static void tx_rw(struct vsock *d, struct conn *c, struct virtq *vq, struct virtq_chain *ch,
		  uint32_t len)
{
	if (c->state != C_ESTABLISHED || c->guest_no_send) {
		conn_kill(d, c, true, false);
		return;
	}
	if (len > ring_space(&c->to_host)) {
		virtio_mmio_warn_once(d->t, WARN_CREDIT,
				      "guest port %u sent %u bytes beyond its credit: reset",
				      c->guest_port, len - ring_space(&c->to_host));
		conn_kill(d, c, true, false);
		return;
	}
	bool was_empty = c->to_host.len == 0;
	for (uint32_t done = 0; done < len;) {
		uint32_t n;
		uint8_t *p = ring_tail(&c->to_host, &n);
		if (n > len - done)
			n = len - done;
		virtq_chain_read(vq, ch, HDR_SIZE + done, p, n);
		c->to_host.len += n;
		done += n;
	}
	if (was_empty && len)
		wake_host(d);
}

static void tx_packet(struct vsock *d, struct virtq *vq, struct virtq_chain *ch,
		      const struct vhdr *h)
{
	if (h->src_cid != d->cid || h->dst_cid != HOST_CID) {
		/* Never answer a forged address. */
		virtio_mmio_warn_once(d->t, WARN_ADDR,
				      "packet from CID %llu to CID %llu dropped (guest CID %llu)",
				      (unsigned long long)h->src_cid,
				      (unsigned long long)h->dst_cid, (unsigned long long)d->cid);
		return;
	}
	struct conn *c = conn_find(d, h->dst_port, h->src_port);
	if (h->len > ch->read_len - HDR_SIZE || h->len > VSOCK_MAX_PAYLOAD) {
		virtio_mmio_warn_once(
		    d->t, WARN_LEN, "packet length %u exceeds its buffer (%llu) or %u: reset",
		    h->len, (unsigned long long)(ch->read_len - HDR_SIZE), VSOCK_MAX_PAYLOAD);
		if (c)
			conn_kill(d, c, true, false);
		else if (h->op != OP_RST)
			queue_rst(d, h->dst_port, h->src_port);
		return;
	}
	if (h->type != TYPE_STREAM || h->op == OP_INVALID || h->op > OP_CREDIT_REQUEST) {
		virtio_mmio_warn_once(d->t, WARN_TYPE_OP, "packet of type %u op %u: reset", h->type,
				      h->op);
		if (c)
			conn_kill(d, c, true, false);
		else if (h->op != OP_RST)
			queue_rst(d, h->dst_port, h->src_port);
		return;
	}
	if (h->op == OP_REQUEST) {
		if (c) { /* a second REQUEST for a live connection */
			conn_kill(d, c, true, false);
			return;
		}
		c = conn_new(d);
		if (!c) {
			virtio_mmio_warn_once(d->t, WARN_LIMIT,
					      "more than %u connections: guest connection refused",
					      d->max_conns);
			queue_rst(d, h->dst_port, h->src_port);
			return;
		}
		c->state = C_CONNECT_IN;
		c->host_port = h->dst_port;
		c->guest_port = h->src_port;
		c->peer_buf_alloc = h->buf_alloc;
		c->peer_fwd_cnt = h->fwd_cnt;
		wake_host(d);
		return;
	}
	if (!c) {
		/* A credit update or shutdown can cross our RST: normal, not
		 * worth a log line, but answered like the rest. */
		if (h->op != OP_RST && h->op != OP_CREDIT_UPDATE && h->op != OP_SHUTDOWN)
			virtio_mmio_warn_once(d->t, WARN_UNKNOWN_CONN,
					      "op %u for no connection (host port %u, guest port "
					      "%u): reset",
					      h->op, h->dst_port, h->src_port);
		if (h->op != OP_RST)
			queue_rst(d, h->dst_port, h->src_port);
		return;
	}
	c->peer_buf_alloc = h->buf_alloc;
	c->peer_fwd_cnt = h->fwd_cnt;
	switch (h->op) {
	case OP_RESPONSE:
		if (c->state != C_CONNECT_OUT || c->send_request) {
			conn_kill(d, c, true, false);
			break;
		}
		c->state = C_ESTABLISHED;
		c->line_len = (uint8_t)snprintf(c->line, sizeof(c->line), "OK %u\n", c->host_port);
		c->line_off = 0;
		wake_host(d);
		break;
	case OP_RST:
		/* What the guest sent before is delivered; an unanswered
		 * CONNECT is just closed. */
		conn_kill(d, c, false, c->state == C_ESTABLISHED);
		break;
	case OP_SHUTDOWN:
		if (c->state != C_ESTABLISHED) {
			conn_kill(d, c, true, false);
			break;
		}
		if (h->flags & SHUT_F_RCV) {
			c->guest_no_recv = true;
			ring_consume(&c->to_guest, c->to_guest.len);
		}
		if (h->flags & SHUT_F_SEND) {
			c->guest_no_send = true;
			wake_host(d);
		}
		/* The guest closed: answer with the RST it waits for. */
		if ((h->flags & (SHUT_F_RCV | SHUT_F_SEND)) == (SHUT_F_RCV | SHUT_F_SEND))
			conn_kill(d, c, true, true);
		else
			conn_maybe_finish(d, c);
		break;
	case OP_RW:
		tx_rw(d, c, vq, ch, h->len);
		break;
	case OP_CREDIT_UPDATE:
		break; /* the credit was taken from the header above */
	case OP_CREDIT_REQUEST:
		if (c->state == C_ESTABLISHED)
			c->send_credit = true;
		break;
	}
}

static long tx_chain(void *dev, struct virtq *vq, struct virtq_chain *ch)
{
	struct vsock *d = dev;
	uint8_t raw[HDR_SIZE];
	if (virtq_chain_read(vq, ch, 0, raw, HDR_SIZE) < HDR_SIZE) {
		virtio_mmio_warn_once(d->t, WARN_SHORT,
				      "tx buffer of %llu bytes (no header) dropped",
				      (unsigned long long)ch->read_len);
		return 0;
	}
	struct vhdr h;
	hdr_decode(raw, &h);
	pthread_mutex_lock(&d->lock);
	tx_packet(d, vq, ch, &h);
	pthread_mutex_unlock(&d->lock);
	return 0;
}

/* --- event queue (I/O thread) --- */

static long event_chain(void *dev, struct virtq *vq, struct virtq_chain *ch)
{
	struct vsock *d = dev;
	pthread_mutex_lock(&d->lock);
	bool pending = d->reset_pending;
	pthread_mutex_unlock(&d->lock);
	if (!pending)
		return VIRTIO_CHAIN_STOP;
	if (ch->write_len < 4)
		return VIRTIO_CHAIN_BAD;
	uint32_t id = EVENT_TRANSPORT_RESET;
	virtq_chain_write(vq, ch, 0, &id, 4);
	pthread_mutex_lock(&d->lock);
	d->reset_pending = false;
	d->reset_hold = true;
	d->reset_deadline = now_ns() + RESET_HOLD_NS;
	/* The guest handles the event, then gives the buffer back. */
	d->reset_avail = __atomic_load_n((uint16_t *)(vq->avail + 2), __ATOMIC_ACQUIRE);
	pthread_mutex_unlock(&d->lock);
	return 4;
}

static void vsock_queue_notify(void *dev, struct virtio_mmio *t, unsigned q)
{
	struct vsock *d = dev;
	switch (q) {
	case VQ_RX:
		virtio_mmio_serve(t, q, &d->chain, rx_chain, d,
				  "vsock rx buffer without room for a header");
		break;
	case VQ_TX:
		virtio_mmio_serve(t, q, &d->chain, tx_chain, d, "malformed vsock tx buffer");
		virtio_mmio_kick(t, VQ_RX); /* replies, credit, RSTs */
		break;
	case VQ_EVENT: {
		struct virtq *vq = virtio_mmio_vq(t, q);
		virtio_mmio_serve(t, q, &d->chain, event_chain, d,
				  "vsock event buffer under 4 bytes");
		pthread_mutex_lock(&d->lock);
		bool release = false;
		if (d->reset_hold) {
			uint16_t avail =
			    __atomic_load_n((uint16_t *)(vq->avail + 2), __ATOMIC_ACQUIRE);
			release = avail != d->reset_avail || now_ns() >= d->reset_deadline;
			if (release)
				d->reset_hold = false;
		}
		bool hold = d->reset_hold;
		pthread_mutex_unlock(&d->lock);
		if (release)
			virtio_mmio_kick(t, VQ_RX);
		else if (hold)
			virtio_mmio_kick_after(t, VQ_EVENT, RESET_HOLD_NS / 10);
		break;
	}
	}
}

/* --- host thread --- */

static void ep_set(struct vsock *d, struct conn *c, uint32_t events)
{
	if (c->fd < 0 || c->hup || (c->in_epoll && events == c->ep_events))
		return;
	struct epoll_event ev = {.events = events, .data.u64 = (uint64_t)(c - d->conns)};
	if (epoll_ctl(d->ep, c->in_epoll ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, c->fd, &ev) == 0) {
		c->in_epoll = true;
		c->ep_events = events;
	}
}

static void conn_close(struct vsock *d, struct conn *c)
{
	if (c->fd >= 0) {
		if (c->in_epoll)
			epoll_ctl(d->ep, EPOLL_CTL_DEL, c->fd, NULL);
		close(c->fd);
	}
	ring_free(&c->to_guest);
	ring_free(&c->to_host);
	c->fd = -1;
	c->in_epoll = false;
	c->state = C_FREE;
}

/* "CONNECT <port>\n" at the start of to_guest: 1 parsed (consumed), 0 need
 * more bytes, -1 malformed. */
static int parse_connect(struct conn *c, uint32_t *port)
{
	char line[CONNECT_LINE_MAX + 1];
	uint32_t n = 0;
	for (uint32_t k = 0; k < c->to_guest.len && k < CONNECT_LINE_MAX; k++) {
		line[k] = (char)c->to_guest.buf[(c->to_guest.head + k) % c->to_guest.cap];
		if (line[k] == '\n') {
			n = k + 1;
			break;
		}
	}
	if (!n)
		return c->to_guest.len >= CONNECT_LINE_MAX || c->host_eof ? -1 : 0;
	line[n - 1] = 0;
	ring_consume(&c->to_guest, n);
	const char *p = line + 8;
	if (strncmp(line, "CONNECT ", 8) != 0 || *p < '0' || *p > '9' || strlen(p) > 10)
		return -1;
	uint64_t v = 0;
	for (; *p; p++) {
		if (*p < '0' || *p > '9')
			return -1;
		v = v * 10 + (uint64_t)(*p - '0');
	}
	if (v >= 0xffffffffu) /* VMADDR_PORT_ANY */
		return -1;
	*port = (uint32_t)v;
	return 1;
}

static uint32_t alloc_port(struct vsock *d)
{
	for (;;) {
		uint32_t p = d->next_port++;
		if (d->next_port == 0xffffffffu)
			d->next_port = VSOCK_LOCAL_PORT_FIRST;
		if (!port_in_use(d, p))
			return p;
	}
}

/* C_CONNECT_IN: connect the guest's connection to PATH_<port>. */
static bool host_connect(struct vsock *d, struct conn *c)
{
	struct sockaddr_un a = {.sun_family = AF_UNIX};
	if ((size_t)snprintf(a.sun_path, sizeof(a.sun_path), "%s_%u", d->path, c->host_port) >=
	    sizeof(a.sun_path))
		return false;
	int fd = fd_budget_admit(socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
	if (fd < 0) {
		if (errno == EMFILE)
			virtio_mmio_warn_once(d->t, WARN_FDS,
					      "no host descriptor left below %u for the guest: "
					      "connection refused",
					      fd_budget_ceiling());
		return false;
	}
	/* A unix connect never waits: it succeeds, or fails (EAGAIN: backlog full). */
	if (connect(fd, (struct sockaddr *)&a, sizeof(a)) < 0) {
		close(fd);
		return false;
	}
	c->fd = fd;
	return true;
}

/* Do the socket work of one connection. Returns true when the rx queue
 * has something new for the guest. */
static bool host_service(struct vsock *d, struct conn *c)
{
	bool kick = false;
	if (c->state == C_CONNECT_IN && c->fd < 0) {
		if (host_connect(d, c)) {
			c->state = C_ESTABLISHED;
			c->send_response = true;
		} else {
			conn_kill(d, c, true, false);
		}
		kick = true;
	}
	if (c->fd < 0) {
		if (c->state == C_CLOSING)
			conn_close(d, c);
		return kick;
	}
	bool dead = false;
	/* Host-bound: the OK line, then the guest's bytes. */
	while (c->line_off < c->line_len) {
		ssize_t n = send(c->fd, c->line + c->line_off, c->line_len - c->line_off,
				 MSG_NOSIGNAL | MSG_DONTWAIT);
		if (n <= 0) {
			dead = n < 0 && errno != EAGAIN && errno != EINTR;
			break;
		}
		c->line_off += (uint8_t)n;
	}
	while (!dead && c->line_off == c->line_len && c->to_host.len &&
	       (c->state == C_ESTABLISHED || (c->state == C_CLOSING && c->flush))) {
		uint32_t len;
		uint8_t *p = ring_head(&c->to_host, &len);
		ssize_t n = send(c->fd, p, len, MSG_NOSIGNAL | MSG_DONTWAIT);
		if (n <= 0) {
			dead = n < 0 && errno != EAGAIN && errno != EINTR;
			break;
		}
		ring_consume(&c->to_host, (uint32_t)n);
		c->fwd_cnt += (uint32_t)n;
		if (c->fwd_cnt - c->fwd_sent >= CREDIT_UPDATE_AFTER)
			kick = true;
	}
	if (dead) {
		if (c->state != C_CLOSING)
			conn_kill(d, c, true, false);
		conn_close(d, c);
		return true;
	}
	bool out_pending = c->line_off < c->line_len || c->to_host.len;
	if (c->state == C_CLOSING) {
		if (!c->flush || !out_pending)
			conn_close(d, c);
		else
			ep_set(d, c, EPOLLOUT);
		return kick;
	}
	if (c->guest_no_send && !out_pending && !c->host_wr_shut) {
		shutdown(c->fd, SHUT_WR);
		c->host_wr_shut = true;
	}
	/* Guest-bound bytes (the CONNECT line first). */
	bool want_read = !c->host_eof && c->state != C_CONNECT_IN;
	while (want_read && (ring_space(&c->to_guest) || c->guest_no_recv)) {
		if (c->guest_no_recv)
			ring_consume(&c->to_guest, c->to_guest.len);
		uint32_t room;
		uint8_t *p = ring_tail(&c->to_guest, &room);
		if (c->state == C_HANDSHAKE && room > CONNECT_LINE_MAX)
			room = CONNECT_LINE_MAX; /* no more before the line is checked */
		ssize_t n = recv(c->fd, p, room, MSG_DONTWAIT);
		if (n < 0) {
			if (errno == EAGAIN || errno == EINTR)
				break;
			conn_kill(d, c, true, false);
			conn_close(d, c);
			return true;
		}
		if (n == 0) {
			c->host_eof = true;
			kick = true;
			break;
		}
		c->to_guest.len += (uint32_t)n;
		kick = true;
		if (c->state == C_HANDSHAKE)
			break;
	}
	if (c->state == C_HANDSHAKE) {
		uint32_t port = 0;
		int rc = parse_connect(c, &port);
		if (rc < 0) {
			conn_kill(d, c, false, false);
			conn_close(d, c);
			return kick;
		}
		if (rc == 0 && !c->host_eof) {
			ep_set(d, c, EPOLLIN);
			return false;
		}
		c->state = C_CONNECT_OUT;
		c->host_port = alloc_port(d);
		c->guest_port = port;
		c->send_request = true;
		kick = true;
		want_read = !c->host_eof;
	}
	c->rx_stalled = want_read && !ring_space(&c->to_guest);
	uint32_t ev = (want_read && !c->rx_stalled ? EPOLLIN : 0) | (out_pending ? EPOLLOUT : 0);
	ep_set(d, c, ev);
	return kick;
}

static void host_accept(struct vsock *d)
{
	for (;;) {
		int fd = accept4(d->listen_fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
		if (fd < 0) {
			if (errno != EAGAIN && errno != EINTR && errno != ECONNABORTED)
				virtio_mmio_warn_once(d->t, WARN_HOST, "accept on %s: %s", d->path,
						      strerror(errno));
			return;
		}
		if (fd_budget_admit(fd) < 0) {
			virtio_mmio_warn_once(d->t, WARN_FDS,
					      "no host descriptor left below %u for the guest: "
					      "host connection refused",
					      fd_budget_ceiling());
			continue;
		}
		struct conn *c = conn_new(d);
		if (!c) {
			virtio_mmio_warn_once(d->t, WARN_LIMIT,
					      "more than %u connections: host connection refused",
					      d->max_conns);
			close(fd);
			continue;
		}
		c->state = C_HANDSHAKE;
		c->fd = fd;
		c->deadline = now_ns() + HANDSHAKE_NS;
		ep_set(d, c, EPOLLIN);
	}
}

#define TAG_LISTEN 1000
#define TAG_WAKE 1001

static void *host_thread(void *arg)
{
	struct vsock *d = arg;
	struct epoll_event evs[32];
	int timeout_ms = -1;
	for (;;) {
		int n = epoll_wait(d->ep, evs, 32, timeout_ms);
		if (n < 0 && errno != EINTR) {
			virtio_mmio_warn_once(d->t, WARN_HOST, "epoll_wait: %s", strerror(errno));
			break;
		}
		pthread_mutex_lock(&d->lock);
		if (d->stop) {
			pthread_mutex_unlock(&d->lock);
			break;
		}
		for (int k = 0; k < n; k++) {
			if (evs[k].data.u64 == TAG_WAKE) {
				uint64_t v;
				if (read(d->wake_fd, &v, 8) < 0 && errno != EAGAIN)
					virtio_mmio_warn_once(d->t, WARN_HOST, "eventfd: %s",
							      strerror(errno));
			} else if (evs[k].data.u64 == TAG_LISTEN) {
				host_accept(d);
			} else if (evs[k].data.u64 < VSOCK_MAX_CONNS &&
				   (evs[k].events & (EPOLLHUP | EPOLLERR))) {
				/* Level-triggered HUP would fire forever: from
				 * here on the connection is served on wakeups
				 * (its reads and writes still see the state). */
				struct conn *c = &d->conns[evs[k].data.u64];
				if (c->in_epoll && c->fd >= 0) {
					epoll_ctl(d->ep, EPOLL_CTL_DEL, c->fd, NULL);
					c->in_epoll = false;
					c->hup = true;
				}
			}
		}
		/* Every connection: cheap for VSOCK_MAX_CONNS, and nothing is
		 * missed between a state change and its epoll registration. */
		bool kick = false;
		uint64_t now = now_ns(), next = 0;
		for (unsigned k = 0; k < VSOCK_MAX_CONNS; k++) {
			struct conn *c = &d->conns[k];
			if (c->state != C_FREE)
				kick |= host_service(d, c);
			if (c->state != C_HANDSHAKE)
				continue;
			if (c->deadline <= now) {
				virtio_mmio_warn_once(
				    d->t, WARN_HANDSHAKE,
				    "host client sent no CONNECT line within %u s: "
				    "closed",
				    VSOCK_HANDSHAKE_SECONDS);
				conn_close(d, c);
			} else if (!next || c->deadline < next) {
				next = c->deadline;
			}
		}
		timeout_ms = next ? (int)((next - now) / 1000000u) + 1 : -1;
		pthread_mutex_unlock(&d->lock);
		if (kick)
			virtio_mmio_kick(d->t, VQ_RX);
	}
	return NULL;
}

/* --- device ops --- */

static uint64_t vsock_config_read(void *dev, uint32_t off, unsigned size)
{
	struct vsock *d = dev;
	uint8_t cfg[8];
	memcpy(cfg, &d->cid, 8);
	uint64_t v = 0;
	memcpy(&v, cfg + off, size);
	return v;
}

/* The driver reset the device: it forgot every connection. */
static void vsock_reset(void *dev)
{
	struct vsock *d = dev;
	pthread_mutex_lock(&d->lock);
	for (unsigned k = 0; k < VSOCK_MAX_CONNS; k++)
		if (d->conns[k].state != C_FREE)
			conn_kill(d, &d->conns[k], false, false);
	d->nrst = 0;
	d->reset_pending = d->reset_hold = false;
	pthread_mutex_unlock(&d->lock);
}

/* Section payload v1: u64 guest CID (the one the guest last read), u8 a
 * TRANSPORT_RESET event is owed to the guest. Connections are not saved:
 * after a load the guest always gets a TRANSPORT_RESET. */
#define VSOCK_STATE_VERSION 1

static int vsock_save(void *dev, struct ss_writer *w)
{
	struct vsock *d = dev;
	pthread_mutex_lock(&d->lock);
	ss_put_u64(w, d->cid);
	ss_put_u8(w, d->reset_pending);
	pthread_mutex_unlock(&d->lock);
	return w->failed ? -1 : 0;
}

static int vsock_load(void *dev, struct ss_reader *r, bool apply, char *err, size_t errlen)
{
	struct vsock *d = dev;
	if (r->version != VSOCK_STATE_VERSION) {
		snprintf(err, errlen,
			 "virtio-vsock state version %u is not supported (this rvisor reads %u)",
			 r->version, VSOCK_STATE_VERSION);
		return -1;
	}
	uint64_t cid = ss_get_u64(r);
	uint8_t pending = ss_get_u8(r);
	if (r->error || r->pos != r->len) {
		snprintf(err, errlen, "virtio-vsock state is truncated or oversized");
		return -1;
	}
	if (cid < 3 || cid >= 0xffffffffu || pending > 1) {
		snprintf(err, errlen, "virtio-vsock state is out of range (CID %llu)",
			 (unsigned long long)cid);
		return -1;
	}
	if (!apply)
		return 0;
	if (cid != d->cid)
		fprintf(stderr,
			"rvisor: virtio-vsock: the guest had CID %llu, it now has CID %llu (the "
			"transport reset makes it re-read it)\n",
			(unsigned long long)cid, (unsigned long long)d->cid);
	pthread_mutex_lock(&d->lock);
	d->reset_pending = true;
	d->reset_hold = false;
	pthread_mutex_unlock(&d->lock);
	return 0;
}

static void vsock_destroy(void *dev)
{
	struct vsock *d = dev;
	if (d->thread_started) {
		pthread_mutex_lock(&d->lock);
		d->stop = true;
		pthread_mutex_unlock(&d->lock);
		wake_host(d);
		pthread_join(d->thread, NULL);
	}
	for (unsigned k = 0; k < VSOCK_MAX_CONNS; k++)
		if (d->conns[k].state != C_FREE)
			conn_close(d, &d->conns[k]);
	if (d->listen_fd >= 0 && !d->listen_held)
		close(d->listen_fd);
	if (d->bound && !d->listen_held)
		unlink(d->path);
	if (d->ep >= 0)
		close(d->ep);
	if (d->wake_fd >= 0)
		close(d->wake_fd);
	pthread_mutex_destroy(&d->lock);
	free(d);
}

static const struct virtio_dev_ops vsock_ops = {
    .name = "vsock",
    .device_id = VIRTIO_ID_VSOCK,
    .nqueues = 3,
    .config_size = 8,
    .config_read = vsock_config_read,
    .queue_notify = vsock_queue_notify,
    .reset = vsock_reset,
    .state_version = VSOCK_STATE_VERSION,
    .save = vsock_save,
    .load = vsock_load,
    .destroy = vsock_destroy,
};

/* Listen on path. A socket file nobody listens on (left by a killed
 * rvisor) is replaced; anything else there is an error. */
static int listen_path(struct vsock *d, struct error *e)
{
	struct sockaddr_un a = {.sun_family = AF_UNIX};
	memcpy(a.sun_path, d->path, sizeof(a.sun_path));
	d->listen_fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (d->listen_fd < 0) {
		return err_errno(e, errno, "socket");
	}
	struct stat st;
	if (lstat(d->path, &st) == 0) {
		int probe =
		    S_ISSOCK(st.st_mode) ? socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0) : -1;
		bool stale = probe >= 0 && connect(probe, (struct sockaddr *)&a, sizeof(a)) < 0 &&
			     errno == ECONNREFUSED;
		if (probe >= 0)
			close(probe);
		if (!stale) {
			return err_set(e, ERR_CONFLICT,
				       "%s exists (%s): remove it or choose another socket path",
				       d->path,
				       S_ISSOCK(st.st_mode) ? "another process listens on it"
							    : "not a socket");
		}
		unlink(d->path);
	}
	if (bind(d->listen_fd, (struct sockaddr *)&a, sizeof(a)) < 0) {
		return err_errno(e, errno, "cannot create socket %s", d->path);
	}
	d->bound = true;
	if (listen(d->listen_fd, 64) < 0) {
		return err_errno(e, errno, "listen on %s", d->path);
	}
	return 0;
}

/* The listening socket held across guest reboots (vdev_resource): it is
 * the host's way in, so it stays as long as the VM. */
struct vsock_listener {
	int fd;
	bool bound;
	char path[sizeof(((struct sockaddr_un *)0)->sun_path)];
};

static void vsock_listener_close(void *handle)
{
	struct vsock_listener *l = handle;
	close(l->fd);
	if (l->bound)
		unlink(l->path);
	free(l);
}

static struct vsock *vsock_new(uint64_t cid, const char *path, const struct vdev_ctx *ctx)
{
	struct error *e = ctx->err;
	struct vsock *d = calloc(1, sizeof(*d));
	if (!d) {
		err_set(e, ERR_IO, "out of memory");
		return NULL;
	}
	d->cid = cid;
	d->max_conns = fd_budget_device_share();
	if (d->max_conns > VSOCK_MAX_CONNS)
		d->max_conns = VSOCK_MAX_CONNS;
	d->listen_fd = d->ep = d->wake_fd = -1;
	d->next_port = VSOCK_LOCAL_PORT_FIRST;
	pthread_mutex_init(&d->lock, NULL);
	for (unsigned k = 0; k < VSOCK_MAX_CONNS; k++)
		d->conns[k].fd = -1;
	snprintf(d->path, sizeof(d->path), "%s", path);
	struct vsock_listener *l = vdev_held(ctx);
	if (l) { /* opened by the VM's first build */
		d->listen_fd = l->fd;
		d->bound = l->bound;
		d->listen_held = true;
	} else {
		if (listen_path(d, e) < 0)
			goto fail;
		if (ctx->res && (l = malloc(sizeof(*l)))) {
			l->fd = d->listen_fd;
			l->bound = d->bound;
			memcpy(l->path, d->path, sizeof(l->path));
			d->listen_held = vdev_hold(ctx, l, vsock_listener_close);
		}
	}
	d->ep = epoll_create1(EPOLL_CLOEXEC);
	d->wake_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
	struct epoll_event el = {.events = EPOLLIN, .data.u64 = TAG_LISTEN};
	struct epoll_event ew = {.events = EPOLLIN, .data.u64 = TAG_WAKE};
	if (d->ep < 0 || d->wake_fd < 0 || epoll_ctl(d->ep, EPOLL_CTL_ADD, d->listen_fd, &el) < 0 ||
	    epoll_ctl(d->ep, EPOLL_CTL_ADD, d->wake_fd, &ew) < 0) {
		err_errno(e, errno, "epoll");
		goto fail;
	}
	return d;
fail:
	vsock_destroy(d);
	return NULL;
}

int virtio_vsock_create(struct board *b, unsigned slot, const char *opts,
			const struct vdev_ctx *ctx)
{
	/* A restored device starts without connections either way. */
	struct error *e = ctx->err;
	struct opts o;
	char err[160];
	if (opts_parse(&o, opts, false, err, sizeof(err)) < 0)
		return err_set(e, ERR_INVALID, "%s", err);
	uint64_t cid = 0;
	const char *cid_s = opts_get(&o, "cid");
	const char *path = opts_get(&o, "socket");
	int rc = -1;
	if (opts_get_u64(&o, "cid", 0, &cid, err, sizeof(err)) < 0) {
		err_set(e, ERR_INVALID, "%s", err);
	} else if (opts_unused(&o)) {
		err_set(e, ERR_INVALID, "unknown option '%s' (cid=N,socket=PATH)", opts_unused(&o));
	} else if (!cid_s) {
		err_set(e, ERR_INVALID, "cid=N is required (the guest's CID, >= 3)");
	} else if (cid < 3 || cid >= 0xffffffffu) {
		err_set(e, ERR_INVALID, "cid %llu is reserved: a guest CID is 3..4294967294",
			(unsigned long long)cid);
	} else if (!path || !*path) {
		err_set(e, ERR_INVALID, "socket=PATH is required (the host side's unix socket)");
	} else if (strlen(path) + 12 > sizeof(((struct sockaddr_un *)0)->sun_path)) {
		/* room for "_<port>" of the guest's connections */
		err_set(e, ERR_INVALID, "socket path longer than %zu bytes",
			sizeof(((struct sockaddr_un *)0)->sun_path) - 12);
	} else {
		rc = 0;
	}
	struct vsock *d = rc == 0 ? vsock_new(cid, path, ctx) : NULL;
	opts_free(&o);
	if (!d)
		return -1;
	struct virtio_mmio *t = virtio_mmio_create(b, slot, &vsock_ops, d, e);
	if (!t) /* d was destroyed */
		return -1;
	d->t = t;
	if (thread_spawn(&d->thread, host_thread, d, "vsock-host") != 0) /* the board destroys d */
		return err_set(e, ERR_IO, "cannot start the host socket thread");
	d->thread_started = true;
	return 0;
}
