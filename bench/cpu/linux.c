/* In-guest harness for work(): time ROUNDS rounds with the guest's clock. */
#include <stdint.h>
#include <stdio.h>
#include <time.h>

uint64_t work(uint64_t rounds);

int main(void)
{
	struct timespec a, b;
	clock_gettime(CLOCK_MONOTONIC, &a);
	uint64_t r = work(ROUNDS);
	clock_gettime(CLOCK_MONOTONIC, &b);
	double s = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) * 1e-9;
	printf("CPUBENCH rounds=%d seconds=%.4f result=%llx\n", ROUNDS, s, (unsigned long long)r);
	return 0;
}
