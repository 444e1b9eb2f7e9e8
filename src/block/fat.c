/* A FAT12 volume with long file names, written from memory: the NoCloud
 * seed that cloud-init finds by its label (see fat.h). Fixed geometry: 8 MiB,
 * 512-byte sectors, 4 KiB clusters, two FATs, a 64-entry root directory. */
#include "block/fat.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SECTOR 512u
#define SECTORS (FAT_VOLUME_SIZE / SECTOR)
#define SPC 8u /* sectors per cluster */
#define RESERVED 1u
#define NFATS 2u
#define FAT_SECTORS 6u
#define ROOT_ENTRIES 64u
#define ROOT_SECTORS (ROOT_ENTRIES * 32u / SECTOR)
#define DATA_START (RESERVED + NFATS * FAT_SECTORS + ROOT_SECTORS)
#define CLUSTERS ((SECTORS - DATA_START) / SPC)
/* Fixed timestamps (2020-01-01 00:00): the same inputs give the same bytes. */
#define FAT_DATE (((2020 - 1980) << 9) | (1 << 5) | 1)

_Static_assert((CLUSTERS + 2) * 3 / 2 <= FAT_SECTORS * SECTOR, "FAT too small");
_Static_assert(CLUSTERS < 4085, "must stay FAT12");
_Static_assert(FAT_MAX_DATA <= (CLUSTERS - FAT_MAX_FILES) * SPC * SECTOR, "data cap too big");

static void put16(uint8_t *p, unsigned v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
}

static void put32(uint8_t *p, uint32_t v)
{
	put16(p, v & 0xffff);
	put16(p + 2, v >> 16);
}

static void fat12_set(uint8_t *fat, unsigned n, unsigned v)
{
	unsigned off = n + n / 2;
	if (n & 1) {
		fat[off] = (uint8_t)((fat[off] & 0x0f) | (v << 4));
		fat[off + 1] = (uint8_t)(v >> 4);
	} else {
		fat[off] = (uint8_t)v;
		fat[off + 1] = (uint8_t)((fat[off + 1] & 0xf0) | ((v >> 8) & 0x0f));
	}
}

static bool name_ok(const char *name)
{
	size_t len = strlen(name);
	if (len == 0 || len > 64 || strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
		return false;
	for (const char *c = name; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
		      (*c >= '0' && *c <= '9') || *c == '.' || *c == '_' || *c == '-'))
			return false;
	return true;
}

/* The 8.3 alias of file k: up to 6 name characters, "~", k + 1; unique
 * because k is. */
static void short_name(const char *name, unsigned k, uint8_t out[11])
{
	memset(out, ' ', 11);
	unsigned j = 0;
	for (const char *c = name; *c && j < 6; c++) {
		if (*c == '.')
			continue;
		out[j++] = (uint8_t)(*c >= 'a' && *c <= 'z' ? *c - 'a' + 'A' : *c);
	}
	out[j++] = '~';
	out[j] = (uint8_t)('1' + k);
}

static uint8_t lfn_checksum(const uint8_t sn[11])
{
	uint8_t sum = 0;
	for (int i = 0; i < 11; i++)
		sum = (uint8_t)(((sum & 1) << 7) + (sum >> 1) + sn[i]);
	return sum;
}

/* The long-name entries of name, last part first, as the root directory
 * holds them before the short entry; returns how many were written. */
static unsigned lfn_entries(const char *name, const uint8_t sn[11], uint8_t *dir)
{
	static const unsigned char_off[13] = {1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30};
	size_t len = strlen(name);
	unsigned parts = (unsigned)((len + 12) / 13);
	uint8_t sum = lfn_checksum(sn);
	for (unsigned p = parts; p >= 1; p--) {
		uint8_t *ent = dir + (size_t)(parts - p) * 32;
		memset(ent, 0, 32);
		ent[0] = (uint8_t)(p | (p == parts ? 0x40 : 0));
		ent[11] = 0x0f; /* attribute: long name */
		ent[13] = sum;
		for (unsigned i = 0; i < 13; i++) {
			size_t at = (size_t)(p - 1) * 13 + i;
			unsigned ch = at < len ? (uint8_t)name[at] : at == len ? 0 : 0xffff;
			put16(ent + char_off[i], ch);
		}
	}
	return parts;
}

static void boot_sector(uint8_t *bs, const char *label, uint32_t serial)
{
	memcpy(bs, "\xeb\x3c\x90RVISOR  ", 11);
	put16(bs + 11, SECTOR);
	bs[13] = SPC;
	put16(bs + 14, RESERVED);
	bs[16] = NFATS;
	put16(bs + 17, ROOT_ENTRIES);
	put16(bs + 19, SECTORS);
	bs[21] = 0xf8; /* media: fixed disk */
	put16(bs + 22, FAT_SECTORS);
	put16(bs + 24, 32); /* sectors per track */
	put16(bs + 26, 64); /* heads */
	bs[36] = 0x80;	    /* drive number */
	bs[38] = 0x29;	    /* extended boot signature: the next three fields */
	put32(bs + 39, serial);
	memset(bs + 43, ' ', 11);
	memcpy(bs + 43, label, strlen(label));
	memcpy(bs + 54, "FAT12   ", 8);
	bs[510] = 0x55;
	bs[511] = 0xaa;
}

static int pwrite_all(int fd, const void *buf, size_t len, off_t off)
{
	const uint8_t *p = buf;
	while (len) {
		ssize_t n = pwrite(fd, p, len, off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n, len -= (size_t)n, off += n;
	}
	return 0;
}

int fat_write_volume(int fd, const char *label, const struct fat_file *files, unsigned n,
		     struct error *e)
{
	size_t llen = strlen(label);
	if (llen == 0 || llen > 11 ||
	    strspn(label, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") != llen)
		return err_set(e, ERR_INVALID, "volume label '%s': expected 1 to 11 of A-Z 0-9 _ -",
			       label);
	if (n > FAT_MAX_FILES)
		return err_set(e, ERR_INVALID, "at most %u files on the volume", FAT_MAX_FILES);
	size_t total = 0;
	for (unsigned k = 0; k < n; k++) {
		if (!name_ok(files[k].name))
			return err_set(e, ERR_INVALID,
				       "file name '%s': expected 1 to 64 of A-Z a-z 0-9 . _ -",
				       files[k].name);
		for (unsigned j = 0; j < k; j++)
			if (strcasecmp(files[j].name, files[k].name) == 0)
				return err_set(e, ERR_INVALID, "file name '%s' given twice",
					       files[k].name);
		total += files[k].len;
		if (files[k].len > FAT_MAX_DATA || total > FAT_MAX_DATA)
			return err_set(e, ERR_INVALID, "%s: the files exceed %u MiB", files[k].name,
				       FAT_MAX_DATA >> 20);
	}
	uint8_t *meta = calloc(DATA_START, SECTOR); /* boot sector, FATs, root directory */
	if (!meta)
		return err_errno(e, ENOMEM, "FAT volume");
	uint8_t *fat = meta + RESERVED * SECTOR;
	uint8_t *root = meta + (RESERVED + NFATS * FAT_SECTORS) * SECTOR;
	uint32_t serial = 0x52560000u + (uint32_t)total; /* deterministic */
	boot_sector(meta, label, serial);
	fat12_set(fat, 0, 0xff8);
	fat12_set(fat, 1, 0xfff);
	/* The root directory: the volume label (what blkid reports), then
	 * each file's long-name entries and short entry. */
	memset(root, ' ', 11);
	memcpy(root, label, llen);
	root[11] = 0x08;
	put16(root + 24, FAT_DATE);
	unsigned ent = 1, cluster = 2;
	const size_t csize = SPC * SECTOR;
	for (unsigned k = 0; k < n; k++) {
		uint8_t sn[11];
		short_name(files[k].name, k, sn);
		ent += lfn_entries(files[k].name, sn, root + ent * 32);
		uint8_t *d = root + ent++ * 32;
		memcpy(d, sn, 11);
		d[11] = 0x21; /* read-only, archive */
		put16(d + 16, FAT_DATE);
		put16(d + 18, FAT_DATE);
		put16(d + 24, FAT_DATE);
		unsigned nclusters = (unsigned)((files[k].len + csize - 1) / csize);
		put16(d + 26, nclusters ? cluster : 0);
		put32(d + 28, (uint32_t)files[k].len);
		for (unsigned c = 0; c < nclusters; c++)
			fat12_set(fat, cluster + c, c + 1 < nclusters ? cluster + c + 1 : 0xfff);
		off_t at = (off_t)(DATA_START + (cluster - 2) * SPC) * SECTOR;
		if (files[k].len && pwrite_all(fd, files[k].data, files[k].len, at) < 0) {
			free(meta);
			return err_errno(e, errno, "FAT volume: writing %s", files[k].name);
		}
		cluster += nclusters;
	}
	memcpy(fat + FAT_SECTORS * SECTOR, fat, FAT_SECTORS * SECTOR); /* the second FAT */
	int rc = 0;
	if (pwrite_all(fd, meta, (size_t)DATA_START * SECTOR, 0) < 0 ||
	    ftruncate(fd, FAT_VOLUME_SIZE) < 0)
		rc = err_errno(e, errno, "FAT volume");
	free(meta);
	return rc;
}
