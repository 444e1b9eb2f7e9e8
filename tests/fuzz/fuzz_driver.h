/* A main() for the fuzz targets without libFuzzer: runs
 * LLVMFuzzerTestOneInput once on each file named on the command line.
 * Included at the end of a target when FUZZ_DRIVER is defined. */
#ifndef RVISOR_FUZZ_DRIVER_H
#define RVISOR_FUZZ_DRIVER_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	for (int k = 1; k < argc; k++) {
		FILE *f = fopen(argv[k], "rb");
		if (!f) {
			perror(argv[k]);
			return 1;
		}
		uint8_t *d = NULL;
		size_t n = 0, cap = 0;
		for (;;) {
			if (n == cap && !(d = realloc(d, cap = cap ? 2 * cap : 65536)))
				return 1;
			size_t got = fread(d + n, 1, cap - n, f);
			if (!got)
				break;
			n += got;
		}
		fclose(f);
		LLVMFuzzerTestOneInput(d, n);
		free(d);
	}
	printf("%d input(s) run\n", argc - 1);
	return 0;
}
#endif
