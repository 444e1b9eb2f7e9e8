/* rvisor command-line entry: dispatches to the subcommands. */
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "util/fdbudget.h"
#include "util/lazylibs.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: rvisor <command> [options]\n"
		"\n"
		"commands:\n"
		"  run       run one virtual machine in the foreground\n"
		"  img       create, inspect, check and convert disk images\n"
		"  image     build a bootable guest image (image build debian-13 OUT.qcow2)\n"
		"  ctl       control a running VM through its API socket\n"
		"  vm        create, start, stop, list and delete managed VMs (the daemon)\n"
		"  volume    create, import, resize and delete the daemon's disk volumes\n"
		"  snapshot  create, list, revert and delete a managed VM's snapshots (disks too)\n"
		"  daemon    serve the VM inventory for 'rvisor vm' (started on demand)\n"
		"  top       a live view of the daemon's VMs (CPU, MIPS, memory, I/O)\n"
		"  events    follow the daemon's VM lifecycle events\n"
		"  version   print the version\n"
		"\n"
		"'rvisor <command> --help' describes a command.\n");
}

/* Process-wide settings every command runs with. */
static void process_setup(void)
{
	/* A peer that closes a socket or pipe rvisor writes to (a hostfwd
	 * client, a vsock peer, the reader of the console's stdout) must never
	 * end the VM: writes get EPIPE instead, which every writer handles. */
	signal(SIGPIPE, SIG_IGN);
	/* The guest's descriptors (9p fids, slirp sockets, vsock connections)
	 * are budgeted against this limit; the usual soft limit of 1024 is
	 * far below what the host allows. */
	char err[160];
	if (fd_budget_raise_limit(err, sizeof(err)) < 0)
		fprintf(stderr, "rvisor: warning: %s\n", err);
}

/* The commands that only talk to the daemon or read files: they never
 * load libmicrohttpd and libslirp (util/lazylibs.h), whose loading was
 * most of such a command's CPU time (`rvisor vm start` is on the path of
 * a managed VM's start). Every other command loads them first, before it
 * can enter a sandbox. */
static bool is_client_command(const char *cmd)
{
	static const char *const light[] = {"vm",      "volume",    "snapshot", "events", "top",
					    "version", "--version", "help",	"--help", "-h"};
	for (size_t k = 0; k < sizeof(light) / sizeof(light[0]); k++)
		if (strcmp(cmd, light[k]) == 0)
			return true;
	return false;
}

int main(int argc, char **argv)
{
	process_setup();
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	const char *cmd = argv[1];
	if (!is_client_command(cmd))
		lazylibs_load();
	if (strcmp(cmd, "run") == 0)
		return cmd_run(argc - 1, argv + 1);
	if (strcmp(cmd, "img") == 0)
		return cmd_img(argc - 1, argv + 1);
	if (strcmp(cmd, "image") == 0)
		return cmd_image(argc - 1, argv + 1);
	if (strcmp(cmd, "ctl") == 0)
		return cmd_ctl(argc - 1, argv + 1);
	if (strcmp(cmd, "vm") == 0)
		return cmd_vm(argc - 1, argv + 1);
	if (strcmp(cmd, "volume") == 0)
		return cmd_volume(argc - 1, argv + 1);
	if (strcmp(cmd, "snapshot") == 0)
		return cmd_snapshot(argc - 1, argv + 1);
	if (strcmp(cmd, "daemon") == 0)
		return cmd_daemon(argc - 1, argv + 1);
	if (strcmp(cmd, "top") == 0)
		return cmd_top(argc - 1, argv + 1);
	if (strcmp(cmd, "events") == 0)
		return cmd_events(argc - 1, argv + 1);
	if (strcmp(cmd, "__keeper") == 0) /* the daemon's, not a user command */
		return cmd_keeper(argc - 1, argv + 1);
	if (strcmp(cmd, "__spare") == 0) /* the daemon's spare keeper */
		return cmd_spare(argc - 1, argv + 1);
	if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
		printf("rvisor %s\n", RVISOR_VERSION);
		return 0;
	}
	if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
		usage(stdout);
		return 0;
	}
	fprintf(stderr, "rvisor: unknown command '%s'\n", cmd);
	usage(stderr);
	return 2;
}
