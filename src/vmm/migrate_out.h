/* The source of a live migration: a thread that connects to the
 * destination, sends the configuration, pre-copies RAM in rounds of the
 * dirty log, throttles the vCPUs when the rounds stop shrinking, and
 * switches over with a short stop-and-copy (docs/migration.md). */
#ifndef RVISOR_VMM_MIGRATE_OUT_H
#define RVISOR_VMM_MIGRATE_OUT_H

#include <stdbool.h>
#include <stdint.h>

#include "util/error.h"

struct vm;

#define MIGRATE_DEFAULT_DOWNTIME_MS 300u
#define MIGRATE_MAX_DOWNTIME_MS 3600000u
#define MIGRATE_THROTTLE_STEP 20u /* percentage points per stalled round */
#define MIGRATE_THROTTLE_MAX 95u
#define MIGRATE_ROUNDS_AT_MAX 3u /* rounds at the highest throttle before giving in */
#define MIGRATE_MAX_ROUNDS 60u

/* PUT /migrate. */
struct migrate_request {
	char *destination;    /* tcp:HOST:PORT or unix:PATH (owned) */
	uint64_t downtime_ms; /* 0: MIGRATE_DEFAULT_DOWNTIME_MS */
	/* When the rounds do not fit downtime_ms even at the highest
	 * throttle: false = finish over the limit, true = give up (the VM
	 * runs on here). */
	bool give_up;
	/* Block migration: every writable disk is copied over the
	 * connection into the destination's target (else they must be on
	 * shared storage). */
	bool copy_disks;
	/* Bytes per second the stream may use (0: no cap). */
	uint64_t max_bandwidth;
	/* RAM over this many parallel connections besides the main one
	 * (0 or 1: all over the main connection; at most MIG_STREAMS_MAX). */
	unsigned streams;
	/* The pre-shared token's file (owned; NULL: none), read at the
	 * start: the destination's --incoming ...,token-file=F. */
	char *token_file;
	/* Post-copy: switch over once the first full pass is sent (or, with
	 * postcopy_when_stalled, once the rounds stop shrinking instead of
	 * throttling), then send the pages left after GO, those the
	 * destination asks for first. Not with copy_disks or streams > 1. */
	bool postcopy;
	bool postcopy_when_stalled;
	/* Compression of RAM pages and copied disk bytes: 0 none,
	 * MIG_COMPRESS_ZSTD at compress_level (0: MIG_ZSTD_LEVEL_DEFAULT).
	 * Not with post-copy. */
	unsigned compress;
	int compress_level;
};
#define MIGRATE_MIN_BANDWIDTH 4096u
#define MIGRATE_MAX_STREAMS 8u /* RAM connections (MIG_STREAMS_MAX) */
void migrate_request_free(struct migrate_request *r);

enum migrate_phase {
	MIGRATE_NONE,	    /* never started on this VM */
	MIGRATE_SETUP,	    /* connecting, configuration */
	MIGRATE_PRECOPY,    /* RAM rounds, the VM running */
	MIGRATE_STOP_COPY,  /* paused: last pages and state */
	MIGRATE_SWITCHOVER, /* GO sent: waiting for the destination to run */
	MIGRATE_POSTCOPY,   /* the destination runs; the pages left follow */
	MIGRATE_COMPLETED,  /* the destination runs; this process exits */
	MIGRATE_FAILED,
	MIGRATE_CANCELLED,
	/* The link failed during the post-copy: neither side has the whole
	 * VM (docs/migration.md): this side stays paused with its copy. */
	MIGRATE_POSTCOPY_PAUSED,
};
const char *migrate_phase_name(enum migrate_phase p);

/* GET /migrate. */
struct migrate_status {
	enum migrate_phase phase;
	char destination[300];
	uint64_t downtime_limit_ms;
	bool give_up;
	unsigned round;		  /* 0: the first full pass */
	uint64_t bytes_sent;	  /* RAM and state, frames included */
	uint64_t pages_sent;	  /* with data */
	uint64_t zero_pages_sent; /* as ZERO runs */
	uint64_t dirty_pages;	  /* found dirty by the latest round */
	bool copy_disks;
	uint64_t max_bandwidth;	     /* 0: none */
	unsigned streams;	     /* connections carrying RAM (1: the main one) */
	bool authenticated;	     /* a token was sent */
	uint64_t disk_bytes_sent;    /* copied disks: bytes covered (data and zero runs) */
	uint64_t dirty_disk_bytes;   /* found dirty by the latest round */
	double dirty_rate_pps;	     /* pages dirtied per second, latest round */
	double bandwidth_bps;	     /* bytes per second so far */
	double expected_downtime_ms; /* the latest estimate */
	unsigned throttle_pct;
	/* Where the time went (ms, 0 until reached): connecting and the
	 * destination's build (ACPT), the first full pass, and within the
	 * downtime: parking the vCPUs, sending the last pages and the state,
	 * the destination's checks (REDY), its confirmation (RUNG). */
	double setup_ms, full_pass_ms, pause_ms, last_copy_ms, ready_ms, confirm_ms;
	/* Before the pause (not in the downtime): waiting for the bytes in
	 * flight to reach the destination, all the waits together. */
	double drain_ms;
	uint64_t last_copy_pages; /* pages sent while paused */
	double total_ms;	  /* since the start (final once ended) */
	double downtime_ms;	  /* the pause, once stopped (final once ended) */
	/* Failed or cancelled: whether this VM runs on here (false only when
	 * the destination did not confirm after the switch-over). */
	bool resumed;
	char error[ERR_MSG_MAX];
	/* Post-copy: asked for; the pages missing at the destination at the
	 * switch-over, those still to send (or to arrive), those the
	 * destination asked for (demand pages), and on the destination the
	 * faults its userfaultfd saw. incoming: this is the destination's
	 * status (GET /migrate there, during and after a post-copy). */
	bool postcopy, incoming;
	uint64_t postcopy_pages, postcopy_pages_left, postcopy_pages_requested, postcopy_faults;
	double postcopy_ms; /* from the destination's RUNG to its PACK */
	/* Compression (0: none): the data payloads of RAM and BLK frames
	 * (not zero runs) before it and as sent, and how many frames went
	 * compressed and how many raw (they did not shrink). */
	unsigned compress;
	int compress_level;
	uint64_t compress_bytes_in, compress_bytes_out;
	uint64_t compressed_frames, raw_frames;
};

/* Start migrating (returns at once; the work is on thread "migrate").
 * ERR_CONFLICT when one is in progress or the VM is shutting down,
 * ERR_UNSUPPORTED for a VM this stage cannot move (no_migrate, writable
 * disks), ERR_INVALID for a bad destination. */
int migrate_out_start(struct vm *vm, const char *no_migrate, const struct migrate_request *r,
		      struct error *e);
/* The latest status (phase NONE when no migration was started). */
void migrate_out_status(struct vm *vm, struct migrate_status *out);
/* Cancel one in progress before its switch-over (ERR_CONFLICT after it,
 * ERR_NOT_FOUND when none runs). Returns once the VM runs on here. */
int migrate_out_cancel(struct vm *vm, struct error *e);
/* The VM's user resumed it (PATCH /vm): after a migration that did not
 * hear the destination's RUNG (the VM stayed paused here, its NICs' taps
 * let go), this side takes its NICs back. Nothing otherwise. */
void migrate_out_resumed(struct vm *vm);
/* Stop (as a cancel) and free the migration of a VM being torn down. */
void migrate_out_destroy(struct vm *vm);

#endif
