/* `rvisor vm clone SRC NEW [--full | --linked] [--from-snapshot NAME]`: a
 * new managed VM from another's disks (docs/daemon.md "Clones"); its own
 * file so that `rvisor vm`'s verb table stays small (cli/vm.c hands over
 * to it). */
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
		"usage: rvisor vm clone SRC NEW [--full | --linked] [--from-snapshot NAME]\n\n"
		"Record a new VM (stopped) from SRC: its configuration and its disks as SRC\n"
		"shows them now (SRC stopped) or at its snapshot NAME (SRC may run). Read-only\n"
		"disks are shared; NICs get new MACs.\n\n"
		"  --full                copy each writable disk flat into a new volume NEW-diskK\n"
		"                        (the default)\n"
		"  --linked              copy nothing: the clone writes qcow2 overlays over\n"
		"                        SRC's frozen layers (a stopped SRC without\n"
		"                        --from-snapshot gets a snapshot named NEW for them);\n"
		"                        from a snapshot with memory the clone's first start\n"
		"                        resumes that memory, copy-on-write, as a clone (new\n"
		"                        MACs, new entropy). SRC and that snapshot cannot be\n"
		"                        deleted while the clone exists\n"
		"  --from-snapshot NAME  the disks as SRC's snapshot NAME holds them\n"
		"  -o, --output FORMAT   table (default) or json\n"
		"  --state-dir DIR, --run-dir DIR, --no-autostart\n"
		"                        the daemon's directories (as 'rvisor daemon')\n"
		"  -h, --help            this help\n"
		"\nExit status: 0 success, 1 the operation failed (SRC busy or running, NEW\n"
		"taken, no daemon), 2 bad usage or input, 3 no such VM or snapshot.\n");
}

enum { O_FULL = 300, O_LINKED, O_FROM };

int cmd_vm_clone(int argc, char **argv)
{
	static const struct option lo[] = {
	    {"full", no_argument, NULL, O_FULL},
	    {"linked", no_argument, NULL, O_LINKED},
	    {"from-snapshot", required_argument, NULL, O_FROM},
	    CL_COMMON_OPTIONS,
	    {NULL, 0, NULL, 0},
	};
	struct cl_common co = {0};
	const char *from = NULL, *mode = "full";
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "ho:", lo, NULL)) != -1) {
		int common = cl_common_option(&co, "rvisor vm clone", c, optarg);
		if (common < 0)
			return CL_USAGE;
		if (common)
			continue;
		switch (c) {
		case 'h':
			usage(stdout);
			return CL_OK;
		case O_FULL:
			mode = "full";
			break;
		case O_LINKED:
			mode = "linked";
			break;
		case O_FROM:
			from = optarg;
			break;
		default:
			usage(stderr);
			return CL_USAGE;
		}
	}
	if (argc - optind != 2) {
		fprintf(stderr, "rvisor vm clone: expected SRC NEW\n");
		usage(stderr);
		return CL_USAGE;
	}
	const char *src = argv[optind], *name = argv[optind + 1];
	if (!spec_name_ok(src) || !spec_name_ok(name) || (from && !spec_name_ok(from))) {
		fprintf(stderr, "rvisor vm clone: '%s' is not a valid name (%s)\n",
			!spec_name_ok(src)    ? src
			: !spec_name_ok(name) ? name
					      : from,
			SPEC_NAME_RULE);
		return CL_USAGE;
	}
	struct dclient cl;
	if (dclient_init_common(&cl, "rvisor vm", &co) < 0)
		return CL_USAGE;
	json_t *body = json_pack("{s:s, s:s}", "name", name, "mode", mode), *ans;
	if (from)
		json_object_set_new(body, "from_snapshot", json_string(from));
	char path[128];
	snprintf(path, sizeof(path), "/vms/%s/clone", src);
	int rc = dclient_run(&cl, "clone", "POST", path, body, &ans);
	json_decref(body);
	if (rc == CL_OK && co.json_out) {
		cl_print_json(ans);
	} else if (rc == CL_OK) {
		json_t *fs = json_object_get(ans, "from_snapshot");
		printf("%s: stopped (a %s clone of %s%s%s)\n", name, mode, src,
		       json_is_string(fs) ? " at snapshot " : "",
		       json_is_string(fs) ? json_string_value(fs) : "");
	}
	json_decref(ans);
	return rc;
}
