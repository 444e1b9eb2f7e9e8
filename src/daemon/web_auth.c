/* Token and sessions of the web listener (see web_auth.h). */
#include "daemon/web_auth.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct session {
	char id[WEB_SESSION_ID_LEN + 1]; /* "" when the slot is free */
	time_t used;			 /* CLOCK_MONOTONIC seconds */
};

struct web_auth {
	char token[WEB_TOKEN_MAX + 1];
	size_t token_len;
	pthread_mutex_t lock;
	struct session s[WEB_SESSIONS_MAX];
};

bool web_auth_equal(const void *x, const void *y, size_t n)
{
	const volatile unsigned char *a = x, *b = y;
	unsigned char d = 0;
	for (size_t k = 0; k < n; k++)
		d |= a[k] ^ b[k];
	return d == 0;
}

static time_t now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec;
}

static int random_hex(char *out, size_t bytes)
{
	unsigned char r[64];
	if (bytes > sizeof(r) || getrandom(r, bytes, 0) != (ssize_t)bytes)
		return -1;
	for (size_t k = 0; k < bytes; k++)
		snprintf(out + 2 * k, 3, "%02x", r[k]);
	return 0;
}

static int read_token(struct web_auth *a, const char *path, struct error *e)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return err_errno(e, errno, "web token file %s", path);
	struct stat st;
	char buf[WEB_TOKEN_MAX + 64];
	ssize_t n = fstat(fd, &st) == 0 ? read(fd, buf, sizeof(buf) - 1) : -1;
	int en = errno;
	close(fd);
	if (n < 0)
		return err_errno(e, en, "web token file %s", path);
	if (!S_ISREG(st.st_mode))
		return err_set(e, ERR_INVALID, "web token file %s: not a regular file", path);
	if (st.st_mode & 077)
		return err_set(e, ERR_INVALID,
			       "web token file %s: readable by others (mode %03o): chmod 600 it",
			       path, (unsigned)(st.st_mode & 0777));
	buf[n] = 0;
	char *s = buf, *end = strchr(buf, '\n');
	if (end)
		*end = 0;
	while (*s == ' ' || *s == '\t')
		s++;
	size_t len = strlen(s);
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
		s[--len] = 0;
	if (len < WEB_TOKEN_MIN || len > WEB_TOKEN_MAX)
		return err_set(e, ERR_INVALID,
			       "web token file %s: the token must have %d to %d characters "
			       "(it has %zu)",
			       path, WEB_TOKEN_MIN, WEB_TOKEN_MAX, len);
	for (size_t k = 0; k < len; k++)
		if ((unsigned char)s[k] < 0x21 || (unsigned char)s[k] > 0x7e)
			return err_set(e, ERR_INVALID,
				       "web token file %s: the token must be printable ASCII "
				       "without blanks",
				       path);
	memcpy(a->token, s, len + 1);
	a->token_len = len;
	return 0;
}

static int make_token(struct web_auth *a, const char *path, struct error *e)
{
	if (random_hex(a->token, 16) < 0)
		return err_errno(e, errno, "no random bytes for the web token");
	a->token_len = 32;
	char tmp[1200];
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	unlink(tmp);
	int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0)
		return err_errno(e, errno, "web token %s", tmp);
	char line[WEB_TOKEN_MAX + 2];
	int n = snprintf(line, sizeof(line), "%s\n", a->token);
	bool ok = write(fd, line, (size_t)n) == n && fsync(fd) == 0;
	int en = errno;
	if (close(fd) < 0 && ok)
		ok = false, en = errno;
	if (!ok || rename(tmp, path) < 0) {
		en = ok ? errno : en;
		unlink(tmp);
		return err_errno(e, en, "web token %s", path);
	}
	return 0;
}

struct web_auth *web_auth_new(const char *token_file, const char *generated_path, struct error *e)
{
	struct web_auth *a = calloc(1, sizeof(*a));
	if (!a) {
		err_set(e, ERR_IO, "out of memory");
		return NULL;
	}
	if (token_file ? read_token(a, token_file, e) < 0 : make_token(a, generated_path, e) < 0) {
		free(a);
		return NULL;
	}
	pthread_mutex_init(&a->lock, NULL);
	return a;
}

void web_auth_free(struct web_auth *a)
{
	if (!a)
		return;
	pthread_mutex_destroy(&a->lock);
	memset(a, 0, sizeof(*a));
	free(a);
}

const char *web_auth_token(const struct web_auth *a)
{
	return a->token;
}

bool web_auth_token_ok(const struct web_auth *a, const char *s, size_t n)
{
	/* The length is not secret (a random token's is public anyway). */
	return n == a->token_len && web_auth_equal(s, a->token, n);
}

int web_auth_login(struct web_auth *a, char id[WEB_SESSION_ID_LEN + 1])
{
	if (random_hex(id, WEB_SESSION_ID_LEN / 2) < 0)
		return -1;
	time_t t = now_s();
	pthread_mutex_lock(&a->lock);
	/* A free or expired slot, else the least recently used one. */
	struct session *pick = &a->s[0];
	for (unsigned k = 0; k < WEB_SESSIONS_MAX; k++) {
		struct session *s = &a->s[k];
		if (!s->id[0] || t - s->used > WEB_SESSION_IDLE_S) {
			pick = s;
			break;
		}
		if (s->used < pick->used)
			pick = s;
	}
	memcpy(pick->id, id, WEB_SESSION_ID_LEN + 1);
	pick->used = t;
	pthread_mutex_unlock(&a->lock);
	return 0;
}

/* The slot of id (lock held), or NULL; every slot is compared, each in
 * constant time. */
static struct session *find(struct web_auth *a, const char *id)
{
	if (!id || strlen(id) != WEB_SESSION_ID_LEN)
		return NULL;
	struct session *found = NULL;
	for (unsigned k = 0; k < WEB_SESSIONS_MAX; k++)
		if (a->s[k].id[0] && web_auth_equal(a->s[k].id, id, WEB_SESSION_ID_LEN))
			found = &a->s[k];
	return found;
}

bool web_auth_session_ok(struct web_auth *a, const char *id)
{
	time_t t = now_s();
	pthread_mutex_lock(&a->lock);
	struct session *s = find(a, id);
	bool ok = s && t - s->used <= WEB_SESSION_IDLE_S;
	if (s && !ok)
		memset(s, 0, sizeof(*s));
	if (ok)
		s->used = t;
	pthread_mutex_unlock(&a->lock);
	return ok;
}

void web_auth_logout(struct web_auth *a, const char *id)
{
	pthread_mutex_lock(&a->lock);
	struct session *s = find(a, id);
	if (s)
		memset(s, 0, sizeof(*s));
	pthread_mutex_unlock(&a->lock);
}
