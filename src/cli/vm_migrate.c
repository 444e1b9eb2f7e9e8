/* `rvisor vm migrate NAME --to HOST:PORT --token-file FILE`: move a running
 * managed VM to another daemon, live (docs/daemon.md "Migration between
 * daemons"); its own file so that `rvisor vm`'s verb table stays small
 * (cli/vm.c hands over to it). */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/client.h"
#include "daemon/spec.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: rvisor vm migrate NAME --to HOST:PORT --token-file FILE\n"
		"                         [--downtime-ms N] [--max-bandwidth BYTES_PER_S]\n"
		"                         [--streams N] [--compress none|zstd] [--give-up]\n"
		"                         [--timeout S]\n\n"
		"Move the running VM NAME, live, to the daemon whose web listener is\n"
		"HOST:PORT ('rvisor daemon --web HOST:PORT --migrate-listen ADDR' there). This\n"
		"daemon asks that one, with its web token, to accept the VM, then sends the VM\n"
		"over TCP to the address it names, with the one-time token it gives. When the\n"
		"destination runs it, the VM leaves this daemon's inventory (its disks stay);\n"
		"on any failure before the switch-over it runs on here and the destination\n"
		"forgets it. Its disks must be on storage both hosts see at the same path\n"
		"(pool volumes, snapshots and layers do not move yet).\n\n"
		"  --to HOST:PORT        the destination daemon's web listener (--web)\n"
		"  --token-file FILE     a file holding that daemon's web token (its first line)\n"
		"  --downtime-ms N       the pause the VM may have (default 300)\n"
		"  --max-bandwidth B     at most B bytes per second\n"
		"  --streams N           RAM over N connections (1 to 8)\n"
		"  --compress zstd       compress RAM pages on the wire (default none)\n"
		"  --give-up             give up rather than finish over the downtime\n"
		"  --timeout S           the destination forgets the VM unless it switched over\n"
		"                        within S seconds (default 600)\n"
		"  -o, --output FORMAT   table (default) or json\n"
		"  --state-dir DIR, --run-dir DIR, --no-autostart\n"
		"                        the daemon's directories (as 'rvisor daemon')\n"
		"  -h, --help            this help\n"
		"\nExit status: 0 the VM runs at the destination, 1 the migration failed (the\n"
		"message says where the VM runs), 2 bad usage or a refused request (a wrong\n"
		"token), 3 no such VM.\n");
}

enum {
	O_TO = 300,
	O_TOKEN,
	O_DOWNTIME,
	O_BW,
	O_STREAMS,
	O_COMPRESS,
	O_GIVEUP,
	O_TIMEOUT,
	O_STATE,
	O_RUN,
	O_NOAUTO
};

/* The token: the file's first line, blanks around it dropped. */
static int read_token(const char *path, char *out, size_t n)
{
	FILE *f = fopen(path, "re");
	if (!f) {
		fprintf(stderr, "rvisor vm migrate: --token-file %s: %s\n", path, strerror(errno));
		return -1;
	}
	char line[512] = "";
	bool got = fgets(line, sizeof(line), f) != NULL;
	fclose(f);
	char *s = line, *end;
	while (*s == ' ' || *s == '\t')
		s++;
	end = s + strlen(s);
	while (end > s && (end[-1] == '\n' || end[-1] == '\r' || end[-1] == ' ' || end[-1] == '\t'))
		*--end = 0;
	if (!got || !*s || strlen(s) >= n) {
		fprintf(stderr, "rvisor vm migrate: --token-file %s: no token on its first line\n",
			path);
		return -1;
	}
	snprintf(out, n, "%s", s);
	explicit_bzero(line, sizeof(line));
	return 0;
}

static bool number(const char *s, long long lo, long long hi, long long *out)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || !*s || *end || v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

int cmd_vm_migrate(int argc, char **argv)
{
	static const struct option lo[] = {
	    {"to", required_argument, NULL, O_TO},
	    {"token-file", required_argument, NULL, O_TOKEN},
	    {"downtime-ms", required_argument, NULL, O_DOWNTIME},
	    {"max-bandwidth", required_argument, NULL, O_BW},
	    {"streams", required_argument, NULL, O_STREAMS},
	    {"compress", required_argument, NULL, O_COMPRESS},
	    {"give-up", no_argument, NULL, O_GIVEUP},
	    {"timeout", required_argument, NULL, O_TIMEOUT},
	    {"state-dir", required_argument, NULL, O_STATE},
	    {"run-dir", required_argument, NULL, O_RUN},
	    {"no-autostart", no_argument, NULL, O_NOAUTO},
	    {"output", required_argument, NULL, 'o'},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	const char *state_opt = NULL, *run_opt = NULL, *to = NULL, *token_file = NULL;
	const char *compress = NULL;
	bool noauto = false, json_out = false, give_up = false;
	long long downtime = 0, bw = 0, streams = 0, timeout = 0;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "ho:", lo, NULL)) != -1) {
		bool ok = true;
		switch (c) {
		case 'h':
			usage(stdout);
			return CL_OK;
		case O_TO:
			to = optarg;
			break;
		case O_TOKEN:
			token_file = optarg;
			break;
		case O_DOWNTIME:
			ok = number(optarg, 1, 60000, &downtime);
			break;
		case O_BW:
			ok = number(optarg, 4096, 1ll << 40, &bw);
			break;
		case O_STREAMS:
			ok = number(optarg, 1, 8, &streams);
			break;
		case O_TIMEOUT:
			ok = number(optarg, 1, 86400, &timeout);
			break;
		case O_COMPRESS:
			compress = optarg;
			ok = strcmp(optarg, "none") == 0 || strcmp(optarg, "zstd") == 0;
			break;
		case O_GIVEUP:
			give_up = true;
			break;
		case O_STATE:
			state_opt = optarg;
			break;
		case O_RUN:
			run_opt = optarg;
			break;
		case O_NOAUTO:
			noauto = true;
			break;
		case 'o':
			if (strcmp(optarg, "json") != 0 && strcmp(optarg, "table") != 0) {
				fprintf(stderr,
					"rvisor vm migrate: -o %s: expected table or json\n",
					optarg);
				return CL_USAGE;
			}
			json_out = strcmp(optarg, "json") == 0;
			break;
		default:
			usage(stderr);
			return CL_USAGE;
		}
		if (!ok) {
			fprintf(stderr, "rvisor vm migrate: %s %s: out of range (see --help)\n",
				argv[optind - 2], optarg);
			return CL_USAGE;
		}
	}
	if (argc - optind != 1 || !to || !token_file) {
		fprintf(stderr, "rvisor vm migrate: expected NAME, --to HOST:PORT and "
				"--token-file FILE\n");
		usage(stderr);
		return CL_USAGE;
	}
	const char *name = argv[optind];
	if (!spec_name_ok(name)) {
		fprintf(stderr, "rvisor vm migrate: '%s' is not a valid name (%s)\n", name,
			SPEC_NAME_RULE);
		return CL_USAGE;
	}
	char token[300];
	if (read_token(token_file, token, sizeof(token)) < 0)
		return CL_USAGE;
	struct dclient cl;
	if (dclient_init(&cl, "rvisor vm", state_opt, run_opt, noauto) < 0)
		return CL_USAGE;
	json_t *body = json_pack("{s:s, s:s}", "to", to, "token", token), *ans = NULL;
	explicit_bzero(token, sizeof(token));
	if (downtime)
		json_object_set_new(body, "downtime_ms", json_integer(downtime));
	if (bw)
		json_object_set_new(body, "max_bandwidth", json_integer(bw));
	if (streams)
		json_object_set_new(body, "streams", json_integer(streams));
	if (timeout)
		json_object_set_new(body, "timeout_seconds", json_integer(timeout));
	if (compress)
		json_object_set_new(body, "compress", json_string(compress));
	if (give_up)
		json_object_set_new(body, "give_up", json_true());
	char path[128];
	snprintf(path, sizeof(path), "/vms/%s/migrate", name);
	int st = dclient_call(&cl, "POST", path, body, &ans);
	json_decref(body);
	int rc = dclient_status(&cl, "migrate", st, ans);
	if (rc == CL_OK && json_out) {
		char *t = json_dumps(ans, JSON_INDENT(2));
		printf("%s\n", t);
		free(t);
	} else if (rc == CL_OK) {
		json_t *mg = json_object_get(ans, "migration");
		json_t *dt = json_object_get(mg, "downtime_ms"),
		       *tt = json_object_get(mg, "total_ms");
		printf("%s: migrated to %s", name, to);
		const char *st = json_string_value(json_object_get(mg, "state"));
		if (st && strcmp(st, "completed") == 0 && json_is_number(dt) && json_is_number(tt))
			printf(" (downtime %.1f ms, total %.0f ms)", json_number_value(dt),
			       json_number_value(tt));
		printf("\n");
	}
	json_decref(ans);
	return rc;
}
