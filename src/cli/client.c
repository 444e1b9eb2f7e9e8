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

const struct cl_verb *cl_take_verb(int *argc, char **argv, const struct cl_verb *verbs, size_t n,
				   const char *const *with_value, const char *who, bool *unknown)
{
	*unknown = false;
	for (int k = 1; k < *argc; k++) {
		if (argv[k][0] == '-') {
			for (size_t w = 0; with_value && with_value[w]; w++)
				if (strcmp(argv[k], with_value[w]) == 0 && k + 1 < *argc) {
					k++;
					break;
				}
			continue;
		}
		for (size_t v = 0; v < n; v++)
			if (strcmp(argv[k], verbs[v].name) == 0) {
				memmove(argv + k, argv + k + 1,
					(size_t)(*argc - k - 1) * sizeof(*argv));
				(*argc)--;
				return &verbs[v];
			}
		fprintf(stderr, "%s: unknown verb '%s'\n", who, argv[k]);
		*unknown = true;
		return NULL;
	}
	return NULL;
}

int cl_common_option(struct cl_common *co, const char *who, int c, const char *arg)
{
	switch (c) {
	case CL_O_STATE:
		co->state_opt = arg;
		return 1;
	case CL_O_RUN:
		co->run_opt = arg;
		return 1;
	case CL_O_NOAUTO:
		co->noauto = true;
		return 1;
	case 'o':
		if (strcmp(arg, "json") != 0 && strcmp(arg, "table") != 0) {
			fprintf(stderr, "%s: -o %s: expected table or json\n", who, arg);
			return -1;
		}
		co->json_out = strcmp(arg, "json") == 0;
		return 1;
	}
	return 0;
}

int cl_option_applies(const char *who, const struct cl_verb *vb, char letter, int c,
		      const struct option *lo, int li)
{
	if (vb && strchr(vb->opts, letter))
		return 0;
	fprintf(stderr, "%s %s: option %s%s does not apply here (see --help)\n", who,
		vb ? vb->name : "", c == 'o' ? "-" : "--", c == 'o' ? "o" : lo[li].name);
	return -1;
}

const char *cl_str(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	return json_is_string(v) ? json_string_value(v) : "-";
}

void cl_print_json(json_t *j)
{
	char *t = json_dumps(j, JSON_INDENT(2));
	printf("%s\n", t ? t : "null");
	free(t);
}

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

int dclient_init_common(struct dclient *cl, const char *who, const struct cl_common *co)
{
	return dclient_init(cl, who, co->state_opt, co->run_opt, co->noauto);
}

int dclient_call_text(struct dclient *cl, const char *method, const char *path, json_t *body,
		      char **answer)
{
	*answer = NULL;
	char *json = body ? json_dumps(body, JSON_COMPACT) : NULL;
	struct error e;
	int st = uhttp_request(cl->sock, method, path, json, CALL_TIMEOUT_MS, answer, &e);
	if (st < 0 && e.cls == ERR_NOT_FOUND && cl->autostart && start_daemon(cl) == 0)
		st = uhttp_request(cl->sock, method, path, json, CALL_TIMEOUT_MS, answer, &e);
	free(json);
	if (st < 0)
		fprintf(stderr, "%s: no daemon: %s%s\n", cl->who, e.msg,
			cl->autostart ? "" : " (start one with 'rvisor daemon')");
	return st;
}

int dclient_call(struct dclient *cl, const char *method, const char *path, json_t *body,
		 json_t **out)
{
	*out = NULL;
	char *answer = NULL;
	int st = dclient_call_text(cl, method, path, body, &answer);
	if (st >= 0 && answer && *answer)
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

int dclient_run(struct dclient *cl, const char *verb, const char *method, const char *path,
		json_t *body, json_t **answer)
{
	int st = dclient_call(cl, method, path, body, answer);
	return dclient_status(cl, verb, st, *answer);
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
