/* `rvisor volume VERB`: the daemon's storage pool from the command line
 * (docs/daemon.md "Volumes", docs/api/daemon.yaml /volumes): parse, one
 * request, print a table or JSON. */
#include <errno.h>
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

/* Option letters: s size, f format, b backing, o output. */
static const struct cl_verb vverbs[] = {
    {"create", "NAME --size SIZE [--format qcow2|raw] [--backing VOL]",
     "create an empty volume (qcow2 by default; with --backing, a qcow2 overlay of another "
     "volume, as large as it unless --size)",
     "sfbo", 1},
    {"list", "", "list the volumes, their sizes and the VMs using them", "o", 0},
    {"show", "NAME", "show one volume", "o", 1},
    {"delete", "NAME", "delete a volume (refused while a VM or another volume uses it)", "", 1},
    {"resize", "NAME SIZE", "grow a volume to SIZE (refused while a running VM uses it)", "o", 2},
    {"import", "NAME FILE",
     "copy a host image (raw, or qcow2 without backing file) into a new volume after "
     "checking it",
     "o", 2},
};

static void usage(FILE *f, const struct cl_verb *only)
{
	if (only) {
		fprintf(f, "usage: rvisor volume %s %s\n\n%c%s.\n", only->name, only->args,
			only->what[0] - 'a' + 'A', only->what + 1);
	} else {
		fprintf(f,
			"usage: rvisor volume [--state-dir D] [--run-dir D] [--no-autostart] VERB "
			"ARGS\n\nManage the daemon's storage pool (STATE/volumes). A VM uses a "
			"volume as a disk\n'vol:NAME[,readonly=on]' (rvisor vm create --disk "
			"vol:NAME).\n\nverbs:\n");
		for (size_t k = 0; k < sizeof(vverbs) / sizeof(vverbs[0]); k++)
			fprintf(f, "  %-8s %s\n", vverbs[k].name, vverbs[k].what);
	}
	const char *o = only ? only->opts : "";
	fprintf(f, "\n");
	if (strchr(o, 's'))
		fprintf(f, "  --size SIZE           bytes, or with K, M, G or T (binary): 4G\n");
	if (strchr(o, 'f'))
		fprintf(f, "  --format FMT          qcow2 (default) or raw\n");
	if (strchr(o, 'b'))
		fprintf(f,
			"  --backing VOL         a qcow2 volume over VOL (VOL is never written)\n");
	if (strchr(o, 'o'))
		fprintf(f, "  -o, --output FORMAT   table (default) or json\n");
	fprintf(f,
		"  --state-dir DIR, --run-dir DIR, --no-autostart\n"
		"                        the daemon's directories (as 'rvisor daemon'); do not\n"
		"                        start a daemon when none answers\n"
		"  -h, --help            this help\n"
		"\nExit status: 0 success, 1 the operation failed (a volume in use, no daemon),\n"
		"2 bad usage or input, 3 no such volume.\n");
}

static void users(json_t *v, char *out, size_t n)
{
	size_t i;
	json_t *u;
	out[0] = 0;
	json_array_foreach(json_object_get(v, "used_by"), i, u) snprintf(
	    out + strlen(out), n - strlen(out), "%s%s", i ? "," : "", json_string_value(u));
	if (!out[0])
		snprintf(out, n, "-");
}

static void print_table(json_t *vols)
{
	printf("%-24s %-6s %8s %9s %-16s %s\n", "NAME", "FORMAT", "SIZE", "ALLOCATED", "BACKING",
	       "USED BY");
	size_t i;
	json_t *v;
	json_array_foreach(vols, i, v)
	{
		char size[24], alloc[24], u[512];
		dclient_format_size(
		    (unsigned long long)json_integer_value(json_object_get(v, "size")), size,
		    sizeof(size));
		dclient_format_size(
		    (unsigned long long)json_integer_value(json_object_get(v, "allocated")), alloc,
		    sizeof(alloc));
		users(v, u, sizeof(u));
		printf("%-24s %-6s %8s %9s %-16s %s\n", cl_str(v, "name"), cl_str(v, "format"),
		       size, alloc, cl_str(v, "backing"), u);
	}
}

static void print_volume(json_t *v)
{
	char size[24], u[512];
	unsigned long long b = (unsigned long long)json_integer_value(json_object_get(v, "size"));
	dclient_format_size(b, size, sizeof(size));
	users(v, u, sizeof(u));
	printf("name:       %s\n", cl_str(v, "name"));
	printf("format:     %s\n", cl_str(v, "format"));
	printf("size:       %s (%llu bytes)\n", size, b);
	printf("allocated:  %lld bytes\n",
	       (long long)json_integer_value(json_object_get(v, "allocated")));
	printf("backing:    %s\n", cl_str(v, "backing"));
	printf("path:       %s\n", cl_str(v, "path"));
	printf("created:    %s\n", cl_str(v, "created_at"));
	printf("used by:    %s\n", u);
}

enum { O_SIZE = 300, O_FORMAT, O_BACKING };

int cmd_volume(int argc, char **argv)
{
	static const struct option lo[] = {
	    {"size", required_argument, NULL, O_SIZE},
	    {"format", required_argument, NULL, O_FORMAT},
	    {"backing", required_argument, NULL, O_BACKING},
	    CL_COMMON_OPTIONS,
	    {NULL, 0, NULL, 0},
	};
	static const char *const with_value[] = {"--state-dir", "--run-dir", NULL};
	bool unknown;
	const struct cl_verb *vb =
	    cl_take_verb(&argc, argv, vverbs, sizeof(vverbs) / sizeof(vverbs[0]), with_value,
			 "rvisor volume", &unknown);
	if (unknown) {
		usage(stderr, NULL);
		return CL_USAGE;
	}
	struct cl_common co = {0};
	json_t *body = json_object();
	int c, li = -1, rc = CL_USAGE;
	optind = 1;
	argv[0] = "rvisor volume";
	while ((c = getopt_long(argc, argv, "ho:", lo, &li)) != -1) {
		char letter = 0;
		unsigned long long u;
		int common = cl_common_option(&co, "rvisor volume", c, optarg);
		if (common < 0)
			goto out;
		if (common && c != 'o')
			continue;
		switch (c) {
		case 'h':
			usage(stdout, vb);
			json_decref(body);
			return CL_OK;
		case 'o':
			letter = 'o', li = -1;
			break;
		case O_SIZE:
			letter = 's';
			if (dclient_parse_size(optarg, &u) < 0) {
				fprintf(stderr,
					"rvisor volume: --size %s: expected a size such as 4G or "
					"512M\n",
					optarg);
				goto out;
			}
			json_object_set_new(body, "size", json_integer((json_int_t)u));
			break;
		case O_FORMAT:
			letter = 'f';
			json_object_set_new(body, "format", json_string(optarg));
			break;
		case O_BACKING:
			letter = 'b';
			json_object_set_new(body, "backing", json_string(optarg));
			break;
		default:
			usage(stderr, vb);
			goto out;
		}
		if (cl_option_applies("rvisor volume", vb, letter, c, lo, li) < 0)
			goto out;
	}
	if (!vb) {
		fprintf(stderr, "rvisor volume: no verb\n");
		usage(stderr, NULL);
		goto out;
	}
	if (argc - optind != vb->nargs) {
		fprintf(stderr, "rvisor volume %s: expected %s\n", vb->name,
			vb->nargs ? vb->args : "no arguments");
		usage(stderr, vb);
		goto out;
	}
	const char *name = vb->nargs ? argv[optind] : NULL;
	if (name && !spec_name_ok(name)) {
		fprintf(stderr, "rvisor volume %s: '%s' is not a valid volume name (%s)\n",
			vb->name, name, SPEC_NAME_RULE);
		goto out;
	}
	char path[128];
	const char *method = "GET";
	json_t *send = NULL;
	snprintf(path, sizeof(path), "/volumes/%s", name ? name : "");
	if (strcmp(vb->name, "create") == 0) {
		if (!json_object_get(body, "size") && !json_object_get(body, "backing")) {
			fprintf(stderr, "rvisor volume create: --size is required (see --help)\n");
			goto out;
		}
		json_object_set_new(body, "name", json_string(name));
		method = "POST", send = body;
		snprintf(path, sizeof(path), "/volumes");
	} else if (strcmp(vb->name, "import") == 0) {
		const char *file = argv[optind + 1];
		char abs[PATH_MAX + 2];
		if (file[0] != '/' && !realpath(file, abs)) {
			fprintf(stderr, "rvisor volume import: %s: %s\n", file, strerror(errno));
			rc = CL_USAGE;
			goto out;
		}
		json_object_set_new(body, "name", json_string(name));
		json_object_set_new(body, "source", json_string(file[0] == '/' ? file : abs));
		method = "POST", send = body;
		snprintf(path, sizeof(path), "/volumes");
	} else if (strcmp(vb->name, "resize") == 0) {
		unsigned long long u;
		if (dclient_parse_size(argv[optind + 1], &u) < 0) {
			fprintf(stderr, "rvisor volume resize: %s: expected a size such as 8G\n",
				argv[optind + 1]);
			goto out;
		}
		json_object_set_new(body, "size", json_integer((json_int_t)u));
		method = "POST", send = body;
		snprintf(path, sizeof(path), "/volumes/%s/resize", name);
	} else if (strcmp(vb->name, "delete") == 0) {
		method = "DELETE";
	} else if (strcmp(vb->name, "list") == 0) {
		snprintf(path, sizeof(path), "/volumes");
	}
	struct dclient cl;
	if (dclient_init_common(&cl, "rvisor volume", &co) < 0) {
		rc = CL_USAGE;
		goto out;
	}
	json_t *ans;
	rc = dclient_run(&cl, vb->name, method, path, send, &ans);

	if (rc == CL_OK && co.json_out && ans) {
		cl_print_json(strcmp(vb->name, "list") == 0 ? json_object_get(ans, "volumes")
							    : ans);
	} else if (rc == CL_OK && strcmp(vb->name, "list") == 0) {
		print_table(json_object_get(ans, "volumes"));
	} else if (rc == CL_OK && strcmp(vb->name, "show") == 0) {
		print_volume(ans);
	} else if (rc == CL_OK && strcmp(vb->name, "delete") != 0) {
		char size[24];
		dclient_format_size(
		    (unsigned long long)json_integer_value(json_object_get(ans, "size")), size,
		    sizeof(size));
		printf("%s: %s %s\n", name, cl_str(ans, "format"), size);
	}
	json_decref(ans);
out:
	json_decref(body);
	return rc;
}
