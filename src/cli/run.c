/* `rvisor run`: parse options into a VM configuration and hand it to vmm/lifecycle. */
#include <errno.h>
#include <sys/stat.h>
#include <limits.h>
#include <unistd.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/cloudinit.h"
#include "cli/run_limits.h"
#include "cpu/csr.h"
#include "cpu/jit/jit.h"
#include "virtio/blk.h"
#include "vmm/api.h"
#include "vmm/gdbstub.h"
#include "vmm/lifecycle.h"
#include "vmm/migrate_in.h"
#include "vmm/migrate_out.h"
#include "vmm/sandbox.h"
#include "vmm/sandbox_pid.h"
#include "virtio/devices.h"
#include "vmm/vm.h"
#include "util/opts.h"

#define UBOOT_SMODE "/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin"

static void run_usage(FILE *f)
{
	fprintf(
	    f,
	    "usage: rvisor run [options]\n"
	    "\n"
	    "Run one RISC-V virtual machine in the foreground.\n"
	    "\n"
	    "  --kernel FILE                 Linux kernel (RISC-V Image or ELF); without it and\n"
	    "                                without --firmware: with a --disk (and no --initrd)\n"
	    "                                as --uboot, else the default guest is booted\n"
	    "  --uboot[=FILE]                boot the first disk through S-mode U-Boot (its\n"
	    "                                extlinux.conf or EFI), a raw binary loaded at\n"
	    "                                RAM + 2 MiB; default FILE: $RVISOR_UBOOT, else\n"
	    "                                " UBOOT_SMODE "\n"
	    "                                (Debian's u-boot-qemu); with --firmware (OpenSBI)\n"
	    "                                U-Boot is the firmware's next stage\n"
	    "  --initrd FILE                 initial ramdisk\n"
	    "  --append ARGS                 kernel command line (default \"console=ttyS0\")\n"
	    "  --firmware FILE, --bios FILE  M-mode firmware: an ELF (bare-metal test mode when\n"
	    "                                it has a tohost symbol) or a raw binary such as\n"
	    "                                OpenSBI's fw_jump.bin; default: rvisor provides SBI\n"
	    "  --dump-dtb FILE               write the generated device tree to FILE\n"
	    "  --disk PATH[,format=raw|qcow2][,readonly=on][,cache=writeback|none][,serial=S]\n"
	    "                                a virtio-blk disk (repeatable, up to 8: /dev/vda,\n"
	    "                                vdb, ... in order); format is probed once when\n"
	    "                                not given and kept for the VM's life (a disk\n"
	    "                                probed raw refuses guest writes of an image\n"
	    "                                header to its first sector); cache=none opens\n"
	    "                                the image with O_DIRECT; serial is up to 20\n"
	    "                                characters; ',,' in PATH is a comma\n"
	    "        [,bps=N][,bps_burst=N][,iops=N][,iops_burst=N]\n"
	    "                                rate limits: bytes/s read+written, requests/s\n"
	    "                                (K, M, G = powers of 1024); a burst is what may\n"
	    "                                go at once after idling (default: one second's\n"
	    "                                worth); no limit when not given; changeable at\n"
	    "                                run time (PATCH /disks/{index})\n"
	    "  --device KIND[,OPTS]          a virtio device of KIND with its options;\n"
	    "                                --KIND OPTS is the same (the kinds follow the\n"
	    "                                other options below, and in --device help)\n"
	    "  --memory SIZE                 guest RAM, e.g. 512M or 2G (default 128M; 64M..16G)\n"
	    "  --cpus N                      number of vCPUs, 1..8 (default 1)\n"
	    "  --cpu-engine interp|jit       how guest code runs: x86-64 translation (the\n"
	    "                                default on x86-64 hosts) or the pre-decoding\n"
	    "                                interpreter (the default elsewhere);\n"
	    "                                RVISOR_CPU_ENGINE in the environment sets the "
	    "default;\n"
	    "                                RVISOR_JIT_HOT=N translates a block on its Nth\n"
	    "                                entry (1..255, default 64; 1: every block, for\n"
	    "                                tests)\n"
	    "  --timeout SECONDS             stop after SECONDS with exit status 124\n"
	    "  --stats                       print instructions retired, time, MIPS and the\n"
	    "                                vCPU threads' CPU time on exit\n"
	    "  --debug                       on --timeout, also print each hart's pc, ra, sp,\n"
	    "                                privilege and trap registers (where it hung)\n"
	    "  --api-socket PATH             serve the VM's REST API on this unix socket\n"
	    "                                (status, pause/resume, snapshot, shutdown/reboot;\n"
	    "                                see docs/api/openapi.yaml and 'rvisor ctl')\n"
	    "  --restore SNAP                start from a snapshot instead of booting: the\n"
	    "                                machine (RAM, vCPUs, disks) is the snapshot's, so\n"
	    "                                --kernel/--initrd/--append/--firmware/--memory/\n"
	    "                                --cpus are refused; --disk, given once per recorded\n"
	    "                                disk, replaces its image (e.g. a clone's overlay);\n"
	    "                                a device option (--net...) given at restore\n"
	    "                                replaces the recorded device of that kind, in\n"
	    "                                order (e.g. other host ports for a clone)\n"
	    "  --clone                       with --restore: the VM is a clone and takes a new\n"
	    "                                identity (a new MAC per NIC without mac=)\n"
	    "  --mem-file MEM                the snapshot's memory file (default SNAP.mem);\n"
	    "                                mapped copy-on-write, never modified\n"
	    "  --mem-diff DIFF               a diff snapshot's memory file, copied over the\n"
	    "                                --mem-file (a full snapshot's); repeat for a\n"
	    "                                chain of diffs, oldest first (SNAP is the last)\n"
	    "  --incoming tcp:ADDR:PORT|unix:PATH[,token-file=FILE]\n"
	    "                                wait for a live migration (docs/migration.md): the\n"
	    "                                machine, its RAM and state come from the source\n"
	    "                                (rvisor ctl migrate); nothing runs until the whole\n"
	    "                                stream has been checked; port 0 picks a free port\n"
	    "                                (printed on stderr); one connection is accepted;\n"
	    "                                with token-file (a file of mode 0600) only a\n"
	    "                                source sending the same token (its token_file);\n"
	    "                                without one, a TCP address must be loopback;\n"
	    "                                --disk PATH[,format=F] (repeated, in order) names\n"
	    "                                each writable disk of the VM: on shared storage,\n"
	    "                                its path; with copy_disks, the target the disk is\n"
	    "                                copied into (of the same virtual size); the stream\n"
	    "                                may open no other writable disk\n"
	    "  --paused                      start with the vCPUs paused (resume through the API)\n"
	    "  --gdb tcp:HOST:PORT|unix:PATH a GDB stub for gdb-multiarch (target remote "
	    "HOST:PORT):\n"
	    "                                registers, memory (virtual addresses through the\n"
	    "                                hart's translation), breakpoints, single-step,\n"
	    "                                each hart a thread; the VM is halted while the\n"
	    "                                debugger has it (docs/gdb.md); HOST must be a\n"
	    "                                loopback address; port 0 picks a free port\n"
	    "  --gdb-wait                    with --gdb: start halted until a debugger attaches\n"
	    "                                and continues\n"
	    "  --gdb-any-address             with --gdb: allow a non-loopback HOST (anyone who\n"
	    "                                can connect controls the guest: no authentication)\n"
	    "  --cloud-init USER_DATA[,META_DATA[,NETWORK_CONFIG]]\n"
	    "                                a cloud-init NoCloud seed made by rvisor (a FAT\n"
	    "                                volume labelled CIDATA holding the files; without\n"
	    "                                META_DATA, an instance-id from the user-data;\n"
	    "                                without NETWORK_CONFIG, DHCPv4 on each NIC) as a\n"
	    "                                read-only disk after the others\n"
	    "  --sandbox on|off|log          seccomp allow-lists per thread kind, no_new_privs,\n"
	    "                                no core dumps: a forbidden syscall kills the VM\n"
	    "                                (on) or is only logged by the kernel (log, to\n"
	    "                                debug a list); default on when started as\n"
	    "                                root, off otherwise, or the environment's\n"
	    "                                RVISOR_SANDBOX; as root also namespaces, a\n"
	    "                                private root (docs/SECURITY.md);\n"
	    "                                RVISOR_SANDBOX_TIMES=1 prints what each of\n"
	    "                                its start steps costs\n"
	    "  --sandbox-dir DIR             keep host directory DIR in the sandbox's private\n"
	    "                                root (e.g. where API snapshots are written);\n"
	    "                                the API and vsock sockets' directories are kept\n"
	    "  --sandbox-user UID[:GID]      as root, run the VM as UID:GID (default: 3000000000\n"
	    "                                + its pid, a uid of its own)\n"
	    "  -h, --help                    this help\n"
	    "\n"
	    "Virtio devices besides disks (repeatable; in the slots after the disks):\n");
	unsigned n;
	const struct vdev_kind *k = vdev_kinds(&n);
	for (unsigned i = 0; i < n; i++)
		if (strcmp(k[i].name, "disk") != 0) /* --disk: above */
			fprintf(f, "  --%s %s\n", k[i].name, k[i].usage);
	run_limits_usage(f);
	fprintf(f, "\n"
		   "Console: the guest's serial port is on this terminal; Ctrl-A x quits.\n"
		   "Exit status: 0 after a guest poweroff, the test status in HTIF mode, 124 on\n"
		   "timeout, 2 on bad options or input.\n");
}

/* VM control and snapshot options (kept apart from the machine options). */
enum {
	OPT_API_SOCKET = 512,
	OPT_RESTORE,
	OPT_MEM_FILE,
	OPT_PAUSED,
	OPT_GDB,
	OPT_GDB_WAIT,
	OPT_GDB_ANY,
	OPT_MEM_DIFF,
	OPT_CLONE,
	OPT_INCOMING,
	OPT_CLOUD_INIT,
	OPT_UBOOT
};
enum { OPT_SANDBOX = 600, OPT_SANDBOX_DIR, OPT_SANDBOX_USER }; /* the sandbox (vmm/sandbox.h) */
/* Device options: OPT_DEVICE_BASE + k is vdev_kinds()[k] (--rng, --net...). */
enum { OPT_DEVICE = 768, OPT_DEVICE_BASE = 800 };

enum {
	OPT_FIRMWARE = 256,
	OPT_MEMORY,
	OPT_CPUS,
	OPT_TIMEOUT,
	OPT_STATS,
	OPT_KERNEL,
	OPT_INITRD,
	OPT_APPEND,
	OPT_DUMP_DTB,
	OPT_DISK,
	OPT_DEBUG,
	OPT_CPU_ENGINE
};

/* --disk SPEC or --device disk,SPEC: the disk kind's options (one grammar,
 * virtio_blk_parse) into the next disk slot. Returns 0, or -1 after a
 * message. The strings are kept for the process's life. */
static int add_disk(struct vm_config *cfg, const char *spec)
{
	static char *bufs[VM_MAX_DISKS]; /* owned here for the process's life */
	if (cfg->ndisks >= VM_MAX_DISKS) {
		fprintf(stderr, "rvisor: --disk %s: at most %d disks\n", spec, VM_MAX_DISKS);
		return -1;
	}
	unsigned k = cfg->ndisks;
	struct error e = {0};
	free(bufs[k]);
	bufs[k] = NULL;
	if (virtio_blk_parse(spec, &cfg->disks[k], &bufs[k], &e) < 0) {
		fprintf(stderr, "rvisor: --disk %s: %s\n", spec, e.msg);
		return -1;
	}
	cfg->ndisks++;
	return 0;
}

/* --KIND OPTS or --device KIND[,OPTS]: append a device to the
 * configuration (checked when the machine is built). */
static int add_device(struct vm_config *cfg, const char *kind, const char *opts)
{
	if (!vdev_kind_find(kind)) {
		unsigned n;
		const struct vdev_kind *k = vdev_kinds(&n);
		fprintf(stderr, "rvisor: --device %s: unknown device kind; the kinds are:", kind);
		for (unsigned i = 0; i < n; i++)
			fprintf(stderr, " %s", k[i].name);
		fprintf(stderr, "\n");
		return -1;
	}
	if (strcmp(kind, "disk") == 0) /* typed, in the first slots */
		return add_disk(cfg, opts ? opts : "");
	if (cfg->ndevices == VM_MAX_DEVICES) {
		fprintf(stderr, "rvisor: --%s: at most %d devices besides disks\n", kind,
			VM_MAX_DEVICES);
		return -1;
	}
	cfg->devices[cfg->ndevices].kind = kind;
	cfg->devices[cfg->ndevices++].opts = opts ? opts : "";
	return 0;
}

/* --device KIND[,OPTS] (or "help"). Returns 0, 1 after printing the kinds
 * for "help", -1 after a message. */
static int parse_device(struct vm_config *cfg, const char *spec)
{
	unsigned n;
	const struct vdev_kind *k = vdev_kinds(&n);
	if (strcmp(spec, "help") == 0) {
		printf("virtio device kinds (--device KIND,OPTS or --KIND OPTS):\n");
		for (unsigned i = 0; i < n; i++)
			printf("  %-8s %s\n", k[i].name, k[i].usage);
		return 1;
	}
	const char *comma = strchr(spec, ',');
	size_t len = comma ? (size_t)(comma - spec) : strlen(spec);
	for (unsigned i = 0; i < n; i++)
		if (strlen(k[i].name) == len && strncmp(k[i].name, spec, len) == 0)
			return add_device(cfg, k[i].name, comma ? comma + 1 : "");
	fprintf(stderr, "rvisor: --device %s: unknown device kind (see --device help)\n", spec);
	return -1;
}

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
	uint64_t instret = 0, blocks = 0, wfi_ns = 0, vcpu_ns = 0;
	for (unsigned k = 0; k < vm->ncpus; k++) {
		instret += vm->harts[k]->instret;
		blocks += vm->harts[k]->stat_blocks_decoded;
		wfi_ns += vm->harts[k]->stat_wfi_ns;
		vcpu_ns += vm->vcpu_cpu_ns[k];
	}
	fprintf(stderr,
		"rvisor: stats: instret=%llu seconds=%.3f mips=%.1f blocks_decoded=%llu "
		"wfi_seconds=%.3f vcpu_cpu_seconds=%.6f\n",
		(unsigned long long)instret, seconds,
		seconds > 0 ? (double)instret / seconds / 1e6 : 0.0, (unsigned long long)blocks,
		(double)wfi_ns * 1e-9, (double)vcpu_ns * 1e-9);
	uint64_t translated = 0, code_flushes = 0, exits = 0, remaps = 0;
	for (unsigned k = 0; k < vm->ncpus; k++) {
		if (vm->harts[k]->jit) {
			translated += vm->harts[k]->jit->stat_translated;
			code_flushes += vm->harts[k]->jit->stat_flushes;
			exits += vm->harts[k]->jit->stat_exits;
			remaps += vm->harts[k]->jit->stat_remaps;
		}
	}
	if (vm->cfg.cpu_engine == CPU_ENGINE_JIT)
		fprintf(stderr,
			"rvisor: stats: engine=jit blocks_translated=%llu code_flushes=%llu "
			"exits_to_run_loop=%llu register_remaps=%llu\n",
			(unsigned long long)translated, (unsigned long long)code_flushes,
			(unsigned long long)exits, (unsigned long long)remaps);
	for (unsigned k = 0; k < vm->ncpus && vm->ncpus > 1; k++)
		fprintf(stderr, "rvisor: stats: hart %u: instret=%llu wfi_seconds=%.3f\n", k,
			(unsigned long long)vm->harts[k]->instret,
			(double)vm->harts[k]->stat_wfi_ns * 1e-9);
}

#define DEBUG_STACK_BYTES 1024

/* Where each hart was when --timeout ended the run: for someone debugging a
 * hung guest or test program, noise for everyone else (hence --debug). */
static void print_harts(const struct vm *vm)
{
	for (unsigned k = 0; k < vm->ncpus; k++) {
		const struct hart *h = vm->harts[k];
		fprintf(stderr,
			"rvisor: hart %u: pc=%#llx priv=%u ra=%#llx sp=%#llx "
			"mcause=%#llx mtval=%#llx scause=%#llx stval=%#llx sepc=%#llx\n",
			k, (unsigned long long)h->pc, h->priv, (unsigned long long)h->x[1],
			(unsigned long long)h->x[2], (unsigned long long)h->csr.mcause,
			(unsigned long long)h->csr.mtval, (unsigned long long)h->csr.scause,
			(unsigned long long)h->csr.stval, (unsigned long long)h->csr.sepc);
		/* An interrupt that is pending and enabled but was not taken
		 * (deliverable != 0 after the harts stopped) points at a lost
		 * wake-up in the engine, not at the guest. */
		fprintf(stderr,
			"rvisor: hart %u: mstatus=%#llx mie=%#llx mip=%#llx mideleg=%#llx "
			"events=%#x wfi=%d deliverable=%#llx instret=%llu\n",
			k, (unsigned long long)h->csr.mstatus, (unsigned long long)h->csr.mie,
			(unsigned long long)hart_mip(h), (unsigned long long)h->csr.mideleg,
			(unsigned)atomic_load(&h->events), h->wfi,
			(unsigned long long)hart_pending_interrupt(h),
			(unsigned long long)h->instret);
		/* a0 is a spinning function's lock or flag, more often than not */
		fprintf(stderr, "rvisor: hart %u: 8 bytes at a0: %016llx\n", k,
			(unsigned long long)hart_debug_watch_value(h, h->x[10], 8));
		for (unsigned r = 0; r < 32; r += 4)
			fprintf(stderr, "rvisor: hart %u: x%-2u %016llx %016llx %016llx %016llx\n",
				k, r, (unsigned long long)h->x[r], (unsigned long long)h->x[r + 1],
				(unsigned long long)h->x[r + 2], (unsigned long long)h->x[r + 3]);
		/* The callers' frames (return addresses, saved registers): a
		 * kernel's interrupt entry keeps the interrupted state within
		 * its first KiB. Unmapped words read as 0. */
		for (unsigned w = 0; w < DEBUG_STACK_BYTES / 8; w += 4) {
			uint64_t sp = h->x[2] + 8 * w;
			fprintf(stderr,
				"rvisor: hart %u: sp+%-4u %016llx %016llx %016llx %016llx\n", k,
				8 * w, (unsigned long long)hart_debug_watch_value(h, sp, 8),
				(unsigned long long)hart_debug_watch_value(h, sp + 8, 8),
				(unsigned long long)hart_debug_watch_value(h, sp + 16, 8),
				(unsigned long long)hart_debug_watch_value(h, sp + 24, 8));
		}
	}
}

/* What the CLI says as the VM lives: QEMU's warning for a disk probed raw,
 * and after each run --stats, the timeout and (--debug) where the harts
 * were. */
struct run_out {
	bool stats, debug;
	const char *gdb; /* --gdb */
	bool gdb_wait, gdb_any;
	double timeout;
	enum sandbox_mode sandbox;
	struct vm_limits limits;	  /* --cpu-max, --memory-limit... (cli/run_limits.h) */
	struct sandbox_dirs sandbox_dirs; /* --sandbox-dir */
	bool user_given;		  /* --sandbox-user */
	uid_t uid;
	gid_t gid;
};

static void warn_probed_raw(void *arg, const char *path)
{
	(void)arg;
	fprintf(stderr,
		"rvisor: warning: --disk %s: no format given, probed raw: it stays raw for "
		"this VM's life and the guest may not write an image header into its first "
		"sector; give format=raw to lift that restriction\n",
		path);
}

static void report_stopped(void *arg, const struct vm *vm, enum vm_exit_reason why, double seconds)
{
	const struct run_out *o = arg;
	if (o->stats)
		print_stats(vm, seconds);
	if (why == VM_EXIT_MIGRATED) {
		struct migrate_status st;
		migrate_out_status((struct vm *)vm, &st);
		fprintf(stderr,
			"rvisor: the VM migrated to %s (downtime %.1f ms, total %.1f ms, %u "
			"rounds; setup %.1f, first pass %.1f, drain %.1f; in the downtime: pause "
			"%.1f, last "
			"%llu pages and state %.1f, destination ready %.1f, running %.1f ms)\n",
			st.destination, st.downtime_ms, st.total_ms, st.round, st.setup_ms,
			st.full_pass_ms, st.drain_ms, st.pause_ms,
			(unsigned long long)st.last_copy_pages, st.last_copy_ms, st.ready_ms,
			st.confirm_ms);
		fprintf(stderr, "rvisor: %llu bytes sent", (unsigned long long)st.bytes_sent);
		if (st.compress)
			fprintf(stderr,
				"; zstd level %d: %llu bytes of pages and disk data sent as %llu "
				"(%llu frames compressed, %llu raw)",
				st.compress_level, (unsigned long long)st.compress_bytes_in,
				(unsigned long long)st.compress_bytes_out,
				(unsigned long long)st.compressed_frames,
				(unsigned long long)st.raw_frames);
		fputc('\n', stderr);
		if (st.postcopy && st.postcopy_pages)
			fprintf(stderr,
				"rvisor: post-copy: %llu pages sent after the switch-over (%llu "
				"asked for by the destination) in %.1f ms\n",
				(unsigned long long)st.postcopy_pages,
				(unsigned long long)st.postcopy_pages_requested, st.postcopy_ms);
	}
	if (why == VM_EXIT_TIMEOUT) {
		fprintf(stderr, "rvisor: timeout: the guest did not finish within %g s\n",
			o->timeout);
		if (o->debug)
			print_harts(vm);
	}
}

/* Without --kernel or --firmware: the default guest's kernel and initrd.
 * Returns 0, or -1 after a message. */
static int use_default_guest(struct vm_config *cfg)
{
	static char def_kernel[PATH_MAX], def_initrd[PATH_MAX];
	if (!find_default_guest(def_kernel, def_initrd, sizeof(def_kernel))) {
		fprintf(stderr, "rvisor: no --kernel given and the default guest is not built: "
				"run 'make guest' (or pass --kernel)\n");
		return -1;
	}
	cfg->kernel = def_kernel;
	if (!cfg->initrd)
		cfg->initrd = def_initrd;
	return 0;
}

/* --uboot, or no --kernel, --initrd and --firmware but a disk: the disk
 * boots through S-mode U-Boot (its distro boot: extlinux.conf or EFI on the
 * disk) on rvisor's SBI or after --firmware (OpenSBI), as QEMU users boot
 * distribution images. file (--uboot=FILE), else $RVISOR_UBOOT, else the
 * Debian u-boot-qemu path. Returns 0, or -1 after a message. */
static int use_uboot(struct vm_config *cfg, const char *file)
{
	const char *env = getenv("RVISOR_UBOOT");
	cfg->kernel = file && *file ? file : env && *env ? env : UBOOT_SMODE;
	cfg->kernel_raw = true;
	if (access(cfg->kernel, R_OK) != 0) {
		fprintf(stderr,
			"rvisor: booting the disk needs S-mode U-Boot, and %s is not readable "
			"(%s): install Debian's u-boot-qemu, or pass --kernel\n",
			cfg->kernel, strerror(errno));
		return -1;
	}
	if (cfg->append)
		fprintf(stderr, "rvisor: warning: --append is not used when U-Boot boots the disk "
				"(the disk's extlinux.conf gives the kernel command line)\n");
	/* U-Boot's environment loads a kernel at RAM + 64 MiB and its initrd
	 * at RAM + 131 MiB. */
	if (cfg->mem_size < (256ULL << 20))
		fprintf(stderr,
			"rvisor: warning: booting a disk through U-Boot with %llu MiB of RAM: "
			"U-Boot puts the kernel at RAM + 64 MiB and the initrd at RAM + 131 MiB; "
			"give --memory 512M or more\n",
			(unsigned long long)(cfg->mem_size >> 20));
	return 0;
}

/* The options of `rvisor run` into lc (the VM's configuration and
 * restore), out (what to print) and *api_socket. Returns -1 when the VM
 * should run, or the exit status to return at once: 0 after --help, 2
 * after a message. */
static int parse_run_options(int argc, char **argv, struct vm_lifecycle *lc, struct run_out *out,
			     const char **api_socket, const char **incoming,
			     const char **cloud_init, const char **uboot)
{
	static const struct option base_opts[] = {
	    {"firmware", required_argument, NULL, OPT_FIRMWARE},
	    {"bios", required_argument, NULL, OPT_FIRMWARE},
	    {"memory", required_argument, NULL, OPT_MEMORY},
	    {"cpus", required_argument, NULL, OPT_CPUS},
	    {"cpu-engine", required_argument, NULL, OPT_CPU_ENGINE},
	    {"timeout", required_argument, NULL, OPT_TIMEOUT},
	    {"stats", no_argument, NULL, OPT_STATS},
	    {"debug", no_argument, NULL, OPT_DEBUG},
	    {"kernel", required_argument, NULL, OPT_KERNEL},
	    {"initrd", required_argument, NULL, OPT_INITRD},
	    {"append", required_argument, NULL, OPT_APPEND},
	    {"dump-dtb", required_argument, NULL, OPT_DUMP_DTB},
	    {"disk", required_argument, NULL, OPT_DISK},
	    {"api-socket", required_argument, NULL, OPT_API_SOCKET},
	    {"restore", required_argument, NULL, OPT_RESTORE},
	    {"mem-file", required_argument, NULL, OPT_MEM_FILE},
	    {"paused", no_argument, NULL, OPT_PAUSED},
	    {"gdb", required_argument, NULL, OPT_GDB},
	    {"gdb-wait", no_argument, NULL, OPT_GDB_WAIT},
	    {"gdb-any-address", no_argument, NULL, OPT_GDB_ANY},
	    {"mem-diff", required_argument, NULL, OPT_MEM_DIFF},
	    {"clone", no_argument, NULL, OPT_CLONE},
	    {"sandbox", required_argument, NULL, OPT_SANDBOX},
	    {"sandbox-dir", required_argument, NULL, OPT_SANDBOX_DIR},
	    {"sandbox-user", required_argument, NULL, OPT_SANDBOX_USER},
	    {"incoming", required_argument, NULL, OPT_INCOMING},
	    {"cloud-init", required_argument, NULL, OPT_CLOUD_INIT},
	    {"uboot", optional_argument, NULL, OPT_UBOOT},
	    {"device", required_argument, NULL, OPT_DEVICE},
	    {"help", no_argument, NULL, 'h'},
	};
	/* One --KIND option per device kind, its argument optional (--rng). */
	unsigned nkinds;
	const struct vdev_kind *kinds = vdev_kinds(&nkinds);
	const unsigned nbase0 = sizeof(base_opts) / sizeof(base_opts[0]);
	unsigned nlim = 0;
	while (run_limits_options[nlim].name)
		nlim++;
	const unsigned nbase = nbase0 + nlim;
	struct option opts[nbase + nkinds + 1];
	memcpy(opts, base_opts, sizeof(base_opts));
	memcpy(opts + nbase0, run_limits_options, nlim * sizeof(opts[0]));
	/* (--disk is among the base options: it takes an argument.) */
	for (unsigned k = 0; k < nkinds; k++)
		opts[nbase + k] = (struct option){kinds[k].name, optional_argument, NULL,
						  OPT_DEVICE_BASE + (int)k};
	opts[nbase + nkinds] = (struct option){NULL, 0, NULL, 0};
	struct vm_config *cfg = &lc->cfg;
	bool engine_given = false;
	int c;
	optind = 1;
	argv[0] = "rvisor run"; /* getopt prefixes its messages with it */
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case OPT_FIRMWARE:
			cfg->firmware = optarg;
			break;
		case OPT_MEMORY:
			if (!opts_parse_size(optarg, 20, &cfg->mem_size) ||
			    cfg->mem_size < (64ULL << 20) || cfg->mem_size > (16ULL << 30) ||
			    (cfg->mem_size & (PAGE_SIZE - 1))) {
				fprintf(stderr,
					"rvisor: --memory %s: expected a size from 64M to 16G\n",
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
			cfg->ncpus = (unsigned)n;
			break;
		}
		case OPT_CPU_ENGINE: {
			enum cpu_engine eng;
			if (!cpu_engine_parse(optarg, &eng)) {
				fprintf(stderr, "rvisor: --cpu-engine %s: expected interp or jit\n",
					optarg);
				return 2;
			}
			cfg->cpu_engine = (int)eng;
			engine_given = true;
			break;
		}
		case OPT_TIMEOUT: {
			char *end;
			double t = strtod(optarg, &end);
			if (*end || end == optarg || !(t > 0)) {
				fprintf(
				    stderr,
				    "rvisor: --timeout %s: expected a positive number of seconds\n",
				    optarg);
				return 2;
			}
			cfg->timeout = t;
			break;
		}
		case OPT_STATS:
			out->stats = true;
			break;
		case OPT_DEBUG:
			out->debug = true;
			break;
		case OPT_KERNEL:
			cfg->kernel = optarg;
			break;
		case OPT_INITRD:
			cfg->initrd = optarg;
			break;
		case OPT_APPEND:
			cfg->append = optarg;
			break;
		case OPT_DUMP_DTB:
			cfg->dtb_out = optarg;
			break;
		case OPT_DISK:
			if (add_disk(cfg, optarg) < 0)
				return 2;
			break;
		case OPT_API_SOCKET:
			*api_socket = optarg;
			break;
		case OPT_RESTORE:
			lc->snapshot = optarg;
			break;
		case OPT_MEM_FILE:
			lc->mem_file = optarg;
			break;
		case OPT_MEM_DIFF:
			if (lc->nmem_diffs == VM_MAX_MEM_DIFFS) {
				fprintf(stderr, "rvisor: at most %u --mem-diff\n",
					VM_MAX_MEM_DIFFS);
				return 2;
			}
			lc->mem_diffs[lc->nmem_diffs++] = optarg;
			break;
		case OPT_GDB:
			out->gdb = optarg;
			break;
		case OPT_GDB_WAIT:
			out->gdb_wait = true;
			break;
		case OPT_GDB_ANY:
			out->gdb_any = true;
			break;
		case OPT_PAUSED:
			lc->paused = true;
			break;
		case OPT_CLONE:
			lc->clone = true;
			break;
		case OPT_SANDBOX:
			if (sandbox_parse_mode(optarg, &out->sandbox) < 0) {
				fprintf(stderr, "rvisor: --sandbox %s: expected on, off or log\n",
					optarg);
				return 2;
			}
			break;
		case OPT_SANDBOX_USER:
			if (sandbox_parse_user(optarg, &out->uid, &out->gid) < 0) {
				fprintf(stderr,
					"rvisor: --sandbox-user %s: expected UID[:GID], numbers "
					"other than 0\n",
					optarg);
				return 2;
			}
			out->user_given = true;
			break;
		case OPT_SANDBOX_DIR: {
			/* A typo must not cost the VM its private root. */
			struct stat st;
			int serr = stat(optarg, &st) < 0 ? errno
				   : S_ISDIR(st.st_mode) ? 0
							 : ENOTDIR;
			if (serr) {
				fprintf(stderr, "rvisor: --sandbox-dir %s: %s\n", optarg,
					strerror(serr));
				return 2;
			}
			if (sandbox_dirs_add(&out->sandbox_dirs, optarg, false) < 0) {
				fprintf(
				    stderr,
				    "rvisor: --sandbox-dir %s: at most %d directories (with the "
				    "sockets' own)\n",
				    optarg, SANDBOX_MAX_DIRS);
				return 2;
			}
			break;
		}
		case OPT_INCOMING:
			*incoming = optarg;
			break;
		case OPT_CLOUD_INIT:
			*cloud_init = optarg;
			break;
		case OPT_UBOOT:
			*uboot = optarg ? optarg : "";
			break;
		case OPT_DEVICE: {
			int rc = parse_device(cfg, optarg);
			if (rc != 0)
				return rc > 0 ? 0 : 2;
			break;
		}
		case 'h':
			run_usage(stdout);
			return 0;
		default:
			if (c >= RUN_LIMITS_OPT_FIRST && c <= RUN_LIMITS_OPT_LAST) {
				if (run_limits_option(&out->limits, c, optarg) < 0)
					return 2;
				break;
			}
			if (c >= OPT_DEVICE_BASE && c < OPT_DEVICE_BASE + (int)nkinds) {
				/* getopt takes an optional argument only as --KIND=OPTS;
				 * "--net user,..." is the usual spelling, and run takes no
				 * positional arguments, so a following word is the OPTS. */
				if (!optarg && optind < argc && argv[optind][0] != '-')
					optarg = argv[optind++];
				if (add_device(cfg, kinds[c - OPT_DEVICE_BASE].name, optarg) < 0)
					return 2;
				break;
			}
			run_usage(stderr);
			return 2;
		}
	}
	/* Without --cpu-engine, RVISOR_CPU_ENGINE gives the engine (how the
	 * test suite runs every test under either engine). */
	const char *env_engine = getenv("RVISOR_CPU_ENGINE");
	if (!engine_given && env_engine && *env_engine) {
		enum cpu_engine eng;
		if (!cpu_engine_parse(env_engine, &eng)) {
			fprintf(stderr, "rvisor: RVISOR_CPU_ENGINE=%s: expected interp or jit\n",
				env_engine);
			return 2;
		}
		cfg->cpu_engine = (int)eng;
	}
	/* RVISOR_JIT_HOT: how many run-loop entries before the JIT translates
	 * a block (1 in the test suite, so that short test programs run
	 * translated). */
	const char *env_hot = getenv("RVISOR_JIT_HOT");
	if (env_hot && *env_hot) {
		char *end;
		errno = 0;
		unsigned long hot = strtoul(env_hot, &end, 10);
		if (errno || *end || env_hot[0] == '-' || hot < 1 || hot > JIT_HOT_MAX) {
			fprintf(stderr, "rvisor: RVISOR_JIT_HOT=%s: expected a number 1..%d\n",
				env_hot, JIT_HOT_MAX);
			return 2;
		}
		cfg->jit_hot = (unsigned)hot;
	}
	if (optind < argc) {
		fprintf(stderr, "rvisor: run: unexpected argument '%s'\n", argv[optind]);
		run_usage(stderr);
		return 2;
	}
	if ((lc->mem_file || lc->nmem_diffs) && !lc->snapshot) {
		fprintf(stderr, "rvisor: %s needs --restore\n",
			lc->mem_file ? "--mem-file" : "--mem-diff");
		return 2;
	}
	if (lc->snapshot && (cfg->kernel || cfg->initrd || cfg->append || cfg->firmware ||
			     cfg->dtb_out || cfg->ncpus != 1 || cfg->mem_size != (128ULL << 20))) {
		fprintf(stderr, "rvisor: --restore: the snapshot defines the machine; --kernel, "
				"--initrd, --append, --firmware, --dump-dtb, --memory and --cpus "
				"cannot be combined with it\n");
		return 2;
	}
	if (*incoming && (lc->snapshot || cfg->kernel || cfg->initrd || cfg->append ||
			  cfg->firmware || cfg->ncpus != 1 || cfg->mem_size != (128ULL << 20) ||
			  cfg->ndevices || *cloud_init || *uboot)) {
		fprintf(stderr, "rvisor: --incoming: the migration stream defines the machine; "
				"--restore, --kernel, --initrd, --append, --firmware, --memory, "
				"--cpus, devices, --cloud-init and --uboot cannot be combined "
				"with it (--disk PATH names a writable disk it may open)\n");
		return 2;
	}
	if (*uboot && (cfg->kernel || cfg->initrd || lc->snapshot)) {
		fprintf(stderr, "rvisor: --uboot cannot be combined with --kernel, --initrd or "
				"--restore (U-Boot loads the kernel and initrd from the disk)\n");
		return 2;
	}
	if (*cloud_init && lc->snapshot) {
		fprintf(stderr, "rvisor: --cloud-init cannot be combined with --restore (the "
				"snapshot's disks are the machine's)\n");
		return 2;
	}
	if (lc->clone && !lc->snapshot) {
		fprintf(stderr, "rvisor: --clone needs --restore\n");
		return 2;
	}
	if ((out->gdb_wait || out->gdb_any) && !out->gdb) {
		fprintf(stderr, "rvisor: %s needs --gdb\n",
			out->gdb_wait ? "--gdb-wait" : "--gdb-any-address");
		return 2;
	}
	if (lc->paused && !*api_socket) {
		fprintf(stderr,
			"rvisor: --paused needs --api-socket (nothing else can resume the VM)\n");
		return 2;
	}
	return -1;
}

int cmd_run(int argc, char **argv)
{
	struct run_out out = {0};
	struct vm_lifecycle lc = {
	    .cfg = {.mem_size = 128ULL << 20, .ncpus = 1, .cpu_engine = CPU_ENGINE_DEFAULT},
	    .console_in = STDIN_FILENO,
	    .console_out = STDOUT_FILENO,
	    .probed_raw = warn_probed_raw,
	    .stopped = report_stopped,
	    .arg = &out};
	struct vm_config *cfg = &lc.cfg;
	const char *api_socket = NULL, *incoming = NULL, *cloud_init = NULL, *uboot = NULL;
	/* On as root; RVISOR_SANDBOX gives another default of --sandbox
	 * (e.g. a whole test suite run sandboxed, or off to debug). */
	out.sandbox = sandbox_default_mode();
	const char *sbx = getenv("RVISOR_SANDBOX");
	if (sbx && *sbx && sandbox_parse_mode(sbx, &out.sandbox) < 0) {
		fprintf(stderr, "rvisor: RVISOR_SANDBOX=%s: expected on, off or log\n", sbx);
		return 2;
	}
	int rc =
	    parse_run_options(argc, argv, &lc, &out, &api_socket, &incoming, &cloud_init, &uboot);
	if (rc >= 0)
		return rc;
	struct migrate_in in;
	migrate_in_init(&in);
	if (incoming) {
		struct error le = {0};
		if (migrate_in_listen(&in, incoming, &le) < 0) {
			fprintf(stderr, "rvisor: --incoming %s: %s\n", incoming, le.msg);
			return 2;
		}
		/* Scripts read the address (and a port picked for port 0) here. */
		fprintf(stderr, "rvisor: waiting for a migration on %s\n", in.bound);
		lc.incoming = &in;
		/* --disk PATH: the writable disks the stream may name, in order
		 * (the stream gives their options). */
		for (unsigned k = 0; k < cfg->ndisks; k++) {
			in.own_formats[in.nown_disks] = cfg->disks[k].format;
			in.own_disks[in.nown_disks++] = cfg->disks[k].path;
		}
		cfg->ndisks = 0;
	}
	/* The stub listens before the sandbox: its socket stays in the host's
	 * network namespace. */
	struct gdbstub *gdb = NULL;
	if (out.gdb) {
		struct error ge = {0};
		gdb = gdbstub_listen(out.gdb, out.gdb_any, out.gdb_wait, &ge);
		if (!gdb) {
			fprintf(stderr, "rvisor: %s\n", ge.msg);
			migrate_in_close(&in);
			return 2;
		}
		lc.gdb = gdb;
	}
	/* With --restore the snapshot describes the machine; every disk's
	 * format is decided here, once. */
	struct error e = {0};
	if (vm_lifecycle_prepare(&lc, &e) < 0) {
		fprintf(stderr, "rvisor: %s\n", e.msg);
		vm_lifecycle_close(&lc);
		gdbstub_close(gdb);
		migrate_in_close(&in);
		return 2;
	}
	if (!incoming && (uboot || (!cfg->firmware && !cfg->kernel && !lc.snapshot && cfg->ndisks &&
				    !cfg->initrd))) {
		if (use_uboot(cfg, uboot) < 0) {
			vm_lifecycle_close(&lc);
			gdbstub_close(gdb);
			gdbstub_close(gdb);
			migrate_in_close(&in);
			return 2;
		}
	} else if (!incoming && !cfg->firmware && !cfg->kernel && use_default_guest(cfg) < 0) {
		vm_lifecycle_close(&lc);
		gdbstub_close(gdb);
		migrate_in_close(&in);
		return 2;
	}
	/* After the U-Boot decision: the seed is never the disk booted. */
	char seed_path[64];
	int seed_fd = -1;
	if (cloud_init &&
	    cloudinit_attach(cfg, cloud_init, &seed_fd, seed_path, sizeof(seed_path), &e) < 0) {
		fprintf(stderr, "rvisor: %s\n", e.msg);
		vm_lifecycle_close(&lc);
		gdbstub_close(gdb);
		return 2;
	}
	/* Before the first thread (they inherit the pinning) and before the
	 * sandbox (which closes the way to /sys/fs/cgroup). */
	int cleanup_fd;
	if (run_limits_apply(&out.limits, cfg->mem_size, &cleanup_fd) < 0) {
		vm_lifecycle_close(&lc);
		return 2;
	}
	cfg->nvcpu_pin = out.limits.nvcpu_pin < VM_MAX_CPUS ? out.limits.nvcpu_pin : VM_MAX_CPUS;
	memcpy(cfg->vcpu_pin, out.limits.vcpu_pin, cfg->nvcpu_pin * sizeof(cfg->vcpu_pin[0]));
	/* Before the first thread: every thread installs its filter. */
	struct sandbox sandbox;
	struct sandbox_needs needs;
	sandbox_needs_of(&needs, cfg->devices, cfg->ndevices);
	if (incoming)
		needs.host_net = true; /* the machine comes with the stream: keep the network */
	/* The API socket is removed by path at exit, and snapshots are written
	 * beside it by default: its directory stays in the private root. */
	for (unsigned k = 0; k < out.sandbox_dirs.n; k++)
		sandbox_dirs_add(&needs.dirs, out.sandbox_dirs.dir[k], false);
	if (api_socket)
		sandbox_dirs_add(&needs.dirs, api_socket, true);
	sandbox_dirs_free(&out.sandbox_dirs);
	/* A PID namespace of its own: this process forks in sandbox_prepare
	 * and its parent stays as the relay whose pid the caller knows. */
	needs.pid_ns = true;
	needs.relay_keep_fd = cleanup_fd;
	needs.user_given = out.user_given;
	needs.uid = out.uid;
	needs.gid = out.gid;
	if (sandbox_prepare(&sandbox, out.sandbox, &needs, &e) < 0) {
		fprintf(stderr, "rvisor: %s\n", e.msg);
		vm_lifecycle_close(&lc);
		gdbstub_close(gdb);
		return 1;
	}
	lc.sandbox = &sandbox;
	if (api_socket) {
		char err[512];
		lc.api = api_start(api_socket, err, sizeof(err));
		if (!lc.api) {
			fprintf(stderr, "rvisor: --api-socket: %s\n", err);
			vm_lifecycle_close(&lc);
			gdbstub_close(gdb);
			gdbstub_close(gdb);
			sandbox_close(&sandbox);
			return 2;
		}
	}
	if (gdb && gdbstub_start(gdb, &e) < 0) {
		fprintf(stderr, "rvisor: %s\n", e.msg);
		api_stop(lc.api);
		vm_lifecycle_close(&lc);
		sandbox_close(&sandbox);
		gdbstub_close(gdb);
		return 1;
	}
	out.timeout = cfg->timeout;
	int status = vm_lifecycle_run(&lc, &e);
	if (lc.failed_device >= 0) { /* named as the user gave it */
		const struct vm_device *d = &cfg->devices[lc.failed_device];
		fprintf(stderr, "rvisor: --%s %s: %s\n", d->kind, d->opts,
			vdev_error_reason(&e, d));
	} else if (e.msg[0]) {
		fprintf(stderr, "rvisor: %s\n", e.msg);
	}
	api_stop(lc.api);
	gdbstub_close(gdb);
	vm_lifecycle_close(&lc);
	bool pid_ns = sandbox.pid_ns;
	sandbox_close(&sandbox);
	migrate_in_close(&in);
	if (pid_ns)
		sandbox_pid_exit(status);
	return status;
}
