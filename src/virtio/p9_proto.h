/* The 9P2000.L file server behind virtio-9p (--share), with no VM in it:
 * one request message in, one reply message out, so it can be unit-tested
 * and fuzzed directly.
 *
 * Confinement: the server never resolves a path that could leave the
 * shared root. Every fid holds an O_PATH descriptor of its object; a name
 * from the guest is one component ("", ".", ".." and names with '/' are
 * refused, except ".." in Twalk, which is resolved from the recorded path
 * and stays at the root) and is looked up with openat2(RESOLVE_BENEATH |
 * RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS) from the parent's
 * descriptor, so a symlink is never followed, only created and read. An
 * object is opened through its own descriptor (never by path again), so a
 * directory swapped for a symlink after the walk cannot redirect it.
 *
 * Host descriptors: the fids of one server hold at most
 * fd_budget_device_share() of them, each numbered below the budget's
 * ceiling (util/fdbudget.h); a request that would hold one more gets
 * EMFILE. The share is taken from the open-file limit at p9_server_new.
 *
 * Not thread-safe: one server is used by one thread at a time. */
#ifndef RVISOR_VIRTIO_P9_PROTO_H
#define RVISOR_VIRTIO_P9_PROTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct ss_writer;
struct ss_reader;

#define P9_MAX_MSIZE (512u << 10) /* largest msize the server agrees to */
#define P9_MIN_MSIZE 4096u
#define P9_MAX_FIDS 4096u /* fids at once, with or without a descriptor */
#define P9_HDR 7	  /* size[4] type[1] tag[2] */

struct p9_server;

/* Serve `root` (a directory). Returns NULL with a message in err. */
struct p9_server *p9_server_new(const char *root, bool readonly, char *err, size_t errlen);
/* The share's root: an O_PATH descriptor of the directory, or -1 with a
 * message in err (naming it). */
int p9_root_open(const char *root, char *err, size_t errlen);
/* Serve the directory rootfd (from p9_root_open); own_root: close it with
 * the server (else it outlives the server: kept across guest reboots). */
struct p9_server *p9_server_new_at(int rootfd, bool own_root, bool readonly, char *err,
				   size_t errlen);
void p9_server_free(struct p9_server *s);
/* A size quota on the share (0: none): writes, truncates and opens that
 * would take the apparent sizes of its regular files past quota bytes fail
 * with ENOSPC (a write is cut short where the quota ends). Counts what the
 * share holds now (the host may change it meanwhile: the count is the
 * server's own view). Returns the bytes counted. */
uint64_t p9_server_set_quota(struct p9_server *s, uint64_t quota);
/* Forget every fid and the negotiated msize (device reset). */
void p9_server_reset(struct p9_server *s);

/* Handle one request in[0..inlen) and write the reply into out (outcap
 * bytes, at least 11). Returns the reply's length (always a complete
 * message: a malformed request gets Rlerror). */
size_t p9_server_handle(struct p9_server *s, const uint8_t *in, size_t inlen, uint8_t *out,
			size_t outcap);

/* The negotiated msize. */
uint32_t p9_server_msize(const struct p9_server *s);

/* State: msize and the fid table (each fid's path from the root, whether
 * and how it is open). Load validates everything before applying; on
 * apply every fid is re-opened confined, and one whose path no longer
 * resolves (or resolves to a symlink where a file was) is kept as a dead
 * fid: every operation on it fails with EBADF until Tclunk. */
int p9_server_save(struct p9_server *s, struct ss_writer *w);
int p9_server_load(struct p9_server *s, struct ss_reader *r, bool apply, char *err, size_t errlen);

#endif
