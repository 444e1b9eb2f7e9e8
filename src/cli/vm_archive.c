/* `rvisor vm export NAME FILE [--from-snapshot S] [--no-readonly]` and
 * `rvisor vm import FILE [--name NEW]`: a VM moved between hosts as one
 * archive file (docs/daemon.md "Export and import"). The daemon reads and
 * writes the file (so root mode checks the client's own access to it);
 * the CLI makes FILE absolute and asks. */
#include <getopt.h>
#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/client.h"
#include "daemon/spec.h"

static void usage(FILE *f, bool export)
{
	if (export)
		fprintf(
		    f,
		    "usage: rvisor vm export NAME FILE [--from-snapshot S] [--no-readonly]\n\n"
		    "Write VM NAME (stopped, or as its snapshot S holds it) into one new archive\n"
		    "FILE (a POSIX tar): manifest.json (format version, the configuration with\n"
		    "its disks renamed to archive members) and each disk flattened to qcow2.\n"
		    "Snapshots are not exported; read-only disks are, unless --no-readonly.\n\n"
		    "  --from-snapshot S     the disks as NAME's snapshot S holds them\n"
		    "  --no-readonly         leave read-only disks out (and out of the config)\n");
	else
		fprintf(
		    f,
		    "usage: rvisor vm import FILE [--name NEW]\n\n"
		    "Record a new VM (stopped) from an archive made by 'rvisor vm export':\n"
		    "the archive is checked (member names, sizes, manifest version, the\n"
		    "configuration), each disk becomes a new volume NEW-diskK; all or nothing.\n\n"
		    "  --name NEW            the new VM's name (default: the exported VM's)\n");
	fprintf(f, "  -o, --output FORMAT   table (default) or json\n"
		   "  --state-dir DIR, --run-dir DIR, --no-autostart\n"
		   "                        the daemon's directories (as 'rvisor daemon')\n"
		   "  -h, --help            this help\n"
		   "\nExit status: 0 success, 1 the operation failed (VM busy or running, FILE\n"
		   "exists, name taken, no daemon), 2 bad usage or a malformed archive, 3 no such\n"
		   "VM, snapshot or file.\n");
}

enum { O_FROM = 300, O_NORO, O_NAME };

int cmd_vm_archive(bool export, int argc, char **argv)
{
	static const struct option lo[] = {
	    {"from-snapshot", required_argument, NULL, O_FROM},
	    {"no-readonly", no_argument, NULL, O_NORO},
	    {"name", required_argument, NULL, O_NAME},
	    CL_COMMON_OPTIONS,
	    {NULL, 0, NULL, 0},
	};
	struct cl_common co = {0};
	const char *from = NULL, *name = NULL;
	const char *who = export ? "rvisor vm export" : "rvisor vm import";
	bool noro = false;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "ho:", lo, NULL)) != -1) {
		int common = cl_common_option(&co, who, c, optarg);
		if (common < 0)
			return CL_USAGE;
		if (common)
			continue;
		switch (c) {
		case 'h':
			usage(stdout, export);
			return CL_OK;
		case O_FROM:
		case O_NORO:
			if (!export) {
				fprintf(stderr,
					"%s: --from-snapshot and --no-readonly are export's\n",
					who);
				return CL_USAGE;
			}
			if (c == O_FROM)
				from = optarg;
			else
				noro = true;
			break;
		case O_NAME:
			if (export) {
				fprintf(stderr, "%s: --name is import's\n", who);
				return CL_USAGE;
			}
			name = optarg;
			break;
		default:
			usage(stderr, export);
			return CL_USAGE;
		}
	}
	if (argc - optind != (export ? 2 : 1)) {
		fprintf(stderr, "%s: expected %s\n", who, export ? "NAME FILE" : "FILE");
		usage(stderr, export);
		return CL_USAGE;
	}
	const char *vm = export ? argv[optind] : NULL, *file = argv[optind + (export ? 1 : 0)];
	const char *bad = vm && !spec_name_ok(vm)	? vm
			  : from && !spec_name_ok(from) ? from
			  : name && !spec_name_ok(name) ? name
							: NULL;
	if (bad) {
		fprintf(stderr, "%s: '%s' is not a valid name (%s)\n", who, bad, SPEC_NAME_RULE);
		return CL_USAGE;
	}
	/* The daemon has another working directory: an absolute path. */
	char abs[PATH_MAX + 1], cwd[PATH_MAX];
	if (file[0] == '/')
		snprintf(abs, sizeof(abs), "%s", file);
	else if (!getcwd(cwd, sizeof(cwd)) ||
		 snprintf(abs, sizeof(abs), "%s/%s", cwd, file) >= (int)sizeof(abs)) {
		fprintf(stderr, "%s: %s: path too long\n", who, file);
		return CL_USAGE;
	}
	struct dclient cl;
	if (dclient_init_common(&cl, "rvisor vm", &co) < 0)
		return CL_USAGE;
	json_t *body = json_pack("{s:s}", "path", abs), *ans;
	if (from)
		json_object_set_new(body, "from_snapshot", json_string(from));
	if (noro)
		json_object_set_new(body, "readonly", json_false());
	if (name)
		json_object_set_new(body, "name", json_string(name));
	char path[128];
	if (export)
		snprintf(path, sizeof(path), "/vms/%s/export", vm);
	else
		snprintf(path, sizeof(path), "/vms/import");
	int rc = dclient_run(&cl, export ? "export" : "import", "POST", path, body, &ans);
	json_decref(body);
	if (rc == CL_OK && co.json_out) {
		cl_print_json(ans);
	} else if (rc == CL_OK && export) {
		printf("%s: exported to %s (%lld disks)\n", vm, abs,
		       (long long)json_integer_value(json_object_get(ans, "disks")));
	} else if (rc == CL_OK) {
		printf("%s: stopped (imported from %s, %lld disks)\n",
		       json_string_value(json_object_get(ans, "name")), abs,
		       (long long)json_integer_value(json_object_get(ans, "disks")));
	}
	json_decref(ans);
	return rc;
}
