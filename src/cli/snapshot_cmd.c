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

struct sverb {
	const char *name, *args, *what;
	const char *opts; /* d description, o output */
	int nargs;
};

static const struct sverb sverbs[] = {
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

static void usage(FILE *f, const struct sverb *only)
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

enum { O_DESC = 300, O_STATE, O_RUN, O_NOAUTO };

int cmd_snapshot(int argc, char **argv)
{
	static const struct option lo[] = {
	    {"description", required_argument, NULL, O_DESC},
	    {"state-dir", required_argument, NULL, O_STATE},
	    {"run-dir", required_argument, NULL, O_RUN},
	    {"no-autostart", no_argument, NULL, O_NOAUTO},
	    {"output", required_argument, NULL, 'o'},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	const struct sverb *vb = NULL;
	int vpos = 0;
	for (int k = 1; k < argc && !vb; k++) {
		if (argv[k][0] == '-') {
			if ((strcmp(argv[k], "--state-dir") == 0 ||
			     strcmp(argv[k], "--run-dir") == 0 ||
			     strcmp(argv[k], "--description") == 0) &&
			    k + 1 < argc)
				k++;
			continue;
		}
		for (size_t v = 0; v < sizeof(sverbs) / sizeof(sverbs[0]); v++)
			if (strcmp(argv[k], sverbs[v].name) == 0)
				vb = &sverbs[v], vpos = k;
		if (!vb) {
			fprintf(stderr, "rvisor snapshot: unknown verb '%s'\n", argv[k]);
			usage(stderr, NULL);
			return CL_USAGE;
		}
	}
	if (vpos)
		memmove(argv + vpos, argv + vpos + 1, (size_t)(argc - vpos - 1) * sizeof(*argv)),
		    argc--;
	const char *state_opt = NULL, *run_opt = NULL, *desc = NULL;
	bool noauto = false, json_out = false;
	int c, li = -1;
	optind = 1;
	argv[0] = "rvisor snapshot";
	while ((c = getopt_long(argc, argv, "ho:", lo, &li)) != -1) {
		char letter = 0;
		switch (c) {
		case 'h':
			usage(stdout, vb);
			return CL_OK;
		case O_STATE:
			state_opt = optarg;
			continue;
		case O_RUN:
			run_opt = optarg;
			continue;
		case O_NOAUTO:
			noauto = true;
			continue;
		case 'o':
			letter = 'o', li = -1;
			if (strcmp(optarg, "json") != 0 && strcmp(optarg, "table") != 0) {
				fprintf(stderr, "rvisor snapshot: -o %s: expected table or json\n",
					optarg);
				return CL_USAGE;
			}
			json_out = strcmp(optarg, "json") == 0;
			break;
		case O_DESC:
			letter = 'd';
			desc = optarg;
			break;
		default:
			usage(stderr, vb);
			return CL_USAGE;
		}
		if (!vb || !strchr(vb->opts, letter)) {
			fprintf(
			    stderr,
			    "rvisor snapshot %s: option %s%s does not apply here (see --help)\n",
			    vb ? vb->name : "", c == 'o' ? "-" : "--",
			    c == 'o' ? "o" : lo[li].name);
			return CL_USAGE;
		}
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
	if (dclient_init(&cl, "rvisor snapshot", state_opt, run_opt, noauto) < 0) {
		json_decref(body);
		return CL_USAGE;
	}
	json_t *ans;
	int st = dclient_call(&cl, method, path, body, &ans);
	json_decref(body);
	int rc = dclient_status(&cl, vb->name, st, ans);
	if (rc == CL_OK && json_out && ans) {
		char *t = json_dumps(ans, JSON_INDENT(2));
		printf("%s\n", t);
		free(t);
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
