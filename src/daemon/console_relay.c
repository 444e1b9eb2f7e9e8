/* The keeper's console relay: log, viewers, the one writer (see
 * console_relay.h). Single-threaded: one poll loop over the VM's output,
 * the VM's input, the listening socket and the viewers. */
#include "daemon/console_relay.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define FLUSH_AT_END_MS 1000

enum role { HELLO, READER, WRITER };

struct viewer {
	int fd;
	enum role role;
	char hello[RELAY_HELLO_MAX + 1];
	size_t hlen;
	char *out; /* queued output: out[off..len) */
	size_t off, len, cap;
};

struct relay {
	int vm_out, vm_in, lfd;
	const struct relay_access *access;
	const char *log_file;
	unsigned long long log_max, log_size;
	struct viewer v[RELAY_MAX_VIEWERS];
	unsigned n;
	int writer;    /* index of the viewer holding the input, or -1 */
	char in[4096]; /* keystrokes not yet taken by the VM: in[in_off..in_len) */
	size_t in_off, in_len;
};

int relay_listen(const char *path, const struct relay_access *a, struct error *e)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	if ((size_t)snprintf(sa.sun_path, sizeof(sa.sun_path), "%s", path) >= sizeof(sa.sun_path))
		return err_set(e, ERR_INVALID, "%s: socket path too long", path);
	unlink(path); /* a socket left by a keeper killed with -9 */
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 ||
	    chmod(path, a->has_group ? 0660 : 0600) < 0 ||
	    (a->has_group && chown(path, (uid_t)-1, a->group) < 0) || listen(fd, 8) < 0) {
		int en = errno;
		if (fd >= 0)
			close(fd);
		unlink(path);
		return err_errno(e, en, "console socket %s", path);
	}
	return fd;
}

/* The daemon socket's rule (docs/daemon.md "API socket permissions"). */
static bool peer_allowed(int fd, const struct relay_access *a)
{
	struct ucred cr;
	socklen_t l = sizeof(cr);
	if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cr, &l) < 0)
		return false;
	if (cr.uid == 0 || cr.uid == geteuid())
		return true;
	if (!a->has_group)
		return false;
	if (cr.gid == a->group)
		return true;
	gid_t groups[256];
	l = sizeof(groups);
	if (getsockopt(fd, SOL_SOCKET, SO_PEERGROUPS, groups, &l) < 0)
		return false;
	for (size_t k = 0; k < l / sizeof(gid_t); k++)
		if (groups[k] == a->group)
			return true;
	return false;
}

/* Read up to n bytes ending at `end` of path into buf; the count read. */
static size_t read_tail(const char *path, size_t n, char *buf, size_t *file_size)
{
	*file_size = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	struct stat st;
	size_t got = 0;
	if (fstat(fd, &st) == 0) {
		*file_size = (size_t)st.st_size;
		size_t take = n < *file_size ? n : *file_size;
		while (got < take) {
			ssize_t k =
			    pread(fd, buf + got, take - got, (off_t)(*file_size - take + got));
			if (k <= 0)
				break;
			got += (size_t)k;
		}
	}
	close(fd);
	return got;
}

int relay_history(const char *log_file, size_t want, char **out, size_t *len)
{
	*out = NULL;
	*len = 0;
	char old[4200];
	snprintf(old, sizeof(old), "%s.1", log_file);
	struct stat a = {0}, b = {0};
	if (stat(log_file, &b) < 0)
		b.st_size = 0;
	if (stat(old, &a) < 0)
		a.st_size = 0;
	size_t avail = (size_t)a.st_size + (size_t)b.st_size;
	size_t take = want < avail ? want : avail;
	char *buf = malloc(take + 1);
	if (!buf)
		return -1;
	size_t cur_size, old_size;
	/* The current log first (its size decides how much of the old). */
	size_t from_cur = take < (size_t)b.st_size ? take : (size_t)b.st_size;
	char *cur = malloc(from_cur + 1);
	if (!cur) {
		free(buf);
		return -1;
	}
	size_t got_cur = read_tail(log_file, from_cur, cur, &cur_size);
	size_t got_old = take > got_cur ? read_tail(old, take - got_cur, buf, &old_size) : 0;
	memcpy(buf + got_old, cur, got_cur);
	free(cur);
	size_t n = got_old + got_cur, skip = 0;
	if (n < avail) {
		/* Cut: start at a line, so the first line shown is whole. */
		char *nl = memchr(buf, '\n', n);
		if (nl)
			skip = (size_t)(nl - buf) + 1;
	}
	memmove(buf, buf + skip, n - skip);
	*out = buf;
	*len = n - skip;
	return 0;
}

const char *relay_tail_lines(const char *buf, size_t len, unsigned long lines)
{
	if (lines == 0)
		return buf + len;
	size_t end = len;
	if (end > 0 && buf[end - 1] == '\n')
		end--; /* the last line's own newline */
	for (size_t k = end; k-- > 0;)
		if (buf[k] == '\n' && --lines == 0)
			return buf + k + 1;
	return buf;
}

/* --- viewers --- */

static void drop_viewer(struct relay *r, unsigned k)
{
	close(r->v[k].fd);
	free(r->v[k].out);
	if (r->writer == (int)k)
		r->writer = -1;
	r->n--;
	if (k != r->n) {
		r->v[k] = r->v[r->n];
		if (r->writer == (int)r->n)
			r->writer = (int)k;
	}
}

/* Send what is queued for viewer k without waiting; false when the
 * viewer is gone. */
static bool flush_viewer(struct viewer *v)
{
	while (v->off < v->len) {
		ssize_t k =
		    send(v->fd, v->out + v->off, v->len - v->off, MSG_DONTWAIT | MSG_NOSIGNAL);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			break;
		if (k <= 0)
			return false;
		v->off += (size_t)k;
	}
	if (v->off == v->len)
		v->off = v->len = 0;
	return true;
}

/* Queue bytes for a viewer; false when its backlog would pass the limit
 * (a viewer that does not read must not hold the guest's output). */
static bool queue(struct viewer *v, const char *p, size_t n)
{
	if (v->off > 0 && v->off == v->len)
		v->off = v->len = 0;
	if (v->len - v->off + n > RELAY_BACKLOG_MAX)
		return false;
	if (v->off > 0 && v->len + n > v->cap) {
		memmove(v->out, v->out + v->off, v->len - v->off);
		v->len -= v->off;
		v->off = 0;
	}
	if (v->len + n > v->cap) {
		size_t cap = v->cap ? v->cap : 16384;
		while (cap < v->len + n)
			cap *= 2;
		char *o = realloc(v->out, cap);
		if (!o)
			return false;
		v->out = o;
		v->cap = cap;
	}
	memcpy(v->out + v->len, p, n);
	v->len += n;
	return true;
}

static bool say(struct viewer *v, const char *line)
{
	return queue(v, line, strlen(line)) && flush_viewer(v);
}

int relay_parse_hello(const char *line, bool *write, unsigned long long *history)
{
	static const char proto[] = RELAY_PROTO " ";
	if (strncmp(line, proto, sizeof(proto) - 1) != 0)
		return -1;
	const char *p = line + sizeof(proto) - 1;
	if (strncmp(p, "read ", 5) == 0)
		*write = false, p += 5;
	else if (strncmp(p, "write ", 6) == 0)
		*write = true, p += 6;
	else
		return -1;
	/* Digits only (no sign, no spaces), and no overflow. */
	unsigned long long h = 0;
	if (*p < '0' || *p > '9')
		return -1;
	for (; *p >= '0' && *p <= '9'; p++) {
		unsigned d = (unsigned)(*p - '0');
		if (h > (~0ull - d) / 10)
			return -1;
		h = h * 10 + d;
	}
	if (*p)
		return -1;
	*history = h;
	return 0;
}

/* A complete hello: the role, the answer line and the history. */
static bool answer_hello(struct relay *r, unsigned k, char *line)
{
	struct viewer *v = &r->v[k];
	bool want_write;
	unsigned long long hist;
	if (relay_parse_hello(line, &want_write, &hist) < 0) {
		say(v, RELAY_PROTO " ERR expected '" RELAY_PROTO " read|write HISTORY_BYTES'\n");
		return false;
	}
	bool held = false;
	v->role = READER;
	if (want_write) {
		if (r->writer < 0)
			v->role = WRITER, r->writer = (int)k;
		else
			held = true;
	}
	if (hist > RELAY_BACKLOG_MAX / 2)
		hist = RELAY_BACKLOG_MAX / 2;
	char *h = NULL, head[80];
	size_t hl = 0;
	if (hist && relay_history(r->log_file, (size_t)hist, &h, &hl) < 0)
		hl = 0;
	snprintf(head, sizeof(head), RELAY_PROTO " OK %s %zu%s\n",
		 v->role == WRITER ? "write" : "read", hl, held ? " input-held" : "");
	bool ok = queue(v, head, strlen(head)) && queue(v, h ? h : "", hl);
	free(h);
	return ok && flush_viewer(v);
}

/* Bytes from viewer k; false when it is to be dropped. */
static bool viewer_input(struct relay *r, unsigned k)
{
	struct viewer *v = &r->v[k];
	char buf[sizeof(r->in)];
	size_t room = sizeof(buf);
	if (v->role == HELLO)
		room = RELAY_HELLO_MAX - v->hlen;
	else if (v->role == WRITER)
		room = sizeof(r->in) - r->in_len; /* polled only when in is empty */
	if (room == 0 && v->role == HELLO)
		return say(v, RELAY_PROTO " ERR hello line too long\n"), false;
	if (room == 0)
		return true; /* the guest has not taken the last keystrokes yet */
	ssize_t n = recv(v->fd, buf, room, MSG_DONTWAIT);
	if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
		return true;
	if (n <= 0)
		return false;
	if (v->role == HELLO) {
		/* Bytes after the newline are a writer's first keystrokes. */
		memcpy(v->hello + v->hlen, buf, (size_t)n);
		v->hlen += (size_t)n;
		char *nl = memchr(v->hello, '\n', v->hlen);
		if (!nl)
			return true;
		*nl = 0;
		size_t rest = v->hlen - (size_t)(nl + 1 - v->hello);
		char after[RELAY_HELLO_MAX];
		memcpy(after, nl + 1, rest);
		if (!answer_hello(r, k, v->hello))
			return false;
		if (v->role == WRITER && rest <= sizeof(r->in) - r->in_len) {
			memcpy(r->in + r->in_len, after, rest);
			r->in_len += rest;
		}
		return true;
	}
	if (v->role == WRITER && r->vm_in >= 0) {
		memcpy(r->in + r->in_len, buf, (size_t)n);
		r->in_len += (size_t)n;
	}
	return true; /* a reader's keystrokes are not the guest's */
}

static void accept_viewers(struct relay *r)
{
	for (;;) {
		int fd = accept4(r->lfd, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
		if (fd < 0)
			return;
		const char *refuse = NULL;
		if (!peer_allowed(fd, r->access))
			refuse = RELAY_PROTO " ERR this user may not attach to the console\n";
		else if (r->n >= RELAY_MAX_VIEWERS)
			refuse = RELAY_PROTO " ERR too many viewers attached\n";
		if (refuse) {
			if (send(fd, refuse, strlen(refuse), MSG_DONTWAIT | MSG_NOSIGNAL) < 0) {
				/* gone already */
			}
			close(fd);
			continue;
		}
		r->v[r->n++] = (struct viewer){.fd = fd, .role = HELLO};
	}
}

/* --- the log --- */

/* Append to the log on fd 1 (and 2), rotating at log_max: a guest
 * printing without end cannot fill the host's disk. */
static void log_write(struct relay *r, const char *buf, size_t n)
{
	char old[4200], tmp[4200], fresh[4200];
	for (size_t off = 0; off < n;) {
		size_t room = r->log_size < r->log_max ? (size_t)(r->log_max - r->log_size) : 0;
		if (room == 0) {
			/* Rotated with renames only, so that a reader (`vm logs`)
			 * always finds both files: the full log becomes .1 through
			 * a hard link renamed over it, then an empty file is
			 * renamed over the log. */
			snprintf(old, sizeof(old), "%s.1", r->log_file);
			snprintf(tmp, sizeof(tmp), "%s.1.new", r->log_file);
			snprintf(fresh, sizeof(fresh), "%s.new", r->log_file);
			unlink(tmp);
			int fd = open(fresh, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
			if (fd >= 0 && (link(r->log_file, tmp) < 0 || rename(tmp, old) < 0 ||
					rename(fresh, r->log_file) < 0)) {
				close(fd);
				unlink(fresh);
				fd = -1;
			}
			if (fd < 0)
				return; /* cannot rotate: drop the output rather than grow */
			dup2(fd, 1);
			dup2(fd, 2);
			close(fd);
			r->log_size = 0;
			continue;
		}
		size_t k = n - off < room ? n - off : room;
		ssize_t w = write(1, buf + off, k);
		if (w <= 0)
			return;
		off += (size_t)w;
		r->log_size += (unsigned long long)w;
	}
}

/* --- the loop --- */

static void vm_output(struct relay *r, const char *buf, size_t n)
{
	log_write(r, buf, n);
	for (unsigned k = 0; k < r->n;) {
		struct viewer *v = &r->v[k];
		if (v->role != HELLO && (!queue(v, buf, n) || !flush_viewer(v))) {
			drop_viewer(r, k);
			continue;
		}
		k++;
	}
}

static void vm_input(struct relay *r)
{
	while (r->vm_in >= 0 && r->in_off < r->in_len) {
		ssize_t k = write(r->vm_in, r->in + r->in_off, r->in_len - r->in_off);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0 && errno == EAGAIN)
			return;
		if (k <= 0) {
			/* The VM closed its input (it is ending): keystrokes
			 * have nowhere to go. */
			close(r->vm_in);
			r->vm_in = -1;
			break;
		}
		r->in_off += (size_t)k;
	}
	r->in_off = r->in_len = 0;
}

static long long now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* The VM ended: what is queued goes out within a second, then every
 * viewer is closed (their clients see the end). */
static void finish(struct relay *r)
{
	long long end = now_ms() + FLUSH_AT_END_MS;
	for (;;) {
		struct pollfd p[RELAY_MAX_VIEWERS];
		unsigned np = 0;
		for (unsigned k = 0; k < r->n;) {
			if (r->v[k].off < r->v[k].len && flush_viewer(&r->v[k])) {
				if (r->v[k].off < r->v[k].len)
					p[np++] =
					    (struct pollfd){.fd = r->v[k].fd, .events = POLLOUT};
				k++;
			} else if (r->v[k].off < r->v[k].len) {
				drop_viewer(r, k);
			} else {
				k++;
			}
		}
		long long left = end - now_ms();
		if (np == 0 || left <= 0)
			break;
		poll(p, np, (int)left);
	}
	while (r->n)
		drop_viewer(r, r->n - 1);
}

void relay_run(int vm_out, int vm_in, int listen_fd, const char *sock_path,
	       const struct relay_access *a, const char *log_file, unsigned long long log_max)
{
	struct relay rr = {.vm_out = vm_out,
			   .vm_in = vm_in,
			   .lfd = listen_fd,
			   .access = a,
			   .log_file = log_file,
			   .log_max = log_max,
			   .writer = -1},
		     *r = &rr;
	struct stat st;
	r->log_size = fstat(1, &st) == 0 ? (unsigned long long)st.st_size : 0;
	if (r->vm_in >= 0)
		fcntl(r->vm_in, F_SETFL, fcntl(r->vm_in, F_GETFL) | O_NONBLOCK);
	char buf[16384];
	for (;;) {
		struct pollfd p[3 + RELAY_MAX_VIEWERS];
		unsigned np = 0;
		p[np++] = (struct pollfd){.fd = r->vm_out, .events = POLLIN};
		p[np++] = (struct pollfd){.fd = r->lfd, .events = POLLIN};
		bool pending_in = r->in_off < r->in_len;
		p[np++] = (struct pollfd){.fd = pending_in ? r->vm_in : -1, .events = POLLOUT};
		for (unsigned k = 0; k < r->n; k++) {
			struct viewer *v = &r->v[k];
			short ev = v->off < v->len ? POLLOUT : 0;
			/* A writer's keystrokes wait while the guest has not taken
			 * the last ones (the socket's buffer holds them). */
			if (v->role != WRITER || !pending_in)
				ev |= POLLIN;
			p[np++] = (struct pollfd){.fd = v->fd, .events = ev};
		}
		if (poll(p, np, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (p[0].revents) {
			ssize_t n = read(r->vm_out, buf, sizeof(buf));
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0)
				break; /* the VM ended */
			vm_output(r, buf, (size_t)n);
		}
		if (p[2].revents)
			vm_input(r);
		/* Viewers, last first: drop_viewer moves the last one into
		 * the slot it frees, and p[] follows the old order. */
		unsigned nv = r->n < np - 3 ? r->n : np - 3;
		for (unsigned k = nv; k-- > 0;) {
			short re = p[3 + k].revents;
			bool ok = true;
			if (re & (POLLIN | POLLHUP | POLLERR))
				ok = viewer_input(r, k);
			if (ok && (re & POLLOUT))
				ok = flush_viewer(&r->v[k]);
			if (!ok)
				drop_viewer(r, k);
		}
		if (r->in_off < r->in_len)
			vm_input(r);
		if (p[1].revents)
			accept_viewers(r);
	}
	finish(r);
	if (r->lfd >= 0) {
		close(r->lfd);
		if (sock_path)
			unlink(sock_path);
	}
	if (r->vm_in >= 0)
		close(r->vm_in);
}
