/* `rvisor ctl`: a client for the per-VM REST API (rvisor run --api-socket). */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "util/ratelimit.h"
#include "vmm/migrate_out.h"
#include "vmm/migrate_zstd.h"

static void ctl_usage(FILE *f)
{
	fprintf(f,
		"usage: rvisor ctl --api-socket PATH COMMAND\n"
		"\n"
		"Control a VM started with 'rvisor run --api-socket PATH'.\n"
		"\n"
		"commands:\n"
		"  status              print the VM's state as JSON (GET /vm)\n"
		"  pause               stop the vCPUs and the guest clock\n"
		"  resume              continue a paused VM\n"
		"  snapshot SNAP MEM [--diff] [--overwrite]\n"
		"                      write a snapshot of the paused VM: the state to SNAP,\n"
		"                      guest RAM to MEM (restore: rvisor run --restore SNAP\n"
		"                      --mem-file MEM); with --diff, MEM holds only the pages\n"
		"                      written since the previous snapshot (restore: --mem-file\n"
		"                      FULL.mem --mem-diff MEM1 ... --mem-diff MEM); existing\n"
		"                      files are replaced only with --overwrite (or --force),\n"
		"                      and never a symlink, a directory or the VM's own disks\n"
		"                      or memory file\n"
		"  shutdown            power the VM off (rvisor run exits with 0)\n"
		"  reboot              reset the VM (the guest boots again)\n"
		"  powerdown           press the power button (needs --device input): the\n"
		"                      guest shuts down cleanly on its own\n"
		"  disk INDEX          print disk INDEX's rate limits and counters as JSON\n"
		"                      (GET /disks/INDEX; /dev/vda is 0)\n"
		"  disk-limit INDEX [bps=N] [bps_burst=N] [iops=N] [iops_burst=N]\n"
		"                      change disk INDEX's rate limits on the running VM\n"
		"                      (bytes/s, requests/s; K, M, G = powers of 1024; 0 = no\n"
		"                      limit; a burst defaults to one second's worth; a\n"
		"                      limit not named is unchanged)\n"
		"  net INDEX           print NIC INDEX's rate limits and counters as JSON\n"
		"                      (GET /network-interfaces/INDEX; NICs in --net order)\n"
		"  net-limit INDEX [rx_bps=N] [rx_bps_burst=N] [rx_pps=N] [rx_pps_burst=N]\n"
		"                  [tx_bps=N] [tx_bps_burst=N] [tx_pps=N] [tx_pps_burst=N]\n"
		"                      change NIC INDEX's rate limits on the running VM\n"
		"                      (rx: to the guest, tx: from it; bytes/s, frames/s;\n"
		"                      as disk-limit otherwise)\n"
		"  balloon MIB         set the balloon target: the guest gives MIB MiB of its\n"
		"                      RAM back to the host (0 returns it all; needs --balloon)\n"
		"  balloon-stats       print the balloon's target, actual size and the guest's\n"
		"                      memory statistics as JSON (GET /balloon)\n"
		"  migrate DEST [--downtime-ms N] [--give-up] [--copy-disks]\n"
		"          [--max-bandwidth BYTES_PER_S] [--streams N] [--token-file F]\n"
		"          [--postcopy[=first-pass|stalled]] [--compress none|zstd]\n"
		"          [--compress-level N] [--no-wait]\n"
		"                      live-migrate the VM to DEST (tcp:HOST:PORT or\n"
		"                      unix:PATH), where 'rvisor run --incoming DEST' waits;\n"
		"                      the pause at the end aims at N ms (default 300); when\n"
		"                      the guest dirties memory too fast even throttled, finish\n"
		"                      over that limit, or with --give-up stop and let the VM\n"
		"                      run on here. Writable disks are on shared storage\n"
		"                      (the same path at DEST), or with --copy-disks copied\n"
		"                      into the targets DEST was given (--disk). The stream\n"
		"                      uses at most BYTES_PER_S; --streams N (2 to 8) sends\n"
		"                      RAM over N more parallel connections; F holds the\n"
		"                      token DEST was given (--incoming ADDR,token-file=F).\n"
		"                      --postcopy switches over after the first full pass\n"
		"                      (=stalled: when the rounds stop shrinking, instead of\n"
		"                      throttling) and sends the pages left afterwards, those\n"
		"                      the guest touches first (DEST needs userfaultfd).\n"
		"                      --compress zstd compresses RAM pages and copied disk\n"
		"                      bytes on the wire (level N, 1 to 19, default 1; not\n"
		"                      with --postcopy).\n"
		"                      Waits for the end and prints the final\n"
		"                      status (exit 0 when the VM runs at DEST), unless --no-wait\n"
		"  migrate-status      print the migration's progress as JSON (GET /migrate)\n"
		"  migrate-cancel      cancel the migration before its switch-over\n"
		"\n"
		"Exit status: 0 on success, 1 when the VM refused the request (its message\n"
		"is printed), 2 on bad usage or when the socket cannot be reached.\n");
}

/* One HTTP/1.1 exchange with Connection: close. Returns the status code (and
 * the malloc'd body in *body), or -1 after a message. */
static int http(const char *sock, const char *method, const char *path, const char *json,
		char **body)
{
	*body = NULL;
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	if (strlen(sock) >= sizeof(sa.sun_path)) {
		fprintf(stderr, "rvisor ctl: %s: path too long\n", sock);
		return -1;
	}
	strcpy(sa.sun_path, sock);
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		fprintf(stderr, "rvisor ctl: %s: %s\n", sock, strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	/* Snapshots of large guests take a while; never hang forever. */
	struct timeval tv = {.tv_sec = 600};
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	size_t jlen = json ? strlen(json) : 0;
	char head[512];
	int n = snprintf(head, sizeof(head),
			 "%s %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
			 "Accept: application/json\r\n%sContent-Length: %zu\r\n\r\n",
			 method, path, json ? "Content-Type: application/json\r\n" : "", jlen);
	if (write(fd, head, (size_t)n) != n || (jlen && write(fd, json, jlen) != (ssize_t)jlen)) {
		fprintf(stderr, "rvisor ctl: %s: %s\n", sock, strerror(errno));
		close(fd);
		return -1;
	}
	size_t cap = 4096, len = 0;
	char *buf = malloc(cap);
	for (;;) {
		if (!buf)
			break;
		if (len + 1 >= cap) {
			char *nb = cap < (1u << 24) ? realloc(buf, cap * 2) : NULL;
			if (!nb) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = nb;
			cap *= 2;
		}
		ssize_t k = read(fd, buf + len, cap - len - 1);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			if (k < 0) {
				fprintf(stderr, "rvisor ctl: %s: %s\n", sock, strerror(errno));
				free(buf);
				buf = NULL;
			}
			break;
		}
		len += (size_t)k;
	}
	close(fd);
	if (!buf)
		return -1;
	buf[len] = 0;
	int status;
	char *sep = strstr(buf, "\r\n\r\n");
	if (sscanf(buf, "HTTP/1.%*d %d", &status) != 1 || !sep) {
		fprintf(stderr, "rvisor ctl: %s: not an HTTP response\n", sock);
		free(buf);
		return -1;
	}
	*body = strdup(sep + 4);
	free(buf);
	return status;
}

/* Can the API socket still be reached (the source of a migration exits
 * once it is done)? */
static bool api_alive(const char *sock)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	if (strlen(sock) >= sizeof(sa.sun_path))
		return false;
	strcpy(sa.sun_path, sock);
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	bool ok = fd >= 0 && connect(fd, (struct sockaddr *)&sa, sizeof(sa)) == 0;
	if (fd >= 0)
		close(fd);
	return ok;
}

/* Poll GET /migrate until the migration ends; print its last status.
 * Returns the exit status: 0 when the VM runs at the destination. */
static int migrate_wait(const char *sock)
{
	char last[32] = "setup";
	char *shown = NULL;
	for (;;) {
		char *body = NULL;
		int status = api_alive(sock) ? http(sock, "GET", "/migrate", NULL, &body) : -1;
		if (status != 200) {
			free(body);
			/* The source process exits once the destination has
			 * confirmed that it runs (a quick migration ends before
			 * the first poll), or when its guest powers off. */
			if (shown)
				printf("%s\n", shown);
			fprintf(stderr,
				"rvisor ctl: migrate: the source VM has exited (last seen: %s), as "
				"it does once the destination runs\n",
				last);
			free(shown);
			return 0;
		}
		json_t *j = json_loads(body, 0, NULL);
		json_t *st = j ? json_object_get(j, "state") : NULL;
		if (st && json_is_string(st))
			snprintf(last, sizeof(last), "%s", json_string_value(st));
		json_decref(j);
		free(shown);
		shown = body;
		if (strcmp(last, "completed") == 0 || strcmp(last, "failed") == 0 ||
		    strcmp(last, "cancelled") == 0 || strcmp(last, "none") == 0 ||
		    strcmp(last, "postcopy-paused") == 0) {
			printf("%s\n", shown);
			free(shown);
			if (strcmp(last, "completed") != 0) {
				fprintf(stderr, "rvisor ctl: migrate: %s\n", last);
				return 1;
			}
			return 0;
		}
		struct timespec ts = {.tv_nsec = 50 * 1000 * 1000};
		nanosleep(&ts, NULL);
	}
}

/* Make a path absolute against our working directory: the VM process may
 * have another one. */
static char *absolute(const char *p)
{
	if (p[0] == '/')
		return strdup(p);
	char cwd[PATH_MAX];
	if (!getcwd(cwd, sizeof(cwd)))
		return NULL;
	char *out = malloc(strlen(cwd) + strlen(p) + 2);
	if (out)
		sprintf(out, "%s/%s", cwd, p);
	return out;
}

/* disk-limit / net-limit INDEX key=value...: the PATCH body (rate form) of
 * nlim limiters, limiter i named field[i] with options prefix[i] + bps,
 * bps_burst, OPS, OPS_burst; or NULL after a message. */
static json_t *limit_body(const char *cmd, char **args, int n, unsigned nlim,
			  const char *const *field, const char *const *prefix, const char *ops)
{
	uint64_t v[2][4] = {{0}};
	bool given[2][4] = {{false}};
	char keys[2][4][32], list[512] = "";
	for (unsigned l = 0; l < nlim; l++) {
		snprintf(keys[l][0], 32, "%sbps", prefix[l]);
		snprintf(keys[l][1], 32, "%sbps_burst", prefix[l]);
		snprintf(keys[l][2], 32, "%s%s", prefix[l], ops);
		snprintf(keys[l][3], 32, "%s%s_burst", prefix[l], ops);
		for (int i = 0; i < 4; i++)
			(void)!snprintf(list + strlen(list), sizeof(list) - strlen(list),
					"%s%.31s=N", l || i ? ", " : "", keys[l][i]);
	}
	for (int k = 0; k < n; k++) {
		const char *eq = strchr(args[k], '=');
		unsigned l = 0;
		int i = 4;
		for (; eq && l < nlim && i == 4; l += i == 4)
			for (i = 0; i < 4; i++)
				if (strlen(keys[l][i]) == (size_t)(eq - args[k]) &&
				    strncmp(args[k], keys[l][i], (size_t)(eq - args[k])) == 0)
					break;
		/* 0 turns a limit off; otherwise the same numbers as --disk. */
		int rc = -1;
		if (eq && l < nlim)
			rc = strcmp(eq + 1, "0") == 0 ? (v[l][i] = 0, 0)
						      : ratelimit_parse_amount(eq + 1, &v[l][i]);
		if (rc == -2) {
			fprintf(stderr, "rvisor ctl: %s: %s: more than the maximum of %llu\n", cmd,
				args[k], (unsigned long long)RATELIMIT_MAX);
			return NULL;
		}
		if (!eq || l == nlim || rc < 0) {
			fprintf(stderr,
				"rvisor ctl: %s: bad argument '%s' (expected %s; N a whole number, "
				"K, M, G suffixes allowed)\n",
				cmd, args[k], list);
			return NULL;
		}
		given[l][i] = true;
	}
	bool any = false, orphan = false;
	for (unsigned l = 0; l < nlim; l++) {
		any |= given[l][0] || given[l][2];
		orphan |= (given[l][1] && !given[l][0]) || (given[l][3] && !given[l][2]);
	}
	if (!any || orphan) {
		fprintf(stderr, "rvisor ctl: %s: %s\n", cmd,
			!any ? "give at least one rate (a name without _burst)"
			     : "a burst needs its rate");
		return NULL;
	}
	json_t *body = json_object();
	for (unsigned l = 0; l < nlim; l++) {
		json_t *lim = NULL;
		for (int b = 0; b < 2; b++) {
			if (!given[l][2 * b])
				continue;
			json_t *o = json_pack("{s:I}", "rate", (json_int_t)v[l][2 * b]);
			if (given[l][2 * b + 1])
				json_object_set_new(o, "size",
						    json_integer((json_int_t)v[l][2 * b + 1]));
			if (!lim)
				lim = json_object();
			json_object_set_new(lim, b ? "ops" : "bandwidth", o);
		}
		if (lim)
			json_object_set_new(body, field[l], lim);
	}
	return body;
}

int cmd_ctl(int argc, char **argv)
{
	static const struct option opts[] = {
	    {"api-socket", required_argument, NULL, 's'},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	const char *sock = NULL;
	int c;
	optind = 1;
	argv[0] = "rvisor ctl";
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		switch (c) {
		case 's':
			sock = optarg;
			break;
		case 'h':
			ctl_usage(stdout);
			return 0;
		default:
			ctl_usage(stderr);
			return 2;
		}
	}
	if (!sock || optind >= argc) {
		fprintf(stderr, "rvisor ctl: %s\n",
			!sock ? "--api-socket PATH is required" : "no command");
		ctl_usage(stderr);
		return 2;
	}
	const char *cmd = argv[optind];
	int nargs = argc - optind - 1;
	const char *method = "PUT", *path = NULL;
	json_t *req = NULL;
	bool migrating = false, wait = true;
	if (strcmp(cmd, "status") == 0 && nargs == 0) {
		method = "GET";
		path = "/vm";
	} else if ((strcmp(cmd, "pause") == 0 || strcmp(cmd, "resume") == 0) && nargs == 0) {
		method = "PATCH";
		path = "/vm";
		req = json_pack("{s:s}", "state", cmd[0] == 'p' ? "paused" : "running");
	} else if ((strcmp(cmd, "shutdown") == 0 || strcmp(cmd, "reboot") == 0 ||
		    strcmp(cmd, "powerdown") == 0) &&
		   nargs == 0) {
		path = "/actions";
		req = json_pack("{s:s}", "action_type", cmd);
	} else if (strcmp(cmd, "snapshot") == 0 && nargs >= 2) {
		bool diff = false, overwrite = false;
		const char *files[2];
		int nfiles = 0;
		for (int k = 1; k <= nargs; k++) {
			const char *a = argv[optind + k];
			if (strcmp(a, "--diff") == 0) {
				diff = true;
			} else if (strcmp(a, "--overwrite") == 0 || strcmp(a, "--force") == 0) {
				overwrite = true;
			} else if (a[0] == '-' && a[1] == '-') {
				fprintf(stderr, "rvisor ctl: snapshot: unknown option '%s'\n", a);
				return 2;
			} else if (nfiles < 2) {
				files[nfiles++] = a;
			} else {
				nfiles = 3;
			}
		}
		if (nfiles != 2) {
			fprintf(stderr, "rvisor ctl: snapshot takes two paths, SNAP and MEM\n");
			ctl_usage(stderr);
			return 2;
		}
		char *snap = absolute(files[0]), *mem = absolute(files[1]);
		if (!snap || !mem) {
			fprintf(stderr, "rvisor ctl: cannot resolve the snapshot paths\n");
			free(snap);
			free(mem);
			return 2;
		}
		path = "/snapshot/create";
		req = json_pack("{s:s, s:s, s:s}", "snapshot_path", snap, "mem_file_path", mem,
				"snapshot_type", diff ? "diff" : "full");
		free(snap);
		free(mem);
		if (req && overwrite)
			json_object_set_new(req, "overwrite", json_true());
		if (!req) {
			fprintf(stderr, "rvisor ctl: snapshot: the paths are not valid UTF-8\n");
			return 2;
		}
	} else if ((strcmp(cmd, "disk") == 0 && nargs == 1) ||
		   (strcmp(cmd, "disk-limit") == 0 && nargs >= 1) ||
		   (strcmp(cmd, "net") == 0 && nargs == 1) ||
		   (strcmp(cmd, "net-limit") == 0 && nargs >= 1)) {
		static char dpath[64];
		bool disk = cmd[0] == 'd', limit = strchr(cmd, '-') != NULL;
		const char *idx = argv[optind + 1];
		if (*idx < '0' || *idx > '9' || strspn(idx, "0123456789") != strlen(idx) ||
		    strlen(idx) > 9) {
			fprintf(stderr, "rvisor ctl: %s: '%s' is not a %s index\n", cmd, idx,
				disk ? "disk" : "network interface");
			return 2;
		}
		snprintf(dpath, sizeof(dpath), "%s/%s", disk ? "/disks" : "/network-interfaces",
			 idx);
		path = dpath;
		method = limit ? "PATCH" : "GET";
		static const char *const dfield[] = {"rate_limiter"}, *const dprefix[] = {""};
		static const char *const nfield[] = {"rx_rate_limiter", "tx_rate_limiter"},
					 *const nprefix[] = {"rx_", "tx_"};
		if (limit && !(req = disk ? limit_body(cmd, argv + optind + 2, nargs - 1, 1, dfield,
						       dprefix, "iops")
					  : limit_body(cmd, argv + optind + 2, nargs - 1, 2, nfield,
						       nprefix, "pps")))
			return 2;
	} else if (strcmp(cmd, "balloon") == 0 && nargs == 1) {
		char *end;
		errno = 0;
		unsigned long long mib = strtoull(argv[optind + 1], &end, 10);
		if (errno || end == argv[optind + 1] || *end || argv[optind + 1][0] == '-' ||
		    mib > (1ULL << 40)) {
			fprintf(stderr, "rvisor ctl: balloon: '%s' is not a size in MiB\n",
				argv[optind + 1]);
			return 2;
		}
		path = "/balloon";
		req = json_pack("{s:I}", "amount_mib", (json_int_t)mib);
	} else if (strcmp(cmd, "balloon-stats") == 0 && nargs == 0) {
		method = "GET";
		path = "/balloon";
	} else if (strcmp(cmd, "migrate") == 0 && nargs >= 1) {
		const char *dest = NULL;
		long long downtime = 0;
		bool give_up = false, copy_disks = false, postcopy = false, pc_stalled = false;
		long long max_bw = 0, streams = 0, compress_level = 0;
		const char *token_file = NULL, *compress = NULL;
		for (int k = 1; k <= nargs; k++) {
			const char *a = argv[optind + k];
			if (strcmp(a, "--give-up") == 0) {
				give_up = true;
			} else if (strcmp(a, "--copy-disks") == 0) {
				copy_disks = true;
			} else if (strcmp(a, "--postcopy") == 0 ||
				   strcmp(a, "--postcopy=first-pass") == 0) {
				postcopy = true;
			} else if (strcmp(a, "--postcopy=stalled") == 0) {
				postcopy = pc_stalled = true;
			} else if (strcmp(a, "--token-file") == 0 && k < nargs) {
				token_file = argv[optind + ++k];
			} else if (strcmp(a, "--max-bandwidth") == 0 && k < nargs) {
				char *end;
				max_bw = strtoll(argv[optind + ++k], &end, 10);
				if (*end || max_bw < MIGRATE_MIN_BANDWIDTH) {
					fprintf(stderr,
						"rvisor ctl: migrate: --max-bandwidth %s: expected "
						"bytes/s, at least %u\n",
						argv[optind + k], MIGRATE_MIN_BANDWIDTH);
					return 2;
				}
			} else if (strcmp(a, "--streams") == 0 && k < nargs) {
				char *end;
				streams = strtoll(argv[optind + ++k], &end, 10);
				if (*end || streams < 1 || streams > MIGRATE_MAX_STREAMS) {
					fprintf(stderr,
						"rvisor ctl: migrate: --streams %s: expected 1 to "
						"%u\n",
						argv[optind + k], MIGRATE_MAX_STREAMS);
					return 2;
				}
			} else if (strcmp(a, "--compress") == 0 && k < nargs) {
				compress = argv[optind + ++k];
				if (strcmp(compress, "none") != 0 &&
				    strcmp(compress, "zstd") != 0) {
					fprintf(stderr,
						"rvisor ctl: migrate: --compress %s: expected none "
						"or zstd\n",
						compress);
					return 2;
				}
			} else if (strcmp(a, "--compress-level") == 0 && k < nargs) {
				char *end;
				compress_level = strtoll(argv[optind + ++k], &end, 10);
				if (*end || compress_level < MIG_ZSTD_LEVEL_MIN ||
				    compress_level > MIG_ZSTD_LEVEL_MAX) {
					fprintf(stderr,
						"rvisor ctl: migrate: --compress-level %s: "
						"expected %d to %d\n",
						argv[optind + k], MIG_ZSTD_LEVEL_MIN,
						MIG_ZSTD_LEVEL_MAX);
					return 2;
				}
			} else if (strcmp(a, "--no-wait") == 0) {
				wait = false;
			} else if (strcmp(a, "--downtime-ms") == 0 && k < nargs) {
				char *end;
				downtime = strtoll(argv[optind + ++k], &end, 10);
				if (*end || downtime < 1 || downtime > MIGRATE_MAX_DOWNTIME_MS) {
					fprintf(stderr,
						"rvisor ctl: migrate: --downtime-ms %s: expected 1 "
						"to %u\n",
						argv[optind + k], MIGRATE_MAX_DOWNTIME_MS);
					return 2;
				}
			} else if (a[0] == '-' && a[1] == '-') {
				fprintf(stderr, "rvisor ctl: migrate: unknown option '%s'\n", a);
				return 2;
			} else if (!dest) {
				dest = a;
			} else {
				fprintf(stderr, "rvisor ctl: migrate takes one destination\n");
				return 2;
			}
		}
		if (!dest) {
			fprintf(stderr, "rvisor ctl: migrate: no destination\n");
			return 2;
		}
		if (compress_level && (!compress || strcmp(compress, "zstd") != 0)) {
			fprintf(stderr, "rvisor ctl: migrate: --compress-level needs --compress "
					"zstd\n");
			return 2;
		}
		path = "/migrate";
		req = json_pack("{s:s, s:b, s:b}", "destination", dest, "give_up", give_up,
				"copy_disks", copy_disks);
		if (req && downtime)
			json_object_set_new(req, "downtime_ms", json_integer(downtime));
		if (req && max_bw)
			json_object_set_new(req, "max_bandwidth", json_integer(max_bw));
		if (req && streams)
			json_object_set_new(req, "streams", json_integer(streams));
		if (req && compress)
			json_object_set_new(req, "compress", json_string(compress));
		if (req && compress_level)
			json_object_set_new(req, "compress_level", json_integer(compress_level));
		if (req && postcopy) {
			json_object_set_new(req, "postcopy", json_true());
			json_object_set_new(req, "postcopy_when",
					    json_string(pc_stalled ? "stalled" : "first-pass"));
		}
		if (req && token_file) {
			/* The API reads it: relative to our directory, not the VM's. */
			char *abs = realpath(token_file, NULL);
			json_t *s = json_string(abs ? abs : token_file);
			free(abs);
			if (!s) {
				fprintf(stderr, "rvisor ctl: migrate: --token-file is not valid "
						"UTF-8\n");
				json_decref(req);
				return 2;
			}
			json_object_set_new(req, "token_file", s);
		}
		if (!req) {
			fprintf(stderr,
				"rvisor ctl: migrate: the destination is not valid UTF-8\n");
			return 2;
		}
		migrating = true;
	} else if (strcmp(cmd, "migrate-status") == 0 && nargs == 0) {
		method = "GET";
		path = "/migrate";
	} else if (strcmp(cmd, "migrate-cancel") == 0 && nargs == 0) {
		method = "DELETE";
		path = "/migrate";
	} else {
		fprintf(stderr, "rvisor ctl: unknown command or wrong arguments: %s\n", cmd);
		ctl_usage(stderr);
		return 2;
	}
	char *json = req ? json_dumps(req, JSON_COMPACT) : NULL;
	json_decref(req);
	char *body;
	int status = http(sock, method, path, json, &body);
	free(json);
	if (status < 0)
		return 2;
	int rc = 0;
	if (status >= 200 && status < 300 && migrating && wait) {
		free(body);
		return migrate_wait(sock);
	}
	if (status >= 200 && status < 300) {
		if (body && *body)
			printf("%s\n", body);
	} else {
		json_t *j = body ? json_loads(body, 0, NULL) : NULL;
		json_t *m = j ? json_object_get(j, "fault_message") : NULL;
		fprintf(stderr, "rvisor ctl: %s: %d: %s\n", cmd, status,
			m && json_is_string(m) ? json_string_value(m) : (body ? body : ""));
		json_decref(j);
		rc = 1;
	}
	free(body);
	return rc;
}
