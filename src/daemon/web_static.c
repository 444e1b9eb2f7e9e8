/* Static files of the web listener (see web_static.h). */
#include "daemon/web_static.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/openat2.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define REL_MAX 512

int web_static_root(const char *dir, const char *exe, char *out, size_t n, struct error *e)
{
	e->cls = ERR_NONE;
	if (dir) {
		int fd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
		if (fd < 0)
			return err_errno(e, errno, "web root %s", dir);
		snprintf(out, n, "%s", dir);
		return fd;
	}
	char self[PATH_MAX];
	ssize_t l = exe ? readlink(exe, self, sizeof(self) - 1) : -1;
	if (l <= 0) {
		if (!exe || strlen(exe) >= sizeof(self))
			return -1;
		snprintf(self, sizeof(self), "%s", exe);
	} else {
		self[l] = 0;
	}
	char *slash = strrchr(self, '/');
	if (!slash)
		return -1;
	*slash = 0;
	static const char *const under[] = {"web", "../share/rvisor/web"};
	for (size_t k = 0; k < sizeof(under) / sizeof(under[0]); k++) {
		char p[PATH_MAX + 32];
		snprintf(p, sizeof(p), "%s/%s", self, under[k]);
		int fd = open(p, O_PATH | O_DIRECTORY | O_CLOEXEC);
		if (fd >= 0) {
			snprintf(out, n, "%s", p);
			return fd;
		}
	}
	return -1;
}

unsigned web_static_path(const char *url, char *rel, size_t n)
{
	if (!url || url[0] != '/')
		return MHD_HTTP_BAD_REQUEST;
	if (strcmp(url, "/") == 0) {
		snprintf(rel, n, "index.html");
		return 0;
	}
	size_t len = strlen(url + 1);
	if (len >= n || len > REL_MAX)
		return MHD_HTTP_NOT_FOUND;
	for (const char *p = url + 1; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f || *p == '\\')
			return MHD_HTTP_BAD_REQUEST;
	/* Every component: not empty, not hidden (which also refuses "."
	 * and ".."). */
	for (const char *c = url + 1;;) {
		const char *end = strchr(c, '/');
		size_t cl = end ? (size_t)(end - c) : strlen(c);
		if (cl == 0)
			return MHD_HTTP_NOT_FOUND;
		if (c[0] == '.')
			return MHD_HTTP_NOT_FOUND;
		if (!end)
			break;
		c = end + 1;
	}
	memcpy(rel, url + 1, len + 1);
	return 0;
}

const char *web_static_type(const char *name)
{
	static const struct {
		const char *ext, *type;
	} types[] = {
	    {".html", "text/html; charset=utf-8"},
	    {".js", "text/javascript; charset=utf-8"},
	    {".mjs", "text/javascript; charset=utf-8"},
	    {".css", "text/css; charset=utf-8"},
	    {".json", "application/json"},
	    {".map", "application/json"},
	    {".svg", "image/svg+xml"},
	    {".png", "image/png"},
	    {".jpg", "image/jpeg"},
	    {".ico", "image/x-icon"},
	    {".woff2", "font/woff2"},
	    {".woff", "font/woff"},
	    {".ttf", "font/ttf"},
	    {".wasm", "application/wasm"},
	    {".txt", "text/plain; charset=utf-8"},
	};
	size_t nl = strlen(name);
	for (size_t k = 0; k < sizeof(types) / sizeof(types[0]); k++) {
		size_t el = strlen(types[k].ext);
		if (nl > el && strcmp(name + nl - el, types[k].ext) == 0)
			return types[k].type;
	}
	return "application/octet-stream";
}

/* Open rel beneath the root, refusing any resolution that leaves it
 * (.., absolute symbolic links, links pointing out). */
static int open_beneath(int rootfd, const char *rel)
{
	struct open_how how = {.flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK,
			       .resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS};
	int fd = (int)syscall(SYS_openat2, rootfd, rel, &how, sizeof(how));
	if (fd >= 0 || errno != ENOSYS)
		return fd;
	/* A kernel before 5.6: open, then check where it landed. */
	fd = openat(rootfd, rel, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0)
		return -1;
	char rp[64], got[PATH_MAX], root[PATH_MAX];
	snprintf(rp, sizeof(rp), "/proc/self/fd/%d", rootfd);
	ssize_t rl = readlink(rp, root, sizeof(root) - 1);
	snprintf(rp, sizeof(rp), "/proc/self/fd/%d", fd);
	ssize_t gl = readlink(rp, got, sizeof(got) - 1);
	if (rl <= 0 || gl <= rl || strncmp(root, got, (size_t)rl) != 0 || got[rl] != '/') {
		close(fd);
		errno = EXDEV;
		return -1;
	}
	return fd;
}

/* A regular file beneath the root, or -1. */
static int open_file(int rootfd, const char *rel, struct stat *st)
{
	int fd = open_beneath(rootfd, rel);
	if (fd < 0)
		return -1;
	if (fstat(fd, st) < 0 || !S_ISREG(st->st_mode)) {
		close(fd);
		return -1;
	}
	return fd;
}

static enum MHD_Result text(struct MHD_Connection *c, unsigned status, const char *msg)
{
	struct MHD_Response *r =
	    MHD_create_response_from_buffer(strlen(msg), (void *)msg, MHD_RESPMEM_PERSISTENT);
	if (!r)
		return MHD_NO;
	MHD_add_response_header(r, "Content-Type", "text/plain; charset=utf-8");
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	enum MHD_Result rc = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return rc;
}

static bool accepts_gzip(struct MHD_Connection *c)
{
	const char *ae = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Accept-Encoding");
	return ae && strstr(ae, "gzip") && !strstr(ae, "gzip;q=0");
}

enum MHD_Result web_static_serve(int rootfd, struct MHD_Connection *c, const char *url)
{
	char rel[REL_MAX + 8];
	unsigned st = web_static_path(url, rel, REL_MAX + 1);
	if (st == MHD_HTTP_BAD_REQUEST)
		return text(c, st, "malformed path\n");
	if (st)
		return text(c, st, "not found\n");
	if (rootfd < 0)
		return text(c, MHD_HTTP_NOT_FOUND,
			    "the web dashboard is not installed (no web root: build it, or give "
			    "rvisor daemon --web-root DIR)\n");
	struct stat sb;
	bool gz = false;
	int fd = -1;
	if (accepts_gzip(c)) {
		char relgz[REL_MAX + 16];
		snprintf(relgz, sizeof(relgz), "%s.gz", rel);
		fd = open_file(rootfd, relgz, &sb);
		gz = fd >= 0;
	}
	if (fd < 0)
		fd = open_file(rootfd, rel, &sb);
	if (fd < 0)
		return text(c, MHD_HTTP_NOT_FOUND, "not found\n");
	char etag[96];
	snprintf(etag, sizeof(etag), "\"%llx-%llx-%llx%s\"", (unsigned long long)sb.st_ino,
		 (unsigned long long)sb.st_size,
		 (unsigned long long)sb.st_mtim.tv_sec * 1000000000ull +
		     (unsigned long long)sb.st_mtim.tv_nsec,
		 gz ? "-gz" : "");
	const char *inm = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "If-None-Match");
	struct MHD_Response *r;
	unsigned status = MHD_HTTP_OK;
	if (inm && strcmp(inm, etag) == 0) {
		close(fd);
		r = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
		status = MHD_HTTP_NOT_MODIFIED;
	} else {
		r = MHD_create_response_from_fd((uint64_t)sb.st_size, fd); /* takes fd */
		if (!r)
			close(fd);
	}
	if (!r)
		return MHD_NO;
	MHD_add_response_header(r, "Content-Type", web_static_type(rel));
	MHD_add_response_header(r, "ETag", etag);
	MHD_add_response_header(r, "Cache-Control", "no-cache");
	MHD_add_response_header(r, "Vary", "Accept-Encoding");
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(r, "X-Frame-Options", "DENY");
	MHD_add_response_header(r, "Content-Security-Policy", "frame-ancestors 'none'");
	MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
	if (gz)
		MHD_add_response_header(r, "Content-Encoding", "gzip");
	enum MHD_Result rc = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return rc;
}
