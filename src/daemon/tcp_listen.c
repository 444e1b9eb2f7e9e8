/* HOST:PORT parsing and TCP listening for the daemon (see tcp_listen.h). */
#include "daemon/tcp_listen.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int tcp_parse_addr(const char *opt, const char *addr, struct sockaddr_storage *out, unsigned *len,
		   struct error *e)
{
	char host[64];
	const char *colon = strrchr(addr, ':');
	if (!colon || colon == addr || (size_t)(colon - addr) >= sizeof(host))
		return err_set(e, ERR_INVALID, "%s '%.100s': give HOST:PORT", opt, addr);
	char *end;
	long port = strtol(colon + 1, &end, 10);
	if (*end || colon[1] == 0 || port < 1 || port > 65535)
		return err_set(e, ERR_INVALID, "%s '%.100s': bad port", opt, addr);
	memcpy(host, addr, (size_t)(colon - addr));
	host[colon - addr] = 0;
	struct sockaddr_storage ss = {0};
	socklen_t sl;
	size_t hl = strlen(host);
	if (host[0] == '[' && hl > 2 && host[hl - 1] == ']') {
		host[hl - 1] = 0;
		struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&ss;
		s6->sin6_family = AF_INET6, s6->sin6_port = htons((uint16_t)port);
		if (inet_pton(AF_INET6, host + 1, &s6->sin6_addr) != 1)
			return err_set(e, ERR_INVALID, "%s '%.100s': bad address", opt, addr);
		sl = sizeof(*s6);
	} else {
		struct sockaddr_in *s4 = (struct sockaddr_in *)&ss;
		s4->sin_family = AF_INET, s4->sin_port = htons((uint16_t)port);
		if (inet_pton(AF_INET, host, &s4->sin_addr) != 1)
			return err_set(e, ERR_INVALID,
				       "%s '%.100s': the host must be a numeric address "
				       "(127.0.0.1, [::1])",
				       opt, addr);
		sl = sizeof(*s4);
	}
	*out = ss, *len = sl;
	return 0;
}

int tcp_listen(const char *opt, const char *addr, struct error *e)
{
	struct sockaddr_storage ss;
	socklen_t sl;
	if (tcp_parse_addr(opt, addr, &ss, &sl, e) < 0)
		return -1;
	int fd = socket(ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
	int one = 1;
	if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0 ||
	    bind(fd, (struct sockaddr *)&ss, sl) < 0 || listen(fd, 16) < 0) {
		int en = errno;
		if (fd >= 0)
			close(fd);
		return err_errno(e, en, "%s %.100s", opt, addr);
	}
	return fd;
}
