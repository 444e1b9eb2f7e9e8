/* The live-migration wire: addresses, sockets, and CRC-checked frames
 * (format in docs/migration.md). */
#include "vmm/migrate_wire.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>
#include <zlib.h>

#include "cpu/block.h"

#include "vmm/vm.h"

int mig_addr_parse(const char *uri, struct mig_addr *a, struct error *e)
{
	memset(a, 0, sizeof(*a));
	if (strncmp(uri, "unix:", 5) == 0) {
		const char *p = uri + 5;
		if (!*p || strlen(p) >= sizeof(a->path))
			return err_set(e, ERR_INVALID,
				       "migration address '%.200s': a unix socket path of 1 to "
				       "%zu bytes is expected after 'unix:'",
				       uri, sizeof(a->path) - 1);
		a->is_unix = true;
		strcpy(a->path, p);
		return 0;
	}
	if (strncmp(uri, "tcp:", 4) != 0)
		return err_set(e, ERR_INVALID,
			       "migration address '%.200s': expected tcp:HOST:PORT or unix:PATH",
			       uri);
	const char *h = uri + 4, *colon;
	size_t hlen;
	if (*h == '[') { /* [v6]:port */
		const char *close = strchr(h, ']');
		if (!close || close[1] != ':')
			return err_set(e, ERR_INVALID,
				       "migration address '%.200s': expected tcp:[IPV6]:PORT", uri);
		h++;
		hlen = (size_t)(close - h);
		colon = close + 1;
	} else {
		colon = strrchr(h, ':');
		if (!colon)
			return err_set(e, ERR_INVALID,
				       "migration address '%.200s': expected tcp:HOST:PORT", uri);
		hlen = (size_t)(colon - h);
	}
	const char *port = colon + 1;
	char *end;
	long pn = strtol(port, &end, 10);
	if (hlen == 0 || hlen >= sizeof(a->host) || !*port || *end || pn < 0 || pn > 65535 ||
	    strlen(port) >= sizeof(a->port))
		return err_set(e, ERR_INVALID,
			       "migration address '%.200s': expected tcp:HOST:PORT with a port "
			       "from 0 to 65535",
			       uri);
	memcpy(a->host, h, hlen);
	a->host[hlen] = 0;
	strcpy(a->port, port);
	return 0;
}

void mig_set_timeouts(int fd, int seconds)
{
	struct timeval tv = {.tv_sec = seconds};
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	/* The handshake is small frames back and forth: Nagle's algorithm
	 * would hold each one for the peer's delayed ACK (tens of ms of
	 * downtime). Fails harmlessly on a unix socket. */
	int one = 1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
}

/* connect() with a timeout on a non-blocking socket, then blocking again. */
static int connect_timeout(int fd, const struct sockaddr *sa, socklen_t len, int timeout_ms)
{
	int fl = fcntl(fd, F_GETFL);
	fcntl(fd, F_SETFL, fl | O_NONBLOCK);
	int rc = connect(fd, sa, len);
	if (rc < 0 && errno == EINPROGRESS) {
		struct pollfd p = {.fd = fd, .events = POLLOUT};
		int n;
		do
			n = poll(&p, 1, timeout_ms);
		while (n < 0 && errno == EINTR);
		if (n == 0) {
			errno = ETIMEDOUT;
			rc = -1;
		} else {
			int soerr = 0;
			socklen_t sl = sizeof(soerr);
			getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &sl);
			errno = soerr;
			rc = soerr ? -1 : 0;
		}
	}
	int saved = errno;
	fcntl(fd, F_SETFL, fl);
	errno = saved;
	return rc;
}

int mig_connect(const struct mig_addr *a, int timeout_ms, struct error *e)
{
	if (a->is_unix) {
		struct sockaddr_un sa = {.sun_family = AF_UNIX};
		strcpy(sa.sun_path, a->path);
		int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
		if (fd < 0 ||
		    connect_timeout(fd, (struct sockaddr *)&sa, sizeof(sa), timeout_ms) < 0) {
			int errnum = errno;
			if (fd >= 0)
				close(fd);
			return err_errno(e, errnum, "migration destination unix:%s", a->path);
		}
		return fd;
	}
	struct addrinfo hints = {.ai_socktype = SOCK_STREAM}, *res = NULL;
	int g = getaddrinfo(a->host, a->port, &hints, &res);
	if (g != 0)
		return err_set(e, ERR_INVALID, "migration destination %s: %s", a->host,
			       gai_strerror(g));
	int fd = -1, errnum = 0;
	for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
		fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
		if (fd >= 0 && connect_timeout(fd, ai->ai_addr, ai->ai_addrlen, timeout_ms) == 0)
			break;
		errnum = errno;
		if (fd >= 0)
			close(fd);
		fd = -1;
	}
	freeaddrinfo(res);
	if (fd < 0)
		return err_errno(e, errnum, "migration destination tcp:%s:%s", a->host, a->port);
	return fd;
}

int mig_listen(const struct mig_addr *a, char *bound, size_t boundlen, struct error *e)
{
	if (a->is_unix) {
		struct stat sb;
		if (lstat(a->path, &sb) == 0) {
			if (!S_ISSOCK(sb.st_mode))
				return err_set(e, ERR_CONFLICT,
					       "migration socket %s: exists and is not a socket",
					       a->path);
			unlink(a->path);
		}
		struct sockaddr_un sa = {.sun_family = AF_UNIX};
		strcpy(sa.sun_path, a->path);
		int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
		/* Private: whoever connects decides what the VM becomes. */
		mode_t old = umask(0177);
		int rc = fd < 0 ? -1 : bind(fd, (struct sockaddr *)&sa, sizeof(sa));
		umask(old);
		if (rc < 0 || listen(fd, MIG_STREAMS_MAX + 1) < 0) {
			int errnum = errno;
			if (fd >= 0)
				close(fd);
			return err_errno(e, errnum, "migration socket %s", a->path);
		}
		snprintf(bound, boundlen, "unix:%s", a->path);
		return fd;
	}
	struct addrinfo hints = {.ai_socktype = SOCK_STREAM, .ai_flags = AI_PASSIVE}, *res = NULL;
	int g = getaddrinfo(a->host, a->port, &hints, &res);
	if (g != 0)
		return err_set(e, ERR_INVALID, "migration address %s: %s", a->host,
			       gai_strerror(g));
	int fd = -1, errnum = 0;
	for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
		fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
		int one = 1, rcvbuf = MIG_SOCKET_BUFFER;
		if (fd >= 0) {
			setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
			/* A small receive buffer (inherited by the accepted
			 * socket): a loopback TCP buffer holds megabytes, which
			 * the source would count as sent long before this side
			 * has taken them, and which then lengthen the pause. */
			setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof(rcvbuf));
		}
		if (fd >= 0 && bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 &&
		    listen(fd, MIG_STREAMS_MAX + 1) == 0)
			break;
		errnum = errno;
		if (fd >= 0)
			close(fd);
		fd = -1;
	}
	freeaddrinfo(res);
	if (fd < 0)
		return err_errno(e, errnum, "migration address tcp:%s:%s", a->host, a->port);
	struct sockaddr_storage ss;
	socklen_t sl = sizeof(ss);
	char port[16] = "?";
	if (getsockname(fd, (struct sockaddr *)&ss, &sl) == 0)
		getnameinfo((struct sockaddr *)&ss, sl, NULL, 0, port, sizeof(port),
			    NI_NUMERICSERV);
	bool v6 = strchr(a->host, ':') != NULL;
	snprintf(bound, boundlen, "tcp:%s%s%s:%s", v6 ? "[" : "", a->host, v6 ? "]" : "", port);
	return fd;
}

const char *mig_type_name(uint32_t type, char buf[12])
{
	bool printable = true;
	for (unsigned k = 0; k < 4; k++) {
		unsigned char c = (unsigned char)(type >> (8 * k));
		printable = printable && c >= 0x20 && c < 0x7f;
	}
	if (printable) {
		for (unsigned k = 0; k < 4; k++)
			buf[k] = (char)(type >> (8 * k));
		buf[4] = 0;
	} else {
		snprintf(buf, 12, "0x%08x", type);
	}
	return buf;
}

/* Send the pieces as one stream of bytes: sendmsg over what is left of
 * them (one system call per frame mostly, and no small write waiting
 * behind another). */
static int send_iov(int fd, struct iovec *iov, int n)
{
	while (n > 0) {
		struct msghdr mh = {.msg_iov = iov, .msg_iovlen = (size_t)n};
		ssize_t k = sendmsg(fd, &mh, MSG_NOSIGNAL);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		while (n > 0 && (size_t)k >= iov->iov_len) {
			k -= (ssize_t)iov->iov_len;
			iov++;
			n--;
		}
		if (n > 0) {
			iov->iov_base = (uint8_t *)iov->iov_base + k;
			iov->iov_len -= (size_t)k;
		}
	}
	return 0;
}

int mig_send2(int fd, uint32_t type, const void *a, size_t alen, const void *b, size_t blen,
	      struct error *e)
{
	uint8_t head[MIG_FRAME_HEAD], tail[4];
	mig_put32(head, type);
	mig_put32(head + 4, 0);
	mig_put64(head + 8, alen + blen);
	uLong crc = crc32(0, head, sizeof(head));
	if (alen)
		crc = crc32(crc, a, (uInt)alen);
	if (blen)
		crc = crc32(crc, b, (uInt)blen);
	mig_put32(tail, (uint32_t)crc);
	struct iovec iov[4];
	int n = 0;
	iov[n++] = (struct iovec){head, sizeof(head)};
	if (alen)
		iov[n++] = (struct iovec){(void *)a, alen};
	if (blen)
		iov[n++] = (struct iovec){(void *)b, blen};
	iov[n++] = (struct iovec){tail, 4};
	if (send_iov(fd, iov, n) < 0) {
		char nm[12];
		return err_errno(e, errno, "migration: sending %s", mig_type_name(type, nm));
	}
	return 0;
}

int mig_send(int fd, uint32_t type, const void *payload, size_t len, struct error *e)
{
	return mig_send2(fd, type, payload, len, NULL, 0, e);
}

void mig_send_abort(int fd, const char *reason)
{
	size_t n = strlen(reason);
	if (n > MIG_ABRT_MAX)
		n = MIG_ABRT_MAX;
	mig_send(fd, MIG_ABRT, reason, n, NULL);
}

/* Read exactly n bytes: 0, 1 at EOF (2 when it came before any byte), -1
 * on an error. */
static int recv_all(int fd, void *p, size_t n)
{
	uint8_t *b = p;
	size_t want = n;
	while (n) {
		ssize_t k = read(fd, b, n);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (k == 0)
			return n == want ? 2 : 1;
		b += k;
		n -= (size_t)k;
	}
	return 0;
}

static size_t max_len(uint32_t type)
{
	switch (type) {
	case MIG_AUTH:
		return MIG_TOKEN_MAX;
	case MIG_CONF:
	case MIG_STAT:
		return MIG_STATE_MAX;
	case MIG_RAM:
		return MIG_RAM_HEAD + (size_t)MIG_RAM_MAX_PAGES * 4096;
	case MIG_ABRT:
		return MIG_ABRT_MAX;
	case MIG_DONE:
		return 4;
	case MIG_BLK:
		return MIG_BLK_HEAD + MIG_BLK_MAX;
	case MIG_DISK:
	case MIG_ACPT:
		return MIG_DISK_TABLE_MAX;
	case MIG_STRM:
		return MIG_STRM_LEN;
	case MIG_PMIS:
		return MIG_PMIS_MAX;
	case MIG_PREQ:
		return MIG_PREQ_LEN;
	case MIG_CMPR:
		return MIG_CMPR_LEN;
	case MIG_HOTB:
		return MIG_HOTB_MAX;
	default: /* PCPY, PEND, PACK and the handshake: empty */
		return 0;
	}
}

static int recv_failed(int rc, uint32_t type, const char *what, const char *peer, struct error *e)
{
	char nm[12];
	if (rc > 0)
		return err_set(e, ERR_INVALID,
			       "migration stream truncated: the %s closed the connection in the "
			       "middle of %s%s",
			       peer, what, type ? mig_type_name(type, nm) : "");
	if (errno == EAGAIN || errno == EWOULDBLOCK)
		return err_set(e, ERR_IO, "migration: the %s sent nothing for %d seconds", peer,
			       MIG_IDLE_SECONDS);
	return err_errno(e, errno, "migration: reading from the %s", peer);
}

int mig_recv(int fd, struct mig_frame *f, const uint32_t *allowed, unsigned nallowed,
	     const char *peer, struct error *e)
{
	uint8_t head[MIG_FRAME_HEAD];
	char nm[12];
	int rc = recv_all(fd, head, sizeof(head));
	if (rc == 2)
		return err_set(e, ERR_INVALID,
			       "migration stream truncated: the %s closed the connection before "
			       "the stream's end",
			       peer);
	if (rc != 0)
		return recv_failed(rc, 0, "a frame header", peer, e);
	uint32_t type = mig_get32(head);
	uint64_t len = mig_get64(head + 8);
	bool ok = type == MIG_ABRT;
	for (unsigned k = 0; k < nallowed && !ok; k++)
		ok = allowed[k] == type;
	if (!ok) {
		char want[64] = "";
		for (unsigned k = 0; k < nallowed && k < 4; k++) {
			char w[12];
			snprintf(want + strlen(want), sizeof(want) - strlen(want), "%s%s",
				 k ? " or " : "", mig_type_name(allowed[k], w));
		}
		return err_set(e, ERR_INVALID,
			       "migration stream refused: a %s frame where %s was expected",
			       mig_type_name(type, nm), want);
	}
	if (mig_get32(head + 4) != 0 || len > max_len(type))
		return err_set(e, ERR_INVALID,
			       "migration stream refused: a %s frame of %llu bytes (at most %zu) "
			       "or with reserved bits set",
			       mig_type_name(type, nm), (unsigned long long)len, max_len(type));
	if (len > f->cap) {
		uint8_t *nb = realloc(f->buf, len);
		if (!nb)
			return err_errno(e, ENOMEM, "migration: a %s frame of %llu bytes",
					 mig_type_name(type, nm), (unsigned long long)len);
		f->buf = nb;
		f->cap = len;
	}
	uint8_t tail[4];
	rc = recv_all(fd, f->buf, len);
	if (rc == 0)
		rc = recv_all(fd, tail, 4);
	if (rc != 0)
		return recv_failed(rc, type, "a frame ", peer, e);
	uLong crc = crc32(0, head, sizeof(head));
	if (len)
		crc = crc32(crc, f->buf, (uInt)len);
	if ((uint32_t)crc != mig_get32(tail))
		return err_set(e, ERR_INVALID,
			       "migration stream refused: the %s frame's checksum does not match "
			       "(corrupt stream)",
			       mig_type_name(type, nm));
	f->type = type;
	f->len = (size_t)len;
	if (type == MIG_ABRT) {
		char reason[MIG_ABRT_MAX + 1];
		size_t n = 0;
		for (size_t k = 0; k < len; k++) /* printable for a log line */
			reason[n++] =
			    f->buf[k] >= 0x20 && f->buf[k] != 0x7f ? (char)f->buf[k] : '?';
		reason[n] = 0;
		return err_set(e, ERR_CONFLICT, "the %s abandoned the migration: %s", peer, reason);
	}
	return 0;
}

_Static_assert(MIG_DISK_MAX == VM_MAX_DISKS, "the DISK table holds every disk of a VM");

size_t mig_disk_table_encode(const struct mig_disk_table *t, uint8_t *buf)
{
	mig_put32(buf, t->n);
	for (unsigned k = 0; k < t->n; k++) {
		uint8_t *q = buf + 4 + k * MIG_DISK_ENTRY;
		mig_put32(q, t->d[k].mode);
		mig_put32(q + 4, t->d[k].format);
		mig_put64(q + 8, t->d[k].size);
	}
	return 4 + (size_t)t->n * MIG_DISK_ENTRY;
}

int mig_disk_table_decode(const uint8_t *p, size_t len, struct mig_disk_table *t, const char *what,
			  struct error *e)
{
	memset(t, 0, sizeof(*t));
	uint32_t n = len >= 4 ? mig_get32(p) : UINT32_MAX;
	if (n > MIG_DISK_MAX || len != 4 + (size_t)n * MIG_DISK_ENTRY)
		return err_set(e, ERR_INVALID, "%s: a disk table of %zu bytes is malformed", what,
			       len);
	t->n = n;
	for (unsigned k = 0; k < n; k++) {
		const uint8_t *q = p + 4 + k * MIG_DISK_ENTRY;
		t->d[k].mode = mig_get32(q);
		t->d[k].format = mig_get32(q + 4);
		t->d[k].size = mig_get64(q + 8);
		if (t->d[k].mode > MIG_DISK_COPY || t->d[k].format > MIG_FMT_QCOW2)
			return err_set(e, ERR_INVALID,
				       "%s: disk %u has an unknown mode %u or format %u", what, k,
				       t->d[k].mode, t->d[k].format);
	}
	return 0;
}

const char *mig_disk_format_name(uint32_t format)
{
	return format == MIG_FMT_QCOW2 ? "qcow2" : format == MIG_FMT_RAW ? "raw" : "?";
}

int mig_disk_format_of(const char *name)
{
	if (name && strcmp(name, "raw") == 0)
		return MIG_FMT_RAW;
	if (name && strcmp(name, "qcow2") == 0)
		return MIG_FMT_QCOW2;
	return -1;
}

int mig_read_token(const char *path, struct mig_token *t, struct error *e)
{
	memset(t, 0, sizeof(*t));
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return err_errno(e, errno, "token file %s", path);
	struct stat st;
	uint8_t buf[MIG_TOKEN_MAX + 3];
	ssize_t n = -1;
	int err = 0;
	if (fstat(fd, &st) < 0)
		err = errno;
	else if (!S_ISREG(st.st_mode) || (st.st_mode & 077)) {
		close(fd);
		return err_set(e, ERR_INVALID,
			       "token file %s must be a regular file readable by its owner only "
			       "(mode %04o: chmod 600 it)",
			       path, (unsigned)(st.st_mode & 07777));
	} else {
		n = read(fd, buf, sizeof(buf));
		if (n < 0)
			err = errno;
	}
	close(fd);
	if (err)
		return err_errno(e, err, "token file %s", path);
	size_t len = (size_t)n;
	if (len && buf[len - 1] == '\n')
		len--;
	if (len && buf[len - 1] == '\r')
		len--;
	if (len < 1 || len > MIG_TOKEN_MAX)
		return err_set(e, ERR_INVALID,
			       "token file %s: the token must be 1 to %u bytes (a trailing newline "
			       "aside)",
			       path, MIG_TOKEN_MAX);
	memcpy(t->b, buf, len);
	t->len = len;
	t->set = true;
	return 0;
}

bool mig_token_equal(const struct mig_token *a, const uint8_t *b, size_t len)
{
	uint8_t diff = a->len != len;
	for (size_t k = 0; k < MIG_TOKEN_MAX; k++)
		diff |= (uint8_t)((k < a->len ? a->b[k] : 0) ^ (k < len ? b[k] : 0));
	return diff == 0 && a->set;
}

bool mig_socket_is_local(int fd)
{
	struct sockaddr_storage ss;
	socklen_t sl = sizeof(ss);
	if (getsockname(fd, (struct sockaddr *)&ss, &sl) < 0)
		return false;
	if (ss.ss_family == AF_UNIX)
		return true;
	if (ss.ss_family == AF_INET)
		return (ntohl(((struct sockaddr_in *)&ss)->sin_addr.s_addr) >> 24) == 127;
	if (ss.ss_family == AF_INET6) {
		const struct in6_addr *a = &((struct sockaddr_in6 *)&ss)->sin6_addr;
		if (IN6_IS_ADDR_LOOPBACK(a))
			return true;
		return IN6_IS_ADDR_V4MAPPED(a) && a->s6_addr[12] == 127;
	}
	return false;
}

int64_t mig_missing_decode(const uint8_t *p, size_t len, uint64_t npages, uint64_t *bits,
			   struct error *e)
{
	uint64_t words = (npages + 63) / 64;
	if (len < 8 || mig_get64(p) != npages || (len - 8) / 8 != words || (len - 8) % 8)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: a PMIS frame of %zu bytes for %llu pages "
			       "(%llu expected for the guest's %llu)",
			       len, len >= 8 ? (unsigned long long)mig_get64(p) : 0ULL,
			       (unsigned long long)(8 + words * 8), (unsigned long long)npages);
	int64_t n = 0;
	for (uint64_t w = 0; w < words; w++) {
		bits[w] = mig_get64(p + 8 + w * 8);
		n += __builtin_popcountll(bits[w]);
	}
	if (npages % 64 && words && bits[words - 1] >> (npages % 64))
		return err_set(e, ERR_INVALID,
			       "migration stream refused: PMIS marks pages past the guest's %llu",
			       (unsigned long long)npages);
	return n;
}

int mig_ram_decode(const uint8_t *p, size_t len, uint64_t npages, bool zstd_ok, uint64_t *first,
		   uint32_t *n, bool *zero, bool *zstd, struct error *e)
{
	if (len < MIG_RAM_HEAD)
		return err_set(e, ERR_INVALID, "migration stream refused: a RAM frame of %zu bytes",
			       len);
	*first = mig_get64(p);
	*n = mig_get32(p + 8);
	uint32_t flags = mig_get32(p + 12);
	uint32_t known = MIG_RAM_ZERO | (zstd_ok ? MIG_RAM_ZSTD : 0);
	*zero = flags & MIG_RAM_ZERO;
	bool z = flags & MIG_RAM_ZSTD;
	if (zstd)
		*zstd = z;
	if (flags & ~known)
		return err_set(
		    e, ERR_INVALID, "migration stream refused: RAM frame with unknown flags 0x%x%s",
		    flags, flags & MIG_RAM_ZSTD ? " (zstd pages, and no CMPR announced them)" : "");
	if (*zero && z)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: a RAM frame both zero and compressed");
	if (*n < 1 || *n > MIG_RAM_MAX_PAGES || *first >= npages || *n > npages - *first)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: RAM pages %llu..+%u are outside the "
			       "guest's %llu pages",
			       (unsigned long long)*first, *n, (unsigned long long)npages);
	size_t pages = (size_t)*n << 12;
	if (z ? len <= MIG_RAM_HEAD || len >= MIG_RAM_HEAD + pages
	      : len != MIG_RAM_HEAD + (*zero ? 0 : pages))
		return err_set(
		    e, ERR_INVALID,
		    "migration stream refused: a%s RAM frame of %u pages holds %zu bytes "
		    "(%s%zu expected)",
		    z ? " compressed" : "", *n, len, z ? "fewer than " : "",
		    MIG_RAM_HEAD + (*zero ? 0 : pages));
	return 0;
}

size_t mig_hot_encode(uint8_t *p, uint32_t hart, const struct block_ref *refs, uint32_t n)
{
	mig_put32(p, hart);
	mig_put32(p + 4, n);
	for (uint32_t k = 0; k < n; k++) {
		uint8_t *q = p + MIG_HOT_HEAD + (size_t)k * MIG_HOT_ENTRY;
		mig_put64(q, refs[k].vpc);
		mig_put64(q + 8, refs[k].pa);
		mig_put32(q + 16, refs[k].translated ? MIG_HOT_TRANSLATED : 0);
	}
	return MIG_HOT_HEAD + (size_t)n * MIG_HOT_ENTRY;
}

int mig_hot_decode(const uint8_t *p, size_t len, unsigned ncpus, uint64_t ram_base,
		   uint64_t ram_size, uint32_t *hart, struct block_ref *out, uint32_t *n,
		   struct error *e)
{
	if (len < MIG_HOT_HEAD)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: a HOTB frame of %zu bytes", len);
	*hart = mig_get32(p);
	*n = mig_get32(p + 4);
	if (*hart >= ncpus)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: HOTB for hart %u of a %u-hart machine",
			       *hart, ncpus);
	if (*n > MIG_HOT_MAX || len != MIG_HOT_HEAD + (size_t)*n * MIG_HOT_ENTRY)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: a HOTB frame of %zu bytes for %u blocks "
			       "(at most %u, %u bytes each)",
			       len, *n, MIG_HOT_MAX, MIG_HOT_ENTRY);
	for (uint32_t k = 0; k < *n; k++) {
		const uint8_t *q = p + MIG_HOT_HEAD + (size_t)k * MIG_HOT_ENTRY;
		uint64_t vpc = mig_get64(q), pa = mig_get64(q + 8);
		uint32_t flags = mig_get32(q + 16);
		if ((flags & ~MIG_HOT_TRANSLATED) || (vpc & 1) || (pa & 1) || pa < ram_base ||
		    pa - ram_base >= ram_size)
			return err_set(e, ERR_INVALID,
				       "migration stream refused: HOTB block %u (pc %#llx at "
				       "%#llx, flags %#x) is not code in the guest's RAM",
				       k, (unsigned long long)vpc, (unsigned long long)pa, flags);
		out[k] = (struct block_ref){vpc, pa, flags & MIG_HOT_TRANSLATED};
	}
	return 0;
}
