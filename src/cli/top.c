/* `rvisor top`: a live view of the daemon's VMs from GET /stats (the
 * collector's cache, docs/monitoring.md): state, CPU %, guest MIPS,
 * memory, disk and network rates; refreshed every second, sortable by
 * key, `q` quits; the terminal is restored on every way out. `--batch`
 * prints plain frames for scripts, like top -b. */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/stats_view.h"
#include "daemon/daemon.h"
#include "util/uhttp.h"

enum sort_key { SORT_NAME, SORT_CPU, SORT_MIPS, SORT_RSS, SORT_DISK, SORT_NET };

/* The sort keys: the letter pressed (or --sort's word) and the column. */
static const struct {
	char key;
	const char *word, *column;
} sorts[] = {
    {'n', "name", "NAME"}, {'c', "cpu", "CPU%"},  {'m', "mips", "MIPS"},
    {'r', "rss", "RSS"},   {'d', "disk", "DISK"}, {'t', "net", "NET"},
};

/* One row, with the numbers it is sorted by. */
struct row {
	const char *name, *state;
	double cpu, mips, rss, guest, dr, dw, nr, nt, uptime;
	unsigned vcpus;
};

/* What a signal handler and atexit must reach: process-wide by nature. */
static volatile sig_atomic_t got_signal, got_winch;
static struct termios saved_tio;
static bool tio_saved;

/* The order of the rows. */
struct order {
	enum sort_key key;
	bool reverse;
};

static void on_signal(int sig)
{
	if (sig == SIGWINCH)
		got_winch = 1;
	else
		got_signal = sig;
}

/* Leave the alternate screen, show the cursor, give the terminal back its
 * settings. Safe to call more than once (atexit and each way out). */
static void restore_terminal(void)
{
	if (!tio_saved)
		return;
	static const char leave[] = "\033[?25h\033[?1049l";
	if (write(STDOUT_FILENO, leave, sizeof(leave) - 1) < 0) {
		/* nothing more can be done for a terminal that is gone */
	}
	tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_tio);
	tio_saved = false;
}

static int setup_terminal(void)
{
	if (tcgetattr(STDIN_FILENO, &saved_tio) < 0)
		return -1;
	struct termios t = saved_tio;
	t.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	t.c_cc[VMIN] = 0, t.c_cc[VTIME] = 0;
	if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &t) < 0)
		return -1;
	tio_saved = true;
	atexit(restore_terminal);
	fputs("\033[?1049h\033[?25l", stdout);
	return 0;
}

static double sum(const json_t *list, const char *k)
{
	double s = 0;
	size_t i;
	json_t *v;
	json_array_foreach(list, i, v) s += stats_num(v, k, 0);
	return s;
}

static int cmp_rows(const void *a, const void *b, void *arg)
{
	const struct row *x = a, *y = b;
	const struct order *o = arg;
	double dx = 0, dy = 0;
	int r;
	switch (o->key) {
	case SORT_NAME:
		r = strcmp(x->name, y->name);
		return o->reverse ? -r : r;
	case SORT_CPU:
		dx = x->cpu, dy = y->cpu;
		break;
	case SORT_MIPS:
		dx = x->mips, dy = y->mips;
		break;
	case SORT_RSS:
		dx = x->rss, dy = y->rss;
		break;
	case SORT_DISK:
		dx = x->dr + x->dw, dy = y->dr + y->dw;
		break;
	case SORT_NET:
		dx = x->nr + x->nt, dy = y->nr + y->nt;
		break;
	}
	/* Largest first; ties by name. */
	r = dx < dy ? 1 : dx > dy ? -1 : strcmp(x->name, y->name);
	return o->reverse ? -r : r;
}

static void rate_cell(double v, bool known, char *out, size_t n)
{
	if (!known) {
		snprintf(out, n, "-");
		return;
	}
	char b[32];
	stats_fmt_bytes(v, b, sizeof(b));
	snprintf(out, n, "%.24s/s", b);
}

/* One frame of text into f: header, column titles, one line per VM, cut
 * to `width` columns and `height` lines when they are given (> 0). */
static void frame(FILE *f, const json_t *all, const char *error, struct order *o, int width,
		  int height, bool footer)
{
	const json_t *vms = json_object_get(all, "vms");
	size_t n = json_array_size(vms);
	struct row *rows = calloc(n ? n : 1, sizeof(*rows));
	unsigned running = 0, paused = 0;
	double total_cpu = 0;
	for (size_t k = 0; rows && k < n; k++) {
		const json_t *v = json_array_get(vms, k);
		struct row *r = &rows[k];
		r->name = json_string_value(json_object_get(v, "name"));
		r->state = json_string_value(json_object_get(v, "state"));
		if (!r->name)
			r->name = "?";
		if (!r->state)
			r->state = "?";
		running += strcmp(r->state, "running") == 0;
		paused += strcmp(r->state, "paused") == 0;
		const json_t *cpu = json_object_get(v, "cpu");
		r->cpu = stats_num(cpu, "percent", -1);
		r->mips = stats_num(v, "mips", -1);
		r->vcpus = (unsigned)json_array_size(json_object_get(cpu, "vcpus"));
		const json_t *mem = json_object_get(v, "memory");
		r->rss = stats_num(mem, "rss_bytes", 0);
		r->guest = stats_num(mem, "guest_bytes", 0);
		const json_t *d = json_object_get(v, "disks"), *nic = json_object_get(v, "nics");
		bool rates = json_object_get(v, "mips") != NULL;
		r->dr = rates ? sum(d, "read_bytes_per_second") : -1;
		r->dw = rates ? sum(d, "write_bytes_per_second") : -1;
		r->nr = rates ? sum(nic, "rx_bytes_per_second") : -1;
		r->nt = rates ? sum(nic, "tx_bytes_per_second") : -1;
		r->uptime = stats_num(v, "uptime_seconds", -1);
		if (r->cpu > 0)
			total_cpu += r->cpu;
	}
	if (rows)
		qsort_r(rows, n, sizeof(*rows), cmp_rows, o);
	char line[512], tm_s[16];
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	strftime(tm_s, sizeof(tm_s), "%H:%M:%S", &tm);
	int lines = 0, w = width > 0 && width < (int)sizeof(line) ? width : (int)sizeof(line) - 1;
#define EMIT()                                                                                     \
	do {                                                                                       \
		if (height <= 0 || lines < height - (footer ? 1 : 0))                              \
			fprintf(f, "%.*s\n", w, line);                                             \
		lines++;                                                                           \
	} while (0)
	snprintf(line, sizeof(line),
		 "rvisor top - %s - %zu VMs: %u running, %u paused, %zu stopped - VM CPU %.1f %%",
		 tm_s, n, running, paused, n - running - paused, total_cpu);
	EMIT();
	if (error) {
		snprintf(line, sizeof(line), "error: %s", error);
		EMIT();
	}
	snprintf(line, sizeof(line), "%-16s %-8s %6s %8s %5s %10s %10s %11s %11s %11s %11s %9s",
		 "NAME", "STATE", "CPU%", "MIPS", "VCPU", "RSS", "GUEST", "DISK-R", "DISK-W",
		 "NET-RX", "NET-TX", "UPTIME");
	EMIT();
	for (size_t k = 0; rows && k < n; k++) {
		const struct row *r = &rows[k];
		char cpu[16] = "-", mips[16] = "-", rss[24] = "-", guest[24] = "-", dr[32], dw[32],
		     nr[32], nt[32], up[40] = "-";
		if (r->cpu >= 0)
			snprintf(cpu, sizeof(cpu), "%.1f", r->cpu);
		if (r->mips >= 0)
			snprintf(mips, sizeof(mips), "%.1f", r->mips);
		if (r->rss > 0)
			stats_fmt_bytes(r->rss, rss, sizeof(rss));
		if (r->guest > 0)
			stats_fmt_bytes(r->guest, guest, sizeof(guest));
		rate_cell(r->dr, r->dr >= 0, dr, sizeof(dr));
		rate_cell(r->dw, r->dw >= 0, dw, sizeof(dw));
		rate_cell(r->nr, r->nr >= 0, nr, sizeof(nr));
		rate_cell(r->nt, r->nt >= 0, nt, sizeof(nt));
		if (r->uptime >= 0) {
			long s = (long)r->uptime;
			snprintf(up, sizeof(up), "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
		}
		snprintf(line, sizeof(line),
			 "%-16.16s %-8s %6s %8s %5u %10s %10s %11s %11s %11s %11s %9s", r->name,
			 r->state, cpu, mips, r->vcpus, rss, guest, dr, dw, nr, nt, up);
		EMIT();
	}
#undef EMIT
	if (footer) {
		int len = snprintf(line, sizeof(line), "sort:");
		for (size_t k = 0; k < sizeof(sorts) / sizeof(sorts[0]); k++)
			len += snprintf(line + len, sizeof(line) - (size_t)len, " %c=%s%s",
					sorts[k].key, sorts[k].word,
					(int)k == (int)o->key ? (o->reverse ? "(^)" : "(v)") : "");
		snprintf(line + len, sizeof(line) - (size_t)len, "  R=reverse  q=quit");
		if (height > 0)
			fprintf(f, "\033[%d;1H", height);
		fprintf(f, "\033[7m%.*s\033[0m", w, line);
	}
	free(rows);
}

static void top_usage(FILE *f)
{
	fprintf(f,
		"usage: rvisor top [--sort KEY] [-d SECONDS] [--batch [-n N]] [--state-dir D]\n"
		"                  [--run-dir D]\n"
		"\n"
		"A live view of the daemon's VMs (docs/monitoring.md): state, CPU %% of the VM\n"
		"process, guest MIPS, vCPUs, resident and guest memory, disk read/write and\n"
		"network receive/transmit rates, uptime. Keys: n c m r d t sort by name, CPU,\n"
		"MIPS, RSS, disk or network; R reverses; q (or Ctrl-C) quits.\n"
		"\n"
		"  --sort KEY         name, cpu (default), mips, rss, disk or net\n"
		"  -d, --delay S      seconds between refreshes (default 1; the daemon\n"
		"                     collects once a second)\n"
		"  -b, --batch        print plain frames to stdout instead (no terminal needed)\n"
		"  -n, --iterations N with --batch: stop after N frames (default: forever)\n"
		"  --state-dir DIR, --run-dir DIR\n"
		"                     the daemon's directories (as 'rvisor daemon')\n"
		"  -h, --help         this help\n"
		"\n"
		"Exit status: 0 on q or after N frames, 1 when no daemon answers (batch) or\n"
		"on a signal, 2 bad usage.\n");
}

static json_t *fetch(const char *sock, char *err, size_t n)
{
	char *body = NULL;
	struct error e;
	int st = uhttp_request(sock, "GET", "/stats", NULL, 5000, &body, &e);
	json_t *j = st == 200 ? json_loads(body, 0, NULL) : NULL;
	if (!j)
		snprintf(err, n, "%.250s", st < 0 ? e.msg : "the daemon did not answer GET /stats");
	free(body);
	return j;
}

int cmd_top(int argc, char **argv)
{
	static const struct option opts[] = {
	    {"sort", required_argument, NULL, 's'},
	    {"delay", required_argument, NULL, 'd'},
	    {"batch", no_argument, NULL, 'b'},
	    {"iterations", required_argument, NULL, 'n'},
	    {"state-dir", required_argument, NULL, 'S'},
	    {"run-dir", required_argument, NULL, 'R'},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	const char *state = NULL, *run = NULL;
	struct order order = {SORT_CPU, false};
	bool batch = false;
	long iterations = -1;
	double delay = 1;
	int c;
	optind = 1;
	argv[0] = "rvisor top";
	while ((c = getopt_long(argc, argv, "hbd:n:", opts, NULL)) != -1) {
		char *end;
		switch (c) {
		case 's': {
			bool ok = false;
			for (size_t k = 0; k < sizeof(sorts) / sizeof(sorts[0]); k++)
				if (strcmp(optarg, sorts[k].word) == 0)
					order.key = (enum sort_key)k, ok = true;
			if (!ok) {
				fprintf(
				    stderr,
				    "rvisor top: --sort %s: name, cpu, mips, rss, disk or net\n",
				    optarg);
				return 2;
			}
			break;
		}
		case 'd':
			delay = strtod(optarg, &end);
			if (*end || end == optarg || !(delay >= 0.1 && delay <= 3600)) {
				fprintf(stderr, "rvisor top: -d %s: seconds, 0.1 to 3600\n",
					optarg);
				return 2;
			}
			break;
		case 'b':
			batch = true;
			break;
		case 'n':
			iterations = strtol(optarg, &end, 10);
			if (*end || end == optarg || iterations < 1) {
				fprintf(stderr,
					"rvisor top: -n %s: a number of frames, at least 1\n",
					optarg);
				return 2;
			}
			break;
		case 'S':
			state = optarg;
			break;
		case 'R':
			run = optarg;
			break;
		case 'h':
			top_usage(stdout);
			return 0;
		default:
			top_usage(stderr);
			return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "rvisor top: unexpected argument '%s'\n", argv[optind]);
		return 2;
	}
	if (iterations > 0 && !batch) {
		fprintf(stderr, "rvisor top: -n is for --batch\n");
		return 2;
	}
	struct daemon_dirs dirs;
	struct error e;
	if (daemon_dirs_resolve(state, run, &dirs, &e) < 0) {
		fprintf(stderr, "rvisor top: %s\n", e.msg);
		return 2;
	}
	char sock[1200], err[300];
	snprintf(sock, sizeof(sock), "%s/%s", dirs.run, DAEMON_SOCKET_NAME);
	int ms = (int)(delay * 1000);
	if (batch) {
		for (long k = 0; iterations < 0 || k < iterations; k++) {
			if (k)
				usleep((useconds_t)ms * 1000);
			json_t *all = fetch(sock, err, sizeof(err));
			if (!all) {
				fprintf(stderr, "rvisor top: %s\n", err);
				return 1;
			}
			if (k)
				printf("\n");
			frame(stdout, all, NULL, &order, 0, 0, false);
			fflush(stdout);
			json_decref(all);
			if (ferror(stdout))
				return 1;
		}
		return 0;
	}
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "rvisor top: needs a terminal (use --batch for a script)\n");
		return 2;
	}
	/* Each frame reaches the terminal whole, at its fflush: line buffering
	 * showed half-drawn frames (rows without the key line under them). */
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	struct sigaction sa = {.sa_handler = on_signal}; /* no SA_RESTART: poll wakes */
	sigemptyset(&sa.sa_mask);
	int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH};
	for (size_t k = 0; k < sizeof(sigs) / sizeof(sigs[0]); k++)
		sigaction(sigs[k], &sa, NULL);
	if (setup_terminal() < 0) {
		fprintf(stderr, "rvisor top: cannot set up the terminal: %s\n", strerror(errno));
		return 1;
	}
	int rc = 0;
	json_t *all = NULL;
	bool refetch = true;
	while (!got_signal) {
		if (refetch) {
			json_decref(all);
			all = fetch(sock, err, sizeof(err));
			refetch = false;
		}
		struct winsize ws = {0};
		ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws);
		fputs("\033[H\033[2J", stdout);
		frame(stdout, all, all ? NULL : err, &order, ws.ws_col ? ws.ws_col : 80,
		      ws.ws_row ? ws.ws_row : 24, true);
		fflush(stdout);
		/* Wait for a key or the next refresh. */
		struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN};
		int r = poll(&p, 1, ms);
		if (r == 0) {
			refetch = true;
			continue;
		}
		if (r < 0) /* a signal: quit, or redraw after a resize */
			continue;
		char ch;
		if (read(STDIN_FILENO, &ch, 1) != 1) {
			got_signal = SIGHUP; /* the terminal went away */
			break;
		}
		if (ch == 'q' || ch == 'Q')
			break;
		if (ch == 'R')
			order.reverse = !order.reverse;
		for (size_t k = 0; k < sizeof(sorts) / sizeof(sorts[0]); k++)
			if (ch == sorts[k].key)
				order.key = (enum sort_key)k;
	}
	if (got_signal)
		rc = 1;
	json_decref(all);
	restore_terminal();
	return rc;
}
