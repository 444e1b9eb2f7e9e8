/* The web listener's credentials (docs/web.md): the login token, and the
 * sessions a login opens (random ids kept in memory, bounded in number,
 * ended after WEB_SESSION_IDLE_S without use). Thread-safe. */
#ifndef RVISOR_DAEMON_WEB_AUTH_H
#define RVISOR_DAEMON_WEB_AUTH_H

#include <stdbool.h>
#include <stddef.h>

#include "util/error.h"

#define WEB_TOKEN_MIN 16 /* characters of a token read from a file */
#define WEB_TOKEN_MAX 256
#define WEB_SESSION_ID_LEN 32	       /* hex characters (128 random bits) */
#define WEB_SESSIONS_MAX 64	       /* the least recently used goes beyond */
#define WEB_SESSION_IDLE_S (12 * 3600) /* idle time that ends a session */

struct web_auth;

/* The token from token_file (its first line, surrounding blanks dropped;
 * the file must not be readable by group or others); or, with
 * token_file NULL, a new random token (128 bits in hex) written 0600 to
 * generated_path (replaced atomically). NULL with e set. */
struct web_auth *web_auth_new(const char *token_file, const char *generated_path, struct error *e);
void web_auth_free(struct web_auth *a);

const char *web_auth_token(const struct web_auth *a);

/* Whether s[0..n) is the token (compared in constant time for a given
 * length). */
bool web_auth_token_ok(const struct web_auth *a, const char *s, size_t n);

/* Open a session: its id into id (WEB_SESSION_ID_LEN + 1 bytes). -1 when
 * no random bytes could be had. */
int web_auth_login(struct web_auth *a, char id[WEB_SESSION_ID_LEN + 1]);
/* Whether id names a live session (and mark it used). */
bool web_auth_session_ok(struct web_auth *a, const char *id);
void web_auth_logout(struct web_auth *a, const char *id);

/* Constant-time equality of two byte strings of the same length. */
bool web_auth_equal(const void *x, const void *y, size_t n);

#endif
