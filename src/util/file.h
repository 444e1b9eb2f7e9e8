/* Small file helpers. */
#ifndef RVISOR_UTIL_FILE_H
#define RVISOR_UTIL_FILE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Read a whole file. Returns NULL and sets errno on failure. Free with free(). */
uint8_t *file_read_all(const char *path, size_t *len);

/* Size of a regular file, or -1 with errno set. */
long long file_size(const char *path);
/* Read exactly len bytes from the start of a file into dst. Returns 0 or -1
 * with errno set (EIO when the file is shorter). */
int file_read_into(const char *path, void *dst, size_t len);

/* The start of a small text file (at most n - 1 bytes; n > 0) into buf,
 * NUL-terminated, in one read: for /proc and /sys files, which one read
 * returns whole. Returns its length, or -1 with errno set. */
ssize_t file_read_text(const char *path, char *buf, size_t n);

/* The same on a file already open (read with pread from offset 0, so a
 * held descriptor can be read again and again). */
uint8_t *file_read_all_fd(int fd, size_t *len);
long long file_size_fd(int fd);
int file_read_into_fd(int fd, void *dst, size_t len);

#endif
