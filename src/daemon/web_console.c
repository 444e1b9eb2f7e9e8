/* WebSocket <-> console relay bridges (see web_console.h): one thread
 * each, polling the browser's socket, the relay's socket and a wake-up
 * pipe that stopping the listener writes. */
#include "daemon/web_console.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

#include "daemon/console_relay.h"
#include "daemon/web.h"
#include "daemon/websocket.h"

#define HELLO_WAIT_MS 5000
#define SEND_TIMEOUT_S 10 /* a browser that takes nothing for this long is dropped */
#define PING_EVERY_MS 30000

struct bridge {
	struct bridge *next;
	struct web_consoles *wc;
	int ws, relay;
	int wake[2];
	struct MHD_UpgradeResponseHandle *urh;
	char *extra; /* bytes MHD read past the request, first input */
	size_t extra_len;
};

struct web_consoles {
	pthread_mutex_t lock;
	pthread_cond_t gone;
	struct bridge *list;
	bool stopping;
};

struct web_consoles *web_consoles_new(void)
{
	struct web_consoles *wc = calloc(1, sizeof(*wc));
	if (!wc)
		return NULL;
	pthread_mutex_init(&wc->lock, NULL);
	pthread_cond_init(&wc->gone, NULL);
	return wc;
}

void web_consoles_stop(struct web_consoles *wc)
{
	if (!wc)
		return;
	pthread_mutex_lock(&wc->lock);
	wc->stopping = true;
	for (struct bridge *b = wc->list; b; b = b->next)
		if (write(b->wake[1], "x", 1) < 0) {
			/* the pipe is full: it is already awake */
		}
	while (wc->list)
		pthread_cond_wait(&wc->gone, &wc->lock);
	pthread_mutex_unlock(&wc->lock);
}

void web_consoles_free(struct web_consoles *wc)
{
	if (!wc)
		return;
	pthread_cond_destroy(&wc->gone);
	pthread_mutex_destroy(&wc->lock);
	free(wc);
}

/* --- the relay's side --- */

static int read_line(int fd, char *line, size_t n, struct error *e)
{
	size_t l = 0;
	while (l + 1 < n) {
		struct pollfd p = {.fd = fd, .events = POLLIN};
		int r = poll(&p, 1, HELLO_WAIT_MS);
		if (r <= 0)
			return err_set(e, ERR_IO, "the console relay did not answer");
		ssize_t k = read(fd, line + l, 1); /* one byte: the history follows */
		if (k <= 0)
			return err_set(e, ERR_IO, "the console relay closed the connection");
		if (line[l] == '\n') {
			line[l] = 0;
			return 0;
		}
		l++;
	}
	return err_set(e, ERR_IO, "the console relay's answer is too long");
}

int web_console_attach(const char *sock_path, struct error *e)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	if ((size_t)snprintf(sa.sun_path, sizeof(sa.sun_path), "%s", sock_path) >=
	    sizeof(sa.sun_path))
		return err_set(e, ERR_INVALID, "%s: socket path too long", sock_path);
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return err_errno(e, errno, "console socket");
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		int en = errno;
		close(fd);
		return err_errno(e, en == ENOENT ? ECONNREFUSED : en, "console socket %s",
				 sock_path);
	}
	char hello[64];
	int n = snprintf(hello, sizeof(hello), RELAY_PROTO " write %u\n", WEB_CONSOLE_HISTORY);
	char line[RELAY_HELLO_MAX + 160];
	if (write(fd, hello, (size_t)n) != n) {
		int en = errno;
		close(fd);
		return err_errno(e, en, "console socket %s", sock_path);
	}
	if (read_line(fd, line, sizeof(line), e) < 0) {
		close(fd);
		return -1;
	}
	static const char ok[] = RELAY_PROTO " OK ", err[] = RELAY_PROTO " ERR ";
	if (strncmp(line, ok, sizeof(ok) - 1) == 0)
		return fd;
	close(fd);
	if (strncmp(line, err, sizeof(err) - 1) == 0)
		return err_set(e, ERR_CONFLICT, "console: %.200s", line + sizeof(err) - 1);
	return err_set(e, ERR_IO, "console: unexpected answer '%.100s'", line);
}

/* --- the browser's side --- */

static bool send_all(int fd, const void *p, size_t n)
{
	const char *c = p;
	while (n) {
		ssize_t k = send(fd, c, n, MSG_NOSIGNAL);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return false;
		c += k, n -= (size_t)k;
	}
	return true;
}

static bool send_frame(int fd, enum ws_opcode op, const void *p, size_t n)
{
	uint8_t h[10];
	size_t hl = ws_header(h, op, n);
	return send_all(fd, h, hl) && (!n || send_all(fd, p, n));
}

static void send_close(int fd, uint16_t code, const char *why)
{
	uint8_t p[125];
	send_frame(fd, WS_CLOSE, p, ws_close_payload(p, code, why));
}

/* Takes b off wc's list and wakes whoever waits for the list to shrink
 * (web_consoles_stop waits for it to empty). */
static void bridge_unlink(struct web_consoles *wc, struct bridge *b)
{
	pthread_mutex_lock(&wc->lock);
	for (struct bridge **pp = &wc->list; *pp; pp = &(*pp)->next)
		if (*pp == b) {
			*pp = b->next;
			break;
		}
	pthread_cond_broadcast(&wc->gone);
	pthread_mutex_unlock(&wc->lock);
}

/* Take the frames in in[0..*len): false when the bridge is to end. */
static bool from_browser(struct bridge *b, struct ws_reader *r, uint8_t *in, size_t *len)
{
	size_t off = 0;
	bool go_on = true;
	while (go_on) {
		struct ws_frame f;
		uint16_t code;
		const char *why;
		ssize_t k = ws_parse(r, in + off, *len - off, &f, &code, &why);
		if (k < 0) {
			send_close(b->ws, code, why);
			return false;
		}
		if (k == 0)
			break;
		off += (size_t)k;
		switch (f.opcode) {
		case WS_TEXT:
		case WS_BINARY:
		case WS_CONTINUATION:
			if (f.len && !send_all(b->relay, f.payload, f.len)) {
				send_close(b->ws, WS_CLOSE_NORMAL, "the VM's console ended");
				go_on = false;
			}
			break;
		case WS_PING:
			go_on = send_frame(b->ws, WS_PONG, f.payload, f.len);
			break;
		case WS_PONG:
			break;
		case WS_CLOSE: {
			/* Answer with the browser's code (1000 when it gave none). */
			uint16_t c = f.len >= 2 ? (uint16_t)(f.payload[0] << 8 | f.payload[1])
						: WS_CLOSE_NORMAL;
			send_close(b->ws, c, NULL);
			go_on = false;
			break;
		}
		}
	}
	memmove(in, in + off, *len - off);
	*len -= off;
	return go_on;
}

static void *bridge_main(void *arg)
{
	struct bridge *b = arg;
	pthread_setname_np(pthread_self(), "web-console");
	struct ws_reader r = {.max_payload = WEB_CONSOLE_FRAME_MAX};
	size_t cap = WEB_CONSOLE_FRAME_MAX + 14, len = 0;
	uint8_t *in = malloc(cap);
	char out[16384];
	bool go_on = in != NULL;
	if (go_on && b->extra_len) {
		memcpy(in, b->extra, b->extra_len);
		len = b->extra_len;
		go_on = from_browser(b, &r, in, &len);
	}
	while (go_on) {
		struct pollfd p[3] = {{.fd = b->ws, .events = POLLIN},
				      {.fd = b->relay, .events = POLLIN},
				      {.fd = b->wake[0], .events = POLLIN}};
		int n = poll(p, 3, PING_EVERY_MS);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			break;
		if (n == 0) {
			go_on = send_frame(b->ws, WS_PING, NULL, 0);
			continue;
		}
		if (p[2].revents) {
			send_close(b->ws, WS_CLOSE_GOING_AWAY, "the rvisor daemon is stopping");
			break;
		}
		if (p[1].revents) {
			ssize_t k = read(b->relay, out, sizeof(out));
			if (k < 0 && errno == EINTR)
				continue;
			if (k <= 0) {
				send_close(b->ws, WS_CLOSE_NORMAL, "the VM's console ended");
				break;
			}
			go_on = send_frame(b->ws, WS_BINARY, out, (size_t)k);
		}
		if (go_on && p[0].revents) {
			ssize_t k = recv(b->ws, in + len, cap - len, 0);
			if (k < 0 && errno == EINTR)
				continue;
			if (k <= 0)
				break;
			len += (size_t)k;
			go_on = from_browser(b, &r, in, &len);
		}
	}
	free(in);
	close(b->relay);
	MHD_upgrade_action(b->urh, MHD_UPGRADE_ACTION_CLOSE);
	struct web_consoles *wc = b->wc;
	bridge_unlink(wc, b);
	close(b->wake[0]);
	close(b->wake[1]);
	free(b->extra);
	free(b);
	return NULL;
}

static void on_upgrade(void *cls, struct MHD_Connection *c, void *con_cls, const char *extra_in,
		       size_t extra_in_size, MHD_socket sock, struct MHD_UpgradeResponseHandle *urh)
{
	(void)c;
	struct web_consoles *wc = cls;
	int *relay = web_request_relay_fd(con_cls);
	struct bridge *b = calloc(1, sizeof(*b));
	if (!b || !relay || *relay < 0 || pipe2(b->wake, O_CLOEXEC | O_NONBLOCK) < 0) {
		free(b);
		MHD_upgrade_action(urh, MHD_UPGRADE_ACTION_CLOSE);
		return;
	}
	b->wc = wc, b->ws = sock, b->urh = urh, b->relay = *relay;
	*relay = -1;
	if (extra_in_size && (b->extra = malloc(extra_in_size))) {
		memcpy(b->extra, extra_in, extra_in_size);
		b->extra_len = extra_in_size;
	}
	/* Blocking sends, each bounded in time: a browser that takes nothing
	 * is dropped rather than holding the thread. */
	fcntl(sock, F_SETFL, fcntl(sock, F_GETFL) & ~O_NONBLOCK);
	struct timeval tv = {.tv_sec = SEND_TIMEOUT_S};
	setsockopt(sock, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	setsockopt(b->relay, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	pthread_mutex_lock(&wc->lock);
	bool refuse = wc->stopping;
	if (!refuse) {
		b->next = wc->list;
		wc->list = b;
	}
	pthread_mutex_unlock(&wc->lock);
	pthread_t t;
	pthread_attr_t at;
	if (!refuse) {
		pthread_attr_init(&at);
		pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
		refuse = pthread_create(&t, &at, bridge_main, b) != 0;
		pthread_attr_destroy(&at);
		if (refuse) {
			bridge_unlink(wc, b);
		}
	}
	if (refuse) {
		close(b->relay);
		close(b->wake[0]);
		close(b->wake[1]);
		free(b->extra);
		free(b);
		MHD_upgrade_action(urh, MHD_UPGRADE_ACTION_CLOSE);
	}
}

enum MHD_Result web_console_upgrade(struct web_consoles *wc, struct MHD_Connection *c,
				    const char *accept)
{
	struct MHD_Response *r = MHD_create_response_for_upgrade(on_upgrade, wc);
	if (!r)
		return MHD_NO;
	MHD_add_response_header(r, MHD_HTTP_HEADER_UPGRADE, "websocket");
	MHD_add_response_header(r, "Sec-WebSocket-Accept", accept);
	enum MHD_Result rc = MHD_queue_response(c, MHD_HTTP_SWITCHING_PROTOCOLS, r);
	MHD_destroy_response(r);
	return rc;
}
