/* `rvisor image build DISTRO OUT.qcow2 [options]`: builds a bootable guest
 * image by running the builder script (scripts/image-debian.sh) with this
 * rvisor binary as the emulator of its second stage. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"

static void image_usage(FILE *f)
{
	fprintf(f,
		"usage: rvisor image build DISTRO OUT.qcow2 [--size SIZE] [--packages P1,P2,...]\n"
		"                          [--ssh-key FILE] [--user NAME] [--hostname NAME]\n"
		"                          [--mirror URL] [--print-cached]\n"
		"\n"
		"Build a bootable RISC-V guest disk image; DISTRO is debian-13 (trixie) or\n"
		"debian-12 (bookworm). The image boots from its own disk through U-Boot\n"
		"('rvisor run --disk OUT.qcow2 --memory 1G') and runs cloud-init\n"
		"(--cloud-init). Built from Debian's mirror: debootstrap on the host (needs\n"
		"root), the second stage inside an rvisor VM; cached by its inputs in\n"
		"${RVISOR_CACHE:-~/.cache/rvisor}/image-KEY. 'scripts/image-debian.sh --help'\n"
		"describes every option. $RVISOR_IMAGE_SCRIPT overrides the script.\n");
}

/* The script beside this binary's checkout: BIN/../scripts/image-debian.sh
 * (build/rvisor in a clone). */
static int find_script(const char *exe, char *out, size_t n)
{
	const char *env = getenv("RVISOR_IMAGE_SCRIPT");
	if (env && *env)
		return snprintf(out, n, "%s", env) < (int)n ? 0 : -1;
	const char *slash = strrchr(exe, '/');
	if (!slash)
		return -1;
	if (snprintf(out, n, "%.*s/../scripts/image-debian.sh", (int)(slash - exe), exe) >= (int)n)
		return -1;
	return access(out, X_OK);
}

int cmd_image(int argc, char **argv)
{
	if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
		image_usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? 2 : 0;
	}
	if (strcmp(argv[1], "build") != 0) {
		fprintf(stderr, "rvisor image: unknown command '%s' (expected build)\n", argv[1]);
		return 2;
	}
	for (int k = 2; k < argc; k++)
		if (strcmp(argv[k], "-h") == 0 || strcmp(argv[k], "--help") == 0) {
			image_usage(stdout);
			return 0;
		}
	if (argc < 4) {
		image_usage(stderr);
		return 2;
	}
	const char *distro = argv[2];
	if (strcmp(distro, "debian-13") != 0 && strcmp(distro, "debian-12") != 0 &&
	    strcmp(distro, "trixie") != 0 && strcmp(distro, "bookworm") != 0) {
		fprintf(stderr,
			"rvisor image build: unknown distribution '%s' (debian-13, debian-12)\n",
			distro);
		return 2;
	}
	char exe[PATH_MAX], script[PATH_MAX + 64];
	ssize_t len = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (len <= 0) {
		fprintf(stderr, "rvisor image build: cannot find this binary: %s\n",
			strerror(errno));
		return 1;
	}
	exe[len] = 0;
	if (find_script(exe, script, sizeof(script)) < 0) {
		fprintf(stderr,
			"rvisor image build: the image builder script is not beside this binary "
			"(%s); set RVISOR_IMAGE_SCRIPT\n",
			script);
		return 1;
	}
	/* script DISTRO OUT [options...] --rvisor EXE */
	char **args = calloc((size_t)argc + 4, sizeof(*args));
	if (!args)
		return 1;
	int n = 0;
	args[n++] = script;
	for (int k = 2; k < argc; k++)
		args[n++] = argv[k];
	args[n++] = "--rvisor";
	args[n++] = exe;
	args[n] = NULL;
	execv(script, args);
	fprintf(stderr, "rvisor image build: %s: %s\n", script, strerror(errno));
	free(args);
	return 1;
}
