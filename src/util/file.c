/* Small file helpers. */
#include "util/file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

uint8_t *file_read_all(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	uint8_t *buf = file_read_all_fd(fd, len);
	int e = errno;
	close(fd);
	errno = e;
	return buf;
}

long long file_size(const char *path)
{
	struct stat st;
	if (stat(path, &st) < 0)
		return -1;
	if (!S_ISREG(st.st_mode)) {
		errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
		return -1;
	}
	return (long long)st.st_size;
}

int file_read_into(const char *path, void *dst, size_t len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int rc = file_read_into_fd(fd, dst, len);
	int e = errno;
	close(fd);
	errno = e;
	return rc;
}

long long file_size_fd(int fd)
{
	struct stat st;
	if (fstat(fd, &st) < 0)
		return -1;
	if (!S_ISREG(st.st_mode)) {
		errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
		return -1;
	}
	return (long long)st.st_size;
}

int file_read_into_fd(int fd, void *dst, size_t len)
{
	size_t got = 0;
	while (got < len) {
		ssize_t n = pread(fd, (uint8_t *)dst + got, len - got, (off_t)got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			errno = n < 0 ? errno : EIO;
			return -1;
		}
		got += (size_t)n;
	}
	return 0;
}

uint8_t *file_read_all_fd(int fd, size_t *len)
{
	long long size = file_size_fd(fd);
	if (size < 0)
		return NULL;
	uint8_t *buf = malloc(size ? (size_t)size : 1);
	if (!buf) {
		errno = ENOMEM;
		return NULL;
	}
	if (file_read_into_fd(fd, buf, (size_t)size) < 0) {
		int e = errno;
		free(buf);
		errno = e;
		return NULL;
	}
	*len = (size_t)size;
	return buf;
}

ssize_t file_read_text(const char *path, char *buf, size_t n)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t k = read(fd, buf, n - 1);
	int saved = errno;
	close(fd);
	if (k < 0) {
		errno = saved;
		return -1;
	}
	buf[k] = 0;
	return k;
}
