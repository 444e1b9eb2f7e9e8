/* Fuzz the ELF loader (it reads user-supplied files): deterministic random
 * byte mutations, header-field mutations and truncations of a valid RISC-V
 * ELF. Every load must either succeed within RAM or fail with a message;
 * never crash or write outside guest RAM (run under ASan for the strongest
 * check: make CFLAGS="-O1 -g -fsanitize=address" unit). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "machine/elf.h"
#include "util/file.h"

#define SEED_FILE "build/isa/base/smoke.elf"

static uint64_t rng = 0x9e3779b97f4a7c15ULL;
static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

int main(void)
{
	size_t len;
	uint8_t *seed = file_read_all(SEED_FILE, &len);
	if (!seed) {
		fprintf(stderr, "%s missing: run 'make isa' first\n", SEED_FILE);
		return 1;
	}
	struct bus bus;
	CHECK(bus_init(&bus, 0x80000000ULL, 16ULL << 20, NULL) == 0);
	uint8_t *buf = malloc(len);
	char err[256];
	struct elf_image img;
	CHECK(elf_load(&bus, seed, len, &img, err, sizeof(err)) == 0);
	unsigned ok = 0, refused = 0;
	for (int iter = 0; iter < 20000; iter++) {
		memcpy(buf, seed, len);
		size_t n = len;
		switch (iter % 4) {
		case 0: /* random bytes anywhere */
			for (int k = 0, m = 1 + (int)(next() % 8); k < m; k++)
				buf[next() % len] = (uint8_t)next();
			break;
		case 1: /* the ELF and program headers (offsets, sizes, addresses) */
			for (int k = 0, m = 1 + (int)(next() % 4); k < m; k++)
				buf[next() % 0x200] = (uint8_t)next();
			break;
		case 2: /* a 64-bit field set to an extreme value */
		{
			size_t at = (next() % (0x200 / 8)) * 8;
			uint64_t v = (next() & 1) ? UINT64_MAX - (next() % 4096) : next();
			memcpy(buf + at, &v, 8);
			break;
		}
		default: /* truncation */
			n = next() % len;
			break;
		}
		memset(err, 0, sizeof(err));
		if (elf_load(&bus, buf, n, &img, err, sizeof(err)) == 0) {
			ok++;
			CHECK(img.lowest >= bus.ram_base &&
			      img.highest <= bus.ram_base + bus.ram_size);
		} else {
			refused++;
			CHECK(err[0] != 0); /* a refusal always says why */
		}
	}
	printf("20000 mutated ELFs: %u loaded, %u refused with a message\n", ok, refused);
	CHECK(ok > 0 && refused > 0);
	free(buf);
	free(seed);
	bus_destroy(&bus);
	CHECK_DONE();
}
