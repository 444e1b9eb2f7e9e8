/* The sandbox's PID namespace: the VM process clones once, before any
 * thread exists; the parent execs the relay program (src/relay/relay.c)
 * and the child, PID 1 of a new PID namespace, runs the VM
 * (docs/SECURITY.md "PID namespace"). */
#ifndef RVISOR_VMM_SANDBOX_PID_H
#define RVISOR_VMM_SANDBOX_PID_H

#include <stdbool.h>

/* The signals the relay forwards to the VM process, and which the VM
 * process (a namespace's init, which the kernel spares from every signal
 * it has no handler for) is made to die of as if they were unhandled. */
#define SANDBOX_PID_SIGNALS SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2

/* With one thread and CAP_SYS_ADMIN: unshare(CLONE_NEWPID) and clone.
 *
 * The parent (whose pid is the one its starter knows) never returns: it
 * execs the relay, a small program of its own that shares no memory with
 * the VM process. The relay closes every descriptor but 0-2, its socket
 * and keep_fd (-1 for none), drops every capability (the bounding set is
 * empty already with bset_clear), takes a seccomp filter of a few calls
 * (log_only: log the others instead of killing), makes the self-test's
 * forbidden call selftest_call when not NULL (a test hook, see struct
 * sandbox), forwards SANDBOX_PID_SIGNALS to the child, and when the child
 * ends exits with its status or dies of its signal. A SIGKILL of the relay
 * kills the child (parent-death signal).
 *
 * In the child (PID 1 of the new namespace) it returns true, with
 * SANDBOX_PID_SIGNALS handled so that each ends the process as its
 * default action would (the terminal restored) and the relay re-raises
 * it. Returns false, with a warning on stderr naming what is missing,
 * when no PID namespace could be made: the process goes on alone. */
bool sandbox_pid_enter(int keep_fd, bool log_only, bool bset_clear, const char *selftest_call);

/* End the VM process of a PID namespace (sandbox_pid_enter returned true)
 * with status, once everything is closed: the terminal restored and stdio
 * flushed, but without the libraries' destructors, which would only free
 * memory the kernel frees anyway. A build with AddressSanitizer exits
 * normally (its leak check runs at exit). */
_Noreturn void sandbox_pid_exit(int status);

#endif
