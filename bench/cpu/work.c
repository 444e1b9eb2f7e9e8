/* The CPU benchmark kernel, compiled once and linked both into a bare-metal
 * program (whose exact instruction count rvisor reports) and into a Linux
 * program run inside the guest (which times it): same machine code, same
 * instructions, so guest MIPS = instructions / guest seconds. A mix of
 * integer hashing, table lookups, sorting and multiply/divide. */
#include <stdint.h>

static uint32_t crc_table[256];

static void crc_init(void)
{
	for (uint32_t i = 0; i < 256; i++) {
		uint32_t c = i;
		for (int k = 0; k < 8; k++)
			c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
		crc_table[i] = c;
	}
}

static void sort(uint32_t *a, int n)
{
	for (int i = 1; i < n; i++) {
		uint32_t v = a[i];
		int j = i - 1;
		while (j >= 0 && a[j] > v) {
			a[j + 1] = a[j];
			j--;
		}
		a[j + 1] = v;
	}
}

uint64_t work(uint64_t rounds)
{
	static uint32_t buf[64];
	uint64_t x = 88172645463325252ULL, acc = 0;
	crc_init();
	for (uint64_t r = 0; r < rounds; r++) {
		for (int i = 0; i < 64; i++) {
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			buf[i] = (uint32_t)x;
		}
		sort(buf, 64);
		uint32_t crc = 0xffffffffu;
		for (int i = 0; i < 64; i++) {
			uint32_t v = buf[i];
			for (int b = 0; b < 4; b++)
				crc = crc_table[(crc ^ (v >> (8 * b))) & 0xff] ^ (crc >> 8);
		}
		acc += crc ^ (x % 1000003u) * (buf[7] | 1);
		acc ^= acc >> 29;
	}
	return acc;
}
