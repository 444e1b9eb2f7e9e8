/* Guest program: read CLOCK_MONOTONIC through the vDSO (glibc's
 * clock_gettime) in a tight loop for SECONDS and check that it never goes
 * backwards, while the process may move between harts. Prints
 * "CLOCKCHECK-OK reads=N" or "CLOCKCHECK-BACKWARDS ..." (exit status 1).
 * Usage: clockcheck SECONDS */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static long long ns_of(const struct timespec *t)
{
	return (long long)t->tv_sec * 1000000000LL + t->tv_nsec;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: clockcheck SECONDS\n");
		return 2;
	}
	long long limit = (long long)(atof(argv[1]) * 1e9), reads = 0;
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	long long start = ns_of(&t), last = start;
	do {
		clock_gettime(CLOCK_MONOTONIC, &t);
		long long now = ns_of(&t);
		reads++;
		if (now < last) {
			printf("CLOCKCHECK-BACKWARDS by %lld ns after %lld reads\n", last - now,
			       reads);
			return 1;
		}
		last = now;
	} while (last - start < limit);
	printf("CLOCKCHECK-OK reads=%lld\n", reads);
	return 0;
}
