/* The error convention of util/error.h: classes, messages, their mapping
 * to HTTP statuses and exit statuses. */
#include "util/error.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int err_set(struct error *e, enum err_class cls, const char *fmt, ...)
{
	if (!e)
		return -1;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	e->cls = cls;
	return -1;
}

enum err_class err_class_of_errno(int errnum)
{
	switch (errnum) {
	case ENOENT:
	case ENODEV:
	case ENXIO:
		return ERR_NOT_FOUND;
	case EEXIST:
	case EBUSY:
	case ETXTBSY:
	case EAGAIN:
		return ERR_CONFLICT;
	case EINVAL:
	case ENAMETOOLONG:
	case ENOTDIR:
	case EISDIR:
	case ELOOP:
	case ERANGE:
		return ERR_INVALID;
	case ENOTSUP:
	case ENOSYS:
		return ERR_UNSUPPORTED;
	default:
		return ERR_IO;
	}
}

int err_errno(struct error *e, int errnum, const char *fmt, ...)
{
	if (!e)
		return -1;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	if (n >= 0 && (size_t)n < sizeof(e->msg))
		snprintf(e->msg + n, sizeof(e->msg) - (size_t)n, ": %s", strerror(errnum));
	e->cls = err_class_of_errno(errnum);
	return -1;
}

int err_prefix(struct error *e, const char *fmt, ...)
{
	if (!e)
		return -1;
	char head[PATH_MAX + 256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(head, sizeof(head), fmt, ap);
	va_end(ap);
	if (n < 0)
		return -1;
	size_t h = strlen(head) + 2, old = strlen(e->msg);
	if (h >= sizeof(e->msg))
		return -1;
	/* Shift the message right (cutting its end, never its start), then
	 * put "HEAD: " in front. */
	if (old > sizeof(e->msg) - 1 - h)
		old = sizeof(e->msg) - 1 - h;
	memmove(e->msg + h, e->msg, old);
	e->msg[h + old] = 0;
	memcpy(e->msg, head, h - 2);
	memcpy(e->msg + h - 2, ": ", 2);
	return -1;
}

const char *err_class_name(enum err_class cls)
{
	static const char *const names[] = {
	    [ERR_NONE] = "none",
	    [ERR_INVALID] = "invalid argument",
	    [ERR_NOT_FOUND] = "not found",
	    [ERR_CONFLICT] = "conflict",
	    [ERR_UNSUPPORTED] = "unsupported",
	    [ERR_IO] = "I/O error",
	    [ERR_INTERNAL] = "internal error",
	};
	return (unsigned)cls < sizeof(names) / sizeof(names[0]) ? names[cls] : "unknown";
}

int err_http_status(enum err_class cls)
{
	switch (cls) {
	case ERR_INVALID:
		return 400;
	case ERR_NOT_FOUND:
		return 404;
	case ERR_CONFLICT:
		return 409;
	case ERR_UNSUPPORTED:
		return 501;
	default:
		return 500;
	}
}

int err_exit_status(enum err_class cls)
{
	return cls == ERR_INVALID ? 2 : 1;
}
