/* `rvisor run`: parse options, build the machine, run it to an exit. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "machine/elf.h"
#include "machine/htif.h"
#include "util/file.h"
#include "vmm/vm.h"

static void run_usage(FILE *f)
{
	fprintf(f,
		"usage: rvisor run [options]\n"
		"\n"
		"Run one RISC-V virtual machine in the foreground.\n"
		"\n"
		"  --firmware FILE, --bios FILE  ELF program started in M-mode at its entry\n"
		"                                (bare-metal test mode; HTIF tohost ends the run)\n"
		"  --memory SIZE                 guest RAM, e.g. 512M or 2G (default 128M; 64M..16G)\n"
		"  --cpus N                      number of vCPUs, 1..8 (default 1)\n"
		"  --timeout SECONDS             stop after SECONDS with exit status 124\n"
		"  --stats                       print instructions retired, time and MIPS on exit\n"
		"  -h, --help                    this help\n"
		"\n"
		"Exit status: the guest's (HTIF) status, 124 on timeout, 2 on bad options or input.\n");
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

enum { OPT_FIRMWARE = 256, OPT_MEMORY, OPT_CPUS, OPT_TIMEOUT, OPT_STATS };

static int load_firmware(struct vm *vm, struct htif *ht, const char *path)
{
	size_t len;
	uint8_t *buf = file_read_all(path, &len);
	if (!buf) {
		fprintf(stderr, "rvisor: %s: %s\n", path, strerror(errno));
		return -1;
	}
	struct elf_image img;
	char err[256];
	if (elf_load(&vm->bus, buf, len, &img, err, sizeof(err)) < 0) {
		fprintf(stderr, "rvisor: %s: %s\n", path, err);
		free(buf);
		return -1;
	}
	free(buf);
	if (img.has_tohost && htif_init(ht, vm, img.tohost, img.fromhost, img.has_fromhost) < 0) {
		fprintf(stderr, "rvisor: %s: cannot map tohost at %#llx\n", path,
			(unsigned long long)img.tohost);
		return -1;
	}
	for (unsigned k = 0; k < vm->ncpus; k++)
		hart_reset(vm->harts[k], img.entry);
	return 0;
}

static void print_stats(const struct vm *vm, double seconds)
{
	uint64_t instret = 0, blocks = 0;
	for (unsigned k = 0; k < vm->ncpus; k++) {
		instret += vm->harts[k]->instret;
		blocks += vm->harts[k]->stat_blocks_decoded;
	}
	fprintf(stderr, "rvisor: stats: instret=%llu seconds=%.3f mips=%.1f blocks_decoded=%llu\n",
		(unsigned long long)instret, seconds, seconds > 0 ? (double)instret / seconds / 1e6 : 0.0,
		(unsigned long long)blocks);
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
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct vm_config cfg = {.mem_size = 128ULL << 20, .ncpus = 1};
	bool stats = false;
	int c;
	optind = 1;
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
	if (!cfg.firmware) {
		fprintf(stderr, "rvisor: run: --firmware is required (Linux boot comes with the virt board)\n");
		return 2;
	}

	struct vm *vm = calloc(1, sizeof(*vm));
	struct htif *ht = calloc(1, sizeof(*ht));
	if (!vm || !ht || vm_init(vm, &cfg) < 0) {
		free(vm);
		free(ht);
		return 1;
	}
	int status;
	if (load_firmware(vm, ht, cfg.firmware) < 0) {
		status = 2;
	} else {
		struct timespec t0, t1;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		enum vm_exit_reason why = vm_run(vm);
		clock_gettime(CLOCK_MONOTONIC, &t1);
		if (stats)
			print_stats(vm, (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9);
		status = vm->exit_code;
		if (why == VM_EXIT_TIMEOUT)
			fprintf(stderr, "rvisor: timeout: the guest did not finish within %g s\n",
				cfg.timeout);
	}
	vm_destroy(vm);
	free(vm);
	free(ht);
	return status;
}
