/* thread_spawn: pthread_create plus a thread name and the inherited start hook. */
#include "util/thread.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>

/* The calling thread's start hook, handed to the threads it spawns. Per
 * thread, like the kernel's own per-thread seccomp state: it is what lets
 * a rule reach threads started by code that never sees the VM. */
static _Thread_local struct {
	thread_start_hook fn;
	void *arg;
} start_hook;

/* The calling thread's spawner (thread_set_spawner), not inherited. */
static _Thread_local struct {
	thread_spawner fn;
	void *arg;
} spawner;

struct spawn {
	void *(*fn)(void *);
	void *arg;
	thread_start_hook hook;
	void *hook_arg;
	char name[16]; /* the kernel keeps 15 characters and a NUL */
};

void thread_set_start_hook(thread_start_hook fn, void *arg)
{
	start_hook.fn = fn;
	start_hook.arg = arg;
}

void thread_set_spawner(thread_spawner fn, void *arg)
{
	spawner.fn = fn;
	spawner.arg = arg;
}

static void *trampoline(void *p)
{
	struct spawn s = *(struct spawn *)p;
	free(p);
	/* The thread names itself (a prctl on itself, before any filter),
	 * so its name is right from its first instant. */
	prctl(PR_SET_NAME, s.name, 0, 0, 0); /* only a name: failure changes nothing */
	start_hook.fn = s.hook;
	start_hook.arg = s.hook_arg;
	if (s.hook)
		s.hook(s.hook_arg, s.name);
	return s.fn(s.arg);
}

int thread_spawn(pthread_t *t, void *(*fn)(void *), void *arg, const char *fmt, ...)
{
	struct spawn *s = malloc(sizeof(*s));
	if (!s)
		return ENOMEM;
	*s =
	    (struct spawn){.fn = fn, .arg = arg, .hook = start_hook.fn, .hook_arg = start_hook.arg};
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(s->name, sizeof(s->name), fmt, ap);
	va_end(ap);
	int rc = spawner.fn ? spawner.fn(spawner.arg, t, trampoline, s)
			    : pthread_create(t, NULL, trampoline, s);
	if (rc != 0)
		free(s);
	return rc;
}
