/* In-guest ticker for the migration benchmark: writes "T<n>" and a newline
 * on stdout (the serial console) about every millisecond, forever. The
 * host timestamps each line as it arrives from the source's console, then
 * the destination's: the largest gap around the switch-over is the pause
 * the guest's outside world saw, measured the same way for every VMM.
 *
 * Between lines it spins a fixed number of iterations, calibrated at the
 * start to last a millisecond, and reads no clock afterwards: a sleep
 * needs the guest's timer, and on QEMU 7.2's RISC-V destination neither a
 * sleeping nor a clock-watching ticker printed again after an incoming
 * migration (the guest's time does not go on from where it was there,
 * while the shell still answered keys); this one prints as soon as the
 * vCPU runs again. One write per line, so that no line is split. */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void spin(unsigned long n)
{
	for (volatile unsigned long k = 0; k < n; k++)
		;
}

int main(void)
{
	unsigned long per_ms = 1000;
	for (;;) { /* double until a run lasts 20 ms, then scale */
		double t0 = now();
		spin(per_ms * 20);
		double ms = (now() - t0) * 1e3;
		if (ms >= 20) {
			per_ms = (unsigned long)((double)per_ms * 20 / ms) + 1;
			break;
		}
		per_ms *= 2;
	}
	for (unsigned long n = 0;; n++) {
		char line[32];
		int len = snprintf(line, sizeof(line), "T%lu\n", n);
		if (write(STDOUT_FILENO, line, (size_t)len) != len)
			return 1;
		spin(per_ms);
	}
}
