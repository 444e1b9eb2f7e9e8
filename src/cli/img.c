/* `rvisor img`: disk image tool (create, info, check, convert, resize), with
 * qemu-img's command shapes, output wording and exit statuses. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "block/block.h"
#include "block/qcow2.h"
#include "cli/cli.h"
#include "util/opts.h"

#define EXIT_USAGE 2

static void img_usage(FILE *f)
{
	fprintf(f, "usage: rvisor img <command> [options]\n"
		   "\n"
		   "Create, inspect, check and convert disk images (raw and qcow2).\n"
		   "\n"
		   "  create -f FMT [-b BACKING [-F BACKING_FMT]] [-o cluster_size=N] FILE [SIZE]\n"
		   "  info [-f FMT] [--output=human|json] FILE\n"
		   "  check [-f FMT] FILE\n"
		   "  convert [-f FMT] [-O FMT] [-o cluster_size=N] [-p] SRC DST\n"
		   "  resize [-f FMT] [--shrink] FILE [+]SIZE\n"
		   "\n"
		   "SIZE is in bytes, or with a suffix K, M, G, T (powers of 1024).\n"
		   "'rvisor img <command> --help' describes a command.\n");
}

/* "1 GiB", "196 KiB": three significant digits, as qemu-img. */
static void human_size(uint64_t v, char *buf, size_t len)
{
	static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
	int u = 0;
	double d = (double)v;
	while (d >= 1024 && u < 6) {
		d /= 1024;
		u++;
	}
	snprintf(buf, len, "%0.3g %s", d, units[u]);
}

static void json_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch == '"' || ch == '\\')
			fprintf(f, "\\%c", ch);
		else if (ch < 0x20)
			fprintf(f, "\\u%04x", ch);
		else
			fputc(ch, f);
	}
	fputc('"', f);
}

/* Reject a format name that is not raw or qcow2 (usage error). */
static bool fmt_ok(const char *cmd, const char *fmt)
{
	if (fmt && strcmp(fmt, "raw") && strcmp(fmt, "qcow2")) {
		fprintf(stderr, "rvisor img %s: unknown format '%s' (raw or qcow2)\n", cmd, fmt);
		return false;
	}
	return true;
}

static struct block_dev *open_image(const char *path, const char *fmt, bool ro)
{
	struct block_open_opts o = {.format = fmt, .readonly = ro};
	char err[512];
	struct block_dev *bd = block_open(path, &o, err, sizeof(err));
	if (!bd)
		fprintf(stderr, "rvisor img: %s\n", err);
	return bd;
}

/* The format to open path with: fmt when the user gave one, else a probe.
 * A probed qcow2 image that names a backing file is refused (NULL after a
 * message telling to give `flag`): its header may have been written by a
 * guest into what is really a raw disk, and following it would read a host
 * file the user never named. Given -f/-F qcow2, the chain is the user's. */
static const char *decide_format(const char *path, const char *fmt, const char *flag)
{
	if (fmt)
		return fmt;
	char err[512];
	const struct block_format *f = block_probe(path, err, sizeof(err));
	if (!f) {
		fprintf(stderr, "rvisor img: %s\n", err);
		return NULL;
	}
	if (f != &block_format_qcow2)
		return f->name;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct qcow2 q = {0};
	if (fd >= 0)
		qcow2_load(&q, fd, true, true, err, sizeof(err)); /* errors: at the open */
	bool backed = q.backing_file != NULL;
	if (backed)
		fprintf(
		    stderr,
		    "rvisor img: %s: probed as qcow2 with backing file '%s', which is not "
		    "followed unless the format is given (a raw disk a guest wrote can carry "
		    "such a header): give %s qcow2 if it is a qcow2 image with that backing file, "
		    "or %s raw to take the file as it is\n",
		    path, q.backing_file, flag, flag);
	qcow2_unload(&q);
	if (fd >= 0)
		close(fd);
	return backed ? NULL : f->name; /* other problems: the open reports them */
}

/* Bad usage: message, hint, status 2. */
static int usage_error(const char *cmd, const char *msg, const char *arg)
{
	fprintf(stderr, "rvisor img %s: %s%s%s\n", cmd, msg, arg ? ": " : "", arg ? arg : "");
	fprintf(stderr, "Try 'rvisor img %s --help'.\n", cmd);
	return EXIT_USAGE;
}

/* getopt over argv[0] = the subcommand; --help handled by the caller. */
static bool wants_help(int argc, char **argv)
{
	for (int k = 1; k < argc; k++) {
		if (!strcmp(argv[k], "--"))
			break;
		if (!strcmp(argv[k], "--help") || !strcmp(argv[k], "-h"))
			return true;
	}
	return false;
}

/* ---- create ---- */

static int create_image(const char *path, const char *fmt, uint64_t size, const char *backing,
			const char *backing_fmt, uint32_t cluster_size)
{
	char err[512];
	if (!strcmp(fmt, "raw")) {
		int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
		if (fd < 0 || ftruncate(fd, (off_t)size) < 0) {
			fprintf(stderr, "rvisor img: %s: %s\n", path, strerror(errno));
			if (fd >= 0)
				close(fd);
			return 1;
		}
		close(fd);
		return 0;
	}
	struct qcow2_create_opts o = {.size = size,
				      .cluster_size = cluster_size,
				      .backing = backing,
				      .backing_fmt = backing_fmt};
	if (qcow2_create(path, &o, err, sizeof(err)) < 0) {
		fprintf(stderr, "rvisor img: %s\n", err);
		return 1;
	}
	return 0;
}

static int img_create(int argc, char **argv)
{
	if (wants_help(argc, argv)) {
		printf("usage: rvisor img create -f FMT [-b BACKING [-F BACKING_FMT]]\n"
		       "                         [-o cluster_size=N] FILE [SIZE]\n"
		       "\n"
		       "Create an empty image. FMT is raw or qcow2 (version 3). With a backing\n"
		       "file, SIZE defaults to the backing file's size; a relative BACKING is\n"
		       "relative to FILE's directory. BACKING_FMT is probed when not given and\n"
		       "recorded; a BACKING probed as qcow2 that has a backing file of its own\n"
		       "needs -F qcow2.\n");
		return 0;
	}
	const char *fmt = "raw", *backing = NULL, *bfmt = NULL;
	uint64_t cluster_size = 0;
	bool quiet = false;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt(argc, argv, "+f:b:F:o:q")) != -1) {
		switch (c) {
		case 'f':
			fmt = optarg;
			break;
		case 'b':
			backing = optarg;
			break;
		case 'F':
			bfmt = optarg;
			break;
		case 'q':
			quiet = true;
			break;
		case 'o':
			if (strncmp(optarg, "cluster_size=", 13) ||
			    !opts_parse_size(optarg + 13, 0, &cluster_size) ||
			    cluster_size > (1u << 21))
				return usage_error(
				    "create", "unsupported option (only cluster_size=N)", optarg);
			break;
		default:
			return usage_error("create", "bad option", argv[optind - 1]);
		}
	}
	if (!fmt_ok("create", fmt) || !fmt_ok("create", bfmt))
		return EXIT_USAGE;
	if (argc - optind < 1 || argc - optind > 2)
		return usage_error("create", "expected FILE [SIZE]", NULL);
	const char *path = argv[optind];
	uint64_t size = 0;
	bool have_size = argc - optind == 2;
	if (have_size && !opts_parse_size(argv[optind + 1], 0, &size))
		return usage_error("create", "bad size", argv[optind + 1]);
	if (backing && strcmp(fmt, "qcow2"))
		return usage_error("create", "a backing file needs -f qcow2", NULL);
	if (!backing && !have_size)
		return usage_error("create", "missing SIZE", NULL);
	char bfmt_buf[16];
	if (backing) {
		/* Open the backing file (relative to the new image) for its size
		 * and format. */
		char bpath[4096];
		const char *slash = strrchr(path, '/');
		if (backing[0] != '/' && slash)
			snprintf(bpath, sizeof(bpath), "%.*s/%s", (int)(slash - path), path,
				 backing);
		else
			snprintf(bpath, sizeof(bpath), "%s", backing);
		const char *f = decide_format(bpath, bfmt, "-F");
		struct block_dev *b = f ? open_image(bpath, f, true) : NULL;
		if (!b)
			return 1;
		if (!have_size)
			size = b->size;
		snprintf(bfmt_buf, sizeof(bfmt_buf), "%s", b->fmt->name);
		bfmt = bfmt_buf;
		block_close(b);
	}
	if (!strcmp(fmt, "raw") && cluster_size)
		return usage_error("create", "cluster_size applies to qcow2 only", NULL);
	int r = create_image(path, fmt, size, backing, bfmt, (uint32_t)cluster_size);
	if (r == 0 && !quiet) {
		printf("Formatting '%s', fmt=%s size=%" PRIu64, path, fmt, size);
		if (backing)
			printf(" backing_file=%s backing_fmt=%s", backing, bfmt);
		printf("\n");
	}
	return r;
}

/* ---- info ---- */

static int img_info(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"output", required_argument, NULL, 'J'},
	    {"format", required_argument, NULL, 'f'},
	    {NULL, 0, NULL, 0},
	};
	if (wants_help(argc, argv)) {
		printf("usage: rvisor img info [-f FMT] [--output=human|json] FILE\n"
		       "\n"
		       "Print the image's format, virtual size, disk usage, cluster size and\n"
		       "backing file (JSON keys as qemu-img's).\n");
		return 0;
	}
	const char *fmt = NULL;
	bool json = false;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "+f:", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			fmt = optarg;
			break;
		case 'J':
			if (!strcmp(optarg, "json"))
				json = true;
			else if (strcmp(optarg, "human"))
				return usage_error("info", "--output must be human or json",
						   optarg);
			break;
		default:
			return usage_error("info", "bad option", argv[optind - 1]);
		}
	}
	if (!fmt_ok("info", fmt))
		return EXIT_USAGE;
	if (argc - optind != 1)
		return usage_error("info", "expected one FILE", NULL);
	const char *path = argv[optind];
	struct block_dev *bd = open_image(path, fmt, true);
	if (!bd)
		return 1;
	struct stat st;
	uint64_t actual = fstat(bd->fd, &st) == 0 ? (uint64_t)st.st_blocks * 512 : 0;
	bool q2 = bd->fmt == &block_format_qcow2;
	struct qcow2_info qi = {0};
	if (q2)
		qcow2_get_info(bd, &qi);
	if (json) {
		printf("{\n    \"virtual-size\": %" PRIu64 ",\n    \"filename\": ", bd->size);
		json_string(stdout, path);
		if (q2)
			printf(",\n    \"cluster-size\": %" PRIu64, qi.cluster_size);
		printf(",\n    \"format\": \"%s\",\n    \"actual-size\": %" PRIu64, bd->fmt->name,
		       actual);
		if (q2 && qi.backing_file) {
			printf(",\n    \"backing-filename\": ");
			json_string(stdout, qi.backing_file);
			if (qi.backing_fmt) {
				printf(",\n    \"backing-filename-format\": ");
				json_string(stdout, qi.backing_fmt);
			}
		}
		if (q2)
			printf(",\n    \"format-specific\": {\n        \"type\": \"qcow2\",\n"
			       "        \"data\": {\n            \"compat\": \"%s\",\n"
			       "            \"lazy-refcounts\": %s,\n"
			       "            \"refcount-bits\": %u,\n"
			       "            \"corrupt\": %s\n        }\n    }",
			       qi.version == 2 ? "0.10" : "1.1",
			       qi.lazy_refcounts ? "true" : "false", qi.refcount_bits,
			       qi.corrupt ? "true" : "false");
		printf(",\n    \"dirty-flag\": false\n}\n");
	} else {
		char vs[32], ds[32];
		human_size(bd->size, vs, sizeof(vs));
		human_size(actual, ds, sizeof(ds));
		printf("image: %s\nfile format: %s\nvirtual size: %s (%" PRIu64 " bytes)\n"
		       "disk size: %s\n",
		       path, bd->fmt->name, vs, bd->size, ds);
		if (q2) {
			printf("cluster_size: %" PRIu64 "\n", qi.cluster_size);
			if (qi.backing_file)
				printf("backing file: %s\n", qi.backing_file);
			if (qi.backing_fmt)
				printf("backing file format: %s\n", qi.backing_fmt);
			if (qi.nb_snapshots)
				printf("snapshots: %u\n", qi.nb_snapshots);
			printf("Format specific information:\n    compat: %s\n"
			       "    compression type: zlib\n    lazy refcounts: %s\n"
			       "    refcount bits: %u\n    corrupt: %s\n    extended l2: false\n",
			       qi.version == 2 ? "0.10" : "1.1",
			       qi.lazy_refcounts ? "true" : "false", qi.refcount_bits,
			       qi.corrupt ? "true" : "false");
		}
	}
	block_close(bd);
	return 0;
}

/* ---- check ---- */

static int img_check(int argc, char **argv)
{
	if (wants_help(argc, argv)) {
		printf("usage: rvisor img check [-f FMT] FILE\n"
		       "\n"
		       "Check a qcow2 image's metadata: every refcount against the references\n"
		       "actually found (no repair: use 'qemu-img check -r' for that).\n"
		       "Exit status (as qemu-img): 0 clean, 1 check not completed, 2 corruptions\n"
		       "found, 3 only leaked clusters found, 63 format without checks (raw).\n");
		return 0;
	}
	const char *fmt = NULL;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt(argc, argv, "+f:q")) != -1) {
		switch (c) {
		case 'f':
			fmt = optarg;
			break;
		case 'q':
			break;
		default:
			return usage_error("check", "bad option", argv[optind - 1]);
		}
	}
	if (!fmt_ok("check", fmt))
		return EXIT_USAGE;
	if (argc - optind != 1)
		return usage_error("check", "expected one FILE", NULL);
	const char *path = argv[optind];
	if (!fmt) {
		char err[512];
		const struct block_format *f = block_probe(path, err, sizeof(err));
		if (!f) {
			fprintf(stderr, "rvisor img: %s\n", err);
			return 1;
		}
		fmt = f->name; /* the check reads no backing file */
	}
	if (strcmp(fmt, "qcow2")) {
		fprintf(stderr, "rvisor img: This image format does not support checks\n");
		return 63;
	}
	struct qcow2_check_result r;
	char err[512];
	if (qcow2_check(path, &r, stdout, err, sizeof(err)) < 0) {
		fprintf(stderr, "rvisor img: %s\n", err);
		return 1;
	}
	if (r.corruptions)
		printf("\n%" PRIu64 " errors were found on the image.\nData may be corrupted, or "
		       "further writes to the image may corrupt it.\n",
		       r.corruptions);
	if (r.leaks)
		printf("\n%" PRIu64
		       " leaked clusters were found on the image.\nThis means waste of "
		       "disk space, but no harm to data.\n",
		       r.leaks);
	if (!r.corruptions && !r.leaks)
		printf("No errors were found on the image.\n");
	if (r.total_clusters)
		printf("%" PRIu64 "/%" PRIu64 " = %0.2f%% allocated\n", r.allocated_clusters,
		       r.total_clusters,
		       100.0 * (double)r.allocated_clusters / (double)r.total_clusters);
	printf("Image end offset: %" PRIu64 "\n", r.image_end);
	return r.corruptions ? 2 : r.leaks ? 3 : 0;
}

/* ---- convert ---- */

static bool all_zero(const uint8_t *p, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (p[k])
			return false;
	return true;
}

static int img_convert(int argc, char **argv)
{
	if (wants_help(argc, argv)) {
		printf(
		    "usage: rvisor img convert [-f FMT] [-O FMT] [-o cluster_size=N] [-p] SRC DST\n"
		    "\n"
		    "Copy SRC (any format, backing chain included) into a new image DST\n"
		    "(default format raw). Zero ranges stay unallocated. -p shows progress on\n"
		    "stderr (shown anyway for images of 1 GiB or more on a terminal).\n"
		    "Without -f, a SRC probed as qcow2 that names a backing file is refused:\n"
		    "give -f qcow2 to follow its backing chain.\n");
		return 0;
	}
	const char *fmt = NULL, *ofmt = "raw";
	bool progress = false;
	uint64_t cluster_size = 0;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt(argc, argv, "+f:O:o:pq")) != -1) {
		switch (c) {
		case 'f':
			fmt = optarg;
			break;
		case 'o':
			if (strncmp(optarg, "cluster_size=", 13) ||
			    !opts_parse_size(optarg + 13, 0, &cluster_size) ||
			    cluster_size > (1u << 21))
				return usage_error(
				    "convert", "unsupported option (only cluster_size=N)", optarg);
			break;
		case 'O':
			ofmt = optarg;
			break;
		case 'p':
			progress = true;
			break;
		case 'q':
			break;
		default:
			return usage_error("convert", "bad option", argv[optind - 1]);
		}
	}
	if (!fmt_ok("convert", fmt) || !fmt_ok("convert", ofmt))
		return EXIT_USAGE;
	if (argc - optind != 2)
		return usage_error("convert", "expected SRC DST", NULL);
	const char *src = argv[optind], *dst = argv[optind + 1];
	fmt = decide_format(src, fmt, "-f");
	struct block_dev *in = fmt ? open_image(src, fmt, true) : NULL;
	if (!in)
		return 1;
	if (cluster_size && strcmp(ofmt, "qcow2")) {
		block_close(in);
		return usage_error("convert", "cluster_size applies to qcow2 only", NULL);
	}
	if (create_image(dst, ofmt, in->size, NULL, NULL, (uint32_t)cluster_size)) {
		block_close(in);
		return 1;
	}
	struct block_dev *out = open_image(dst, ofmt, false);
	if (!out) {
		block_close(in);
		return 1;
	}
	if (!progress && in->size >= (1ull << 30) && isatty(2))
		progress = true;
	const size_t chunk = 2u << 20;
	uint8_t *buf = malloc(chunk);
	int ret = 0;
	if (!buf) {
		fprintf(stderr, "rvisor img: out of memory\n");
		ret = 1;
	}
	int last_pct = -1;
	for (uint64_t off = 0; buf && off < in->size; off += chunk) {
		size_t n = in->size - off < chunk ? (size_t)(in->size - off) : chunk;
		ssize_t r = block_pread(in, buf, n, off);
		if (r < 0) {
			fprintf(stderr, "rvisor img: %s: read error at offset %" PRIu64 ": %s\n",
				src, off, strerror((int)-r));
			ret = 1;
			break;
		}
		/* Skip zero runs at 64 KiB granularity: the new image reads zero there. */
		for (size_t k = 0; k < n;) {
			size_t m = n - k < 65536 ? n - k : 65536;
			if (!all_zero(buf + k, m)) {
				size_t e = k + m;
				while (e < n) {
					size_t mm = n - e < 65536 ? n - e : 65536;
					if (all_zero(buf + e, mm))
						break;
					e += mm;
				}
				r = block_pwrite(out, buf + k, e - k, off + k);
				if (r < 0) {
					fprintf(stderr, "rvisor img: %s: write error: %s\n", dst,
						strerror((int)-r));
					ret = 1;
					break;
				}
				m = e - k;
			}
			k += m;
		}
		if (ret)
			break;
		int pct = (int)((off + n) * 10000 / in->size);
		if (progress && pct != last_pct) {
			fprintf(stderr, "    (%d.%02d/100%%)\r", pct / 100, pct % 100);
			last_pct = pct;
		}
	}
	if (progress && !ret)
		fprintf(stderr, "    (100.00/100%%)\n");
	free(buf);
	if (!ret && block_flush(out) < 0) {
		fprintf(stderr, "rvisor img: %s: flush failed\n", dst);
		ret = 1;
	}
	block_close(out);
	block_close(in);
	return ret;
}

/* ---- resize ---- */

static int img_resize(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"shrink", no_argument, NULL, 'S'},
	    {NULL, 0, NULL, 0},
	};
	if (wants_help(argc, argv)) {
		printf("usage: rvisor img resize [-f FMT] [--shrink] FILE [+]SIZE\n"
		       "\n"
		       "Change the virtual size to SIZE (or grow by +SIZE). qcow2 images only\n"
		       "grow; raw images shrink with --shrink (the data past SIZE is lost).\n");
		return 0;
	}
	const char *fmt = NULL;
	bool shrink = false;
	int c;
	optind = 1;
	opterr = 0;
	/* "-SIZE" would look like an option: stop at the first non-option. */
	while ((c = getopt_long(argc, argv, "+f:q", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			fmt = optarg;
			break;
		case 'S':
			shrink = true;
			break;
		case 'q':
			break;
		default:
			return usage_error("resize", "bad option", argv[optind - 1]);
		}
	}
	if (!fmt_ok("resize", fmt))
		return EXIT_USAGE;
	if (argc - optind != 2)
		return usage_error("resize", "expected FILE SIZE", NULL);
	const char *path = argv[optind], *sz = argv[optind + 1];
	bool rel = sz[0] == '+';
	uint64_t size;
	if (!opts_parse_size(sz + rel, 0, &size))
		return usage_error("resize", "bad size", sz);
	struct block_dev *bd = open_image(path, fmt, false);
	if (!bd)
		return 1;
	if (rel)
		size += bd->size;
	int ret = 0;
	char err[512];
	if (bd->fmt == &block_format_qcow2) {
		if (qcow2_resize(bd, size, err, sizeof(err)) < 0) {
			fprintf(stderr, "rvisor img: %s: %s\n", path, err);
			ret = 1;
		}
	} else if (size < bd->size && !shrink) {
		fprintf(stderr, "rvisor img: %s: shrinking loses data: use --shrink\n", path);
		ret = 1;
	} else if (ftruncate(bd->fd, (off_t)size) < 0) {
		fprintf(stderr, "rvisor img: %s: %s\n", path, strerror(errno));
		ret = 1;
	}
	block_close(bd);
	if (!ret)
		printf("Image resized.\n");
	return ret;
}

int cmd_img(int argc, char **argv)
{
	if (argc < 2) {
		img_usage(stderr);
		return EXIT_USAGE;
	}
	const char *sub = argv[1];
	static const struct {
		const char *name;
		int (*fn)(int, char **);
	} cmds[] = {
	    {"create", img_create},   {"info", img_info},     {"check", img_check},
	    {"convert", img_convert}, {"resize", img_resize},
	};
	for (size_t k = 0; k < sizeof(cmds) / sizeof(cmds[0]); k++)
		if (!strcmp(sub, cmds[k].name))
			return cmds[k].fn(argc - 1, argv + 1);
	if (!strcmp(sub, "--help") || !strcmp(sub, "-h") || !strcmp(sub, "help")) {
		img_usage(stdout);
		return 0;
	}
	fprintf(stderr, "rvisor img: unknown command '%s'\n", sub);
	img_usage(stderr);
	return EXIT_USAGE;
}
