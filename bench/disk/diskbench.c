/* In-guest disk benchmark: sequential read/write (1 MiB requests) and random
 * 4 KiB read/write IOPS on a block device, with O_DIRECT so the guest page
 * cache is bypassed. Prints one DISKBENCH line. Usage: diskbench DEV SECONDS */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static uint64_t rng = 0x2545f4914f6cdd1dULL;
static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Run I/O of `bs` bytes for `secs` seconds; returns bytes per second. */
static double run(int fd, uint64_t size, size_t bs, int write, int random, double secs,
		  double *iops)
{
	void *buf;
	if (posix_memalign(&buf, 4096, bs))
		exit(1);
	memset(buf, 0x5a, bs);
	uint64_t nblk = size / bs, n = 0, pos = 0;
	double t0 = now(), t;
	do {
		uint64_t blk = random ? next() % nblk : pos++ % nblk;
		ssize_t r = write ? pwrite(fd, buf, bs, (off_t)(blk * bs))
				  : pread(fd, buf, bs, (off_t)(blk * bs));
		if (r != (ssize_t)bs) {
			perror("diskbench: I/O");
			exit(1);
		}
		n++;
		t = now() - t0;
	} while (t < secs);
	if (write)
		fsync(fd);
	t = now() - t0;
	free(buf);
	*iops = (double)n / t;
	return (double)n * (double)bs / t;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: diskbench DEV SECONDS\n");
		return 2;
	}
	double secs = atof(argv[2]), iops;
	int fd = open(argv[1], O_RDWR | O_DIRECT);
	if (fd < 0) {
		perror(argv[1]);
		return 1;
	}
	uint64_t size = (uint64_t)lseek(fd, 0, SEEK_END);
	double sr = run(fd, size, 1 << 20, 0, 0, secs, &iops) / 1e6;
	double sw = run(fd, size, 1 << 20, 1, 0, secs, &iops) / 1e6;
	double rr_iops, rw_iops;
	run(fd, size, 4096, 0, 1, secs, &rr_iops);
	run(fd, size, 4096, 1, 1, secs, &rw_iops);
	printf("DISKBENCH seq_read_MBps=%.1f seq_write_MBps=%.1f rand_read_IOPS=%.0f "
	       "rand_write_IOPS=%.0f\n", sr, sw, rr_iops, rw_iops);
	return 0;
}
