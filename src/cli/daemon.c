/* `rvisor daemon`: parse options, go to the background unless
 * --foreground, and serve (daemon/daemon.h); and the hidden `rvisor
 * __keeper` the daemon runs each VM under. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <grp.h>
#include <pthread.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/cli.h"
#include "daemon/admission.h"
#include "daemon/daemon.h"
#include "daemon/metrics.h"
#include "daemon/spare.h"
#include "daemon/supervisor.h"
#include "daemon/tcp_listen.h"

static void daemon_usage(FILE *f)
{
	fprintf(
	    f, "usage: rvisor daemon [--foreground] [--state-dir DIR] [--run-dir DIR] [--group G]\n"
	       "                     [--log-max BYTES] [--memory-overcommit RATIO]\n"
	       "                     [--cpu-overcommit RATIO] [--metrics-listen HOST:PORT]\n"
	       "                     [--web HOST:PORT [--web-token-file FILE] [--web-root DIR]]\n"
	       "                     [--migrate-listen HOST]\n"
	       "\n"
	       "Serve the VM inventory and the 'rvisor vm' API (docs/daemon.md,\n"
	       "docs/api/daemon.yaml) on RUN/" DAEMON_SOCKET_NAME ". VMs outlive the daemon:\n"
	       "stopping it leaves them running, and a restarted daemon re-adopts them.\n"
	       "\n"
	       "  --foreground     stay in the foreground, log to stderr (systemd, tests);\n"
	       "                   otherwise the daemon detaches once it serves, logging to\n"
	       "                   STATE/daemon.log\n"
	       "  --state-dir DIR  the inventory and VM logs (default: $RVISOR_STATE_DIR, else\n"
	       "                   $XDG_DATA_HOME/rvisor, ~/.local/share/rvisor; as root\n"
	       "                   /var/lib/rvisor)\n"
	       "  --run-dir DIR    the sockets (default: $RVISOR_RUN_DIR, else\n"
	       "                   $XDG_RUNTIME_DIR/rvisor, STATE/run; as root /run/rvisor)\n"
	       "  --group G        as root: members of group G may use the socket (default:\n"
	       "                   group 'rvisor' when it exists, else root only)\n"
	       "  --memory-overcommit RATIO\n"
	       "                   admission control: a VM starts only while the memory\n"
	       "                   committed to VMs (guest RAM + 128 MiB for rvisor each)\n"
	       "                   stays within host RAM x RATIO (default 1)\n"
	       "  --cpu-overcommit RATIO\n"
	       "                   and their vCPUs within host CPUs x RATIO (default 4)\n"
	       "  --metrics-listen HOST:PORT\n"
	       "                   also serve GET /metrics (Prometheus text, and nothing\n"
	       "                   else) over TCP on a numeric address, e.g. 127.0.0.1:9464\n"
	       "                   (docs/monitoring.md); unauthenticated: keep it on\n"
	       "                   loopback or a trusted network\n"
	       "  --web HOST:PORT  also serve the web dashboard and the API under /api over\n"
	       "                   HTTP on a numeric address, e.g. 127.0.0.1:8080\n"
	       "                   (docs/web.md). Everything but the page's static files\n"
	       "                   needs a login with the web token, which gives the\n"
	       "                   daemon's full control of VMs: plain HTTP, so keep it on\n"
	       "                   loopback or behind a TLS proxy\n"
	       "  --web-token-file FILE\n"
	       "                   the web token: FILE's first line (16 to 256 printable\n"
	       "                   characters; FILE must not be readable by others). Without\n"
	       "                   it a random token is made at each start, written to\n"
	       "                   RUN/web-token (mode 0600) and printed on stderr\n"
	       "  --web-root DIR   the dashboard's files (default: web/ beside the rvisor\n"
	       "                   binary, else ../share/rvisor/web from it)\n"
	       "  --migrate-listen HOST\n"
	       "                   accept VMs migrated from other daemons ('rvisor vm migrate\n"
	       "                   NAME --to THIS:WEBPORT' there; needs --web, whose token\n"
	       "                   the source gives): each incoming VM listens on this\n"
	       "                   numeric address (e.g. 192.0.2.5, or 127.0.0.1), on a port\n"
	       "                   of its own, behind a one-time token (docs/daemon.md)\n"
	       "  -h, --help       this help\n"
	       "\n"
	       "Exit status: 0 after SIGTERM/SIGINT, 1 when it cannot serve (another daemon\n"
	       "has the directory, a file cannot be made), 2 on bad options.\n");
}

int cmd_keeper(int argc, char **argv)
{
	return keeper_main(argc, argv, cmd_run);
}

int cmd_spare(int argc, char **argv)
{
	return spare_main(argc, argv, cmd_run);
}

int cmd_daemon(int argc, char **argv)
{
	static const struct option opts[] = {
	    {"foreground", no_argument, NULL, 'f'},
	    {"state-dir", required_argument, NULL, 's'},
	    {"run-dir", required_argument, NULL, 'r'},
	    {"group", required_argument, NULL, 'g'},
	    {"log-max", required_argument, NULL, 'l'},
	    {"memory-overcommit", required_argument, NULL, 'M'},
	    {"cpu-overcommit", required_argument, NULL, 'C'},
	    {"metrics-listen", required_argument, NULL, 'P'},
	    {"web", required_argument, NULL, 'W'},
	    {"web-token-file", required_argument, NULL, 'T'},
	    {"web-root", required_argument, NULL, 'R'},
	    {"migrate-listen", required_argument, NULL, 'L'},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	const char *state = NULL, *run = NULL, *group = NULL, *metrics = NULL;
	const char *web = NULL, *web_token = NULL, *web_root = NULL, *mig_listen = NULL;
	bool fg = false;
	unsigned long long log_max = DAEMON_LOG_MAX_DEFAULT;
	double mem_ratio = 0, cpu_ratio = 0; /* 0: admission.h's defaults */
	int c;
	optind = 1;
	argv[0] = "rvisor daemon";
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'f':
			fg = true;
			break;
		case 's':
			state = optarg;
			break;
		case 'r':
			run = optarg;
			break;
		case 'g':
			group = optarg;
			break;
		case 'P':
			metrics = optarg;
			break;
		case 'W':
			web = optarg;
			break;
		case 'T':
			web_token = optarg;
			break;
		case 'R':
			web_root = optarg;
			break;
		case 'L': {
			unsigned char a[16];
			if (inet_pton(AF_INET, optarg, a) != 1 &&
			    inet_pton(AF_INET6, optarg, a) != 1) {
				fprintf(stderr,
					"rvisor daemon: --migrate-listen %s: expected a numeric "
					"IPv4 or IPv6 address (no port: each VM gets its own)\n",
					optarg);
				return 2;
			}
			mig_listen = optarg;
			break;
		}
		case 'l': {
			char *end;
			errno = 0;
			log_max = strtoull(optarg, &end, 10);
			if (errno || *end || end == optarg || optarg[0] == '-' || log_max < 4096) {
				fprintf(stderr,
					"rvisor daemon: --log-max %s: expected a number of "
					"bytes, at least 4096\n",
					optarg);
				return 2;
			}
			break;
		}
		case 'M':
		case 'C':
			if (admission_parse_ratio(optarg, c == 'M' ? &mem_ratio : &cpu_ratio) < 0) {
				fprintf(stderr,
					"rvisor daemon: --%s %s: expected a ratio from 0.01 to "
					"1000\n",
					c == 'M' ? "memory-overcommit" : "cpu-overcommit", optarg);
				return 2;
			}
			break;
		case 'h':
			daemon_usage(stdout);
			return 0;
		default:
			daemon_usage(stderr);
			return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "rvisor daemon: unexpected argument '%s'\n", argv[optind]);
		return 2;
	}
	struct daemon_opts o = {.ready_fd = -1,
				.exe = "/proc/self/exe",
				.log_max = log_max,
				.memory_overcommit = mem_ratio,
				.cpu_overcommit = cpu_ratio,
				.metrics_listen = metrics,
				.web_listen = web,
				.web_token_file = web_token,
				.web_root = web_root,
				.migrate_listen = mig_listen};
	struct error e = {0};
	if (daemon_dirs_resolve(state, run, &o.dirs, &e) < 0) {
		fprintf(stderr, "rvisor daemon: %s\n", e.msg);
		return 2;
	}
	struct sockaddr_storage ss;
	unsigned sl;
	if (metrics && metrics_parse_addr(metrics, &ss, &sl, &e) < 0) {
		fprintf(stderr, "rvisor daemon: %s\n", e.msg);
		return 2;
	}
	if (web && tcp_parse_addr("--web", web, &ss, &sl, &e) < 0) {
		fprintf(stderr, "rvisor daemon: %s\n", e.msg);
		return 2;
	}
	if (mig_listen && !web) {
		fprintf(stderr, "rvisor daemon: --migrate-listen needs --web (the source daemon "
				"asks for the VM through it, with its token)\n");
		return 2;
	}
	if (!web && (web_token || web_root)) {
		fprintf(stderr, "rvisor daemon: --web-token-file and --web-root need --web\n");
		return 2;
	}
	/* Files named relative to the current directory, which a detaching
	 * daemon leaves. */
	static char web_token_abs[PATH_MAX], web_root_abs[PATH_MAX];
	if (web_token && !realpath(web_token, web_token_abs)) {
		fprintf(stderr, "rvisor daemon: --web-token-file %s: %s\n", web_token,
			strerror(errno));
		return 2;
	}
	if (web_root && !realpath(web_root, web_root_abs)) {
		fprintf(stderr, "rvisor daemon: --web-root %s: %s\n", web_root, strerror(errno));
		return 2;
	}
	if (web_token)
		o.web_token_file = web_token_abs;
	if (web_root)
		o.web_root = web_root_abs;
	if (group && !o.dirs.system) {
		fprintf(stderr, "rvisor daemon: --group is for a daemon run as root (a user "
				"daemon's socket is its owner's only)\n");
		return 2;
	}
	/* Root mode's default group, when the administrator made it. */
	if (!group && o.dirs.system && getgrnam("rvisor"))
		group = "rvisor";
	/* The VMs run the same binary as the daemon, found once: /proc/self/exe
	 * of the daemon process names it even if the file is replaced. */
	static char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = 0;
		o.exe = exe;
	}
	o.group = group;
	/* Its files (inventory, logs, sockets) are its user's alone. */
	umask(077);
	/* The signals that stop the daemon are taken by sigwait: blocked in
	 * every thread from the start. */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	if (!fg) {
		int p[2];
		if (pipe2(p, O_CLOEXEC) < 0) {
			perror("rvisor daemon: pipe");
			return 1;
		}
		pid_t pid = fork();
		if (pid < 0) {
			perror("rvisor daemon: fork");
			return 1;
		}
		if (pid > 0) {
			/* The starter: wait until the daemon serves or fails. */
			close(p[1]);
			char buf[4];
			ssize_t k = read(p[0], buf, sizeof(buf));
			close(p[0]);
			if (k > 0)
				return 0;
			int st;
			waitpid(pid, &st, 0);
			char logp[1100];
			snprintf(logp, sizeof(logp), "%s/daemon.log", o.dirs.state);
			fprintf(stderr, "rvisor daemon: did not start (see %s)\n", logp);
			return 1;
		}
		close(p[0]);
		setsid();
		/* The middle process exits so the daemon is not a session leader
		 * and cannot regain a terminal. */
		if (fork() > 0)
			_exit(0);
		o.ready_fd = p[1];
		char logp[1100];
		snprintf(logp, sizeof(logp), "%s/daemon.log", o.dirs.state);
		mkdir(o.dirs.state, 0700);
		int lf = open(logp, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
		int nf = open("/dev/null", O_RDWR | O_CLOEXEC);
		if (lf >= 0 && nf >= 0) {
			dup2(nf, 0);
			dup2(lf, 1);
			dup2(lf, 2);
		}
		if (lf > 2)
			close(lf);
		if (nf > 2)
			close(nf);
		if (chdir("/") < 0) {
			/* stays where it is */
		}
	}
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	if (daemon_serve(&o, &e) < 0) {
		fprintf(stderr, "rvisor daemon: %s\n", e.msg);
		return e.cls == ERR_INVALID ? 2 : 1;
	}
	return 0;
}
