/* Minimal unit-test helpers: CHECK records a failure and carries on. */
#ifndef RVISOR_TEST_CHECK_H
#define RVISOR_TEST_CHECK_H
#include <stdio.h>

static int check_failures;
#define CHECK(cond)                                                                                \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);   \
			check_failures++;                                                          \
		}                                                                                  \
	} while (0)
#define CHECK_EQ_U64(a, b)                                                                         \
	do {                                                                                       \
		unsigned long long a_ = (a), b_ = (b);                                             \
		if (a_ != b_) {                                                                    \
			fprintf(stderr, "%s:%d: %s == %#llx, expected %#llx\n", __FILE__,          \
				__LINE__, #a, a_, b_);                                             \
			check_failures++;                                                          \
		}                                                                                  \
	} while (0)
#define CHECK_DONE()                                                                               \
	do {                                                                                       \
		if (check_failures)                                                                \
			fprintf(stderr, "%d check(s) failed\n", check_failures);                   \
		else                                                                               \
			printf("all checks passed\n");                                             \
		return check_failures ? 1 : 0;                                                     \
	} while (0)
#endif
