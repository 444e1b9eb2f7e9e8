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
#include <unistd.h>

#include "util/uhttp.h"

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
		if (r < 0 && errno == EINPROGRESS && uhttp_wait_fd(fd, POLLOUT, deadline) == 0) {
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

int peer_request(const char *hostport, const char *token, const char *method, const char *path,
		 const char *json, int timeout_ms, char **body, struct error *e)
{
	*body = NULL;
	long long deadline = uhttp_now_ms() + timeout_ms;
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
	int rc = uhttp_send_all(fd, head, (size_t)n, deadline);
	explicit_bzero(head, (size_t)n);
	free(head);
	if (rc < 0 || (jlen && uhttp_send_all(fd, json, jlen, deadline) < 0)) {
		int en = errno;
		close(fd);
		return err_set(e, ERR_IO, "daemon %s: sending %s %s: %s", hostport, method, path,
			       strerror(en));
	}
	/* A reset ends the answer too: what came is parsed. */
	int status = uhttp_read_answer(fd, deadline, PEER_MAX_ANSWER, true, body);
	int en = errno;
	close(fd);
	switch (status) {
	case UHTTP_READ_WAIT:
	case UHTTP_READ_RECV:
		return err_set(e, ERR_IO, "daemon %s: waiting for the answer to %s %s: %s",
			       hostport, method, path, strerror(en));
	case UHTTP_READ_TOO_LARGE:
		return err_set(e, ERR_IO, "daemon %s: answer larger than %u bytes", hostport,
			       PEER_MAX_ANSWER);
	case UHTTP_READ_NOMEM:
		return err_set(e, ERR_IO, "out of memory");
	case UHTTP_READ_NOT_HTTP:
		return err_set(e, ERR_IO, "daemon %s: not an HTTP answer to %s %s", hostport,
			       method, path);
	}
	return status;
}
