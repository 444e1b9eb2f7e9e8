/* The serial console's output when its reader goes away: stdout a socket
 * (a supervisor's socketpair, the journal) or a pipe (`rvisor run | head`)
 * whose other end is closed while the guest keeps printing. SIGPIPE is at
 * its default here, as in any program embedding the library: the process
 * must not die of it, and output written before still arrives. */
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"
#include "machine/console.h"

/* The guest prints into out_fd: first with the reader there (it gets the
 * bytes), then after it closed its end. */
static void reader_leaves(int out_fd, int reader)
{
	struct console *c = console_create(NULL, -1, out_fd);
	CHECK(c != NULL);
	if (!c)
		return;
	console_write(c, (const uint8_t *)"boot\n", 5);
	char buf[16] = {0};
	CHECK(read(reader, buf, sizeof(buf)) == 5 && memcmp(buf, "boot\n", 5) == 0);
	close(reader);
	for (int k = 0; k < 100; k++)
		console_write(c, (const uint8_t *)"guest output\n", 13);
	console_destroy(c);
	close(out_fd);
}

int main(void)
{
	signal(SIGPIPE, SIG_DFL);
	int sv[2];
	CHECK(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) == 0);
	reader_leaves(sv[0], sv[1]);
	int p[2];
	CHECK(pipe(p) == 0);
	reader_leaves(p[1], p[0]);
	CHECK_DONE();
}
