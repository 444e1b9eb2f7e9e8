/* One error convention below cli/: a failed operation fills a struct error
 * with a class and a message that names the thing and the reason (never a
 * command-line flag), and returns -1. Library code never prints or exits;
 * the per-VM API maps the class to an HTTP status (err_http_status), the
 * CLI prints the message and exits with err_exit_status. */
#ifndef RVISOR_UTIL_ERROR_H
#define RVISOR_UTIL_ERROR_H

#include <limits.h>

enum err_class {
	ERR_NONE = 0,
	ERR_INVALID,	 /* a bad argument, option or request body */
	ERR_NOT_FOUND,	 /* a named thing (file, device, index) does not exist */
	ERR_CONFLICT,	 /* the thing exists or is busy, or the VM's state forbids it */
	ERR_UNSUPPORTED, /* valid, but not something this VM or build can do */
	ERR_IO,		 /* the host failed: a file, a socket, memory */
	ERR_INTERNAL,	 /* a bug in rvisor */
};

/* Room for two paths and a reason: a message is never cut before its
 * reason (messages put the reason after at most one path). */
#define ERR_MSG_MAX (2 * PATH_MAX + 512)

struct error {
	enum err_class cls;
	char msg[ERR_MSG_MAX];
};

/* Set e (when not NULL) and return -1. */
int err_set(struct error *e, enum err_class cls, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The same with ": strerror(errnum)" appended and the class taken from
 * errnum (ENOENT -> NOT_FOUND, EEXIST/EBUSY -> CONFLICT, EINVAL ->
 * INVALID, ENOTSUP -> UNSUPPORTED, anything else -> IO). */
int err_errno(struct error *e, int errnum, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Put "PREFIX: " in front of e's message (a caller naming what it was
 * doing); returns -1. */
int err_prefix(struct error *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

enum err_class err_class_of_errno(int errnum);
const char *err_class_name(enum err_class cls);
/* 400, 404, 409, 501, 500 (I/O and internal). */
int err_http_status(enum err_class cls);
/* The CLI's exit status: 2 for invalid input, 1 otherwise. */
int err_exit_status(enum err_class cls);

#endif
