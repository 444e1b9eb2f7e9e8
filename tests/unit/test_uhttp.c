/* util/uhttp: an answer that gives its Content-Length is complete once
 * that many body bytes came, whether or not the server has closed the
 * connection yet (the client does not wait for the close: on the path of
 * every daemon call); without one it is read until the close; a body
 * split across reads and a header in another case are read right. */
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"
#include "util/uhttp.h"

/* Writes parts to one end of a socket pair, keeping it open (close_after:
 * closed after the parts), then reads the answer from the other end with
 * a 2 s deadline. Returns the status (or UHTTP_READ_*), body in *body. */
static int answer_of(const char *const *parts, int nparts, bool close_after, char **body)
{
	int sv[2];
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0)
		return -100;
	for (int k = 0; k < nparts; k++)
		if (write(sv[1], parts[k], strlen(parts[k])) != (ssize_t)strlen(parts[k]))
			return -101;
	if (close_after)
		close(sv[1]);
	int st = uhttp_read_answer(sv[0], uhttp_now_ms() + 2000, 1 << 20, false, body);
	close(sv[0]);
	if (!close_after)
		close(sv[1]);
	return st;
}

int main(void)
{
	char *body = NULL;
	/* Complete by its length, the connection still open: no wait. */
	const char *one[] = {"HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n{\"a\":1}"};
	long long t0 = uhttp_now_ms();
	CHECK(answer_of(one, 1, false, &body) == 200);
	CHECK(uhttp_now_ms() - t0 < 1500);
	CHECK(body && strcmp(body, "{\"a\":1}") == 0);
	free(body);

	/* The header in lower case, the body in two writes. */
	const char *split[] = {"HTTP/1.1 404 Not Found\r\ncontent-length:  10\r\n\r\n{\"e\":",
			       "\"no\"}"};
	CHECK(answer_of(split, 2, false, &body) == 404);
	CHECK(body && strcmp(body, "{\"e\":\"no\"}") == 0);
	free(body);

	/* No length: read until the close. */
	const char *nolen[] = {"HTTP/1.1 200 OK\r\n\r\nab", "cd"};
	CHECK(answer_of(nolen, 2, true, &body) == 200);
	CHECK(body && strcmp(body, "abcd") == 0);
	free(body);

	/* Fewer bytes than the length, then the close: what came. */
	const char *short_body[] = {"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc"};
	CHECK(answer_of(short_body, 1, true, &body) == 200);
	CHECK(body && strcmp(body, "abc") == 0);
	free(body);

	/* A "Content-Length:" in the body is not a header. */
	const char *in_body[] = {"HTTP/1.1 200 OK\r\nX: y\r\n\r\n\r\nContent-Length: 0\r\n"};
	CHECK(answer_of(in_body, 1, true, &body) == 200);
	CHECK(body && strcmp(body, "\r\nContent-Length: 0\r\n") == 0);
	free(body);
	CHECK_DONE();
}
