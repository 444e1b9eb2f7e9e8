/* A VM's disk layers as files (for daemon/snapshots.c and clones.c):
 * a configured disk resolved into path, format and options; qcow2
 * overlays made over a lower layer; the backing a layer names; and the
 * merge of a layer into its only child. No inventory, no lock: files only. */
#ifndef RVISOR_DAEMON_LAYERS_H
#define RVISOR_DAEMON_LAYERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "daemon/spec.h"
#include "util/error.h"

/* One disk of a configuration, resolved: its image path (commas
 * unescaped), format (given, else probed), whether read-only, and its
 * other options (",opt,opt" without format=, or ""). */
struct layer_disk {
	char path[SPEC_STR_MAX + 1];
	char format[8];
	bool readonly;
	char opts[SPEC_STR_MAX + 1];
};
int layer_disk_parse(const char *spec, struct layer_disk *d, struct error *e);

/* Is path a file directly inside dir? */
bool layer_in_dir(const char *path, const char *dir);

/* The virtual size of an image, read from its header (or its length for
 * raw) without opening it as a disk: a running VM may hold it locked. */
int layer_image_size(const char *path, const char *fmt, uint64_t *size, struct error *e);

/* A new empty qcow2 overlay at path over `lower` (format lower_fmt), named
 * by file name when it is in the same directory, else by its path. */
int layer_make_overlay(const char *path, const char *lower, const char *lower_fmt, struct error *e);

/* The backing file the qcow2 header at path names, as a path (relative
 * names resolved against path's directory); "" when none. */
void layer_backing_of(const char *path, char *out, size_t n);

/* Merge layer L into its only child C: C is rewritten (a new file renamed
 * over it) to hold every 64 KiB block where C's view differs from the view
 * of L's own backing, and to name L's backing; then L is removed. What C
 * and everything over it show is unchanged. */
int layer_merge(const char *L, const char *C, struct error *e);

#endif
