/* In-guest ticker for the migration benchmark: writes "T<n>" and a newline
 * on stdout (the serial console) about every millisecond, forever. The
 * host timestamps each line as it arrives from the source's console, then
 * the destination's: the largest gap around the switch-over is the pause
 * the guest's outside world saw, measured the same way for every VMM.
 * One write per line, so that no line is split by other console output. */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	const struct timespec period = {0, 1000 * 1000};
	for (unsigned long n = 0;; n++) {
		char line[32];
		int len = snprintf(line, sizeof(line), "T%lu\n", n);
		if (write(STDOUT_FILENO, line, (size_t)len) != len)
			return 1;
		nanosleep(&period, NULL);
	}
}
