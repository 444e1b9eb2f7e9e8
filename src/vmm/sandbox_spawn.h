/* The sandbox's spawner: a thread, started before the main thread takes
 * its filter, that creates the threads the main thread spawns afterwards
 * (on a guest reboot, every device's threads). The main thread's filter
 * forbids opening files; a 9p server it respawns must open them, and a
 * seccomp filter only ever narrows the threads its thread creates. So the
 * spawner keeps the union of every kind's calls and the main thread does
 * not. */
#ifndef RVISOR_VMM_SANDBOX_SPAWN_H
#define RVISOR_VMM_SANDBOX_SPAWN_H

#include <pthread.h>

struct sandbox_spawner;

/* Start the spawner thread (named "spawner": it takes its kind's filter
 * through the start hook). Returns 0 or an errno value. */
int sandbox_spawner_start(struct sandbox_spawner **sp);
/* A thread_spawner (util/thread.h) handing the request to sp (its arg). */
int sandbox_spawner_request(void *sp, pthread_t *t, void *(*start)(void *), void *p);
/* End the spawner thread and free it; NULL does nothing. No request may be
 * in flight. */
void sandbox_spawner_stop(struct sandbox_spawner *sp);

#endif
