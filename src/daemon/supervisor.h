/* The daemon's side of a VM's processes: starting a VM detached under its
 * keeper, the keeper itself (`rvisor __keeper`), pidfds, and process
 * identity by start time (docs/daemon.md, "Processes" and "Supervisor"). */
#ifndef RVISOR_DAEMON_SUPERVISOR_H
#define RVISOR_DAEMON_SUPERVISOR_H

#include <stdint.h>
#include <sys/types.h>

#include "util/error.h"

/* The processes of one run: pid, start time and a pidfd (-1 when not
 * open) of the keeper and of the VM. */
struct sup_run {
	pid_t keeper_pid, vm_pid;
	int64_t keeper_start, vm_start;
	int keeper_fd, vm_fd;
};

/* Start `exe run_args...` (run_args[0] is "run") under a new keeper that
 * records the VM's exit in exit_file; the VM's output goes through the
 * keeper to log_file (truncated; rotated to log_file.1 at log_max bytes)
 * and to the viewers of its console socket console_sock (or none when
 * NULL; 0600, or 0660 with group console_group when >= 0), whose one
 * writer is its input (daemon/console_relay.h). The keeper is a child of the caller (reap it
 * with sup_reap); it and the VM are in a new session. Returns 0 with *r
 * filled, or -1 with e set. */
int sup_spawn(const char *exe, char *const run_args[], const char *exit_file, const char *log_file,
	      unsigned long long log_max, const char *console_sock, long console_group,
	      struct sup_run *r, struct error *e);
/* Read a keeper's report of its VM ("VMPID VMSTART\n") from fd (10 s at
 * most) into r's vm fields, r's keeper fields being set; when none comes,
 * the keeper is killed and reaped, and -1 returned with e set (naming exe
 * and log_file). */
int sup_await_vm(int fd, struct sup_run *r, const char *exe, const char *log_file, struct error *e);
/* Re-open a recorded run's processes by pid and start time: each fd is a
 * pidfd when that process is still the one recorded, else -1. */
void sup_reopen(struct sup_run *r);
void sup_close(struct sup_run *r);
/* Is the process behind a pidfd gone? */
int sup_exited(int pidfd);
/* Reap the keeper when it is our child (no-op for an adopted one). */
void sup_reap(struct sup_run *r);
/* Send sig to the VM through its pidfd (0, or -1 with errno). */
int sup_signal_vm(struct sup_run *r, int sig);

/* fork and exec exe with argv, the child holding fd0 as its stdin, fd12
 * as its stdout and stderr, fd3 as fd 3 and nothing else (the daemon is
 * threaded: the child makes only async-signal-safe calls until the exec).
 * Returns the child's pid, or -1 with errno from fork. */
pid_t sup_fork_exec(const char *exe, char *const argv[], int fd0, int fd12, int fd3);

/* SIGKILL every child of pid (a keeper's VM), found in
 * /proc/PID/task/PID/children. */
void sup_kill_children(pid_t pid);

/* A client's credentials (SO_PEERCRED and SO_PEERGROUPS). */
struct sup_peer {
	uid_t uid;
	gid_t gid;
	gid_t groups[64];
	int ngroups;
};

struct vm_spec;
/* Could the peer itself open every host resource the configuration names
 * (kernel, initrd, firmware and disks to read, writable disks to write,
 * share directories, vsock socket directories)? Checked in a child process
 * that takes the peer's uid, gid and groups. A tap NIC is refused: it
 * needs root. Returns 0, or -1 with e set (ERR_INVALID naming the file). */
int sup_check_access(const struct sup_peer *p, const struct vm_spec *s, struct error *e);

/* The same for one host path: may the peer access it with mode (R_OK,
 * W_OK, X_OK)? (An export's directory, an import's archive.) */
int sup_check_path(const struct sup_peer *p, const char *path, int mode, const char *what,
		   struct error *e);

/* The start time of pid (/proc/PID/stat field 22, clock ticks since
 * boot), or 0 when there is no such process. */
int64_t proc_start_time(pid_t pid);

/* The exit record of a run as JSON text (malloc'd): the keeper's exit file
 * when it wrote one (reason "exited" with status, or "signaled" with
 * signal), else reason "lost" with `why`; `requested` ("stop", "kill" or
 * NULL) says whether someone asked for it, and `stopped_by` (or NULL) which
 * step of a stop ended it: "power-button" (the guest shut itself down),
 * "shutdown" (the VMM's power-off action) or "sigkill". */
char *sup_exit_record(const char *exit_file, const char *requested, const char *stopped_by,
		      const char *why);

/* `rvisor __keeper EXIT_FILE LOG_FILE LOG_MAX CONSOLE_SOCK|- GID|- run
 * ARGS...`: the keeper's main (fd 3 is the pipe on which it reports the
 * VM's pid and start time, fd 1 and 2 the log). The VM runs in a fork of
 * the keeper, as run_vm(argc, argv) with argv "run" ARGS... (cli's
 * `rvisor run`; NULL: an exec of /proc/self/exe instead). */
int keeper_main(int argc, char **argv, int (*run_vm)(int argc, char **argv));

/* keeper_main for a keeper that was a spare (daemon/spare.h): argv (as
 * keeper_main's) is not in the process's argument area, area (len bytes):
 * the command lines of the keeper and of its VM are written there. */
int keeper_take(int argc, char **argv, char *area, size_t area_len,
		int (*run_vm)(int argc, char **argv));
/* Write argv[0..argc) into a process's argument area (len bytes), NUL
 * separated, cut short where it does not fit, the rest zeroed: what ps
 * and /proc/PID/cmdline show. */
void sup_set_cmdline(char *area, size_t len, int argc, char *const *argv);

/* The process that runs the guest of VM process pid: pid itself or,
 * under the sandbox's PID namespace (vmm/sandbox_pid.h), where pid is a
 * relay, its child born in another PID namespace (found in the relay's
 * /proc/PID/task/PID/children, else by a scan of /proc). pid when there
 * is none. */
pid_t sup_guest_process(pid_t pid);

#endif
