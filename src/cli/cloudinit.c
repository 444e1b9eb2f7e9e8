/* `rvisor run --cloud-init USER_DATA[,META_DATA[,NETWORK_CONFIG]]`:
 * cloud-init's NoCloud seed, a FAT volume labelled CIDATA made in a sealed
 * memfd by rvisor itself, attached as a read-only raw disk after the
 * others. */
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
#include "virtio/net.h"

#define USAGE "expected USER_DATA[,META_DATA[,NETWORK_CONFIG]]"

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
	if (*len > FAT_MAX_DATA / 3) {
		free(buf);
		err_set(e, ERR_INVALID, "--cloud-init: %s %s is larger than %u KiB", what, path,
			FAT_MAX_DATA / 3 >> 10);
		return NULL;
	}
	return buf;
}

/* The network-config of a seed given without one: DHCPv4 on each NIC,
 * found by its MAC and named ethK in command-line order. cloud-init's own
 * fallback also asks for DHCPv6 on the first NIC, which an ifupdown system
 * (not rvisor's image: it has systemd-networkd) waits for until its
 * 5-minute timeout fails the boot's network units when nothing answers (the user network has no
 * DHCPv6: its IPv6 comes from router advertisements, which the kernel takes without a client).
 * Leaves *len 0 for a machine without a NIC. Returns 0, or -1 with e set. */
static int gen_network_config(const struct vm_config *cfg, char *out, size_t cap, size_t *len,
			      struct error *e)
{
	size_t n = 0;
	unsigned nics = 0;
	*len = 0;
	for (unsigned k = 0; k < cfg->ndevices; k++) {
		const struct vm_device *d = &cfg->devices[k];
		if (strcmp(d->kind, "net") != 0)
			continue;
		uint8_t m[6];
		char err[160];
		if (virtio_net_mac(d->opts, nics, m, err, sizeof(err)) < 0)
			return err_set(e, ERR_INVALID, "--net %s: %s", d->opts, err);
		int w = snprintf(out + n, cap - n,
				 "%s  eth%u:\n    match:\n      macaddress: "
				 "\"%02x:%02x:%02x:%02x:%02x:%02x\"\n    set-name: eth%u\n"
				 "    dhcp4: true\n",
				 nics ? "" : "version: 2\nethernets:\n", nics, m[0], m[1], m[2],
				 m[3], m[4], m[5], nics);
		if (w < 0 || (size_t)w >= cap - n)
			return err_set(
			    e, ERR_INVALID,
			    "--cloud-init: too many NICs for the generated network-config");
		n += (size_t)w;
		nics++;
	}
	*len = n;
	return 0;
}

/* spec split at single commas (",," is a comma, as for --disk) into
 * names[0..2], in buf. Returns 0, or -1 with e set. */
static int split_spec(const char *spec, char *buf, char *names[3], struct error *e)
{
	unsigned nn = 0;
	char *w = buf;
	names[nn++] = buf;
	for (const char *r = spec; *r; r++) {
		if (r[0] == ',' && r[1] == ',') {
			*w++ = *r++;
		} else if (r[0] == ',') {
			*w++ = 0;
			if (nn == 3)
				return err_set(e, ERR_INVALID, "--cloud-init %s: " USAGE, spec);
			names[nn++] = w;
		} else {
			*w++ = *r;
		}
	}
	*w = 0;
	for (unsigned k = 0; k < nn; k++)
		if (!*names[k])
			return err_set(e, ERR_INVALID, "--cloud-init %s: " USAGE, spec);
	return 0;
}

/* --cloud-init: a NoCloud seed volume (CIDATA) attached as the last disk. */
int cloudinit_attach(struct vm_config *cfg, const char *spec, int *seed_fd, char *path,
		     size_t pathlen, struct error *e)
{
	if (cfg->ndisks >= VM_MAX_DISKS)
		return err_set(e, ERR_INVALID,
			       "--cloud-init: the seed needs a disk slot and all %d are used",
			       VM_MAX_DISKS);
	char *names[3] = {NULL, NULL, NULL};
	char *buf = malloc(strlen(spec) + 1);
	if (!buf)
		return err_errno(e, ENOMEM, "--cloud-init");
	uint8_t *user = NULL, *meta = NULL, *net = NULL;
	size_t ulen = 0, mlen = 0, nlen = 0;
	char gen_meta[64], gen_net[2048];
	int rc = -1, fd = -1;
	if (split_spec(spec, buf, names, e) < 0)
		goto out;
	if (!(user = read_seed_file("user-data", names[0], &ulen, e)))
		goto out;
	if (names[1] && !(meta = read_seed_file("meta-data", names[1], &mlen, e)))
		goto out;
	if (names[2] && !(net = read_seed_file("network-config", names[2], &nlen, e)))
		goto out;
	if (!meta)
		mlen = (size_t)snprintf(
		    gen_meta, sizeof(gen_meta), "instance-id: iid-rvisor-%016llx\n",
		    (unsigned long long)fnv1a(user, ulen, 0xcbf29ce484222325ULL));
	if (!net && gen_network_config(cfg, gen_net, sizeof(gen_net), &nlen, e) < 0)
		goto out;
	const struct fat_file files[3] = {
	    {"meta-data", meta ? (const void *)meta : gen_meta, mlen},
	    {"user-data", user, ulen},
	    {"network-config", net ? (const void *)net : gen_net, nlen},
	};
	fd = memfd_create("rvisor-cidata", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	if (fd < 0) {
		err_errno(e, errno, "--cloud-init: memfd");
		goto out;
	}
	if (fat_write_volume(fd, "CIDATA", files, nlen ? 3 : 2, e) < 0)
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
	free(net);
	free(buf);
	return rc;
}
