/* `rvisor run --cloud-init USER_DATA[,META_DATA]`: cloud-init's NoCloud
 * seed, a FAT volume labelled CIDATA made in a sealed memfd by rvisor
 * itself, attached as a read-only raw disk after the others. */
#include "cli/cloudinit.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "block/fat.h"
#include "util/file.h"

/* FNV-1a: a stable instance-id for a seed given without meta-data, so the
 * same user-data is the same instance across boots (cloud-init runs its
 * once-per-instance modules once) and different user-data a new one. */
static uint64_t fnv1a(const uint8_t *p, size_t n, uint64_t h)
{
	for (size_t k = 0; k < n; k++)
		h = (h ^ p[k]) * 0x100000001b3ULL;
	return h;
}

static uint8_t *read_seed_file(const char *what, const char *path, size_t *len, struct error *e)
{
	uint8_t *buf = file_read_all(path, len);
	if (!buf) {
		err_errno(e, errno, "--cloud-init: %s %s", what, path);
		return NULL;
	}
	if (*len > FAT_MAX_DATA / 2) {
		free(buf);
		err_set(e, ERR_INVALID, "--cloud-init: %s %s is larger than %u KiB", what, path,
			FAT_MAX_DATA / 2 >> 10);
		return NULL;
	}
	return buf;
}

int cloudinit_attach(struct vm_config *cfg, const char *spec, int *seed_fd, char *path,
		     size_t pathlen, struct error *e)
{
	if (cfg->ndisks >= VM_MAX_DISKS)
		return err_set(e, ERR_INVALID,
			       "--cloud-init: the seed needs a disk slot and all %d are used",
			       VM_MAX_DISKS);
	/* USER_DATA[,META_DATA]; ",," in a path is a comma, as for --disk. */
	char *names[2] = {NULL, NULL};
	char *buf = strdup(spec);
	if (!buf)
		return err_errno(e, ENOMEM, "--cloud-init");
	unsigned nn = 0;
	char *w = buf;
	names[nn++] = buf;
	for (char *r = buf; *r; r++) {
		if (r[0] == ',' && r[1] == ',') {
			*w++ = *r++;
		} else if (r[0] == ',') {
			*w++ = 0;
			if (nn == 2) {
				free(buf);
				return err_set(e, ERR_INVALID,
					       "--cloud-init %s: expected USER_DATA[,META_DATA]",
					       spec);
			}
			names[nn++] = w;
		} else {
			*w++ = *r;
		}
	}
	*w = 0;
	if (!*names[0] || (names[1] && !*names[1])) {
		free(buf);
		return err_set(e, ERR_INVALID, "--cloud-init %s: expected USER_DATA[,META_DATA]",
			       spec);
	}
	size_t ulen = 0, mlen = 0;
	uint8_t *user = read_seed_file("user-data", names[0], &ulen, e);
	uint8_t *meta = NULL;
	char gen[64];
	if (user && names[1])
		meta = read_seed_file("meta-data", names[1], &mlen, e);
	int rc = -1, fd = -1;
	if (!user || (names[1] && !meta))
		goto out;
	if (!names[1]) {
		mlen =
		    (size_t)snprintf(gen, sizeof(gen), "instance-id: iid-rvisor-%016llx\n",
				     (unsigned long long)fnv1a(user, ulen, 0xcbf29ce484222325ULL));
	}
	const struct fat_file files[2] = {
	    {"meta-data", meta ? (const void *)meta : gen, mlen},
	    {"user-data", user, ulen},
	};
	fd = memfd_create("rvisor-cidata", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	if (fd < 0) {
		err_errno(e, errno, "--cloud-init: memfd");
		goto out;
	}
	if (fat_write_volume(fd, "CIDATA", files, 2, e) < 0)
		goto out;
	/* Sealed: nothing in this process can change the seed afterwards. */
	if (fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) < 0) {
		err_errno(e, errno, "--cloud-init: sealing the seed");
		goto out;
	}
	snprintf(path, pathlen, "/proc/self/fd/%d", fd);
	struct vm_disk *d = &cfg->disks[cfg->ndisks++];
	memset(d, 0, sizeof(*d));
	d->path = path;
	d->format = "raw";
	d->readonly = true;
	d->serial = "cidata";
	*seed_fd = fd;
	fd = -1;
	rc = 0;
out:
	if (fd >= 0)
		close(fd);
	free(user);
	free(meta);
	free(buf);
	return rc;
}
