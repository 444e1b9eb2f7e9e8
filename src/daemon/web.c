/* The web listener (see web.h): one libmicrohttpd server on TCP, thread
 * per connection like the unix socket's, in front of the same request
 * handler. Every request is classified on its first call, when only its
 * headers are known, so refusals (login, cross-site) never read a body. */
#include "daemon/web.h"

#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "daemon/tcp_listen.h"
#include "daemon/web_auth.h"
#include "daemon/web_console.h"
#include "daemon/web_static.h"
#include "daemon/websocket.h"
#include "util/http_json.h"

#define WEB_BODY_MAX (64u << 10) /* the unix socket's limit too */
#define WEB_NAME_MAX 128

struct web_server {
	struct MHD_Daemon *mhd;
	int fd, rootfd;
	struct web_auth *auth;
	struct web_consoles *consoles;
	struct web_api api;
};

enum req_kind { REQ_REFUSED, REQ_STATIC, REQ_LOGIN, REQ_LOGOUT, REQ_API, REQ_CONSOLE };

struct web_req {
	enum req_kind kind;
	char *body;
	size_t len;
	bool too_large;
	int relay_fd; /* REQ_CONSOLE: the relay attached, until the upgrade */
};

int *web_request_relay_fd(void *con_cls)
{
	struct web_req *q = con_cls;
	return q ? &q->relay_fd : NULL;
}

/* --- replies --- */

static enum MHD_Result reply(struct MHD_Connection *c, unsigned status, const char *allow,
			     const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* A JSON error: {"error": MSG, "fault_message": MSG} (the second is the
 * key the unix API's errors use, so one client reads both). */
static enum MHD_Result reply(struct MHD_Connection *c, unsigned status, const char *allow,
			     const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	for (char *p = msg; *p; p++)
		if ((unsigned char)*p >= 0x80 || (unsigned char)*p < 0x20)
			*p = '?';
	struct MHD_Response *r =
	    http_json_response(json_pack("{s:s, s:s}", "error", msg, "fault_message", msg));
	if (!r)
		return MHD_NO;
	MHD_add_response_header(r, "Cache-Control", "no-store");
	if (allow)
		MHD_add_response_header(r, "Allow", allow);
	if (status == MHD_HTTP_UNAUTHORIZED)
		MHD_add_response_header(r, "WWW-Authenticate", "Bearer realm=\"rvisor\"");
	return http_queue(c, status, r);
}

static enum MHD_Result no_content(struct MHD_Connection *c, const char *cookie)
{
	struct MHD_Response *r =
	    MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
	if (!r)
		return MHD_NO;
	if (cookie)
		MHD_add_response_header(r, MHD_HTTP_HEADER_SET_COOKIE, cookie);
	MHD_add_response_header(r, "Cache-Control", "no-store");
	enum MHD_Result rc = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
	MHD_destroy_response(r);
	return rc;
}

/* --- the checks --- */

static const char *header(struct MHD_Connection *c, const char *name)
{
	return MHD_lookup_connection_value(c, MHD_HEADER_KIND, name);
}

/* Whether the request may come from the page: no Origin (not a browser,
 * or a same-origin GET), or the origin of this very server as the client
 * addressed it (http:// + its Host header). */
static bool same_origin(struct MHD_Connection *c)
{
	const char *origin = header(c, "Origin");
	if (!origin)
		return true;
	const char *host = header(c, MHD_HTTP_HEADER_HOST);
	return host && strncmp(origin, "http://", 7) == 0 && strcmp(origin + 7, host) == 0;
}

static bool json_content(struct MHD_Connection *c)
{
	const char *t = header(c, MHD_HTTP_HEADER_CONTENT_TYPE);
	static const char want[] = "application/json";
	return t && strncasecmp(t, want, sizeof(want) - 1) == 0 &&
	       (t[sizeof(want) - 1] == 0 || t[sizeof(want) - 1] == ';' ||
		t[sizeof(want) - 1] == ' ');
}

static bool changes_state(const char *method)
{
	return strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0 &&
	       strcmp(method, "OPTIONS") != 0;
}

static bool logged_in(struct web_server *w, struct MHD_Connection *c)
{
	const char *sid = MHD_lookup_connection_value(c, MHD_COOKIE_KIND, WEB_COOKIE);
	if (sid && web_auth_session_ok(w->auth, sid))
		return true;
	const char *a = header(c, MHD_HTTP_HEADER_AUTHORIZATION);
	if (a && strncasecmp(a, "Bearer ", 7) == 0) {
		const char *t = a + 7;
		while (*t == ' ')
			t++;
		return web_auth_token_ok(w->auth, t, strlen(t));
	}
	return false;
}

/* Whether a header's comma-separated list holds token (any case). */
static bool header_has(struct MHD_Connection *c, const char *name, const char *token)
{
	const char *v = header(c, name);
	size_t tl = strlen(token);
	for (const char *p = v; p && *p;) {
		while (*p == ' ' || *p == ',')
			p++;
		const char *end = p;
		while (*end && *end != ',')
			end++;
		const char *last = end;
		while (last > p && last[-1] == ' ')
			last--;
		if ((size_t)(last - p) == tl && strncasecmp(p, token, tl) == 0)
			return true;
		p = end;
	}
	return false;
}

/* NAME of /vms/NAME/console/ws, or false. */
static bool console_path(const char *sub, char *name, size_t n)
{
	static const char pre[] = "/vms/", post[] = "/console/ws";
	size_t l = strlen(sub), pl = sizeof(pre) - 1, ql = sizeof(post) - 1;
	if (l <= pl + ql || strncmp(sub, pre, pl) != 0 || strcmp(sub + l - ql, post) != 0)
		return false;
	size_t nl = l - pl - ql;
	if (nl >= n || memchr(sub + pl, '/', nl))
		return false;
	memcpy(name, sub + pl, nl);
	name[nl] = 0;
	return true;
}

/* Classify a request from its headers: its kind, or a refusal queued
 * (kind REQ_REFUSED, *rc the result). */
static enum req_kind classify(struct web_server *w, struct MHD_Connection *c, const char *url,
			      const char *method, enum MHD_Result *rc)
{
	bool api = strcmp(url, "/api") == 0 || strncmp(url, "/api/", 5) == 0;
	if (!api) {
		if (strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0)
			return REQ_STATIC;
		*rc = reply(c, MHD_HTTP_METHOD_NOT_ALLOWED, "GET, HEAD",
			    "only GET and HEAD outside /api");
		return REQ_REFUSED;
	}
	const char *sub = url + 4;
	if (changes_state(method) && !same_origin(c)) {
		*rc = reply(c, MHD_HTTP_FORBIDDEN, NULL,
			    "cross-site request refused: its Origin is not this server's");
		return REQ_REFUSED;
	}
	if (changes_state(method) && !json_content(c)) {
		*rc = reply(c, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE, NULL,
			    "%s needs Content-Type: application/json", method);
		return REQ_REFUSED;
	}
	if (strcmp(sub, "/login") == 0 || strcmp(sub, "/logout") == 0) {
		if (strcmp(method, "POST") == 0)
			return strcmp(sub, "/login") == 0 ? REQ_LOGIN : REQ_LOGOUT;
		*rc = reply(c, MHD_HTTP_METHOD_NOT_ALLOWED, "POST", "this path allows only POST");
		return REQ_REFUSED;
	}
	if (!logged_in(w, c)) {
		*rc = reply(c, MHD_HTTP_UNAUTHORIZED, NULL,
			    "log in first: POST /api/login with the daemon's web token, or "
			    "send Authorization: Bearer TOKEN");
		return REQ_REFUSED;
	}
	char name[WEB_NAME_MAX];
	if (console_path(sub, name, sizeof(name)) && strcmp(method, "GET") == 0)
		return REQ_CONSOLE;
	return REQ_API;
}

/* --- the requests --- */

static enum MHD_Result do_login(struct web_server *w, struct MHD_Connection *c,
				const struct web_req *q)
{
	if (q->too_large)
		return reply(c, MHD_HTTP_CONTENT_TOO_LARGE, NULL, "login body too large");
	json_error_t je;
	json_t *j = json_loadb(q->body ? q->body : "", q->len, 0, &je);
	json_t *t = json_object_get(j, "token");
	bool ok = json_is_string(t) &&
		  web_auth_token_ok(w->auth, json_string_value(t), json_string_length(t));
	bool shaped = json_is_object(j) && json_is_string(t);
	json_decref(j);
	if (!shaped)
		return reply(c, MHD_HTTP_BAD_REQUEST, NULL,
			     "the login body must be {\"token\": \"...\"}");
	if (!ok)
		return reply(c, MHD_HTTP_UNAUTHORIZED, NULL, "wrong token");
	char sid[WEB_SESSION_ID_LEN + 1], cookie[128];
	if (web_auth_login(w->auth, sid) < 0)
		return reply(c, MHD_HTTP_INTERNAL_SERVER_ERROR, NULL, "no random bytes");
	snprintf(cookie, sizeof(cookie), WEB_COOKIE "=%s; HttpOnly; SameSite=Strict; Path=/", sid);
	return no_content(c, cookie);
}

static enum MHD_Result do_logout(struct web_server *w, struct MHD_Connection *c)
{
	const char *sid = MHD_lookup_connection_value(c, MHD_COOKIE_KIND, WEB_COOKIE);
	if (sid)
		web_auth_logout(w->auth, sid);
	return no_content(c, WEB_COOKIE "=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0");
}

static enum MHD_Result do_console(struct web_server *w, struct MHD_Connection *c, const char *url,
				  struct web_req *q)
{
	char name[WEB_NAME_MAX], accept[WS_KEY_ACCEPT_LEN + 1];
	console_path(url + 4, name, sizeof(name));
	/* A browser always sends Origin on a WebSocket, and the same-origin
	 * policy does not cover WebSockets: checked here. */
	if (!same_origin(c))
		return reply(c, MHD_HTTP_FORBIDDEN, NULL,
			     "cross-site WebSocket refused: its Origin is not this server's");
	if (!header_has(c, MHD_HTTP_HEADER_UPGRADE, "websocket") ||
	    !header_has(c, MHD_HTTP_HEADER_CONNECTION, "upgrade"))
		return reply(c, MHD_HTTP_BAD_REQUEST, NULL,
			     "the console is a WebSocket: send Upgrade: websocket");
	const char *v = header(c, "Sec-WebSocket-Version");
	if (!v || strcmp(v, "13") != 0) {
		struct MHD_Response *r =
		    MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
		if (!r)
			return MHD_NO;
		MHD_add_response_header(r, "Sec-WebSocket-Version", "13");
		enum MHD_Result rc = MHD_queue_response(c, MHD_HTTP_UPGRADE_REQUIRED, r);
		MHD_destroy_response(r);
		return rc;
	}
	if (ws_accept_key(header(c, "Sec-WebSocket-Key"), accept) < 0)
		return reply(c, MHD_HTTP_BAD_REQUEST, NULL, "bad Sec-WebSocket-Key");
	char sock[256];
	struct error e;
	if (w->api.console_socket(w->api.ctx, name, sock, sizeof(sock), &e) < 0)
		return reply(c, (unsigned)err_http_status(e.cls), NULL, "%s", e.msg);
	if ((q->relay_fd = web_console_attach(sock, &e)) < 0)
		return reply(c, MHD_HTTP_CONFLICT, NULL, "VM '%s': %s", name, e.msg);
	return web_console_upgrade(w->consoles, c, accept);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version, const char *upload,
				  size_t *upload_size, void **con_cls)
{
	(void)version;
	struct web_server *w = cls;
	struct web_req *q = *con_cls;
	if (!q) {
		if (!(q = calloc(1, sizeof(*q))))
			return MHD_NO;
		q->relay_fd = -1;
		*con_cls = q;
		enum MHD_Result rc = MHD_YES;
		q->kind = classify(w, c, url, method, &rc);
		return rc;
	}
	if (*upload_size) {
		/* A refused request's body is dropped unread. */
		if (q->kind != REQ_REFUSED && !q->too_large &&
		    q->len + *upload_size <= WEB_BODY_MAX) {
			char *nb = realloc(q->body, q->len + *upload_size);
			if (!nb)
				return MHD_NO;
			memcpy(nb + q->len, upload, *upload_size);
			q->body = nb;
			q->len += *upload_size;
		} else {
			q->too_large = true;
		}
		*upload_size = 0;
		return MHD_YES;
	}
	switch (q->kind) {
	case REQ_REFUSED:
		return MHD_YES; /* answered already */
	case REQ_STATIC:
		return web_static_serve(w->rootfd, c, url);
	case REQ_LOGIN:
		return do_login(w, c, q);
	case REQ_LOGOUT:
		return do_logout(w, c);
	case REQ_CONSOLE:
		return do_console(w, c, url, q);
	case REQ_API:
		break;
	}
	return w->api.dispatch(w->api.ctx, c, url[4] ? url + 4 : "/", method, q->body, q->len,
			       q->too_large);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	(void)cls, (void)c, (void)toe;
	struct web_req *q = *con_cls;
	if (q) {
		if (q->relay_fd >= 0)
			close(q->relay_fd);
		free(q->body);
		free(q);
	}
	*con_cls = NULL;
}

/* MHD's URL decoding, except that an escaped NUL (%00) becomes DEL (0x7f),
 * which every path check refuses: a NUL would end the path early and
 * serve a file other than the one named. */
static size_t unescape(void *cls, struct MHD_Connection *c, char *s)
{
	(void)cls, (void)c;
	static const char hex[] = "0123456789abcdef";
	char *out = s;
	for (const char *p = s; *p; p++) {
		const char *h1, *h2;
		if (p[0] == '%' && p[1] && p[2] && (h1 = strchr(hex, p[1] | 0x20)) &&
		    (h2 = strchr(hex, p[2] | 0x20))) {
			char v = (char)((h1 - hex) << 4 | (h2 - hex));
			*out++ = v ? v : 0x7f;
			p += 2;
		} else {
			*out++ = *p;
		}
	}
	*out = 0;
	return (size_t)(out - s);
}

/* --- start and stop --- */

struct web_server *web_start(const struct web_opts *o, const struct web_api *api, struct error *e)
{
	struct web_server *w = calloc(1, sizeof(*w));
	if (!w) {
		err_set(e, ERR_IO, "out of memory");
		return NULL;
	}
	w->api = *api;
	w->fd = w->rootfd = -1;
	char root[PATH_MAX + 64] = "", tokpath[1100];
	snprintf(tokpath, sizeof(tokpath), "%s/" WEB_TOKEN_FILE, o->run_dir);
	w->rootfd = web_static_root(o->root, o->exe, root, sizeof(root), e);
	if (w->rootfd < 0 && o->root)
		goto fail;
	if (!(w->auth = web_auth_new(o->token_file, tokpath, e)))
		goto fail;
	if (!(w->consoles = web_consoles_new())) {
		err_set(e, ERR_IO, "out of memory");
		goto fail;
	}
	if ((w->fd = tcp_listen("--web", o->listen, e)) < 0)
		goto fail;
	w->mhd = MHD_start_daemon(
	    MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION | MHD_ALLOW_UPGRADE, 0,
	    NULL, NULL, on_request, w, MHD_OPTION_LISTEN_SOCKET, w->fd, MHD_OPTION_NOTIFY_COMPLETED,
	    on_completed, w, MHD_OPTION_CONNECTION_LIMIT, 64u, MHD_OPTION_PER_IP_CONNECTION_LIMIT,
	    48u, MHD_OPTION_CONNECTION_TIMEOUT, 30u, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
	    (size_t)(128u << 10), MHD_OPTION_UNESCAPE_CALLBACK, unescape, NULL, MHD_OPTION_END);
	if (!w->mhd) {
		err_set(e, ERR_IO, "--web %.100s: cannot start the HTTP server", o->listen);
		goto fail;
	}
	if (o->token_file)
		fprintf(stderr, "rvisor daemon: web dashboard on http://%s/ (token from %s)\n",
			o->listen, o->token_file);
	else
		fprintf(stderr,
			"rvisor daemon: web dashboard on http://%s/ with token %s (also in "
			"%s): http://%s/#token=%s\n",
			o->listen, web_auth_token(w->auth), tokpath, o->listen,
			web_auth_token(w->auth));
	if (w->rootfd >= 0)
		fprintf(stderr, "rvisor daemon: web pages from %s\n", root);
	else
		fprintf(stderr, "rvisor daemon: no web root found (give --web-root DIR): only "
				"/api is served\n");
	return w;
fail:
	if (w->fd >= 0)
		close(w->fd);
	if (w->rootfd >= 0)
		close(w->rootfd);
	web_consoles_free(w->consoles);
	web_auth_free(w->auth);
	free(w);
	return NULL;
}

void web_stop(struct web_server *w)
{
	if (!w)
		return;
	/* The bridges first: MHD waits for upgraded connections to close. It
	 * closes the listening socket itself. */
	web_consoles_stop(w->consoles);
	MHD_stop_daemon(w->mhd);
	web_consoles_free(w->consoles);
	if (w->rootfd >= 0)
		close(w->rootfd);
	web_auth_free(w->auth);
	free(w);
}
