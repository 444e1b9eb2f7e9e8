/* The destination of a live migration (rvisor run --incoming ADDR): waits
 * for one connection, checks the whole stream before anything runs, builds
 * the VM from the stream's configuration and starts it on the source's
 * word (docs/migration.md). */
#ifndef RVISOR_VMM_MIGRATE_IN_H
#define RVISOR_VMM_MIGRATE_IN_H

#include <stdbool.h>
#include <stdint.h>

#include "util/error.h"
#include "vmm/migrate_trace.h"
#include "vmm/migrate_wire.h"
#include "vmm/postcopy.h"
#include "vmm/snapshot.h"

struct vm_machine;
struct vm_resources;
struct vm_config;
struct block_dev;

/* What one receiving thread decompresses with: a zstd context and a
 * buffer of MIG_ZSTD_MAX_IN bytes (a RAM frame's pages, a BLK frame's bytes),
 * made at the first compressed frame. */
struct mig_rx {
	void *dctx;
	uint8_t *buf;
};

struct migrate_in {
	int listen_fd;
	int rfd, wfd;	       /* the connection (one socket, or two fds in tests) */
	char bound[300];       /* the address listened on, port resolved */
	struct snapshot conf;  /* CONF: the machine (configuration strings live here) */
	struct snapshot state; /* STAT */
	bool have_conf, have_state;
	bool user_paused; /* DONE: the VM was paused by its user at the source */
	struct mig_frame f;
	uint64_t pages, zero_pages;  /* RAM pages received (counting repeats) */
	struct mig_disk_table disks; /* DISK: the source's view of its disks */
	/* The writable disks this destination may open, in order (its
	 * --disk options: the operator's word; a stream alone never gets a
	 * host file written). Set by the caller before migrate_in_prepare. */
	const char *own_disks[MIG_DISK_MAX];
	const char *own_formats[MIG_DISK_MAX]; /* NULL: probed (copy targets) */
	unsigned nown_disks;
	bool copy; /* the writable disks are copied (DISK mode COPY) */
	/* The copied disks' targets (set by migrate_in_build; NULL else). */
	struct block_dev *targets[MIG_DISK_MAX];
	uint64_t disk_bytes; /* BLK bytes received (data and zero runs) */
	char probe_err[512];
	struct mig_token token; /* token-file: the only AUTH accepted (else any) */
	/* STRM: RAM over nstreams further connections (0: over this one),
	 * each repeating the nonce; accepted by migrate_in_prepare. */
	unsigned nstreams;
	uint8_t nonce[MIG_NONCE_LEN];
	int sfd[MIG_STREAMS_MAX];
	/* Post-copy: asked (PCPY), the pages PMIS says are missing (until
	 * handed to pc), /dev/userfaultfd opened at listen (-1: none), and
	 * the fault-handling side once the VM runs. */
	bool postcopy;
	/* CMPR: RAM and BLK frames may come compressed (MIG_COMPRESS_ZSTD;
	 * 0: never), and what decompresses them on this connection (the RAM
	 * streams' threads have their own). compressed_bytes: payload bytes
	 * of compressed frames received, decompressed_bytes what they made. */
	uint32_t compress;
	struct mig_rx rx;
	uint64_t compressed_bytes, decompressed_bytes;
	uint64_t *missing;
	int uffd_dev;
	struct postcopy_in pc;
	/* The VM the RAM goes into (set by migrate_in_receive; NULL in the
	 * fuzz target and tests): each page received bumps its code
	 * generation, and HOTB's blocks are decoded into its harts. */
	struct vm *vm;
	/* HOTB (right after ACPT, before any other frame: hot_closed once
	 * another came): the source's recent blocks (hot_hart[k] is
	 * hot_refs[k]'s; hot_done[k] once tried), decoded round the list
	 * from hot_cursor between frames until STAT; hot_warmed: how many
	 * were (the others were there already, or were skipped). */
	struct block_ref *hot_refs;
	uint32_t *hot_hart;
	bool *hot_done;
	unsigned nhot, hot_undecoded, hot_cursor, hot_warmed;
	uint64_t hot_sweep_after_ns; /* no sweep for pages come before (CLOCK_MONOTONIC) */
	bool hot_closed;
	struct mig_trace trace; /* RVISOR_MIGRATE_TRACE=1: the switch-over's timestamps */
	struct hart *scratch;	/* snapshot_apply_scratch's, made before the pause */
};

void migrate_in_init(struct migrate_in *in);
/* Listen on uri (tcp:HOST:PORT or unix:PATH, then optionally
 * ",token-file=FILE"); in->bound says where. Without a token, a TCP
 * listener must be bound to loopback. */
int migrate_in_listen(struct migrate_in *in, const char *uri, struct error *e);
/* Accept one connection, read the preamble and the CONF frame, and fill
 * cfg from it (strings point into in); with STRM, accept the RAM
 * connections too (each authenticated as the first, with the same nonce).
 * The listener is closed then. */
int migrate_in_prepare(struct migrate_in *in, struct vm_config *cfg, struct error *e);
/* The parts, for tests and the fuzz target: the preamble, CONF and DISK from
 * in->rfd; then RAM frames into ram (ram_size bytes, zero to start with;
 * written through ram_fd, the memfd behind it, unless -1),
 * STAT and DONE. Every check of docs/migration.md is made here; nothing
 * is written to in->wfd. */
int migrate_in_read_config(struct migrate_in *in, struct error *e);
int migrate_in_read_memory(struct migrate_in *in, uint8_t *ram, uint64_t ram_size, int ram_fd,
			   struct error *e);
/* Build the machine of cfg (vm_build, no images loaded) and say ACPT: the
 * source starts sending RAM. On a refusal the source is told why (ABRT).
 * Returns 0 when the VM is ready for migrate_in_receive, or -1 with e set
 * (m->vm may then be set: vm_machine_destroy). */
int migrate_in_build(struct migrate_in *in, struct vm_machine *m, const struct vm_config *cfg,
		     int console_in, int console_out, struct vm_resources *res, struct error *e);
/* After migrate_in_build: whether the console can start and the sandbox
 * be entered before the RAM is received (migrate_in_receive then runs
 * under the main thread's filter, its RAM streams' threads under their
 * own), which takes them out of the guest-visible pause. Not for a
 * migration that may end in a post-copy or that hands a NIC over: those
 * switch over before the sandbox (migrate_in_switch_before_sandbox), and
 * so receive before it too. */
bool migrate_in_sandbox_early(const struct migrate_in *in, struct vm *vm);
/* After migrate_in_build: receive RAM (and copied disks) and the state,
 * apply the state, say REDY. On a refusal the source is told why (ABRT).
 * Returns 0 when the VM is ready for migrate_in_switch, or -1 with e set. */
int migrate_in_receive(struct migrate_in *in, struct vm *vm, struct error *e);
/* After migrate_in_build, once everything else before running is done
 * (the console started, the sandbox entered: not inside the downtime):
 * wait for GO, take the shared disks' locks, say RUNG (and start a
 * post-copy's page filling). Returns 0 when the VM is to run now, or -1
 * with e set: it must not run (the source was told, where it could be). */
int migrate_in_switch(struct migrate_in *in, struct vm *vm, struct error *e);
/* After migrate_in_build: whether migrate_in_switch must run before the
 * sandbox: a post-copy (its page filler, spawned at RUNG, needs its own
 * filter's userfaultfd requests, which a thread spawned through the
 * sandbox's spawner would lack) or a NIC to take over (TUNSETQUEUE, which
 * the main thread's filter does not allow). */
bool migrate_in_switch_before_sandbox(const struct migrate_in *in, struct vm *vm);
/* Between migrate_in_build and migrate_in_switch: this side cannot run
 * after all (why): ABRT, so that the source, which may have sent GO
 * already, resumes. */
void migrate_in_abandon(struct migrate_in *in, const char *why);
void migrate_in_close(struct migrate_in *in);

#endif
