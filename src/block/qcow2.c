/* qcow2 format: not implemented yet (the storage issue adds it). Probing
 * recognizes the magic so a qcow2 image is never mistaken for raw. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "block/block.h"

static bool qcow2_probe(const uint8_t *head, size_t len)
{
	return len >= 4 && memcmp(head, "QFI\xfb", 4) == 0;
}

static int qcow2_open(struct block_dev *bd, int fd, char *err, size_t errlen)
{
	(void)bd;
	(void)fd;
	snprintf(err, errlen, "qcow2 images are not supported yet");
	return -ENOTSUP;
}

const struct block_format block_format_qcow2 = {
	.name = "qcow2",
	.probe = qcow2_probe,
	.open = qcow2_open,
};
