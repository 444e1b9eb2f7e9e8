/* `rvisor snapshot VERB VM ...`: a managed VM's snapshot tree with its
 * disks (docs/daemon.md "Snapshots", docs/api/daemon.yaml
 * /vms/{name}/snapshots): parse, one request, print the tree or JSON. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/client.h"
#include "daemon/spec.h"

/* Option letters: d description, o output. */
static const struct cl_verb sverbs[] = {
    {"create", "VM NAME [--description TEXT]",
     "take a snapshot: every writable disk's current layer is frozen and the VM goes on in "
     "a new overlay; a running VM's memory and device state are kept too (it goes on from "
     "them)",
     "do", 2},
    {"list", "VM", "show the VM's snapshot tree (* marks the current snapshot)", "o", 1},
    {"revert", "VM NAME",
     "give the VM back that snapshot's disks (and memory state: a running VM restarts from "
     "it, a stopped one resumes from it at its next start); later snapshots stay",
     "o", 2},
    {"delete", "VM NAME",
     "delete a snapshot (its disk layer is merged into its only child; what every other "
     "snapshot shows is unchanged)",
     "", 2},
};

static void usage(FILE *f, const struct cl_verb *only)
{
	if (only) {
		fprintf(f, "usage: rvisor snapshot %s %s\n\n%c%s.\n", only->name, only->args,
			only->what[0] - 'a' + 'A', only->what + 1);
	} else {
		fprintf(f, "usage: rvisor snapshot [--state-dir D] [--run-dir D] [--no-autostart] "
			   "VERB VM ARGS\n\nSnapshot trees of the daemon's VMs, disks "
			   "included.\n\nverbs:\n");
		for (size_t k = 0; k < sizeof(sverbs) / sizeof(sverbs[0]); k++)
			fprintf(f, "  %-8s %s\n", sverbs[k].name, sverbs[k].args);
	}
	const char *o = only ? only->opts : "";
	fprintf(f, "\n");
	if (strchr(o, 'd'))
		fprintf(f, "  --description TEXT    a note kept with the snapshot\n");
	if (strchr(o, 'o'))
		fprintf(f, "  -o, --output FORMAT   table (default) or json\n");
	fprintf(f, "  --state-dir DIR, --run-dir DIR, --no-autostart\n"
		   "                        the daemon's directories (as 'rvisor daemon'); do not\n"
		   "                        start a daemon when none answers\n"
		   "  -h, --help            this help\n"
		   "\nExit status: 0 success, 1 the operation failed (the VM busy, a name taken,\n"
		   "no daemon), 2 bad usage or input, 3 no such VM or snapshot.\n");
}

/* The tree: children under their parent, indented, in creation order. */
static void print_tree(json_t *snaps, const char *parent, int depth)
{
	size_t i;
	json_t *s;
	json_array_foreach(snaps, i, s)
	{
		json_t *p = json_object_get(s, "parent");
		const char *pn = json_is_string(p) ? json_string_value(p) : NULL;
		if ((pn == NULL) != (parent == NULL) || (pn && strcmp(pn, parent) != 0))
			continue;
		const char *name = json_string_value(json_object_get(s, "name"));
		const char *desc = json_string_value(json_object_get(s, "description"));
		printf("%*s%s %s%s  %s%s%s\n", 2 * depth, "",
		       json_is_true(json_object_get(s, "current")) ? "*" : "-", name,
		       json_is_true(json_object_get(s, "memory")) ? " (memory)" : "",
		       json_string_value(json_object_get(s, "created_at")),
		       desc && *desc ? "  " : "", desc ? desc : "");
		if (depth < 64)
			print_tree(snaps, name, depth + 1);
	}
}

enum { O_DESC = 300 };

int cmd_snapshot(int argc, char **argv)
{
	static const struct option lo[] = {
	    {"description", required_argument, NULL, O_DESC},
	    CL_COMMON_OPTIONS,
	    {NULL, 0, NULL, 0},
	};
	static const char *const with_value[] = {"--state-dir", "--run-dir", "--description", NULL};
	bool unknown;
	const struct cl_verb *vb =
	    cl_take_verb(&argc, argv, sverbs, sizeof(sverbs) / sizeof(sverbs[0]), with_value,
			 "rvisor snapshot", &unknown);
	if (unknown) {
		usage(stderr, NULL);
		return CL_USAGE;
	}
	struct cl_common co = {0};
	const char *desc = NULL;
	int c, li = -1;
	optind = 1;
	argv[0] = "rvisor snapshot";
	while ((c = getopt_long(argc, argv, "ho:", lo, &li)) != -1) {
		char letter = 0;
		int common = cl_common_option(&co, "rvisor snapshot", c, optarg);
		if (common < 0)
			return CL_USAGE;
		if (common && c != 'o')
			continue;
		switch (c) {
		case 'h':
			usage(stdout, vb);
			return CL_OK;
		case 'o':
			letter = 'o', li = -1;
			break;
		case O_DESC:
			letter = 'd';
			desc = optarg;
			break;
		default:
			usage(stderr, vb);
			return CL_USAGE;
		}
		if (cl_option_applies("rvisor snapshot", vb, letter, c, lo, li) < 0)
			return CL_USAGE;
	}
	if (!vb) {
		fprintf(stderr, "rvisor snapshot: no verb\n");
		usage(stderr, NULL);
		return CL_USAGE;
	}
	if (argc - optind != vb->nargs) {
		fprintf(stderr, "rvisor snapshot %s: expected %s\n", vb->name, vb->args);
		usage(stderr, vb);
		return CL_USAGE;
	}
	const char *vm = argv[optind], *name = vb->nargs > 1 ? argv[optind + 1] : NULL;
	if (!spec_name_ok(vm) || (name && !spec_name_ok(name))) {
		fprintf(stderr, "rvisor snapshot %s: '%s' is not a valid name (%s)\n", vb->name,
			spec_name_ok(vm) ? name : vm, SPEC_NAME_RULE);
		return CL_USAGE;
	}
	char path[256];
	const char *method = "POST";
	json_t *body = NULL;
	if (strcmp(vb->name, "create") == 0) {
		snprintf(path, sizeof(path), "/vms/%s/snapshots", vm);
		body = json_pack("{s:s}", "name", name);
		if (desc)
			json_object_set_new(body, "description", json_string(desc));
	} else if (strcmp(vb->name, "list") == 0) {
		method = "GET";
		snprintf(path, sizeof(path), "/vms/%s/snapshots", vm);
	} else if (strcmp(vb->name, "revert") == 0) {
		snprintf(path, sizeof(path), "/vms/%s/snapshots/%s/revert", vm, name);
	} else {
		method = "DELETE";
		snprintf(path, sizeof(path), "/vms/%s/snapshots/%s", vm, name);
	}
	struct dclient cl;
	if (dclient_init_common(&cl, "rvisor snapshot", &co) < 0) {
		json_decref(body);
		return CL_USAGE;
	}
	json_t *ans;
	int rc = dclient_run(&cl, vb->name, method, path, body, &ans);
	json_decref(body);

	if (rc == CL_OK && co.json_out && ans) {
		cl_print_json(ans);
	} else if (rc == CL_OK && ans) {
		json_t *snaps = json_object_get(ans, "snapshots");
		if (json_array_size(snaps) == 0)
			printf("%s: no snapshots\n", vm);
		print_tree(snaps, NULL, 0);
		if (json_is_true(json_object_get(ans, "resumes_from_memory")))
			printf("(%s resumes from the current snapshot's memory state at its next "
			       "start)\n",
			       vm);
	}
	json_decref(ans);
	return rc;
}
