/* Guest test tool: zero a range of a block device with the BLKZEROOUT
 * ioctl (Linux sends virtio-blk WRITE_ZEROES requests, without unmap).
 * Usage: zeroout DEV OFFSET LENGTH (bytes, multiples of 512). Prints
 * "ZEROOUT-DONE" when the ioctl returns. */
#include <fcntl.h>
#include <linux/fs.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: zeroout DEV OFFSET LENGTH\n");
		return 2;
	}
	int fd = open(argv[1], O_WRONLY);
	if (fd < 0) {
		perror(argv[1]);
		return 1;
	}
	uint64_t range[2] = {strtoull(argv[2], NULL, 0), strtoull(argv[3], NULL, 0)};
	if (ioctl(fd, BLKZEROOUT, range) < 0) {
		perror("zeroout: BLKZEROOUT");
		return 1;
	}
	printf("ZEROOUT-DONE\n");
	return 0;
}
