/* Small file helpers. */
#ifndef RVISOR_UTIL_FILE_H
#define RVISOR_UTIL_FILE_H

#include <stddef.h>
#include <stdint.h>

/* Read a whole file. Returns NULL and sets errno on failure. Free with free(). */
uint8_t *file_read_all(const char *path, size_t *len);

#endif
