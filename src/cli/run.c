/* `rvisor run`: parse options, build the machine, run it to an exit. */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "machine/board.h"
#include "machine/virt.h"
#include "vmm/vm.h"

static void run_usage(FILE *f)
{
	fprintf(f,
		"usage: rvisor run [options]\n"
		"\n"
		"Run one RISC-V virtual machine in the foreground.\n"
		"\n"
		"  --kernel FILE                 Linux kernel (RISC-V Image or ELF); without it and\n"
		"                                without --firmware, the default guest is booted\n"
		"  --initrd FILE                 initial ramdisk\n"
		"  --append ARGS                 kernel command line (default \"console=ttyS0\")\n"
		"  --firmware FILE, --bios FILE  M-mode firmware: an ELF (bare-metal test mode when\n"
		"                                it has a tohost symbol) or a raw binary such as\n"
		"                                OpenSBI's fw_jump.bin; default: rvisor provides SBI\n"
		"  --dump-dtb FILE               write the generated device tree to FILE\n"
		"  --memory SIZE                 guest RAM, e.g. 512M or 2G (default 128M; 64M..16G)\n"
		"  --cpus N                      number of vCPUs, 1..8 (default 1)\n"
		"  --timeout SECONDS             stop after SECONDS with exit status 124\n"
		"  --stats                       print instructions retired, time and MIPS on exit\n"
		"  -h, --help                    this help\n"
		"\n"
		"\n"
		"Console: the guest's serial port is on this terminal; Ctrl-A x quits.\n"
		"Exit status: 0 after a guest poweroff, the test status in HTIF mode, 124 on\n"
		"timeout, 2 on bad options or input.\n");
}

bool parse_size(const char *s, uint64_t *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || *s == '-')
		return false;
	uint64_t mul = 1ULL << 20;
	if (*end) {
		switch (*end) {
		case 'k': case 'K': mul = 1ULL << 10; break;
		case 'm': case 'M': mul = 1ULL << 20; break;
		case 'g': case 'G': mul = 1ULL << 30; break;
		default: return false;
		}
		end++;
		if (*end == 'i' || *end == 'I')
			end++;
		if (*end == 'b' || *end == 'B')
			end++;
		if (*end)
			return false;
	}
	if (v > UINT64_MAX / mul)
		return false;
	*out = v * mul;
	return true;
}

enum { OPT_FIRMWARE = 256, OPT_MEMORY, OPT_CPUS, OPT_TIMEOUT, OPT_STATS, OPT_KERNEL, OPT_INITRD,
       OPT_APPEND, OPT_DUMP_DTB };

/* The default guest built by `make guest` (guest/build.sh), cached outside
 * the clone: $RVISOR_GUEST_DIR, else ${RVISOR_CACHE:-~/.cache/rvisor}/guest-current. */
static bool find_default_guest(char *kernel, char *initrd, size_t n)
{
	char dir[PATH_MAX];
	const char *env = getenv("RVISOR_GUEST_DIR");
	const char *cache = getenv("RVISOR_CACHE");
	const char *home = getenv("HOME");
	if (env && *env)
		snprintf(dir, sizeof(dir), "%s", env);
	else if (cache && *cache)
		snprintf(dir, sizeof(dir), "%s/guest-current", cache);
	else if (home && *home)
		snprintf(dir, sizeof(dir), "%s/.cache/rvisor/guest-current", home);
	else
		return false;
	if ((size_t)snprintf(kernel, n, "%.*s/Image", (int)(n - 32), dir) >= n ||
	    (size_t)snprintf(initrd, n, "%.*s/initramfs.cpio.gz", (int)(n - 32), dir) >= n)
		return false;
	return access(kernel, R_OK) == 0 && access(initrd, R_OK) == 0;
}

static void print_stats(const struct vm *vm, double seconds)
{
	uint64_t instret = 0, blocks = 0, wfi_ns = 0;
	for (unsigned k = 0; k < vm->ncpus; k++) {
		instret += vm->harts[k]->instret;
		blocks += vm->harts[k]->stat_blocks_decoded;
		wfi_ns += vm->harts[k]->stat_wfi_ns;
	}
	fprintf(stderr,
		"rvisor: stats: instret=%llu seconds=%.3f mips=%.1f blocks_decoded=%llu wfi_seconds=%.3f\n",
		(unsigned long long)instret, seconds, seconds > 0 ? (double)instret / seconds / 1e6 : 0.0,
		(unsigned long long)blocks, (double)wfi_ns * 1e-9);
	for (unsigned k = 0; k < vm->ncpus && vm->ncpus > 1; k++)
		fprintf(stderr, "rvisor: stats: hart %u: instret=%llu wfi_seconds=%.3f\n", k,
			(unsigned long long)vm->harts[k]->instret, (double)vm->harts[k]->stat_wfi_ns * 1e-9);
}

int cmd_run(int argc, char **argv)
{
	static const struct option opts[] = {
		{"firmware", required_argument, NULL, OPT_FIRMWARE},
		{"bios", required_argument, NULL, OPT_FIRMWARE},
		{"memory", required_argument, NULL, OPT_MEMORY},
		{"cpus", required_argument, NULL, OPT_CPUS},
		{"timeout", required_argument, NULL, OPT_TIMEOUT},
		{"stats", no_argument, NULL, OPT_STATS},
		{"kernel", required_argument, NULL, OPT_KERNEL},
		{"initrd", required_argument, NULL, OPT_INITRD},
		{"append", required_argument, NULL, OPT_APPEND},
		{"dump-dtb", required_argument, NULL, OPT_DUMP_DTB},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct vm_config cfg = {.mem_size = 128ULL << 20, .ncpus = 1};
	bool stats = false;
	int c;
	optind = 1;
	argv[0] = "rvisor run"; /* getopt prefixes its messages with it */
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case OPT_FIRMWARE:
			cfg.firmware = optarg;
			break;
		case OPT_MEMORY:
			if (!parse_size(optarg, &cfg.mem_size) || cfg.mem_size < (64ULL << 20) ||
			    cfg.mem_size > (16ULL << 30) || (cfg.mem_size & (PAGE_SIZE - 1))) {
				fprintf(stderr, "rvisor: --memory %s: expected a size from 64M to 16G\n",
					optarg);
				return 2;
			}
			break;
		case OPT_CPUS: {
			char *end;
			long n = strtol(optarg, &end, 10);
			if (*end || end == optarg || n < 1 || n > VM_MAX_CPUS) {
				fprintf(stderr, "rvisor: --cpus %s: expected 1 to %d\n", optarg,
					VM_MAX_CPUS);
				return 2;
			}
			cfg.ncpus = (unsigned)n;
			break;
		}
		case OPT_TIMEOUT: {
			char *end;
			double t = strtod(optarg, &end);
			if (*end || end == optarg || !(t > 0)) {
				fprintf(stderr, "rvisor: --timeout %s: expected a positive number of seconds\n",
					optarg);
				return 2;
			}
			cfg.timeout = t;
			break;
		}
		case OPT_STATS:
			stats = true;
			break;
		case OPT_KERNEL:
			cfg.kernel = optarg;
			break;
		case OPT_INITRD:
			cfg.initrd = optarg;
			break;
		case OPT_APPEND:
			cfg.append = optarg;
			break;
		case OPT_DUMP_DTB:
			cfg.dtb_out = optarg;
			break;
		case 'h':
			run_usage(stdout);
			return 0;
		default:
			run_usage(stderr);
			return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "rvisor: run: unexpected argument '%s'\n", argv[optind]);
		run_usage(stderr);
		return 2;
	}
	static char def_kernel[PATH_MAX], def_initrd[PATH_MAX];
	if (!cfg.firmware && !cfg.kernel) {
		if (!find_default_guest(def_kernel, def_initrd, sizeof(def_kernel))) {
			fprintf(stderr, "rvisor: no --kernel given and the default guest is not built: "
					"run 'make guest' (or pass --kernel)\n");
			return 2;
		}
		cfg.kernel = def_kernel;
		if (!cfg.initrd)
			cfg.initrd = def_initrd;
	}

	/* A guest reboot rebuilds the machine from scratch, as a reset would. */
	int status = 0;
	for (;;) {
		struct vm *vm = calloc(1, sizeof(*vm));
		struct virt *m = calloc(1, sizeof(*m));
		if (!vm || !m || vm_init(vm, &cfg) < 0) {
			free(vm);
			free(m);
			return 1;
		}
		enum vm_exit_reason why = VM_EXIT_ERROR;
		if (virt_setup(m, vm, STDIN_FILENO, STDOUT_FILENO) < 0) {
			status = 2;
		} else if (board_console_start(m->board) < 0) {
			status = 1;
		} else {
			struct timespec t0, t1;
			clock_gettime(CLOCK_MONOTONIC, &t0);
			why = vm_run(vm);
			clock_gettime(CLOCK_MONOTONIC, &t1);
			board_console_stop(m->board);
			if (stats)
				print_stats(vm, (double)(t1.tv_sec - t0.tv_sec) +
							(double)(t1.tv_nsec - t0.tv_nsec) * 1e-9);
			status = vm->exit_code;
			if (why == VM_EXIT_TIMEOUT) {
				fprintf(stderr, "rvisor: timeout: the guest did not finish within %g s\n",
					cfg.timeout);
				for (unsigned k = 0; k < vm->ncpus; k++) {
					const struct hart *h = vm->harts[k];
					fprintf(stderr,
						"rvisor: hart %u: pc=%#llx priv=%u ra=%#llx sp=%#llx "
						"mcause=%#llx mtval=%#llx scause=%#llx stval=%#llx sepc=%#llx\n",
						k, (unsigned long long)h->pc, h->priv,
						(unsigned long long)h->x[1], (unsigned long long)h->x[2],
						(unsigned long long)h->csr.mcause,
						(unsigned long long)h->csr.mtval,
						(unsigned long long)h->csr.scause,
						(unsigned long long)h->csr.stval,
						(unsigned long long)h->csr.sepc);
				}
			}
		}
		virt_teardown(m);
		vm_destroy(vm);
		free(vm);
		free(m);
		if (why != VM_EXIT_REBOOT)
			break;
	}
	return status;
}
