/* thread_spawn: pthread_create plus a thread name. */
#include "util/thread.h"

#include <stdarg.h>
#include <stdio.h>

int thread_spawn(pthread_t *t, void *(*fn)(void *), void *arg, const char *fmt, ...)
{
	char name[16]; /* the kernel keeps 15 characters and a NUL */
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(name, sizeof(name), fmt, ap);
	va_end(ap);
	int rc = pthread_create(t, NULL, fn, arg);
	if (rc == 0)
		pthread_setname_np(*t, name); /* only a name: failure changes nothing */
	return rc;
}
