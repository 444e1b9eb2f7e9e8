/* The FAT volume of the cloud-init seed (block/fat.c), read back the way a
 * FAT driver reads it: the boot sector's geometry and label, the root
 * directory's long names (checksums matching their short entries), each
 * file's cluster chain and bytes; and host tools (blkid, fsck.fat when
 * installed) accept it as a vfat volume labelled CIDATA. Bad names, labels
 * and sizes are refused by name. */
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "block/fat.h"
#include "check.h"

static unsigned get16(const uint8_t *p)
{
	return p[0] | (unsigned)p[1] << 8;
}

static uint32_t get32(const uint8_t *p)
{
	return get16(p) | (uint32_t)get16(p + 2) << 16;
}

static unsigned fat12_get(const uint8_t *fat, unsigned n)
{
	unsigned v = get16(fat + n + n / 2);
	return n & 1 ? v >> 4 : v & 0xfff;
}

/* Find `name` in the root directory through its long-name entries and
 * return a copy of its bytes (length in *len), or NULL. */
static uint8_t *read_file(const uint8_t *vol, const char *name, size_t *len)
{
	unsigned bps = get16(vol + 11), spc = vol[13], res = get16(vol + 14);
	unsigned nfats = vol[16], nroot = get16(vol + 17), fatsz = get16(vol + 22);
	const uint8_t *fat = vol + res * bps;
	const uint8_t *root = fat + nfats * fatsz * bps;
	const uint8_t *data = root + nroot * 32;
	char lname[256];
	unsigned lsum = 0;
	bool have_lfn = false;
	for (unsigned k = 0; k < nroot; k++) {
		const uint8_t *d = root + k * 32;
		if (d[0] == 0)
			break;
		if (d[11] == 0x0f) {
			static const unsigned off[13] = {1,  3,	 5,  7,	 9,  14, 16,
							 18, 20, 22, 24, 28, 30};
			unsigned seq = d[0] & 0x1f;
			if (d[0] & 0x40)
				memset(lname, 0, sizeof(lname));
			for (unsigned i = 0; i < 13; i++) {
				unsigned ch = get16(d + off[i]);
				if (ch != 0 && ch != 0xffff)
					lname[(seq - 1) * 13 + i] = (char)ch;
			}
			lsum = d[13];
			have_lfn = true;
			continue;
		}
		if (d[11] & 0x08) /* the volume label */
			continue;
		uint8_t sum = 0;
		for (int i = 0; i < 11; i++)
			sum = (uint8_t)(((sum & 1) << 7) + (sum >> 1) + d[i]);
		bool match = have_lfn && sum == lsum && strcmp(lname, name) == 0;
		have_lfn = false;
		if (!match)
			continue;
		*len = get32(d + 28);
		uint8_t *out = malloc(*len + 1);
		size_t got = 0;
		for (unsigned c = get16(d + 26); got < *len; c = fat12_get(fat, c)) {
			CHECK(c >= 2 && c < 0xff8);
			size_t n = *len - got < spc * bps ? *len - got : spc * bps;
			memcpy(out + got, data + (size_t)(c - 2) * spc * bps, n);
			got += n;
		}
		return out;
	}
	return NULL;
}

static int run(const char *cmd)
{
	int rc = system(cmd);
	return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

int main(void)
{
	char dir[] = "/tmp/rvisor-test-fat-XXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	char path[sizeof(dir) + 16];
	snprintf(path, sizeof(path), "%s/seed.img", dir);
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	CHECK(fd >= 0);

	/* A file over several clusters (4 KiB each) and a long dotted name. */
	size_t biglen = 10000;
	uint8_t *big = malloc(biglen);
	for (size_t k = 0; k < biglen; k++)
		big[k] = (uint8_t)(k * 13 + 5);
	const char *ud = "#cloud-config\nhostname: rvtest\n";
	const struct fat_file files[] = {
	    {"meta-data", "instance-id: i-1\n", 17},
	    {"user-data", ud, strlen(ud)},
	    {"network-config.with.a-name_longer-than-26", big, biglen},
	    {"empty", "", 0},
	};
	struct error e = {0};
	CHECK(fat_write_volume(fd, "CIDATA", files, 4, &e) == 0);
	struct stat st;
	CHECK(fstat(fd, &st) == 0 && st.st_size == FAT_VOLUME_SIZE);
	uint8_t *vol = malloc(FAT_VOLUME_SIZE);
	CHECK(pread(fd, vol, FAT_VOLUME_SIZE, 0) == FAT_VOLUME_SIZE);

	CHECK(vol[510] == 0x55 && vol[511] == 0xaa && get16(vol + 11) == 512);
	CHECK(memcmp(vol + 43, "CIDATA     ", 11) == 0 && memcmp(vol + 54, "FAT12", 5) == 0);
	for (unsigned k = 0; k < 4; k++) {
		size_t len = 0;
		uint8_t *got = read_file(vol, files[k].name, &len);
		CHECK(got != NULL);
		CHECK(len == files[k].len && memcmp(got, files[k].data, len) == 0);
		free(got);
	}
	size_t len;
	CHECK(read_file(vol, "missing", &len) == NULL);

	/* What the guest's tools see: blkid (util-linux) finds the label
	 * cloud-init looks for; fsck.fat, when installed, finds no error. */
	char cmd[512];
	snprintf(cmd, sizeof(cmd),
		 "out=$(blkid -p -o export '%s') && echo \"$out\" | grep -qx LABEL=CIDATA && "
		 "echo \"$out\" | grep -qx TYPE=vfat",
		 path);
	CHECK(run(cmd) == 0);
	snprintf(cmd, sizeof(cmd),
		 "! command -v fsck.fat >/dev/null || fsck.fat -n '%s' >/dev/null 2>&1", path);
	CHECK(run(cmd) == 0);

	/* Refusals: a label or a name outside the safe characters, the same
	 * name twice (FAT names are case-blind), too much data. */
	struct fat_file bad = {"../x", "", 0};
	CHECK(fat_write_volume(fd, "CIDATA", &bad, 1, &e) == -1 && strstr(e.msg, "../x"));
	CHECK(fat_write_volume(fd, "cidata", files, 1, &e) == -1 && strstr(e.msg, "label"));
	const struct fat_file twice[] = {{"user-data", "", 0}, {"USER-DATA", "", 0}};
	CHECK(fat_write_volume(fd, "CIDATA", twice, 2, &e) == -1 && strstr(e.msg, "twice"));
	struct fat_file huge = {"user-data", big, FAT_MAX_DATA + 1};
	CHECK(fat_write_volume(fd, "CIDATA", &huge, 1, &e) == -1 && strstr(e.msg, "MiB"));

	free(vol);
	free(big);
	close(fd);
	unlink(path);
	rmdir(dir);
	CHECK_DONE();
}
