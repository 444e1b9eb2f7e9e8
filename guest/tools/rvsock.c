/* rvsock: a tiny AF_VSOCK client/server for the rvisor default guest
 * (busybox's nc has no vsock). Built static by guest/build.sh.
 *
 *   rvsock connect CID PORT   connect; copy stdin to the socket and the
 *                             socket to stdout until both ends are closed
 *   rvsock listen PORT        accept one connection, then the same copy
 *   rvsock echo PORT          accept connections forever; echo each back
 * CID 2 is the host. Exit status: 0, 1 on a socket error, 2 on bad usage. */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <linux/vm_sockets.h>

static int die(const char *what)
{
	fprintf(stderr, "rvsock: %s: %s\n", what, strerror(errno));
	return 1;
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t k = write(fd, p, n);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

/* stdin -> s, s -> stdout, until s is closed by the peer. */
static int relay(int s)
{
	char buf[65536];
	struct pollfd p[2] = {{.fd = 0, .events = POLLIN}, {.fd = s, .events = POLLIN}};
	for (;;) {
		if (poll(p, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			return die("poll");
		}
		if (p[0].revents) {
			ssize_t n = read(0, buf, sizeof(buf));
			if (n <= 0) {
				shutdown(s, SHUT_WR);
				p[0].fd = -1;
			} else if (write_all(s, buf, (size_t)n) < 0) {
				return die("send");
			}
		}
		if (p[1].revents) {
			ssize_t n = read(s, buf, sizeof(buf));
			if (n < 0)
				return die("recv");
			if (n == 0)
				return 0;
			if (write_all(1, buf, (size_t)n) < 0)
				return die("stdout");
		}
	}
}

static int listen_on(unsigned port)
{
	int s = socket(AF_VSOCK, SOCK_STREAM, 0);
	if (s < 0)
		return -1;
	struct sockaddr_vm a = {.svm_family = AF_VSOCK, .svm_cid = VMADDR_CID_ANY, .svm_port = port};
	if (bind(s, (struct sockaddr *)&a, sizeof(a)) < 0 || listen(s, 8) < 0)
		return -1;
	return s;
}

int main(int argc, char **argv)
{
	if (argc == 4 && strcmp(argv[1], "connect") == 0) {
		int s = socket(AF_VSOCK, SOCK_STREAM, 0);
		struct sockaddr_vm a = {.svm_family = AF_VSOCK,
					.svm_cid = (unsigned)strtoul(argv[2], NULL, 0),
					.svm_port = (unsigned)strtoul(argv[3], NULL, 0)};
		if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof(a)) < 0)
			return die("connect");
		return relay(s);
	}
	if (argc == 3 && strcmp(argv[1], "listen") == 0) {
		int l = listen_on((unsigned)strtoul(argv[2], NULL, 0));
		if (l < 0)
			return die("listen");
		int s = accept(l, NULL, NULL);
		if (s < 0)
			return die("accept");
		close(l);
		return relay(s);
	}
	if (argc == 3 && strcmp(argv[1], "echo") == 0) {
		int l = listen_on((unsigned)strtoul(argv[2], NULL, 0));
		if (l < 0)
			return die("listen");
		for (;;) {
			int s = accept(l, NULL, NULL);
			if (s < 0)
				return die("accept");
			char buf[65536];
			ssize_t n;
			while ((n = read(s, buf, sizeof(buf))) > 0)
				if (write_all(s, buf, (size_t)n) < 0)
					break;
			close(s);
		}
	}
	fprintf(stderr, "usage: rvsock connect CID PORT | listen PORT | echo PORT\n");
	return 2;
}
