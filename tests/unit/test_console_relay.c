/* The console relay's pure parts (daemon/console_relay.c): a viewer's
 * hello line (hostile ones refused: signs, spaces, overflow); the history a
 * viewer gets is the end of console.log.1 then console.log, cut at a line
 * start when cut at all, and empty without logs; the last N lines of a
 * text, with or without a final newline; and the spec's power button
 * becomes one `--device input` on the command line (none when off, no
 * second when the devices list one). Files only in a mkdtemp directory. */
#include "daemon/console_relay.h"
#include "daemon/spec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

static void put(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

static bool history_is(const char *log, size_t want, const char *expect)
{
	char *h;
	size_t n;
	if (relay_history(log, want, &h, &n) < 0)
		return false;
	bool ok = n == strlen(expect) && memcmp(h, expect, n) == 0;
	if (!ok)
		fprintf(stderr, "history(%zu) = '%.*s', expected '%s'\n", want, (int)n, h, expect);
	free(h);
	return ok;
}

static bool tail_is(const char *text, unsigned long lines, const char *expect)
{
	const char *t = relay_tail_lines(text, strlen(text), lines);
	bool ok = strcmp(t, expect) == 0;
	if (!ok)
		fprintf(stderr, "tail('%s', %lu) = '%s', expected '%s'\n", text, lines, t, expect);
	return ok;
}

static unsigned count_input(const char *body)
{
	struct vm_spec s;
	struct error e;
	struct spec_numbers num;
	unsigned n = 0;
	if (spec_parse(body, strlen(body), &s, &e) < 0)
		return 99;
	char **a = spec_run_args(&s, "/run/x.sock", &num);
	for (size_t k = 1; a && a[k]; k++)
		n += strcmp(a[k - 1], "--device") == 0 && strncmp(a[k], "input", 5) == 0;
	free(a);
	spec_free(&s);
	return n;
}

int main(void)
{
	char dir[] = "/tmp/rvisor-relay-XXXXXX", log[128], old[140];
	if (!mkdtemp(dir))
		return 1;
	snprintf(log, sizeof(log), "%s/console.log", dir);
	snprintf(old, sizeof(old), "%s.1", log);

	CHECK(history_is(log, 100, "")); /* no log yet */
	put(log, "one\ntwo\nthree\n");
	CHECK(history_is(log, 100, "one\ntwo\nthree\n"));
	CHECK(history_is(log, 8, "three\n")); /* "o\nthree\n": cut at a line */
	CHECK(history_is(log, 0, ""));
	put(old, "old-a\nold-b\n");
	CHECK(history_is(log, 100, "old-a\nold-b\none\ntwo\nthree\n"));
	CHECK(history_is(log, 20, "one\ntwo\nthree\n")); /* "b\none..." cut */
	CHECK(history_is(log, 21, "old-b\none\ntwo\nthree\n"));

	CHECK(tail_is("a\nb\nc\n", 1, "c\n"));
	CHECK(tail_is("a\nb\nc\n", 2, "b\nc\n"));
	CHECK(tail_is("a\nb\nc\n", 9, "a\nb\nc\n"));
	CHECK(tail_is("a\nb\nc", 1, "c"));
	CHECK(tail_is("a\nb\nc", 2, "b\nc"));
	CHECK(tail_is("a\nb\nc\n", 0, ""));
	CHECK(tail_is("", 3, ""));
	CHECK(tail_is("\n\n", 1, "\n"));

	bool w = false;
	unsigned long long h = 0;
	CHECK(relay_parse_hello("RVISOR-CONSOLE/1 write 4096", &w, &h) == 0 && w && h == 4096);
	CHECK(relay_parse_hello("RVISOR-CONSOLE/1 read 0", &w, &h) == 0 && !w && h == 0);
	const char *bad[] = {"",
			     "RVISOR-CONSOLE/1",
			     "RVISOR-CONSOLE/1 read",
			     "RVISOR-CONSOLE/1 read ",
			     "RVISOR-CONSOLE/1 read -1",
			     "RVISOR-CONSOLE/1 read +1",
			     "RVISOR-CONSOLE/1 read 1 ",
			     "RVISOR-CONSOLE/1 read 1x",
			     "RVISOR-CONSOLE/1 read 18446744073709551616",
			     "RVISOR-CONSOLE/1 rw 1",
			     "RVISOR-CONSOLE/2 read 1",
			     "rvisor-console/1 read 1",
			     "RVISOR-CONSOLE/1  read 1"};
	for (size_t k = 0; k < sizeof(bad) / sizeof(bad[0]); k++)
		CHECK(relay_parse_hello(bad[k], &w, &h) < 0);
	CHECK(relay_parse_hello("RVISOR-CONSOLE/1 read 18446744073709551615", &w, &h) == 0 &&
	      h == ~0ull);

	CHECK(count_input("{\"name\":\"a\"}") == 1);
	CHECK(count_input("{\"name\":\"a\",\"power_button\":false}") == 0);
	CHECK(count_input("{\"name\":\"a\",\"devices\":[\"input\",\"rng\"]}") == 1);
	CHECK(count_input("{\"name\":\"a\",\"power_button\":true,\"devices\":[\"rng\"]}") == 1);

	unlink(log);
	unlink(old);
	rmdir(dir);
	CHECK_DONE();
}
