/* `rvisor vm VERB`: the command-line client of the daemon's API (docs/api/
 * daemon.yaml): parse, one request, print a table or JSON; starts a daemon
 * when none answers. */
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
#include "cli/vm_console.h"
#include "cli/run_limits.h"
#include "cli/stats_view.h"
#include "daemon/daemon.h"
#include "daemon/spec.h"
#include "virtio/devices.h"

/* Option letters: c cpus, m mem, k kernel, i initrd, a append, F firmware,
 * d disk, D device (and --KIND), L resource limits (--cpu-max...), o output,
 * t timeout, f force, u unset. */
static const struct cl_verb verbs[] = {
    {"create", "NAME [options]", "record a new VM (stopped)", "cmkiaFdDLo", 1},
    {"list", "", "list the VMs", "o", 0},
    {"show", "NAME", "show one VM: configuration, state, last exit, runtime", "o", 1},
    {"start", "NAME [--console]", "start a VM (its own detached process)", "oC", 1},
    {"stop", "NAME [--timeout S] [--force]",
     "shut a VM down with its power button, forced after S seconds (default 30)", "tfo", 1},
    {"restart", "NAME [--timeout S] [--force]", "stop a running VM (as stop), then start it", "tfo",
     1},
    {"kill", "NAME", "kill a running VM at once (SIGKILL)", "o", 1},
    {"pause", "NAME", "pause a running VM's vCPUs", "o", 1},
    {"resume", "NAME", "resume a paused VM", "o", 1},
    {"delete", "NAME [--force]",
     "delete a stopped VM and its files (--force: a running one too, killed first)", "f", 1},
    {"console", "NAME [--read-only]",
     "attach the terminal to a running VM's serial console (detach with Ctrl-])", "R", 1},
    {"logs", "NAME [--tail N] [--follow]",
     "print a VM's console output, kept on disk (--follow: then the live output)", "TW", 1},
    {"modify", "NAME [options]",
     "change a VM's configuration (running: limits at once, the rest at its next start)",
     "cmkiaFdDLuo", 1},
    {"stats", "NAME", "a VM's statistics: CPU, instructions, memory, disks, NICs", "o", 1},
};

static void vm_usage(FILE *f, const struct cl_verb *only)
{
	if (only) {
		fprintf(f, "usage: rvisor vm %s %s\n\n%c%s.\n", only->name, only->args,
			only->what[0] - 'a' + 'A', only->what + 1);
	} else {
		fprintf(f, "usage: rvisor vm [--state-dir D] [--run-dir D] [--no-autostart] VERB "
			   "ARGS\n\nManage VMs through the rvisor daemon (docs/daemon.md).\n\n"
			   "verbs:\n");
		for (size_t k = 0; k < sizeof(verbs) / sizeof(verbs[0]); k++)
			fprintf(f, "  %-8s %s\n", verbs[k].name, verbs[k].what);
		fprintf(f, "  %-8s %s\n", "clone",
			"a new VM from another's disks (see clone --help)");
		fprintf(f, "  %-8s %s\n", "export",
			"write a VM into one archive file (see export --help)");
		fprintf(f, "  %-8s %s\n", "import",
			"a new VM from an archive file (see import --help)");
		fprintf(f, "  %-8s %s\n", "migrate",
			"move a running VM to another daemon (see migrate --help)");
	}
	const char *o = only ? only->opts : "";
	fprintf(f, "\n");
	if (strchr(o, 'c'))
		fprintf(f, "  --cpus N              vCPUs, 1..%d (default 1)\n", SPEC_CPUS_MAX);
	if (strchr(o, 'm'))
		fprintf(
		    f,
		    "  --mem SIZE            guest RAM: MiB, or with an M or G suffix, %d M..%d G\n"
		    "                        (default 128M); --memory is the same\n",
		    SPEC_MEM_MIN_MIB, SPEC_MEM_MAX_MIB / 1024);
	if (strchr(o, 'k'))
		fprintf(
		    f, "  --kernel FILE         Linux kernel; without --kernel and --firmware the\n"
		       "                        default guest boots\n"
		       "  --initrd FILE         initial ramdisk (with --kernel)\n"
		       "  --append ARGS         kernel command line (with --kernel)\n"
		       "  --firmware FILE       M-mode firmware instead of a kernel\n"
		       "  --disk SPEC           a disk, as 'rvisor run --disk' (repeatable; given\n"
		       "                        to modify, the list replaces the recorded one)\n"
		       "  --device KIND,OPTS    a device, as 'rvisor run --device' (repeatable;\n"
		       "                        --KIND OPTS is the same, e.g. --net user)\n");
	if (strchr(o, 'L'))
		fprintf(
		    f, "  --cpu-max CPUS, --cpu-weight N, --cpu-pin LIST|vcpus=LIST,\n"
		       "  --memory-limit auto|off|SIZE, --pids-max N\n"
		       "                        resource limits, as 'rvisor run' (fields cpu_max,\n"
		       "                        cpu_weight, cpu_pin, memory_limit, pids_max)\n"
		       "  --balloon-target SIZE the balloon's target: guest RAM given back to the\n"
		       "                        host (MiB, or with M or G; needs --balloon ...;\n"
		       "                        field balloon_mib)\n");
	if (strchr(o, 'L') && strcmp(only->name, "modify") == 0)
		fprintf(
		    f, "\nOn a running VM, cpu_max, cpu_weight, cpu_pin, memory_limit, pids_max\n"
		       "and balloon_mib (with a balloon device) change at once, in its cgroups,\n"
		       "its threads' affinity and its balloon, as do disks and devices whose\n"
		       "rate-limit options only change (bps, iops, rx_bps, tx_pps...: through its\n"
		       "API). A value that cannot be applied is refused with the reason (nothing\n"
		       "changes). Everything else (cpus, memory, boot, other disk or device\n"
		       "changes) is recorded and pending until the next start: 'vm show' lists "
		       "it.\n\n");
	if (strchr(o, 'u'))
		fprintf(
		    f, "  --unset FIELD         remove kernel, initrd, append, firmware, disks,\n"
		       "                        devices or a resource limit (cpu_max, cpu_weight,\n"
		       "                        cpu_pin, memory_limit, pids_max, balloon_mib) from "
		       "the\n"
		       "                        configuration\n");
	if (strchr(o, 't'))
		fprintf(f, "  --timeout S           seconds to wait for the shutdown (0..%d)\n",
			SPEC_STOP_TIMEOUT_MAX);
	if (strchr(o, 'f') && strcmp(only->name, "delete") == 0)
		fprintf(f, "  --force               also delete a running VM (killed first)\n");
	else if (strchr(o, 'f'))
		fprintf(f,
			"  --force               skip the power button: power the VM off at once\n"
			"                        (the shutdown action, then SIGKILL)\n");
	if (strchr(o, 'C'))
		fprintf(f,
			"  --console             then attach the terminal to its serial console\n"
			"                        (as 'rvisor vm console')\n");
	if (strchr(o, 'R'))
		fprintf(f,
			"  --read-only           watch only: keystrokes do not go to the guest\n"
			"                        (one client at a time holds the input; later\n"
			"                        ones are read-only anyway)\n"
			"\nThe last %d bytes of output are shown first. Ctrl-] detaches (the VM\n"
			"runs on); so does the end of input when it is not a terminal.\n\n",
			VM_CONSOLE_HISTORY);
	if (strchr(o, 'T'))
		fprintf(f,
			"  --tail N              only the last N lines\n"
			"  --follow              then print the output as it comes, until the VM\n"
			"                        stops (Ctrl-C ends it)\n");
	if (strchr(o, 'o'))
		fprintf(f, "  -o, --output FORMAT   table (default) or json\n");
	fprintf(f, "  --state-dir DIR, --run-dir DIR, --no-autostart\n"
		   "                        the daemon's directories (as 'rvisor daemon'); do not\n"
		   "                        start a daemon when none answers\n"
		   "  -h, --help            this help\n"
		   "\nExit status: 0 success, 1 the operation failed (or no daemon), 2 bad usage\n"
		   "or input, 3 no such VM.\n");
}

static void print_last_exit(json_t *x, char *out, size_t n)
{
	if (!json_is_object(x)) {
		snprintf(out, n, "-");
		return;
	}
	json_t *s = json_object_get(x, "status"), *g = json_object_get(x, "signal");
	const char *req = cl_str(x, "requested");
	if (json_is_integer(s))
		snprintf(out, n, "%s %lld", cl_str(x, "reason"), (long long)json_integer_value(s));
	else if (json_is_integer(g))
		snprintf(out, n, "%s %lld", cl_str(x, "reason"), (long long)json_integer_value(g));
	else
		snprintf(out, n, "%s", cl_str(x, "reason"));
	if (strcmp(req, "-") != 0)
		snprintf(out + strlen(out), n - strlen(out), " (%s)", req);
}

static void print_table(json_t *vms)
{
	printf("%-24s %-9s %4s %8s %8s  %s\n", "NAME", "STATE", "CPUS", "MEMORY", "PID",
	       "LAST EXIT");
	size_t i;
	json_t *v;
	json_array_foreach(vms, i, v)
	{
		json_t *cfg = json_object_get(v, "config");
		json_t *pids = json_object_get(v, "pids");
		char pid[24] = "-", mem[24], ex[96];
		if (json_is_object(pids))
			snprintf(pid, sizeof(pid), "%lld",
				 (long long)json_integer_value(json_object_get(pids, "vm")));
		snprintf(mem, sizeof(mem), "%lldM",
			 (long long)json_integer_value(json_object_get(cfg, "memory_mib")));
		print_last_exit(json_object_get(v, "last_exit"), ex, sizeof(ex));
		printf("%-24s %-9s %4lld %8s %8s  %s\n", cl_str(v, "name"), cl_str(v, "state"),
		       (long long)json_integer_value(json_object_get(cfg, "cpus")), mem, pid, ex);
	}
}

static void print_vm(json_t *v)
{
	json_t *cfg = json_object_get(v, "config");
	char ex[96];
	print_last_exit(json_object_get(v, "last_exit"), ex, sizeof(ex));
	printf("name:       %s\n", cl_str(v, "name"));
	printf("state:      %s%s\n", cl_str(v, "state"),
	       json_is_true(json_object_get(v, "pending_changes"))
		   ? " (configuration changed: applies at the next start)"
		   : "");
	json_t *pend = json_object_get(v, "pending");
	if (json_array_size(pend)) {
		char *t = json_dumps(pend, JSON_COMPACT);
		printf("pending:    %s (the running VM has its start's values)\n", t ? t : "?");
		free(t);
	}
	json_t *org = json_object_get(v, "origin");
	if (json_is_object(org)) {
		json_t *sn = json_object_get(org, "snapshot");
		printf("origin:     %s clone of %s%s%s%s\n", cl_str(org, "mode"),
		       cl_str(org, "source"), json_is_string(sn) ? " at snapshot " : "",
		       json_is_string(sn) ? json_string_value(sn) : "",
		       json_is_false(json_object_get(org, "source_exists")) ? " (deleted)" : "");
	}
	printf("cpus:       %lld\n", (long long)json_integer_value(json_object_get(cfg, "cpus")));
	printf("memory:     %lldM\n",
	       (long long)json_integer_value(json_object_get(cfg, "memory_mib")));
	const char *boot[] = {"kernel", "initrd", "append", "firmware"};
	for (int k = 0; k < 4; k++)
		if (json_object_get(cfg, boot[k]))
			printf("%-11s %s\n", boot[k], cl_str(cfg, boot[k]));
	if (!json_object_get(cfg, "kernel") && !json_object_get(cfg, "firmware"))
		printf("boot:       the default guest\n");
	size_t i;
	json_t *x;
	json_array_foreach(json_object_get(cfg, "disks"), i, x)
	    printf("disk:       %s\n", json_string_value(x));
	json_array_foreach(json_object_get(cfg, "devices"), i, x)
	    printf("device:     %s\n", json_string_value(x));
	printf("created:    %s\n", cl_str(v, "created_at"));
	json_t *pids = json_object_get(v, "pids");
	if (json_is_object(pids)) {
		printf("started:    %s\n", cl_str(v, "started_at"));
		printf("pid:        %lld (keeper %lld)\n",
		       (long long)json_integer_value(json_object_get(pids, "vm")),
		       (long long)json_integer_value(json_object_get(pids, "keeper")));
		printf("api socket: %s\n", cl_str(v, "api_socket"));
	}
	json_t *rt = json_object_get(v, "runtime");
	if (json_is_object(rt))
		printf("uptime:     %.1f s, %lld instructions\n",
		       json_real_value(json_object_get(rt, "uptime_seconds")),
		       (long long)json_integer_value(json_object_get(rt, "instructions_retired")));
	printf("last exit:  %s\n", ex);
	json_t *by = json_object_get(json_object_get(v, "last_exit"), "stopped_by");
	if (json_is_string(by))
		printf("stopped by: %s\n", json_string_value(by));
}

/* SIZE: MiB, or a number with M or G. */
static int parse_mem(const char *s, uint64_t *mib)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || s[0] == '-')
		return -1;
	if (*end == 'G' || *end == 'g')
		v *= 1024, end++;
	else if (*end == 'M' || *end == 'm')
		end++;
	if (*end == 'i' && end[1] == 'B')
		end += 2;
	if (*end || v > (1ull << 30))
		return -1;
	*mib = v;
	return 0;
}

/* An absolute path for the daemon (it has its own working directory);
 * for a disk, only the image path before the options. */
static json_t *abs_json(const char *p, bool disk)
{
	if (p[0] == '/' || !*p || (disk && strncmp(p, "vol:", 4) == 0))
		return json_string(p);
	char cwd[PATH_MAX];
	if (!getcwd(cwd, sizeof(cwd)))
		return json_string(p);
	(void)disk;
	char *t;
	if (asprintf(&t, "%s/%s", cwd, p) < 0)
		return NULL;
	json_t *j = json_string(t);
	free(t);
	return j;
}

/* console, logs (and start --console): where the console is, from the
 * daemon, then the keeper's socket. A stopped VM's logs come from the
 * daemon (GET /vms/NAME/logs), even with --follow. */
static int console_verb(struct dclient *cl, const char *name, bool logs, bool read_only,
			bool follow, long tail)
{
	char path[160], *text = NULL;
	json_t *ans = NULL;
	int st = 409;
	if (!logs || follow) {
		snprintf(path, sizeof(path), "/vms/%s/console", name);
		st = dclient_call(cl, "GET", path, NULL, &ans);
		if (st < 0)
			return CL_FAILED;
	}
	if (st == 200) {
		json_t *s = json_object_get(ans, "socket");
		char sock[1100];
		snprintf(sock, sizeof(sock), "%s", json_is_string(s) ? json_string_value(s) : "");
		json_decref(ans);
		return logs ? vm_console_follow(sock, tail)
			    : vm_console_attach(sock, name, read_only);
	}
	if (!logs || st != 409) {
		int rc = dclient_status(cl, logs ? "logs" : "console", st, ans);
		json_decref(ans);
		return rc;
	}
	json_decref(ans);
	if (tail >= 0)
		snprintf(path, sizeof(path), "/vms/%s/logs?tail=%ld", name, tail);
	else
		snprintf(path, sizeof(path), "/vms/%s/logs", name);
	st = dclient_call_text(cl, "GET", path, NULL, &text);
	if (st < 0)
		return CL_FAILED;
	json_t *fault = st == 200 ? NULL : json_loads(text ? text : "", 0, NULL);
	if (st == 200)
		fwrite(text, 1, strlen(text), stdout);
	free(text);
	int rc = dclient_status(cl, "logs", st, fault);
	json_decref(fault);
	return rc;
}

enum {
	O_CPUS = 300,
	O_MEM,
	O_KERNEL,
	O_INITRD,
	O_APPEND,
	O_FIRMWARE,
	O_DISK,
	O_DEVICE,
	O_TIMEOUT,
	O_FORCE,
	O_UNSET,
	O_ATTACH,
	O_READONLY,
	O_TAIL,
	O_FOLLOW,
	O_BALLOON_TARGET,
	O_KIND = 400
};

int cmd_vm(int argc, char **argv)
{
	/* clone has its own file and options (cli/vm_clone.c). */
	for (int k = 1; k < argc; k++) {
		if (strcmp(argv[k], "--state-dir") == 0 || strcmp(argv[k], "--run-dir") == 0) {
			k++;
			continue;
		}
		if (argv[k][0] != '-') {
			if (strcmp(argv[k], "clone") == 0) {
				memmove(argv + k, argv + k + 1,
					(size_t)(argc - k - 1) * sizeof(*argv));
				return cmd_vm_clone(argc - 1, argv);
			}
			if (strcmp(argv[k], "migrate") == 0) {
				memmove(argv + k, argv + k + 1,
					(size_t)(argc - k - 1) * sizeof(*argv));
				return cmd_vm_migrate(argc - 1, argv);
			}
			if (strcmp(argv[k], "export") == 0 || strcmp(argv[k], "import") == 0) {
				bool export = argv[k][0] == 'e';
				memmove(argv + k, argv + k + 1,
					(size_t)(argc - k - 1) * sizeof(*argv));
				return cmd_vm_archive(export, argc - 1, argv);
			}
			break;
		}
	}
	struct cl_common co = {0};
	unsigned nk;
	const struct vdev_kind *kinds = vdev_kinds(&nk);
	struct option lo[40 + 32];
	size_t n = 0;
	const struct option base[] = {
	    {"cpus", required_argument, NULL, O_CPUS},
	    {"mem", required_argument, NULL, O_MEM},
	    {"memory", required_argument, NULL, O_MEM},
	    {"kernel", required_argument, NULL, O_KERNEL},
	    {"initrd", required_argument, NULL, O_INITRD},
	    {"append", required_argument, NULL, O_APPEND},
	    {"firmware", required_argument, NULL, O_FIRMWARE},
	    {"bios", required_argument, NULL, O_FIRMWARE},
	    {"disk", required_argument, NULL, O_DISK},
	    {"device", required_argument, NULL, O_DEVICE},
	    {"timeout", required_argument, NULL, O_TIMEOUT},
	    {"force", no_argument, NULL, O_FORCE},
	    {"unset", required_argument, NULL, O_UNSET},
	    {"read-only", no_argument, NULL, O_READONLY},
	    {"tail", required_argument, NULL, O_TAIL},
	    {"follow", no_argument, NULL, O_FOLLOW},
	    {"balloon-target", required_argument, NULL, O_BALLOON_TARGET},
	    CL_COMMON_OPTIONS,
	};
	for (size_t k = 0; k < sizeof(base) / sizeof(base[0]); k++)
		lo[n++] = base[k];
	for (unsigned k = 0; k < nk && k < 32; k++)
		lo[n++] = (struct option){kinds[k].name, required_argument, NULL, O_KIND + (int)k};
	for (unsigned k = 0; run_limits_options[k].name; k++)
		lo[n++] = run_limits_options[k];
	lo[n] = (struct option){NULL, 0, NULL, 0};

	/* The verb is the first argument that is not an option (global
	 * options may come before it). */
	static const char *const with_value[] = {"--state-dir", "--run-dir", NULL};
	bool unknown;
	const struct cl_verb *vb =
	    cl_take_verb(&argc, argv, verbs, sizeof(verbs) / sizeof(verbs[0]), with_value,
			 "rvisor vm", &unknown);
	if (unknown) {
		vm_usage(stderr, NULL);
		return CL_USAGE;
	}
	/* `start --console` attaches; elsewhere --console OPTS is the
	 * virtio-console device (create, modify). */
	for (size_t k = 0; vb && strcmp(vb->name, "start") == 0 && k < n; k++)
		if (strcmp(lo[k].name, "console") == 0)
			lo[k] = (struct option){"console", no_argument, NULL, O_ATTACH};

	json_t *body = json_object(), *disks = NULL, *devices = NULL;
	bool force = false;
	bool attach_console = false, read_only = false, follow = false;
	long tail = -1;
	unsigned timeout = 10;
	bool timeout_given = false;
	int c, rc = CL_USAGE;
	optind = 1;
	argv[0] = "rvisor vm";
	int li = -1;
	while ((c = getopt_long(argc, argv, "ho:", lo, &li)) != -1) {
		char letter = 0;
		uint64_t u;
		if (c == 'o')
			li = -1;
		int common = cl_common_option(&co, "rvisor vm", c, optarg);
		if (common < 0)
			goto out;
		if (common && c != 'o')
			continue;
		switch (c) {
		case 'h':
			vm_usage(stdout, vb);
			json_decref(body);
			return CL_OK;
		case 'o':
			letter = 'o';
			break;
		case O_CPUS:
			letter = 'c';
			{
				char *end;
				unsigned long v = strtoul(optarg, &end, 10);
				if (*end || end == optarg || optarg[0] == '-' || v == 0 ||
				    v > SPEC_CPUS_MAX) {
					fprintf(stderr, "rvisor vm: --cpus %s: expected 1..%d\n",
						optarg, SPEC_CPUS_MAX);
					goto out;
				}
				json_object_set_new(body, "cpus", json_integer((json_int_t)v));
			}
			break;
		case O_BALLOON_TARGET:
			letter = 'L';
			if (parse_mem(optarg, &u) < 0) {
				fprintf(stderr,
					"rvisor vm: --balloon-target %s: expected a size such as "
					"64M\n",
					optarg);
				goto out;
			}
			json_object_set_new(body, "balloon_mib", json_integer((json_int_t)u));
			break;
		case O_MEM:
			letter = 'm';
			if (parse_mem(optarg, &u) < 0) {
				fprintf(stderr,
					"rvisor vm: --mem %s: expected a size such as 512M or 2G\n",
					optarg);
				goto out;
			}
			json_object_set_new(body, "memory_mib", json_integer((json_int_t)u));
			break;
		case O_KERNEL:
		case O_INITRD:
		case O_FIRMWARE:
			letter = c == O_FIRMWARE ? 'F' : c == O_KERNEL ? 'k' : 'i';
			json_object_set_new(body,
					    c == O_KERNEL   ? "kernel"
					    : c == O_INITRD ? "initrd"
							    : "firmware",
					    abs_json(optarg, false));
			break;
		case O_APPEND:
			letter = 'a';
			json_object_set_new(body, "append", json_string(optarg));
			break;
		case O_DISK:
			letter = 'd';
			if (!disks)
				disks = json_array();
			json_array_append_new(disks, abs_json(optarg, true));
			break;
		case O_DEVICE:
			letter = 'D';
			if (!devices)
				devices = json_array();
			json_array_append_new(devices, json_string(optarg));
			break;
		case O_TIMEOUT:
			letter = 't';
			{
				char *end;
				unsigned long v = strtoul(optarg, &end, 10);
				if (*end || end == optarg || optarg[0] == '-' ||
				    v > SPEC_STOP_TIMEOUT_MAX) {
					fprintf(stderr,
						"rvisor vm: --timeout %s: expected 0..%d seconds\n",
						optarg, SPEC_STOP_TIMEOUT_MAX);
					goto out;
				}
				timeout = (unsigned)v;
				timeout_given = true;
			}
			break;
		case O_FORCE:
			letter = 'f';
			force = true;
			break;
		case O_ATTACH:
			letter = 'C';
			attach_console = true;
			break;
		case O_READONLY:
			letter = 'R';
			read_only = true;
			break;
		case O_FOLLOW:
			letter = 'W';
			follow = true;
			break;
		case O_TAIL:
			letter = 'T';
			{
				char *end;
				errno = 0;
				unsigned long v = strtoul(optarg, &end, 10);
				if (*end || end == optarg || optarg[0] == '-' || errno ||
				    v > 1000000) {
					fprintf(stderr,
						"rvisor vm: --tail %s: expected a number of lines, "
						"0..1000000\n",
						optarg);
					goto out;
				}
				tail = (long)v;
			}
			break;
		case O_UNSET:
			letter = 'u';
			if (strcmp(optarg, "kernel") && strcmp(optarg, "initrd") &&
			    strcmp(optarg, "append") && strcmp(optarg, "firmware") &&
			    strcmp(optarg, "disks") && strcmp(optarg, "devices") &&
			    strcmp(optarg, "cpu_max") && strcmp(optarg, "cpu_weight") &&
			    strcmp(optarg, "cpu_pin") && strcmp(optarg, "memory_limit") &&
			    strcmp(optarg, "pids_max") && strcmp(optarg, "balloon_mib")) {
				fprintf(stderr,
					"rvisor vm: --unset %s: expected kernel, initrd, append, "
					"firmware, disks, devices, cpu_max, cpu_weight, cpu_pin, "
					"memory_limit, pids_max or balloon_mib\n",
					optarg);
				goto out;
			}
			json_object_set_new(body, optarg, json_null());
			break;
		default:
			if (c >= RUN_LIMITS_OPT_FIRST && c <= RUN_LIMITS_OPT_LAST) {
				/* Checked here with run's grammar, sent typed. */
				letter = 'L';
				struct vm_limits l = {0};
				if (run_limits_option(&l, c, optarg) < 0)
					goto out;
				const char *field[] = {"cpu_max", "cpu_weight", "cpu_pin",
						       "memory_limit", "pids_max"};
				int k = c - RUN_LIMITS_OPT_FIRST;
				json_object_set_new(body, field[k],
						    k == 0   ? json_real(l.cpu_max)
						    : k == 1 ? json_integer(l.cpu_weight)
						    : k == 4 ? json_integer(l.pids_max)
							     : json_string(optarg));
				break;
			}
			if (c >= O_KIND && c < O_KIND + (int)nk) {
				letter = 'D';
				if (!devices)
					devices = json_array();
				char *t;
				if (asprintf(&t, "%s%s%s", kinds[c - O_KIND].name,
					     *optarg ? "," : "", optarg) < 0)
					goto out;
				json_array_append_new(devices, json_string(t));
				free(t);
				break;
			}
			vm_usage(stderr, vb);
			goto out;
		}
		if (cl_option_applies("rvisor vm", vb, letter, c, lo, li) < 0)
			goto out;
	}
	if (!vb) {
		fprintf(stderr, "rvisor vm: no verb\n");
		vm_usage(stderr, NULL);
		goto out;
	}
	if (disks)
		json_object_set_new(body, "disks", disks), disks = NULL;
	if (devices)
		json_object_set_new(body, "devices", devices), devices = NULL;
	int need = vb->nargs;
	if (argc - optind != need) {
		fprintf(stderr, "rvisor vm %s: %s\n", vb->name,
			need ? "give one VM name" : "takes no arguments");
		vm_usage(stderr, vb);
		goto out;
	}
	const char *name = need ? argv[optind] : NULL;
	if (name && !spec_name_ok(name)) {
		fprintf(stderr, "rvisor vm %s: '%s' is not a valid VM name (%s)\n", vb->name, name,
			SPEC_NAME_RULE);
		goto out;
	}
	struct dclient cl;
	if (dclient_init_common(&cl, "rvisor vm", &co) < 0)
		goto out;
	char path[128];
	const char *method = "POST";
	json_t *send = NULL;
	if (strcmp(vb->name, "create") == 0) {
		json_object_set_new(body, "name", json_string(name));
		snprintf(path, sizeof(path), "/vms");
		send = body;
	} else if (strcmp(vb->name, "list") == 0) {
		method = "GET";
		snprintf(path, sizeof(path), "/vms");
	} else if (strcmp(vb->name, "show") == 0) {
		method = "GET";
		snprintf(path, sizeof(path), "/vms/%s", name);
	} else if (strcmp(vb->name, "stats") == 0) {
		method = "GET";
		snprintf(path, sizeof(path), "/vms/%s/stats", name);
	} else if (strcmp(vb->name, "delete") == 0) {
		method = "DELETE";
		snprintf(path, sizeof(path), "/vms/%s%s", name, force ? "?force=true" : "");
	} else if (strcmp(vb->name, "modify") == 0) {
		if (json_object_size(body) == 0) {
			fprintf(stderr, "rvisor vm modify: nothing to change (see --help)\n");
			goto out;
		}
		method = "PATCH";
		snprintf(path, sizeof(path), "/vms/%s", name);
		send = body;
	} else {
		snprintf(path, sizeof(path), "/vms/%s/%s", name, vb->name);
		if (timeout_given)
			json_object_set_new(body, "timeout_seconds", json_integer(timeout));
		if (force)
			json_object_set_new(body, "force", json_true());
		if (json_object_size(body))
			send = body;
	}
	if (strcmp(vb->name, "console") == 0 || strcmp(vb->name, "logs") == 0) {
		rc =
		    console_verb(&cl, name, strcmp(vb->name, "logs") == 0, read_only, follow, tail);
		goto out;
	}
	json_t *ans;
	rc = dclient_run(&cl, vb->name, method, path, send, &ans);
	if (rc != CL_OK) {
		/* printed */
	} else if (co.json_out && ans) {
		cl_print_json(strcmp(vb->name, "list") == 0 ? json_object_get(ans, "vms") : ans);
	} else if (strcmp(vb->name, "list") == 0) {
		print_table(json_object_get(ans, "vms"));
	} else if (strcmp(vb->name, "show") == 0) {
		print_vm(ans);
	} else if (strcmp(vb->name, "stats") == 0) {
		stats_print(ans);
	} else if (strcmp(vb->name, "delete") != 0) {
		printf("%s: %s\n", name, cl_str(ans, "state"));
	}
	json_decref(ans);
	if (rc == CL_OK && attach_console) {
		fflush(stdout);
		rc = console_verb(&cl, name, false, false, false, -1);
	}
out:
	json_decref(body);
	json_decref(disks);
	json_decref(devices);
	return rc;
}
