/* One HTTP request to another daemon's web listener (see migrate_peer.h). */
#include "daemon/migrate_peer.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int wait_fd(int fd, short events, long long deadline)
{
	for (;;) {
		long long left = deadline - now_ms();
		if (left <= 0)
			return errno = ETIMEDOUT, -1;
		struct pollfd p = {.fd = fd, .events = events};
		int r = poll(&p, 1, (int)left);
		if (r > 0)
			return 0;
		if (r < 0 && errno != EINTR)
			return -1;
	}
}

int peer_split(const char *hostport, char *host, size_t hn, char *port, size_t pn, struct error *e)
{
	const char *colon, *h = hostport;
	size_t hl;
	if (*h == '[') {
		const char *close = strchr(h, ']');
		if (!close || close[1] != ':')
			return err_set(e, ERR_INVALID, "'%.200s': expected [IPV6]:PORT", hostport);
		h++;
		hl = (size_t)(close - h);
		colon = close + 1;
	} else {
		colon = strrchr(h, ':');
		if (!colon || strchr(h, ':') != colon)
			return err_set(e, ERR_INVALID, "'%.200s': expected HOST:PORT", hostport);
		hl = (size_t)(colon - h);
	}
	const char *p = colon + 1;
	char *end;
	unsigned long pv = strtoul(p, &end, 10);
	if (!hl || hl >= hn || !*p || *end || pv == 0 || pv > 65535 || strlen(p) >= pn)
		return err_set(e, ERR_INVALID, "'%.200s': expected HOST:PORT (port 1 to 65535)",
			       hostport);
	memcpy(host, h, hl);
	host[hl] = 0;
	snprintf(port, pn, "%s", p);
	return 0;
}

/* A connected, non-blocking socket to host:port within the deadline. */
static int connect_to(const char *hostport, long long deadline, struct error *e)
{
	char host[256], port[8];
	if (peer_split(hostport, host, sizeof(host), port, sizeof(port), e) < 0)
		return -1;
	struct addrinfo hints = {.ai_socktype = SOCK_STREAM}, *ai = NULL;
	int gr = getaddrinfo(host, port, &hints, &ai);
	if (gr != 0)
		return err_set(e, ERR_IO, "daemon %s: %s", hostport, gai_strerror(gr));
	int fd = -1, en = 0;
	for (struct addrinfo *a = ai; a && fd < 0; a = a->ai_next) {
		fd = socket(a->ai_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
		if (fd < 0) {
			en = errno;
			continue;
		}
		int r = connect(fd, a->ai_addr, a->ai_addrlen);
		if (r < 0 && errno == EINPROGRESS && wait_fd(fd, POLLOUT, deadline) == 0) {
			socklen_t l = sizeof(en);
			getsockopt(fd, SOL_SOCKET, SO_ERROR, &en, &l);
			r = en ? -1 : 0;
		} else if (r < 0) {
			en = errno;
		}
		if (r < 0) {
			close(fd);
			fd = -1;
		}
	}
	freeaddrinfo(ai);
	if (fd < 0)
		return err_set(e, ERR_IO, "daemon %s: cannot connect: %s", hostport,
			       strerror(en ? en : ETIMEDOUT));
	return fd;
}

static int send_all(int fd, const char *p, size_t n, long long deadline)
{
	while (n) {
		if (wait_fd(fd, POLLOUT, deadline) < 0)
			return -1;
		ssize_t k = send(fd, p, n, MSG_NOSIGNAL);
		if (k < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (k < 0)
			return -1;
		p += k, n -= (size_t)k;
	}
	return 0;
}

int peer_request(const char *hostport, const char *token, const char *method, const char *path,
		 const char *json, int timeout_ms, char **body, struct error *e)
{
	*body = NULL;
	long long deadline = now_ms() + timeout_ms;
	int fd = connect_to(hostport, deadline, e);
	if (fd < 0)
		return -1;
	size_t jlen = json ? strlen(json) : 0;
	char *head = NULL;
	/* The web listener wants the JSON content type on every request that
	 * changes state, even without a body (its CSRF rule). */
	int n = asprintf(&head,
			 "%s /api%s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n"
			 "Accept: application/json\r\nAuthorization: Bearer %s\r\n"
			 "Content-Type: application/json\r\nContent-Length: %zu\r\n\r\n",
			 method, path, hostport, token, jlen);
	if (n < 0) {
		close(fd);
		return err_set(e, ERR_IO, "out of memory");
	}
	int rc = send_all(fd, head, (size_t)n, deadline);
	explicit_bzero(head, (size_t)n);
	free(head);
	if (rc < 0 || (jlen && send_all(fd, json, jlen, deadline) < 0)) {
		int en = errno;
		close(fd);
		return err_set(e, ERR_IO, "daemon %s: sending %s %s: %s", hostport, method, path,
			       strerror(en));
	}
	size_t cap = 4096, len = 0;
	char *buf = malloc(cap);
	for (;;) {
		if (!buf) {
			close(fd);
			return err_set(e, ERR_IO, "out of memory");
		}
		if (len + 1 >= cap) {
			if (cap > PEER_MAX_ANSWER) {
				free(buf);
				close(fd);
				return err_set(e, ERR_IO, "daemon %s: answer larger than %u bytes",
					       hostport, PEER_MAX_ANSWER);
			}
			char *nb = realloc(buf, cap * 2);
			if (!nb)
				free(buf);
			buf = nb, cap *= 2;
			continue;
		}
		if (wait_fd(fd, POLLIN, deadline) < 0) {
			int en = errno;
			free(buf);
			close(fd);
			return err_set(e, ERR_IO, "daemon %s: waiting for the answer to %s %s: %s",
				       hostport, method, path, strerror(en));
		}
		ssize_t k = recv(fd, buf + len, cap - len - 1, 0);
		if (k < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (k <= 0)
			break; /* the end (or a reset: what came is parsed) */
		len += (size_t)k;
	}
	close(fd);
	buf[len] = 0;
	int status;
	char *sep = strstr(buf, "\r\n\r\n");
	if (sscanf(buf, "HTTP/1.%*d %d", &status) != 1 || !sep) {
		free(buf);
		return err_set(e, ERR_IO, "daemon %s: not an HTTP answer to %s %s", hostport,
			       method, path);
	}
	*body = strdup(sep + 4);
	free(buf);
	if (!*body)
		return err_set(e, ERR_IO, "out of memory");
	return status;
}
