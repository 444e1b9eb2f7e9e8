/* The GDB stub's machine side: the listening socket, the stub's thread,
 * and the target callbacks of gdbstub_proto.h over a VM's harts and RAM.
 *
 * All-stop: while the debugger has the VM, every vCPU is parked as for
 * `pause` (guest time frozen too). Resuming sets each hart's debug state
 * (cpu/hart.h: breakpoints, step, hold) and resumes the VM; a hart that
 * stops for the debugger raises `stopped` (an atomic: vCPU threads take no
 * lock of the stub's), which the stub's thread polls together with the
 * connection (Ctrl-C) every few milliseconds, then pauses the VM again. */
#include "vmm/gdbstub.h"

#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "cpu/csr.h"
#include "cpu/mmu.h"
#include "util/thread.h"
#include "vmm/gdbstub_proto.h"
#include "vmm/vm.h"

#define POLL_MS 10

/* Registers beyond the 33 of a 'g' packet (x0-x31, pc): numbers as in
 * target.xml. */
enum {
	REG_PC = 32,
	REG_F0 = 33,
	REG_FFLAGS = 65,
	REG_FRM = 66,
	REG_FCSR = 67,
	REG_PRIV = 68,
	REG_CSR0 = 69
};

static const struct {
	const char *name;
	unsigned csr;
} csr_regs[] = {
    {"mstatus", 0x300},	 {"misa", 0x301},    {"medeleg", 0x302},    {"mideleg", 0x303},
    {"mie", 0x304},	 {"mtvec", 0x305},   {"mcounteren", 0x306}, {"mscratch", 0x340},
    {"mepc", 0x341},	 {"mcause", 0x342},  {"mtval", 0x343},	    {"mip", 0x344},
    {"sstatus", 0x100},	 {"sie", 0x104},     {"stvec", 0x105},	    {"scounteren", 0x106},
    {"sscratch", 0x140}, {"sepc", 0x141},    {"scause", 0x142},	    {"stval", 0x143},
    {"sip", 0x144},	 {"satp", 0x180},    {"mhartid", 0xf14},    {"cycle", 0xc00},
    {"time", 0xc01},	 {"instret", 0xc02},
};
#define NCSR_REGS (sizeof(csr_regs) / sizeof(csr_regs[0]))

struct gdbstub {
	int listen_fd;
	char bound[160];
	char unix_path[108];
	bool wait_first; /* --gdb-wait: the first machine starts paused */
	pthread_t thread;
	bool thread_started;
	atomic_bool quit;

	pthread_mutex_t lock; /* vm, exit_code, the session */
	pthread_cond_t cond;  /* a machine attached */
	struct vm *vm;
	bool vm_ended;
	int exit_code;
	struct hart_debug dbg; /* breakpoints: harts read it while running */
	atomic_int stopped;    /* hart that stopped for the debugger, or -1 */

	/* The connection (stub thread only). */
	atomic_int conn; /* -1 when no debugger is connected */
	bool running;	 /* the debugger resumed the VM and waits for a stop */
	struct gdb_rx rx;
	struct gdb_session sess;
	struct gdb_target target;
	char xml[8192];
	char reply[GDB_MAX_PACKET + 1];
	char framed[2 * GDB_MAX_PACKET + 8];
	size_t framed_len;
};

/* ---- target description ---- */

static void build_xml(struct gdbstub *g)
{
	static const char *const xnames[32] = {"zero", "ra", "sp",  "gp",  "tp", "t0", "t1", "t2",
					       "fp",   "s1", "a0",  "a1",  "a2", "a3", "a4", "a5",
					       "a6",   "a7", "s2",  "s3",  "s4", "s5", "s6", "s7",
					       "s8",   "s9", "s10", "s11", "t3", "t4", "t5", "t6"};
	static const char *const fnames[32] = {
	    "ft0", "ft1", "ft2", "ft3", "ft4",	"ft5",	"ft6", "ft7", "fs0",  "fs1", "fa0",
	    "fa1", "fa2", "fa3", "fa4", "fa5",	"fa6",	"fa7", "fs2", "fs3",  "fs4", "fs5",
	    "fs6", "fs7", "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11"};
	char *p = g->xml, *end = g->xml + sizeof(g->xml);
	/* The description is about 6 KiB; a longer one would be cut, never
	 * written past the buffer. */
#define ADD(...)                                                                                   \
	do {                                                                                       \
		int n_ = snprintf(p, (size_t)(end - p), __VA_ARGS__);                              \
		p += n_ > 0 && n_ < end - p ? n_ : end - p - 1;                                    \
	} while (0)
	ADD("<?xml version=\"1.0\"?>\n<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n"
	    "<target version=\"1.0\">\n<architecture>riscv:rv64</architecture>\n"
	    "<feature name=\"org.gnu.gdb.riscv.cpu\">\n");
	for (unsigned r = 0; r < 32; r++)
		ADD("<reg name=\"%s\" bitsize=\"64\" type=\"%s\" regnum=\"%u\"/>\n", xnames[r],
		    r == 2   ? "data_ptr"
		    : r == 1 ? "code_ptr"
			     : "int",
		    r);
	ADD("<reg name=\"pc\" bitsize=\"64\" type=\"code_ptr\" regnum=\"%u\"/>\n</feature>\n",
	    REG_PC);
	ADD("<feature name=\"org.gnu.gdb.riscv.fpu\">\n");
	for (unsigned r = 0; r < 32; r++)
		ADD("<reg name=\"%s\" bitsize=\"64\" type=\"ieee_double\" regnum=\"%u\"/>\n",
		    fnames[r], REG_F0 + r);
	ADD("<reg name=\"fflags\" bitsize=\"64\" type=\"int\" regnum=\"%u\"/>\n"
	    "<reg name=\"frm\" bitsize=\"64\" type=\"int\" regnum=\"%u\"/>\n"
	    "<reg name=\"fcsr\" bitsize=\"64\" type=\"int\" regnum=\"%u\"/>\n</feature>\n",
	    REG_FFLAGS, REG_FRM, REG_FCSR);
	ADD("<feature name=\"org.gnu.gdb.riscv.virtual\">\n"
	    "<reg name=\"priv\" bitsize=\"64\" type=\"int\" regnum=\"%u\"/>\n</feature>\n",
	    REG_PRIV);
	ADD("<feature name=\"org.gnu.gdb.riscv.csr\">\n");
	for (unsigned k = 0; k < NCSR_REGS; k++)
		ADD("<reg name=\"%s\" bitsize=\"64\" type=\"int\" regnum=\"%u\"/>\n",
		    csr_regs[k].name, REG_CSR0 + k);
	ADD("</feature>\n</target>\n");
#undef ADD
}

/* ---- target callbacks (the VM is paused while they run) ---- */

static struct hart *hart_of(struct gdbstub *g, unsigned thr)
{
	return g->vm && thr < g->vm->ncpus ? g->vm->harts[thr] : NULL;
}

/* CSR access as the debugger sees it: M-mode's view whatever the hart's
 * privilege (restored, with its translation mode, afterwards). */
static int debug_csr(struct hart *h, unsigned csr, uint64_t *val, bool write)
{
	unsigned priv = h->priv;
	h->priv = PRV_M;
	int rc = write ? csr_write(h, csr, *val, 0) : csr_read(h, csr, val, h->instret);
	h->priv = priv;
	hart_update_mode(h);
	return rc < 0 ? -1 : 0;
}

static int get_reg(void *ctx, unsigned thr, unsigned r, uint64_t *v)
{
	struct hart *h = hart_of(ctx, thr);
	if (!h)
		return -1;
	if (r == 0)
		*v = 0;
	else if (r < 32)
		*v = h->x[r];
	else if (r == REG_PC)
		*v = h->pc;
	else if (r >= REG_F0 && r < REG_F0 + 32)
		*v = h->f[r - REG_F0];
	else if (r == REG_FFLAGS)
		*v = h->csr.fflags;
	else if (r == REG_FRM)
		*v = h->csr.frm;
	else if (r == REG_FCSR)
		*v = (uint64_t)h->csr.frm << 5 | h->csr.fflags;
	else if (r == REG_PRIV)
		*v = h->priv;
	else if (r >= REG_CSR0 && r < REG_CSR0 + NCSR_REGS)
		return debug_csr(h, csr_regs[r - REG_CSR0].csr, v, false);
	else
		return -1;
	return 0;
}

static int set_reg(void *ctx, unsigned thr, unsigned r, uint64_t v)
{
	struct hart *h = hart_of(ctx, thr);
	if (!h)
		return -1;
	if (r == 0)
		return 0; /* x0 stays 0 */
	if (r < 32)
		h->x[r] = v;
	else if (r == REG_PC)
		h->pc = v & ~1ULL;
	else if (r >= REG_F0 && r < REG_F0 + 32)
		h->f[r - REG_F0] = v;
	else if (r == REG_FFLAGS)
		h->csr.fflags = (uint32_t)(v & 31);
	else if (r == REG_FRM)
		h->csr.frm = (uint32_t)(v & 7);
	else if (r == REG_FCSR) {
		h->csr.fflags = (uint32_t)(v & 31);
		h->csr.frm = (uint32_t)((v >> 5) & 7);
	} else if (r == REG_PRIV) {
		if (v != PRV_U && v != PRV_S && v != PRV_M)
			return -1;
		h->priv = (unsigned)v;
		hart_update_mode(h);
	} else if (r >= REG_CSR0 && r < REG_CSR0 + NCSR_REGS)
		return debug_csr(h, csr_regs[r - REG_CSR0].csr, &v, true);
	else
		return -1;
	return 0;
}

/* Guest memory by virtual address through the hart's translation, a page
 * at a time; RAM only (a device register read could have side effects). */
static size_t access_mem(struct gdbstub *g, unsigned thr, uint64_t addr, uint8_t *rbuf,
			 const uint8_t *wbuf, size_t len)
{
	struct hart *h = hart_of(g, thr);
	if (!h)
		return 0;
	size_t done = 0;
	while (done < len) {
		uint64_t va = addr + done, pa;
		size_t chunk = PAGE_SIZE - (va & (PAGE_SIZE - 1));
		if (chunk > len - done)
			chunk = len - done;
		if (!mmu_debug_translate(h, va, &pa))
			break;
		void *host = bus_ram_ptr(&g->vm->bus, pa, chunk);
		if (!host)
			break;
		if (rbuf) {
			memcpy(rbuf + done, host, chunk);
		} else {
			memcpy(host, wbuf + done, chunk);
			bus_note_write(&g->vm->bus, pa, chunk); /* decoded code, dirty log */
		}
		done += chunk;
	}
	return done;
}

static size_t read_mem(void *ctx, unsigned thr, uint64_t addr, uint8_t *buf, size_t len)
{
	return access_mem(ctx, thr, addr, buf, NULL, len);
}

static size_t write_mem(void *ctx, unsigned thr, uint64_t addr, const uint8_t *buf, size_t len)
{
	return access_mem(ctx, thr, addr, NULL, buf, len);
}

static int breakpoint(void *ctx, bool insert, uint64_t addr)
{
	struct gdbstub *g = ctx;
	struct hart_debug *d = &g->dbg;
	for (unsigned k = 0; k < d->nbp; k++) {
		if (d->bp[k] != addr)
			continue;
		if (!insert)
			d->bp[k] = d->bp[--d->nbp];
		return 0; /* inserting twice: one breakpoint */
	}
	if (!insert)
		return 0;
	if (d->nbp == HART_DEBUG_MAX_BP)
		return -1;
	d->bp[d->nbp++] = addr;
	return 0;
}

static int watchpoint(void *ctx, bool insert, uint64_t addr, uint64_t len)
{
	struct gdbstub *g = ctx;
	struct hart_debug *d = &g->dbg;
	for (unsigned k = 0; k < d->nwatch; k++) {
		if (d->watch[k].va != addr || d->watch[k].len != len)
			continue;
		if (!insert)
			d->watch[k] = d->watch[--d->nwatch];
		return 0;
	}
	if (!insert)
		return 0;
	/* 1 to 8 bytes within one page: one translation, one compare. */
	if (len == 0 || len > 8 || (addr & (PAGE_SIZE - 1)) + len > PAGE_SIZE ||
	    d->nwatch == HART_DEBUG_MAX_WATCH)
		return -1;
	d->watch[d->nwatch].va = addr;
	d->watch[d->nwatch].len = (unsigned)len;
	d->nwatch++;
	return 0;
}

/* ---- vCPU side ---- */

static void on_debug_stop(void *ctx, unsigned hart)
{
	struct gdbstub *g = ctx;
	int none = -1;
	atomic_compare_exchange_strong(&g->stopped, &none, (int)hart);
}

/* ---- connection ---- */

static void send_raw(struct gdbstub *g, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = send(g->conn, p, n, MSG_NOSIGNAL);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return; /* the debugger went away: the next recv sees it */
		p += w;
		n -= (size_t)w;
	}
}

static void send_packet(struct gdbstub *g, const char *payload, size_t len)
{
	g->framed_len = gdb_frame(payload, len, g->framed);
	send_raw(g, g->framed, g->framed_len);
}

/* Leave every hart running freely (the fast path, the JIT included). */
static void release_harts(struct gdbstub *g)
{
	struct vm *vm = g->vm;
	for (unsigned k = 0; vm && k < vm->ncpus; k++) {
		struct hart *h = vm->harts[k];
		h->dbg = NULL;
		h->dbg_step = h->dbg_hold = h->dbg_resume = false;
	}
}

static void resume(struct gdbstub *g)
{
	struct vm *vm = g->vm;
	bool debugging = g->dbg.nbp > 0 || g->dbg.nwatch > 0;
	for (unsigned k = 0; k < vm->ncpus; k++)
		debugging = debugging || g->sess.resume[k] != GDB_RESUME_CONTINUE;
	for (unsigned k = 0; k < vm->ncpus; k++) {
		struct hart *h = vm->harts[k];
		uint8_t mode = g->sess.resume[k];
		h->dbg = debugging ? &g->dbg : NULL;
		h->dbg_step = mode == GDB_RESUME_STEP;
		h->dbg_hold = mode == GDB_RESUME_STAY;
		for (unsigned w = 0; w < g->dbg.nwatch; w++) /* changes from here on */
			h->dbg_watch_old[w] =
			    hart_debug_watch_value(h, g->dbg.watch[w].va, g->dbg.watch[w].len);
		/* The hart that stopped at a breakpoint executes it first. */
		h->dbg_resume = k == g->sess.stop_thread;
	}
	atomic_store(&g->stopped, -1);
	g->running = true;
	vm_resume(vm);
}

/* The VM stopped (a hart for the debugger, or Ctrl-C): pause it, report. */
static void report_stop(struct gdbstub *g, unsigned thr, int sig)
{
	vm_pause(g->vm);
	g->running = false;
	g->sess.stop_thread = thr;
	g->sess.stop_signal = sig;
	struct hart *h = hart_of(g, thr);
	g->sess.stop_watch = sig == 5 && h && h->dbg_stop == DBG_STOP_WATCH;
	g->sess.stop_watch_addr = h ? h->dbg_watch_hit : 0;
	g->sess.g_thread = thr;
	char buf[64];
	send_packet(g, buf, gdb_stop_reply(&g->sess, buf));
}

/* The debugger is gone (detach or a closed connection): breakpoints are
 * dropped and the VM runs as before. */
static void end_session(struct gdbstub *g, bool resume_vm)
{
	g->dbg.nbp = 0;
	g->dbg.nwatch = 0;
	if (g->vm && !g->vm_ended) {
		vm_pause(g->vm);
		release_harts(g);
		if (resume_vm)
			vm_resume(g->vm);
	}
	g->running = false;
}

/* One byte from the debugger; returns false to close the connection. */
static bool on_byte(struct gdbstub *g, uint8_t c)
{
	switch (gdb_rx_byte(&g->rx, c)) {
	case GDB_RX_INTERRUPT:
		if (g->running)
			report_stop(g, g->sess.g_thread < g->vm->ncpus ? g->sess.g_thread : 0, 2);
		return true;
	case GDB_RX_BAD:
		send_raw(g, "-", 1);
		return true;
	case GDB_RX_NAK:
		send_raw(g, g->framed, g->framed_len);
		return true;
	case GDB_RX_PACKET:
		break;
	default:
		return true;
	}
	if (!g->sess.no_ack)
		send_raw(g, "+", 1);
	if (g->running)
		return true; /* only Ctrl-C means something while the VM runs */
	size_t n = 0;
	enum gdb_action act = gdb_handle(&g->sess, g->rx.buf, g->rx.len, g->reply, &n);
	switch (act) {
	case GDB_ACT_RESUME:
		resume(g);
		return true;
	case GDB_ACT_KILL:
		end_session(g, false);
		vm_request_exit(g->vm, VM_EXIT_SIGNAL, 137);
		g->vm_ended = true;
		return false;
	case GDB_ACT_DETACH:
		send_packet(g, g->reply, n);
		end_session(g, true);
		return false;
	default:
		send_packet(g, g->reply, n);
		return true;
	}
}

static void serve(struct gdbstub *g)
{
	pthread_mutex_lock(&g->lock);
	/* A debugger may connect before the machine is built (or between two
	 * machines, a guest reboot): it waits for the next one. */
	while ((!g->vm || g->vm_ended) && !atomic_load(&g->quit)) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += 100 * 1000000;
		if (ts.tv_nsec >= 1000000000) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000;
		}
		pthread_cond_timedwait(&g->cond, &g->lock, &ts);
	}
	if (!g->vm || g->vm_ended) {
		pthread_mutex_unlock(&g->lock);
		return;
	}
	/* Attaching stops the VM: the debugger starts with it halted. */
	vm_pause(g->vm);
	gdb_rx_init(&g->rx);
	g->target.nthreads = g->vm->ncpus;
	gdb_session_init(&g->sess, &g->target);
	g->running = false;
	pthread_mutex_unlock(&g->lock);
	bool open = true;
	while (open && !atomic_load(&g->quit)) {
		struct pollfd pfd = {.fd = g->conn, .events = POLLIN};
		int pr = poll(&pfd, 1, POLL_MS);
		uint8_t buf[1024];
		ssize_t got = 0;
		if (pr > 0) {
			got = recv(g->conn, buf, sizeof(buf), 0);
			if (got <= 0 && !(got < 0 && errno == EINTR))
				open = false;
		}
		pthread_mutex_lock(&g->lock);
		if (!g->vm || g->vm_ended) {
			/* The machine ended (poweroff, test exit, timeout): tell the
			 * debugger, which then has nothing left to debug. */
			char w[8];
			int wn = snprintf(w, sizeof(w), "W%02x", (unsigned)g->exit_code & 0xff);
			if (open)
				send_packet(g, w, (size_t)wn);
			pthread_mutex_unlock(&g->lock);
			return;
		}
		if (!open) {
			end_session(g, true); /* gone without detaching */
			pthread_mutex_unlock(&g->lock);
			return;
		}
		for (ssize_t k = 0; k < got && open; k++)
			open = on_byte(g, buf[k]);
		int s = atomic_load(&g->stopped);
		if (open && g->running && s >= 0)
			report_stop(g, (unsigned)s, 5);
		pthread_mutex_unlock(&g->lock);
	}
}

static void *stub_thread(void *arg)
{
	struct gdbstub *g = arg;
	while (!atomic_load(&g->quit)) {
		struct pollfd pfd = {.fd = g->listen_fd, .events = POLLIN};
		if (poll(&pfd, 1, 100) <= 0)
			continue;
		int c = accept4(g->listen_fd, NULL, NULL, SOCK_CLOEXEC);
		if (c < 0)
			continue;
		int one = 1;
		setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one)); /* fails on unix */
		g->conn = c;
		serve(g);
		close(c);
		g->conn = -1;
	}
	return NULL;
}

/* ---- set-up ---- */

static bool is_loopback(const struct sockaddr *sa)
{
	if (sa->sa_family == AF_INET)
		return (ntohl(((const struct sockaddr_in *)sa)->sin_addr.s_addr) >> 24) == 127;
	if (sa->sa_family == AF_INET6)
		return IN6_IS_ADDR_LOOPBACK(&((const struct sockaddr_in6 *)sa)->sin6_addr);
	return false;
}

static int listen_tcp(struct gdbstub *g, const char *spec, bool any, struct error *e)
{
	const char *h = spec + 4, *colon = strrchr(h, ':');
	char host[256], port[8];
	if (*h == '[') { /* [v6]:port */
		const char *close = strchr(h, ']');
		if (!close || close[1] != ':')
			return err_set(e, ERR_INVALID, "--gdb %.200s: expected tcp:[IPV6]:PORT",
				       spec);
		h++;
		colon = close + 1;
		if ((size_t)(close - h) >= sizeof(host))
			return err_set(e, ERR_INVALID, "--gdb %.200s: host too long", spec);
		memcpy(host, h, (size_t)(close - h));
		host[close - h] = 0;
	} else {
		if (!colon || (size_t)(colon - h) >= sizeof(host))
			return err_set(e, ERR_INVALID, "--gdb %.200s: expected tcp:HOST:PORT",
				       spec);
		memcpy(host, h, (size_t)(colon - h));
		host[colon - h] = 0;
	}
	char *endp;
	long pn = strtol(colon + 1, &endp, 10);
	if (!host[0] || !colon[1] || *endp || pn < 0 || pn > 65535)
		return err_set(e, ERR_INVALID,
			       "--gdb %.200s: expected tcp:HOST:PORT with a port from 0 to 65535",
			       spec);
	snprintf(port, sizeof(port), "%ld", pn);
	struct addrinfo hints = {.ai_socktype = SOCK_STREAM, .ai_flags = AI_PASSIVE}, *res = NULL;
	int rc = getaddrinfo(host, port, &hints, &res);
	if (rc != 0)
		return err_set(e, ERR_INVALID, "--gdb %.200s: %s", spec, gai_strerror(rc));
	int fd = -1, errnum = EADDRNOTAVAIL;
	for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
		if (!any && !is_loopback(ai->ai_addr)) {
			freeaddrinfo(res);
			return err_set(e, ERR_INVALID,
				       "--gdb %.200s: not a loopback address: whoever connects to "
				       "the GDB stub reads and writes all guest memory and "
				       "registers, without any authentication; use 127.0.0.1, "
				       "::1 or a unix socket (or add --gdb-any-address to "
				       "expose it anyway, e.g. inside a private network)",
				       spec);
		}
		fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
		int one = 1;
		if (fd >= 0)
			setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
		if (fd >= 0 && bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 && listen(fd, 1) == 0)
			break;
		errnum = errno;
		if (fd >= 0)
			close(fd);
		fd = -1;
	}
	freeaddrinfo(res);
	if (fd < 0)
		return err_errno(e, errnum, "--gdb %.200s", spec);
	struct sockaddr_storage ss;
	socklen_t sl = sizeof(ss);
	char bport[16] = "?";
	if (getsockname(fd, (struct sockaddr *)&ss, &sl) == 0)
		getnameinfo((struct sockaddr *)&ss, sl, NULL, 0, bport, sizeof(bport),
			    NI_NUMERICSERV);
	bool v6 = strchr(host, ':') != NULL;
	snprintf(g->bound, sizeof(g->bound), "tcp:%s%.100s%s:%s", v6 ? "[" : "", host,
		 v6 ? "]" : "", bport);
	g->listen_fd = fd;
	return 0;
}

static int listen_unix(struct gdbstub *g, const char *spec, struct error *e)
{
	const char *path = spec + 5;
	if (!*path || strlen(path) >= sizeof(g->unix_path))
		return err_set(e, ERR_INVALID,
			       "--gdb %.200s: a unix socket path of 1 to %zu bytes is expected",
			       spec, sizeof(g->unix_path) - 1);
	struct stat sb;
	if (lstat(path, &sb) == 0) {
		if (!S_ISSOCK(sb.st_mode))
			return err_set(e, ERR_CONFLICT, "--gdb %.200s: exists and is not a socket",
				       spec);
		unlink(path);
	}
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	strcpy(sa.sun_path, path);
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	mode_t old = umask(0177); /* the owner only: the stub controls the guest */
	int rc = fd < 0 ? -1 : bind(fd, (struct sockaddr *)&sa, sizeof(sa));
	umask(old);
	if (rc < 0 || listen(fd, 1) < 0) {
		int errnum = errno;
		if (fd >= 0)
			close(fd);
		return err_errno(e, errnum, "--gdb %.200s", spec);
	}
	strcpy(g->unix_path, path);
	snprintf(g->bound, sizeof(g->bound), "unix:%.150s", path);
	g->listen_fd = fd;
	return 0;
}

struct gdbstub *gdbstub_listen(const char *spec, bool any_address, bool wait, struct error *e)
{
	struct gdbstub *g = calloc(1, sizeof(*g));
	if (!g) {
		err_errno(e, ENOMEM, "--gdb");
		return NULL;
	}
	g->listen_fd = -1;
	g->conn = -1;
	g->wait_first = wait;
	atomic_store(&g->stopped, -1);
	pthread_mutex_init(&g->lock, NULL);
	pthread_cond_init(&g->cond, NULL);
	int rc;
	if (strncmp(spec, "tcp:", 4) == 0)
		rc = listen_tcp(g, spec, any_address, e);
	else if (strncmp(spec, "unix:", 5) == 0)
		rc = listen_unix(g, spec, e);
	else
		rc = err_set(e, ERR_INVALID, "--gdb %.200s: expected tcp:HOST:PORT or unix:PATH",
			     spec);
	if (rc < 0) {
		gdbstub_close(g);
		return NULL;
	}
	build_xml(g);
	g->target = (struct gdb_target){.ctx = g,
					.nthreads = 1,
					.target_xml = g->xml,
					.ngregs = 33,
					.get_reg = get_reg,
					.set_reg = set_reg,
					.read_mem = read_mem,
					.write_mem = write_mem,
					.breakpoint = breakpoint,
					.watchpoint = watchpoint};
	fprintf(stderr, "rvisor: GDB stub listening on %s\n", g->bound);
	return g;
}

int gdbstub_start(struct gdbstub *g, struct error *e)
{
	int rc = thread_spawn(&g->thread, stub_thread, g, "gdbstub");
	if (rc != 0)
		return err_errno(e, rc, "cannot start the GDB stub's thread");
	g->thread_started = true;
	return 0;
}

void gdbstub_attach(struct gdbstub *g, struct vm *vm)
{
	pthread_mutex_lock(&g->lock);
	g->vm = vm;
	g->vm_ended = false;
	g->dbg.nbp = 0;
	g->dbg.nwatch = 0;
	atomic_store(&g->stopped, -1);
	vm->debug_stop = on_debug_stop;
	vm->debug_ctx = g;
	if (g->wait_first) {
		g->wait_first = false;
		vm_pause(vm); /* the vCPUs park before running anything */
		fprintf(stderr, "rvisor: waiting for a debugger on %s\n", g->bound);
	}
	pthread_cond_broadcast(&g->cond);
	pthread_mutex_unlock(&g->lock);
}

void gdbstub_detach(struct gdbstub *g, int exit_code)
{
	pthread_mutex_lock(&g->lock);
	g->vm_ended = true;
	g->exit_code = exit_code;
	pthread_mutex_unlock(&g->lock);
	/* The stub's thread tells a connected debugger within POLL_MS and
	 * leaves the VM alone: wait for that before the VM goes away. */
	for (int k = 0; k < 100 && g->conn >= 0 && g->thread_started; k++)
		usleep(POLL_MS * 1000);
	pthread_mutex_lock(&g->lock);
	g->vm = NULL;
	pthread_mutex_unlock(&g->lock);
}

void gdbstub_close(struct gdbstub *g)
{
	if (!g)
		return;
	atomic_store(&g->quit, true);
	if (g->thread_started)
		pthread_join(g->thread, NULL);
	if (g->listen_fd >= 0)
		close(g->listen_fd);
	if (g->unix_path[0])
		unlink(g->unix_path);
	pthread_mutex_destroy(&g->lock);
	pthread_cond_destroy(&g->cond);
	free(g);
}
