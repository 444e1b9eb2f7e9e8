/* A minimal HTTP/1.1 client over a unix socket (see uhttp.h). */
#include "util/uhttp.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

long long uhttp_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int uhttp_wait_fd(int fd, short events, long long deadline)
{
	for (;;) {
		long long left = deadline - uhttp_now_ms();
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

int uhttp_send_all(int fd, const char *p, size_t n, long long deadline)
{
	while (n) {
		if (uhttp_wait_fd(fd, POLLOUT, deadline) < 0)
			return -1;
		ssize_t k = send(fd, p, n, MSG_NOSIGNAL | MSG_DONTWAIT);
		if (k < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (k < 0)
			return -1;
		p += k, n -= (size_t)k;
	}
	return 0;
}

/* Has buf (len bytes, NUL terminated) all of an answer that gives its
 * Content-Length? Then the reader need not wait for the server to close
 * the connection (a millisecond or more on a busy host, on the path of
 * every call: a start's polling of the VM's API, the CLI's answer). */
static bool answer_complete(const char *buf, size_t len)
{
	const char *sep = strstr(buf, "\r\n\r\n");
	if (!sep)
		return false;
	for (const char *h = strstr(buf, "\r\n"); h && h < sep; h = strstr(h + 2, "\r\n")) {
		if (strncasecmp(h + 2, "Content-Length:", 15) != 0)
			continue;
		char *end;
		errno = 0;
		unsigned long long n = strtoull(h + 17, &end, 10);
		if (errno || end == h + 17 || (*end != '\r' && *end != ' ' && *end != '\t'))
			return false;
		return len - (size_t)(sep + 4 - buf) >= n;
	}
	return false;
}

int uhttp_read_answer(int fd, long long deadline, size_t max, bool reset_ends, char **body)
{
	*body = NULL;
	size_t cap = 4096, len = 0;
	char *buf = malloc(cap);
	while (buf) {
		if (len + 1 >= cap) {
			if (cap > max) {
				free(buf);
				return UHTTP_READ_TOO_LARGE;
			}
			char *nb = realloc(buf, cap * 2);
			if (!nb) {
				free(buf);
				return UHTTP_READ_NOMEM;
			}
			buf = nb, cap *= 2;
		}
		if (uhttp_wait_fd(fd, POLLIN, deadline) < 0) {
			int en = errno;
			free(buf);
			errno = en;
			return UHTTP_READ_WAIT;
		}
		ssize_t k = recv(fd, buf + len, cap - len - 1, MSG_DONTWAIT);
		if (k < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (k < 0 && !reset_ends) {
			int en = errno;
			free(buf);
			errno = en;
			return UHTTP_READ_RECV;
		}
		if (k <= 0)
			break;
		len += (size_t)k;
		buf[len] = 0;
		if (answer_complete(buf, len))
			break;
	}
	if (!buf)
		return UHTTP_READ_NOMEM;
	buf[len] = 0;
	int status;
	char *sep = strstr(buf, "\r\n\r\n");
	if (sscanf(buf, "HTTP/1.%*d %d", &status) != 1 || !sep) {
		free(buf);
		return UHTTP_READ_NOT_HTTP;
	}
	*body = strdup(sep + 4);
	free(buf);
	return *body ? status : UHTTP_READ_NOMEM;
}

int uhttp_request(const char *sock, const char *method, const char *path, const char *json,
		  int timeout_ms, char **body, struct error *e)
{
	*body = NULL;
	long long deadline = uhttp_now_ms() + timeout_ms;
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	if (strlen(sock) >= sizeof(sa.sun_path))
		return err_set(e, ERR_INVALID, "%s: socket path too long (max %zu bytes)", sock,
			       sizeof(sa.sun_path) - 1);
	strcpy(sa.sun_path, sock);
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return err_errno(e, errno, "%s: socket", sock);
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		int en = errno;
		close(fd);
		if (en == ENOENT || en == ECONNREFUSED)
			return err_set(e, ERR_NOT_FOUND, "%s: nobody is serving it (%s)", sock,
				       strerror(en));
		return err_errno(e, en, "%s: connect", sock);
	}
	size_t jlen = json ? strlen(json) : 0;
	char head[1024];
	int n = snprintf(head, sizeof(head),
			 "%s %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
			 "Accept: application/json\r\n%sContent-Length: %zu\r\n\r\n",
			 method, path, json ? "Content-Type: application/json\r\n" : "", jlen);
	if (n < 0 || (size_t)n >= sizeof(head)) {
		close(fd);
		return err_set(e, ERR_INVALID, "%s: request path too long", sock);
	}
	if (uhttp_send_all(fd, head, (size_t)n, deadline) < 0 ||
	    (jlen && uhttp_send_all(fd, json, jlen, deadline) < 0)) {
		int en = errno;
		close(fd);
		return err_errno(e, en, "%s: sending the request", sock);
	}
	int status = uhttp_read_answer(fd, deadline, UHTTP_MAX_BODY, false, body);
	int en = errno;
	close(fd);
	switch (status) {
	case UHTTP_READ_WAIT:
		return err_errno(e, en, "%s: waiting for the answer", sock);
	case UHTTP_READ_RECV:
		return err_errno(e, en, "%s: reading the answer", sock);
	case UHTTP_READ_TOO_LARGE:
		return err_set(e, ERR_IO, "%s: answer too large", sock);
	case UHTTP_READ_NOMEM:
		return err_set(e, ERR_IO, "out of memory");
	case UHTTP_READ_NOT_HTTP:
		return err_set(e, ERR_IO, "%s: not an HTTP answer", sock);
	}
	return status;
}
