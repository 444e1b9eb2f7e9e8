/* The web listener's static files (docs/web.md): the dashboard's page and
 * assets from one directory, the web root. Only regular files beneath
 * the root are served: no listing, no `..`, no symbolic link out of it,
 * no hidden names; Content-Type by extension; ETag with Cache-Control:
 * no-cache; a `.gz` sibling when the client accepts gzip. */
#ifndef RVISOR_DAEMON_WEB_STATIC_H
#define RVISOR_DAEMON_WEB_STATIC_H

#include <microhttpd.h>
#include <stddef.h>

#include "util/error.h"

/* The web root: dir when given (it must exist), else the first directory
 * of <directory of exe>/web and <directory of exe>/../share/rvisor/web.
 * Returns an O_PATH descriptor with the path in out, or -1: with e set
 * for a given dir that cannot be opened, with e->cls ERR_NONE when no
 * default directory exists (the page is not built). */
int web_static_root(const char *dir, const char *exe, char *out, size_t n, struct error *e);

/* Whether a URL path may name a file under the root: 0 with the relative
 * path (index.html for "/") in rel, or an HTTP status (400 for a
 * malformed path, 404 for one that may never be served). */
unsigned web_static_path(const char *url, char *rel, size_t n);

/* The Content-Type of a file name, by its extension. */
const char *web_static_type(const char *name);

/* Answer a GET or HEAD of url from the root (rootfd -1: not installed). */
enum MHD_Result web_static_serve(int rootfd, struct MHD_Connection *c, const char *url);

#endif
