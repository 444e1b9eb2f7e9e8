/* libmicrohttpd and libslirp, loaded with dlopen instead of at exec (with
 * gnutls and glib behind them they were two thirds of an exec's CPU time,
 * some 10 ms on this host): the client commands (`rvisor vm ...`, on the
 * path of every managed VM's start) never load them. The rest of the code
 * calls their functions as declared in their headers; util/lazylibs.c
 * defines those and forwards to the loaded library (docs/daemon.md,
 * "Performance"). */
#ifndef RVISOR_UTIL_LAZYLIBS_H
#define RVISOR_UTIL_LAZYLIBS_H

/* Load both libraries now (once; later calls return at once). A command
 * that serves HTTP or runs a VM calls it first, before any sandbox, so no
 * dlopen happens where files or system calls are forbidden. A missing
 * library ends the process with status 127 and a message, as the dynamic
 * loader would have at exec. A function called before this loads it. */
void lazylibs_load(void);

#endif
