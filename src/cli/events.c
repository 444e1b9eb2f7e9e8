/* `rvisor events`: the daemon's lifecycle events (GET /events, JSON lines,
 * docs/monitoring.md), followed as they happen or listed, as text or as
 * the JSON lines themselves. */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/stats_view.h"
#include "daemon/daemon.h"

static void events_usage(FILE *f)
{
	fprintf(
	    f, "usage: rvisor events [--since SEQ] [--no-follow] [-o json] [--state-dir D]\n"
	       "                     [--run-dir D]\n"
	       "\n"
	       "Print the daemon's VM lifecycle events (created, started, paused, resumed,\n"
	       "snapshot, migration, stopped with its reason, deleted, modified) in order,\n"
	       "each with its sequence number; follow new ones until the daemon stops or\n"
	       "Ctrl-C.\n"
	       "\n"
	       "  --since SEQ        begin after event SEQ (resume where a reader stopped;\n"
	       "                     the daemon keeps the latest 1024); default: only new\n"
	       "                     events, or every kept one with --no-follow\n"
	       "  --no-follow        print the kept events and exit\n"
	       "  -o, --output FMT   text (default) or json: the JSON lines as served\n"
	       "  --state-dir DIR, --run-dir DIR\n"
	       "                     the daemon's directories (as 'rvisor daemon')\n"
	       "  -h, --help         this help\n"
	       "\n"
	       "Exit status: 0 at the end of the stream, 1 when no daemon answers, 2 bad usage.\n");
}

static void print_text(const char *line)
{
	json_t *o = json_loads(line, 0, NULL);
	if (!json_is_object(o)) {
		json_decref(o);
		return;
	}
	const char *t = json_string_value(json_object_get(o, "time"));
	const char *vm = json_string_value(json_object_get(o, "vm"));
	const char *type = json_string_value(json_object_get(o, "type"));
	printf("%-24s %6lld  %-10s %-20s", t ? t : "-", (long long)stats_num(o, "seq", 0),
	       type ? type : "-", vm ? vm : "-");
	/* The rest of the fields, as key=value. */
	const char *k;
	json_t *v;
	json_object_foreach(o, k, v)
	{
		if (!strcmp(k, "time") || !strcmp(k, "vm") || !strcmp(k, "type") ||
		    !strcmp(k, "seq") || !strcmp(k, "stream"))
			continue;
		if (!strcmp(k, "exit") && json_is_object(v)) {
			const char *r = json_string_value(json_object_get(v, "reason"));
			const char *q = json_string_value(json_object_get(v, "requested"));
			printf(" reason=%s", r ? r : "?");
			if (q)
				printf(" requested=%s", q);
			json_t *st = json_object_get(v, "status"),
			       *sg = json_object_get(v, "signal");
			if (json_is_integer(st))
				printf(" status=%lld", (long long)json_integer_value(st));
			if (json_is_integer(sg))
				printf(" signal=%lld", (long long)json_integer_value(sg));
			continue;
		}
		char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
		printf(" %s=%s", k, s ? s : "?");
		free(s);
	}
	printf("\n");
	json_decref(o);
}

int cmd_events(int argc, char **argv)
{
	static const struct option opts[] = {
	    {"since", required_argument, NULL, 's'},
	    {"no-follow", no_argument, NULL, 'n'},
	    {"output", required_argument, NULL, 'o'},
	    {"state-dir", required_argument, NULL, 'S'},
	    {"run-dir", required_argument, NULL, 'R'},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	const char *since = NULL, *state = NULL, *run = NULL;
	bool follow = true, json = false;
	int c;
	optind = 1;
	argv[0] = "rvisor events";
	while ((c = getopt_long(argc, argv, "ho:", opts, NULL)) != -1) {
		switch (c) {
		case 's': {
			char *end;
			strtoull(optarg, &end, 10);
			if (!*optarg || *end || *optarg == '-') {
				fprintf(stderr,
					"rvisor events: --since %s: give a sequence number\n",
					optarg);
				return 2;
			}
			since = optarg;
			break;
		}
		case 'n':
			follow = false;
			break;
		case 'o':
			if (strcmp(optarg, "json") != 0 && strcmp(optarg, "text") != 0) {
				fprintf(stderr, "rvisor events: -o %s: text or json\n", optarg);
				return 2;
			}
			json = strcmp(optarg, "json") == 0;
			break;
		case 'S':
			state = optarg;
			break;
		case 'R':
			run = optarg;
			break;
		case 'h':
			events_usage(stdout);
			return 0;
		default:
			events_usage(stderr);
			return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "rvisor events: unexpected argument '%s'\n", argv[optind]);
		return 2;
	}
	struct daemon_dirs dirs;
	struct error e;
	if (daemon_dirs_resolve(state, run, &dirs, &e) < 0) {
		fprintf(stderr, "rvisor events: %s\n", e.msg);
		return 2;
	}
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	snprintf(sa.sun_path, sizeof(sa.sun_path), "%.90s/%s", dirs.run, DAEMON_SOCKET_NAME);
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		fprintf(stderr, "rvisor events: no daemon at %s: %s\n", sa.sun_path,
			strerror(errno));
		if (fd >= 0)
			close(fd);
		return 1;
	}
	/* HTTP/1.0: the body is the stream itself (no chunks), ended by the
	 * daemon closing the connection. */
	char req[256];
	int n = snprintf(req, sizeof(req),
			 "GET /events?follow=%s%s%s HTTP/1.0\r\nHost: localhost\r\n\r\n",
			 follow ? "true" : "false", since ? "&since=" : "", since ? since : "");
	if (write(fd, req, (size_t)n) != n) {
		fprintf(stderr, "rvisor events: writing to the daemon: %s\n", strerror(errno));
		close(fd);
		return 1;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	char buf[65536];
	size_t have = 0;
	bool body = false;
	int rc = 0;
	for (;;) {
		ssize_t k = read(fd, buf + have, sizeof(buf) - 1 - have);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		have += (size_t)k;
		buf[have] = 0;
		char *p = buf;
		if (!body) {
			char *end = strstr(buf, "\r\n\r\n");
			if (!end) {
				if (have == sizeof(buf) - 1)
					break;
				continue;
			}
			int status = 0;
			sscanf(buf, "HTTP/%*s %d", &status);
			if (status != 200) {
				char *m = strstr(end + 4, "fault_message\":\"");
				fprintf(stderr, "rvisor events: the daemon answered %d%s%.200s\n",
					status, m ? ": " : "", m ? m + 16 : "");
				rc = 1;
				break;
			}
			body = true;
			p = end + 4;
		}
		char *nl;
		while ((nl = memchr(p, '\n', (size_t)(buf + have - p)))) {
			*nl = 0;
			if (*p) { /* an empty line is the stream's heartbeat */
				if (json)
					printf("%s\n", p);
				else
					print_text(p);
			}
			p = nl + 1;
		}
		if (ferror(stdout))
			break;
		have = (size_t)(buf + have - p);
		memmove(buf, p, have);
		if (have == sizeof(buf) - 1)
			have = 0; /* a line longer than the buffer: dropped */
	}
	close(fd);
	if (!body && rc == 0) {
		fprintf(stderr, "rvisor events: the daemon closed the connection\n");
		rc = 1;
	}
	return rc;
}
