/* rvpower: the rvisor default guest's power-button daemon (busybox's acpid
 * wants /etc/acpi scripts and maps events by name; this is smaller and exact).
 * Built static by guest/build.sh; started by /init.
 *
 *   rvpower   watch every /dev/input/event* that reports KEY_POWER; when the
 *             key is pressed, print GUEST-POWER-BUTTON on stdout and send
 *             SIGUSR2 to PID 1 (what busybox `poweroff` does: /init traps it,
 *             syncs and powers off)
 * Exit status: 0 after signalling PID 1, 1 if no input device reports
 * KEY_POWER or reading fails. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <linux/input.h>

#define MAX_DEVS 32
#define BITS_PER_LONG (8 * sizeof(unsigned long))

/* Whether the evdev node fd says it can report KEY_POWER. */
static int has_power_key(int fd)
{
	unsigned long keys[KEY_MAX / BITS_PER_LONG + 1];

	memset(keys, 0, sizeof(keys));
	if (ioctl(fd, EVIOCGBIT(EV_KEY, sizeof(keys)), keys) < 0)
		return 0;
	return (keys[KEY_POWER / BITS_PER_LONG] >> (KEY_POWER % BITS_PER_LONG)) & 1;
}

int main(void)
{
	struct pollfd pfd[MAX_DEVS];
	int n = 0;

	for (int i = 0; i < MAX_DEVS; i++) {
		char path[32];
		snprintf(path, sizeof(path), "/dev/input/event%d", i);
		int fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			continue;
		if (!has_power_key(fd)) {
			close(fd);
			continue;
		}
		pfd[n].fd = fd;
		pfd[n].events = POLLIN;
		n++;
	}
	if (n == 0) {
		fprintf(stderr, "rvpower: no /dev/input/event* reports KEY_POWER\n");
		return 1;
	}
	for (;;) {
		if (poll(pfd, n, -1) < 0) {
			if (errno == EINTR)
				continue;
			perror("rvpower: poll");
			return 1;
		}
		for (int i = 0; i < n; i++) {
			struct input_event ev[16];
			if (!(pfd[i].revents & (POLLIN | POLLERR | POLLHUP)))
				continue;
			ssize_t k = read(pfd[i].fd, ev, sizeof(ev));
			if (k < 0) {
				if (errno == EINTR || errno == EAGAIN)
					continue;
				perror("rvpower: read");
				return 1;
			}
			for (size_t j = 0; j < (size_t)k / sizeof(ev[0]); j++) {
				if (ev[j].type == EV_KEY && ev[j].code == KEY_POWER && ev[j].value == 1) {
					printf("GUEST-POWER-BUTTON\n");
					fflush(stdout);
					if (kill(1, SIGUSR2) < 0) {
						perror("rvpower: kill 1");
						return 1;
					}
					return 0;
				}
			}
		}
	}
}
