/* The daemon's client side (see client.h). */
#include "cli/client.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/uhttp.h"

#define CALL_TIMEOUT_MS (15 * 60 * 1000) /* an import copies a whole image */

int dclient_init(struct dclient *cl, const char *who, const char *state_opt, const char *run_opt,
		 bool no_autostart)
{
	memset(cl, 0, sizeof(*cl));
	cl->who = who;
	const char *noauto = getenv("RVISOR_NO_AUTOSTART");
	cl->autostart = !no_autostart && !(noauto && *noauto && strcmp(noauto, "0") != 0);
	struct error e;
	if (daemon_dirs_resolve(state_opt, run_opt, &cl->dirs, &e) < 0) {
		fprintf(stderr, "%s: %s\n", who, e.msg);
		return -1;
	}
	snprintf(cl->sock, sizeof(cl->sock), "%s/%s", cl->dirs.run, DAEMON_SOCKET_NAME);
	return 0;
}

/* Start a daemon for these directories (it returns once serving). */
static int start_daemon(struct dclient *cl)
{
	pid_t pid = fork();
	if (pid == 0) {
		execl("/proc/self/exe", "rvisor", "daemon", "--state-dir", cl->dirs.state,
		      "--run-dir", cl->dirs.run, (char *)NULL);
		_exit(127);
	}
	int st;
	if (pid < 0 || waitpid(pid, &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
		return -1;
	fprintf(stderr, "rvisor: started a daemon (state %s)\n", cl->dirs.state);
	return 0;
}

int dclient_call(struct dclient *cl, const char *method, const char *path, json_t *body,
		 json_t **out)
{
	*out = NULL;
	char *json = body ? json_dumps(body, JSON_COMPACT) : NULL;
	char *answer = NULL;
	struct error e;
	int st = uhttp_request(cl->sock, method, path, json, CALL_TIMEOUT_MS, &answer, &e);
	if (st < 0 && e.cls == ERR_NOT_FOUND && cl->autostart && start_daemon(cl) == 0)
		st = uhttp_request(cl->sock, method, path, json, CALL_TIMEOUT_MS, &answer, &e);
	free(json);
	if (st < 0) {
		fprintf(stderr, "%s: no daemon: %s%s\n", cl->who, e.msg,
			cl->autostart ? "" : " (start one with 'rvisor daemon')");
		return -1;
	}
	if (answer && *answer)
		*out = json_loads(answer, 0, NULL);
	free(answer);
	return st;
}

int dclient_status(struct dclient *cl, const char *verb, int status, json_t *answer)
{
	int rc = status < 0			 ? CL_FAILED
		 : status >= 200 && status < 300 ? CL_OK
		 : status == 400		 ? CL_USAGE
		 : status == 404		 ? CL_NOT_FOUND
						 : CL_FAILED;
	if (rc != CL_OK && status >= 0) {
		json_t *m = json_object_get(answer, "fault_message");
		fprintf(stderr, "%s %s: %s\n", cl->who, verb,
			json_is_string(m) ? json_string_value(m) : "the daemon refused");
	}
	return rc;
}

int dclient_parse_size(const char *s, unsigned long long *bytes)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || s[0] == '-')
		return -1;
	int shift = 0;
	switch (*end) {
	case 'K':
	case 'k':
		shift = 10;
		break;
	case 'M':
	case 'm':
		shift = 20;
		break;
	case 'G':
	case 'g':
		shift = 30;
		break;
	case 'T':
	case 't':
		shift = 40;
		break;
	}
	if (shift) {
		end++;
		if (end[0] == 'i' && end[1] == 'B')
			end += 2;
		else if (end[0] == 'B')
			end++;
	}
	if (*end || v == 0 || v > (~0ull >> shift))
		return -1;
	*bytes = v << shift;
	return 0;
}

void dclient_format_size(unsigned long long b, char *out, size_t n)
{
	static const char units[] = "KMGT";
	if (b < 1024) {
		snprintf(out, n, "%llu", b);
		return;
	}
	double v = (double)b;
	int u = -1;
	while (v >= 1024 && u < 3)
		v /= 1024, u++;
	snprintf(out, n, "%.1f%c", v, units[u]);
}
