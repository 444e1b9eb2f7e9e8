/* A small read-only FAT12 volume written from memory (cloud-init's NoCloud
 * "cidata" seed), so that no host tool (mkfs.vfat, genisoimage) is needed. */
#ifndef RVISOR_BLOCK_FAT_H
#define RVISOR_BLOCK_FAT_H

#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

struct fat_file {
	const char *name; /* a long name: 1..64 of [A-Za-z0-9._-] */
	const void *data;
	size_t len;
};

/* The volume is FAT_VOLUME_SIZE bytes; the files together may hold up to
 * FAT_MAX_DATA bytes. */
#define FAT_VOLUME_SIZE (8u << 20)
#define FAT_MAX_DATA (6u << 20)
#define FAT_MAX_FILES 8

/* Write the volume (label: up to 11 of [A-Z0-9_-]) to fd from offset 0;
 * the root directory holds the files, each with a long (VFAT) name.
 * Returns 0, or -1 with e naming the file or the reason. */
int fat_write_volume(int fd, const char *label, const struct fat_file *files, unsigned n,
		     struct error *e);

#endif
