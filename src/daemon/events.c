/* Lifecycle events: a ring of the latest EVENTS_KEPT as JSON lines, and the
 * streams that follow it (see events.h). */
#include "daemon/events.h"

#include <errno.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "util/thread.h"

struct reader;

/* A follower with nothing to send does not hold a thread: its connection
 * is suspended (MHD_suspend_connection) and listed in `waiting`; a new
 * event, its heartbeat's time (the ticker thread) or the shutdown resumes
 * it. The HTTP server's worker threads never wait here. */
struct events {
	pthread_mutex_t lock;
	pthread_cond_t added;	 /* an event or the shutdown: wakes waiters */
	char *line[EVENTS_KEPT]; /* event seq s is line[s % EVENTS_KEPT] */
	uint64_t last;		 /* seq of the latest (0: none yet) */
	char stream[17];	 /* this daemon run's id: seqs restart with it */
	unsigned followers;
	bool shutdown;
	struct reader *waiting; /* suspended followers */
	pthread_t ticker;	/* resumes followers whose heartbeat is due */
	bool ticking;
};

static void *ticker(void *arg);

struct events *events_new(void)
{
	struct events *ev = calloc(1, sizeof(*ev));
	if (!ev)
		return NULL;
	pthread_mutex_init(&ev->lock, NULL);
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&ev->added, &ca);
	pthread_condattr_destroy(&ca);
	unsigned char r[8] = {0};
	int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
	if (fd < 0 || read(fd, r, sizeof(r)) != (ssize_t)sizeof(r)) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		uint64_t x =
		    (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 20) ^ (uint64_t)getpid();
		memcpy(r, &x, sizeof(r));
	}
	if (fd >= 0)
		close(fd);
	for (int k = 0; k < 8; k++)
		snprintf(ev->stream + 2 * k, 3, "%02x", r[k]);
	ev->ticking = thread_spawn(&ev->ticker, ticker, ev, "events") == 0;
	return ev;
}

static void resume_waiting(struct events *ev, bool all, double now);

void events_shutdown(struct events *ev)
{
	if (!ev)
		return;
	pthread_mutex_lock(&ev->lock);
	ev->shutdown = true;
	resume_waiting(ev, true, 0); /* each stream ends at its next read */
	pthread_cond_broadcast(&ev->added);
	pthread_mutex_unlock(&ev->lock);
	if (ev->ticking) {
		pthread_join(ev->ticker, NULL);
		ev->ticking = false;
	}
}

void events_free(struct events *ev)
{
	if (!ev)
		return;
	events_shutdown(ev);
	for (int k = 0; k < EVENTS_KEPT; k++)
		free(ev->line[k]);
	pthread_cond_destroy(&ev->added);
	pthread_mutex_destroy(&ev->lock);
	free(ev);
}

void events_emit(struct events *ev, const char *type, const char *vm, json_t *detail)
{
	if (!ev) {
		json_decref(detail);
		return;
	}
	char at[40];
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	struct tm tm;
	gmtime_r(&ts.tv_sec, &tm);
	size_t n = strftime(at, sizeof(at), "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(at + n, sizeof(at) - n, ".%03ldZ", ts.tv_nsec / 1000000);
	json_t *o = json_is_object(detail) ? detail : json_object();
	if (detail && o != detail)
		json_decref(detail);
	json_object_set_new(o, "type", json_string(type));
	json_object_set_new(o, "vm", json_string(vm));
	json_object_set_new(o, "time", json_string(at));
	pthread_mutex_lock(&ev->lock);
	uint64_t seq = ev->last + 1;
	json_object_set_new(o, "seq", json_integer((json_int_t)seq));
	json_object_set_new(o, "stream", json_string(ev->stream));
	char *text = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
	if (text) {
		free(ev->line[seq % EVENTS_KEPT]);
		ev->line[seq % EVENTS_KEPT] = text;
		ev->last = seq;
		resume_waiting(ev, true, 0);
		pthread_cond_broadcast(&ev->added); /* readers waiting on a thread */
	}
	pthread_mutex_unlock(&ev->lock);
	json_decref(o);
}

uint64_t events_last_seq(struct events *ev)
{
	pthread_mutex_lock(&ev->lock);
	uint64_t s = ev->last;
	pthread_mutex_unlock(&ev->lock);
	return s;
}

/* --- a stream --- */

struct reader {
	struct events *ev;
	struct MHD_Connection *conn; /* suspended while it waits */
	struct reader *wnext;	     /* in ev->waiting */
	bool suspended;
	uint64_t next; /* the next seq to send */
	bool follow;
	double heartbeat_at; /* CLOCK_MONOTONIC: an empty line is due */
	char *out;	     /* the line being sent (with its newline) */
	size_t len, off;
};

static double mono_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Resume the suspended followers (lock held): all of them, or those whose
 * heartbeat is due at `now`. */
static void resume_waiting(struct events *ev, bool all, double now)
{
	for (struct reader **p = &ev->waiting; *p;) {
		struct reader *r = *p;
		if (all || r->heartbeat_at <= now) {
			*p = r->wnext;
			r->wnext = NULL;
			r->suspended = false;
			MHD_resume_connection(r->conn);
		} else {
			p = &r->wnext;
		}
	}
}

static void *ticker(void *arg)
{
	struct events *ev = arg;
	pthread_mutex_lock(&ev->lock);
	while (!ev->shutdown) {
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		ts.tv_sec += 1;
		pthread_cond_timedwait(&ev->added, &ev->lock, &ts);
		resume_waiting(ev, ev->shutdown, mono_now());
	}
	pthread_mutex_unlock(&ev->lock);
	return NULL;
}

static bool set_line(struct reader *r, const char *l)
{
	size_t n = strlen(l);
	free(r->out);
	r->out = malloc(n + 1);
	if (!r->out)
		return false;
	memcpy(r->out, l, n);
	r->out[n] = '\n';
	r->len = n + 1, r->off = 0;
	r->heartbeat_at = mono_now() + EVENTS_HEARTBEAT_MS / 1000.0;
	return true;
}

/* The next line into r->out (lock held): the event r->next, or (follow) an
 * empty line once a heartbeat is due. 1: a line; 0: the end of the
 * stream; -1: nothing yet (the connection is now suspended). A reader
 * without a connection to suspend waits here for the next event, its
 * heartbeat or the shutdown. */
static int next_line(struct reader *r)
{
	struct events *ev = r->ev;
	for (;;) {
		/* Fallen behind the ring: continue from the oldest kept. */
		if (ev->last >= EVENTS_KEPT && r->next <= ev->last - EVENTS_KEPT)
			r->next = ev->last - EVENTS_KEPT + 1;
		if (r->next <= ev->last) {
			if (!set_line(r, ev->line[r->next % EVENTS_KEPT]))
				return 0;
			r->next++;
			return 1;
		}
		if (!r->follow || ev->shutdown)
			return 0;
		if (mono_now() >= r->heartbeat_at)
			return set_line(r, "") ? 1 : 0;
		if (r->conn) {
			MHD_suspend_connection(r->conn);
			r->suspended = true;
			r->wnext = ev->waiting;
			ev->waiting = r;
			return -1;
		}
		struct timespec until = {.tv_sec = (time_t)r->heartbeat_at};
		until.tv_nsec = (long)((r->heartbeat_at - (double)until.tv_sec) * 1e9);
		pthread_cond_timedwait(&ev->added, &ev->lock, &until);
	}
}

static ssize_t read_events(void *cls, uint64_t pos, char *buf, size_t max)
{
	(void)pos;
	struct reader *r = cls;
	if (r->off == r->len) {
		pthread_mutex_lock(&r->ev->lock);
		int more = next_line(r);
		pthread_mutex_unlock(&r->ev->lock);
		if (more == 0)
			return MHD_CONTENT_READER_END_OF_STREAM;
		if (more < 0)
			return 0; /* suspended: read again once resumed */
	}
	size_t n = r->len - r->off < max ? r->len - r->off : max;
	memcpy(buf, r->out + r->off, n);
	r->off += n;
	return (ssize_t)n;
}

static void free_reader(void *cls)
{
	struct reader *r = cls;
	pthread_mutex_lock(&r->ev->lock);
	for (struct reader **p = &r->ev->waiting; *p; p = &(*p)->wnext)
		if (*p == r) {
			*p = r->wnext;
			break;
		}
	if (r->follow)
		r->ev->followers--;
	pthread_mutex_unlock(&r->ev->lock);
	free(r->out);
	free(r);
}

struct MHD_Response *events_response(struct events *ev, struct MHD_Connection *conn, uint64_t since,
				     bool follow, bool *busy)
{
	*busy = false;
	struct reader *r = calloc(1, sizeof(*r));
	if (!r)
		return NULL;
	r->ev = ev, r->conn = conn, r->next = since + 1, r->follow = follow;
	r->heartbeat_at = mono_now() + EVENTS_HEARTBEAT_MS / 1000.0;
	pthread_mutex_lock(&ev->lock);
	if (follow && ev->followers >= EVENTS_FOLLOWERS_MAX) {
		pthread_mutex_unlock(&ev->lock);
		free(r);
		*busy = true;
		return NULL;
	}
	if (follow)
		ev->followers++;
	pthread_mutex_unlock(&ev->lock);
	struct MHD_Response *resp =
	    MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 4096, read_events, r, free_reader);
	if (!resp) {
		free_reader(r);
		return NULL;
	}
	MHD_add_response_header(resp, "Content-Type", "application/x-ndjson");
	MHD_add_response_header(resp, "Cache-Control", "no-cache");
	return resp;
}
