/* A managed VM's configuration: parsing and validating request bodies,
 * its canonical JSON, and the `rvisor run` arguments (see spec.h). */
#include "daemon/spec.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "virtio/devices.h"
#include "vmm/limits.h"

bool spec_name_ok(const char *name)
{
	size_t n = strlen(name);
	if (n == 0 || n > SPEC_NAME_MAX)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = name[i];
		bool alnum =
		    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-')))
			return false;
	}
	return true;
}

void spec_free(struct vm_spec *s)
{
	free(s->kernel);
	free(s->initrd);
	free(s->append);
	free(s->firmware);
	for (unsigned i = 0; i < s->ndisks; i++)
		free(s->disks[i]);
	for (unsigned i = 0; i < s->ndevices; i++)
		free(s->devices[i]);
	free(s->cpu_pin);
	free(s->memory_limit);
	memset(s, 0, sizeof(*s));
}

static const char *const known_fields =
    "name, cpus, memory_mib, kernel, initrd, append, firmware, disks, devices, power_button, "
    "cpu_max, cpu_weight, cpu_pin, memory_limit, pids_max, balloon_mib";

/* A string field: non-empty, at most SPEC_STR_MAX bytes, no control
 * characters (they would end up in a command line and a log). */
static int get_string(json_t *v, const char *field, bool path, char **out, struct error *e)
{
	if (!json_is_string(v))
		return err_set(e, ERR_INVALID, "field '%s' must be a string", field);
	const char *t = json_string_value(v);
	size_t n = json_string_length(v);
	if (n == 0 || n > SPEC_STR_MAX || strlen(t) != n)
		return err_set(e, ERR_INVALID,
			       "field '%s' must be a non-empty string of at most %d bytes", field,
			       SPEC_STR_MAX);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)t[i] < 0x20 || t[i] == 0x7f)
			return err_set(e, ERR_INVALID, "field '%s' contains a control character",
				       field);
	if (path && t[0] != '/')
		return err_set(e, ERR_INVALID,
			       "field '%s' must be an absolute path (the daemon has its own "
			       "working directory): '%s'",
			       field, t);
	*out = strdup(t);
	return *out ? 0 : err_set(e, ERR_IO, "out of memory");
}

static int get_uint(json_t *v, const char *field, uint64_t lo, uint64_t hi, uint64_t *out,
		    struct error *e)
{
	if (!json_is_integer(v) || json_integer_value(v) < (json_int_t)lo ||
	    json_integer_value(v) > (json_int_t)hi)
		return err_set(e, ERR_INVALID, "field '%s' must be an integer from %llu to %llu",
			       field, (unsigned long long)lo, (unsigned long long)hi);
	*out = (uint64_t)json_integer_value(v);
	return 0;
}

/* A disk in `--disk PATH[,opts]` form: the path (up to the first single
 * comma) must be absolute; or a volume of the daemon's pool,
 * "vol:NAME[,opts]" (daemon/volumes.c; whether it exists is the daemon's
 * check). */
static int check_disk(const char *d, struct error *e)
{
	if (strncmp(d, "vol:", 4) == 0) {
		char name[SPEC_NAME_MAX + 2];
		size_t n = strcspn(d + 4, ",");
		snprintf(name, sizeof(name), "%.*s",
			 (int)(n > SPEC_NAME_MAX ? SPEC_NAME_MAX + 1 : n), d + 4);
		if (n > SPEC_NAME_MAX || !spec_name_ok(name))
			return err_set(e, ERR_INVALID,
				       "field 'disks': '%.80s' names no valid volume (%s)", d,
				       SPEC_NAME_RULE);
		if (strstr(d + 4 + n, ",format="))
			return err_set(e, ERR_INVALID,
				       "field 'disks': '%.80s': a volume's format is its own", d);
		return 0;
	}
	if (d[0] != '/')
		return err_set(e, ERR_INVALID,
			       "field 'disks': '%s' must start with an absolute image path or "
			       "vol:NAME",
			       d);
	return 0;
}

/* A device in `KIND[,OPTS]` form: the kind must be one rvisor has (the
 * options are checked when the VM starts, by the VM itself). */
static int check_device(const char *d, struct error *e)
{
	const char *comma = strchr(d, ',');
	size_t n = comma ? (size_t)(comma - d) : strlen(d);
	char kind[32];
	if (n < sizeof(kind)) {
		memcpy(kind, d, n);
		kind[n] = 0;
		if (vdev_kind_find(kind))
			return 0;
	}
	unsigned nk;
	const struct vdev_kind *k = vdev_kinds(&nk);
	char list[256] = "";
	for (unsigned i = 0; i < nk; i++)
		snprintf(list + strlen(list), sizeof(list) - strlen(list), "%s%s", i ? ", " : "",
			 k[i].name);
	return err_set(e, ERR_INVALID, "field 'devices': '%.*s' is not a device kind (kinds: %s)",
		       (int)(n > 64 ? 64 : n), d, list);
}

static int get_list(json_t *v, const char *field, unsigned max, char **out, unsigned *n,
		    int (*check)(const char *, struct error *), struct error *e)
{
	if (!json_is_array(v))
		return err_set(e, ERR_INVALID, "field '%s' must be an array of strings", field);
	if (json_array_size(v) > max)
		return err_set(e, ERR_INVALID, "field '%s' has more than %u entries", field, max);
	size_t i;
	json_t *x;
	json_array_foreach(v, i, x)
	{
		if (get_string(x, field, false, &out[*n], e) < 0)
			return -1;
		(*n)++;
		if (check(out[*n - 1], e) < 0)
			return -1;
	}
	return 0;
}

/* A resource limit field (vmm/limits.h's grammar: `rvisor run` takes it
 * as given) into s. Returns 0, or -1 with e set naming the field. */
static int get_limit(json_t *v, const char *field, struct vm_spec *s, struct error *e)
{
	struct vm_limits l = {0};
	char text[64];
	int rc;
	if (strcmp(field, "cpu_max") == 0) {
		if (!json_is_number(v))
			return err_set(e, ERR_INVALID, "field 'cpu_max' must be a number");
		snprintf(text, sizeof(text), "%.17g", json_number_value(v));
		rc = limits_parse_cpu_max(&l, text, e);
		s->cpu_max = l.cpu_max;
	} else if (strcmp(field, "cpu_weight") == 0 || strcmp(field, "pids_max") == 0) {
		if (!json_is_integer(v))
			return err_set(e, ERR_INVALID, "field '%s' must be an integer", field);
		snprintf(text, sizeof(text), "%lld", (long long)json_integer_value(v));
		if (field[0] == 'c')
			rc = limits_parse_cpu_weight(&l, text, e), s->cpu_weight = l.cpu_weight;
		else
			rc = limits_parse_pids(&l, text, e), s->pids_max = l.pids_max;
	} else {
		char **out = strcmp(field, "cpu_pin") == 0 ? &s->cpu_pin : &s->memory_limit;
		if (get_string(v, field, false, out, e) < 0)
			return -1;
		rc = out == &s->cpu_pin ? limits_parse_cpu_pin(&l, *out, e)
					: limits_parse_memory(&l, *out, e);
	}
	return rc < 0 ? err_prefix(e, "field '%s'", field) : 0;
}

bool spec_has_device(const struct vm_spec *s, const char *kind)
{
	size_t n = strlen(kind);
	for (unsigned i = 0; i < s->ndevices; i++)
		if (strncmp(s->devices[i], kind, n) == 0 &&
		    (s->devices[i][n] == 0 || s->devices[i][n] == ','))
			return true;
	return false;
}

/* The configuration object o into s. */
static int from_object(json_t *o, struct vm_spec *s, struct error *e)
{
	memset(s, 0, sizeof(*s));
	s->cpus = 1;
	s->memory_mib = 128;
	s->power_button = true;
	if (!json_is_object(o))
		return err_set(e, ERR_INVALID, "the request body must be a JSON object");
	const char *k;
	json_t *v;
	json_object_foreach(o, k, v)
	{
		uint64_t u;
		int rc;
		if (strcmp(k, "name") == 0) {
			if (!json_is_string(v) ||
			    strlen(json_string_value(v)) != json_string_length(v))
				rc = err_set(e, ERR_INVALID, "field 'name' must be a string");
			else if (!spec_name_ok(json_string_value(v)))
				rc = err_set(e, ERR_INVALID,
					     "field 'name': '%.80s' is not a valid name (%s)",
					     json_string_value(v), SPEC_NAME_RULE);
			else if (strcmp(json_string_value(v), "import") == 0)
				/* /vms/import is the import route (daemon/vmarchive.h) */
				rc = err_set(
				    e, ERR_INVALID,
				    "field 'name': 'import' is reserved (POST /vms/import)");
			else if (strcmp(json_string_value(v), "incoming") == 0)
				/* /vms/incoming: migrations between daemons (daemon/migrate.h) */
				rc = err_set(
				    e, ERR_INVALID,
				    "field 'name': 'incoming' is reserved (POST /vms/incoming)");
			else
				rc = 0, strcpy(s->name, json_string_value(v));
		} else if (strcmp(k, "cpus") == 0) {
			rc = get_uint(v, k, 1, SPEC_CPUS_MAX, &u, e);
			s->cpus = (unsigned)u;
		} else if (strcmp(k, "memory_mib") == 0) {
			rc = get_uint(v, k, SPEC_MEM_MIN_MIB, SPEC_MEM_MAX_MIB, &s->memory_mib, e);
		} else if (strcmp(k, "kernel") == 0) {
			rc = get_string(v, k, true, &s->kernel, e);
		} else if (strcmp(k, "initrd") == 0) {
			rc = get_string(v, k, true, &s->initrd, e);
		} else if (strcmp(k, "firmware") == 0) {
			rc = get_string(v, k, true, &s->firmware, e);
		} else if (strcmp(k, "append") == 0) {
			rc = get_string(v, k, false, &s->append, e);
		} else if (strcmp(k, "disks") == 0) {
			rc = get_list(v, k, SPEC_MAX_DISKS, s->disks, &s->ndisks, check_disk, e);
		} else if (strcmp(k, "devices") == 0) {
			rc = get_list(v, k, SPEC_MAX_DEVICES, s->devices, &s->ndevices,
				      check_device, e);
		} else if (strcmp(k, "power_button") == 0) {
			rc = json_is_boolean(v)
				 ? 0
				 : err_set(e, ERR_INVALID,
					   "field 'power_button' must be true or false");
			s->power_button = json_is_true(v);
		} else if (strcmp(k, "cpu_max") == 0 || strcmp(k, "cpu_weight") == 0 ||
			   strcmp(k, "cpu_pin") == 0 || strcmp(k, "memory_limit") == 0 ||
			   strcmp(k, "pids_max") == 0) {
			rc = get_limit(v, k, s, e);
		} else if (strcmp(k, "balloon_mib") == 0) {
			rc = get_uint(v, k, 0, SPEC_MEM_MAX_MIB, &s->balloon_mib, e);
		} else {
			rc = err_set(e, ERR_INVALID, "unknown field '%.80s' (known fields: %s)", k,
				     known_fields);
		}
		if (rc < 0) {
			spec_free(s);
			return -1;
		}
	}
	const char *why = NULL;
	if (!s->name[0])
		why = "field 'name' is required";
	else if (s->firmware && (s->kernel || s->initrd || s->append))
		why = "'firmware' cannot be combined with 'kernel', 'initrd' or 'append'";
	else if ((s->initrd || s->append) && !s->kernel)
		why = "'initrd' and 'append' need 'kernel' (the default guest has its own)";
	else if (s->balloon_mib >= s->memory_mib)
		why = "field 'balloon_mib' must be less than memory_mib (the balloon takes that "
		      "much of the guest's RAM)";
	else if (s->balloon_mib && !spec_has_device(s, "balloon"))
		why = "field 'balloon_mib' needs a balloon device (devices: \"balloon\")";
	if (why) {
		spec_free(s);
		return err_set(e, ERR_INVALID, "%s", why);
	}
	return 0;
}

json_t *spec_load_body(const char *body, size_t len, struct error *e)
{
	json_error_t je;
	json_t *o = json_loadb(body ? body : "", len, JSON_REJECT_DUPLICATES, &je);
	if (!o)
		err_set(e, ERR_INVALID, "the request body is not valid JSON: %s (at byte %d)",
			je.text, je.position);
	return o;
}

int spec_each_field(const char *body, size_t len, spec_field_fn field, void *ctx, struct error *e)
{
	json_t *o = spec_load_body(body, len, e);
	if (!o)
		return -1;
	int rc = json_is_object(o)
		     ? 0
		     : err_set(e, ERR_INVALID, "the request body must be a JSON object");
	const char *k;
	json_t *v;
	json_object_foreach(o, k, v)
	{
		if (rc < 0)
			break;
		/* a NUL inside would cut the text short of what was sent */
		const char *text =
		    json_is_string(v) && strlen(json_string_value(v)) == json_string_length(v)
			? json_string_value(v)
			: NULL;
		rc = field(k, v, text, ctx, e);
	}
	json_decref(o);
	return rc;
}

int spec_parse(const char *body, size_t len, struct vm_spec *s, struct error *e)
{
	memset(s, 0, sizeof(*s));
	json_t *o = spec_load_body(body, len, e);
	if (!o)
		return -1;
	int rc = from_object(o, s, e);
	json_decref(o);
	return rc;
}

int spec_parse_patch(const char *stored, const char *body, size_t len, struct vm_spec *s,
		     struct error *e)
{
	memset(s, 0, sizeof(*s));
	json_t *p = spec_load_body(body, len, e);
	if (!p)
		return -1;
	json_t *base = json_loads(stored, 0, NULL);
	int rc = -1;
	if (!base) {
		err_set(e, ERR_INTERNAL, "the stored configuration is not valid JSON");
	} else if (!json_is_object(p)) {
		err_set(e, ERR_INVALID, "the request body must be a JSON object");
	} else if (json_object_get(p, "name")) {
		err_set(e, ERR_INVALID, "field 'name' cannot be changed");
	} else {
		const char *k;
		json_t *v;
		rc = 0;
		json_object_foreach(p, k, v)
		{
			if (!json_is_null(v))
				json_object_set(base, k, v);
			else if (strcmp(k, "kernel") && strcmp(k, "initrd") &&
				 strcmp(k, "append") && strcmp(k, "firmware") &&
				 strcmp(k, "disks") && strcmp(k, "devices") &&
				 strcmp(k, "cpu_max") && strcmp(k, "cpu_weight") &&
				 strcmp(k, "cpu_pin") && strcmp(k, "memory_limit") &&
				 strcmp(k, "pids_max") && strcmp(k, "balloon_mib"))
				rc =
				    err_set(e, ERR_INVALID,
					    "field '%.80s' cannot be removed (null is allowed for "
					    "kernel, initrd, append, firmware, disks, devices, "
					    "cpu_max, cpu_weight, cpu_pin, memory_limit, pids_max, "
					    "balloon_mib)",
					    k);
			else
				json_object_del(base, k);
			if (rc < 0)
				break;
		}
		if (rc == 0)
			rc = from_object(base, s, e);
	}
	json_decref(base);
	json_decref(p);
	return rc;
}

int spec_parse_stop(const char *body, size_t len, unsigned *timeout_s, bool *force, struct error *e)
{
	*timeout_s = SPEC_STOP_TIMEOUT_DEFAULT;
	if (force)
		*force = false;
	if (len == 0)
		return 0;
	json_t *o = spec_load_body(body, len, e);
	if (!o)
		return -1;
	int rc = 0;
	if (!json_is_object(o))
		rc = err_set(e, ERR_INVALID, "the request body must be a JSON object");
	const char *k;
	json_t *v;
	if (rc == 0)
		json_object_foreach(o, k, v)
		{
			uint64_t u;
			if (force && strcmp(k, "force") == 0) {
				if (!json_is_boolean(v)) {
					rc = err_set(e, ERR_INVALID,
						     "field 'force' must be true or false");
					break;
				}
				*force = json_is_true(v);
				continue;
			}
			if (strcmp(k, "timeout_seconds") != 0) {
				rc = err_set(
				    e, ERR_INVALID,
				    "unknown field '%.80s' (known fields: timeout_seconds%s)", k,
				    force ? ", force" : "");
				break;
			}
			if ((rc = get_uint(v, k, 0, SPEC_STOP_TIMEOUT_MAX, &u, e)) < 0)
				break;
			*timeout_s = (unsigned)u;
		}
	json_decref(o);
	return rc;
}

int spec_url_vm_name(const char *url, char name[SPEC_NAME_MAX + 1], struct error *e)
{
	const char *rest = url + 5;
	size_t n = strcspn(rest, "/");
	if (n > SPEC_NAME_MAX)
		return err_set(e, ERR_INVALID, "'%.80s...' is not a valid VM name (%s)", rest,
			       SPEC_NAME_RULE);
	memcpy(name, rest, n);
	name[n] = 0;
	if (!spec_name_ok(name))
		return err_set(e, ERR_INVALID, "'%.80s' is not a valid VM name (%s)", name,
			       SPEC_NAME_RULE);
	return 0;
}

int spec_route(const char *method, const char *url, struct spec_route *r, struct error *e)
{
	static const struct {
		const char *method, *suffix; /* suffix after /vms/{name}; NULL: none */
		enum spec_op op;
	} vm_routes[] = {
	    {"GET", NULL, SPEC_OP_SHOW},	  {"PATCH", NULL, SPEC_OP_MODIFY},
	    {"DELETE", NULL, SPEC_OP_DELETE},	  {"POST", "start", SPEC_OP_START},
	    {"POST", "stop", SPEC_OP_STOP},	  {"POST", "kill", SPEC_OP_KILL},
	    {"POST", "pause", SPEC_OP_PAUSE},	  {"POST", "resume", SPEC_OP_RESUME},
	    {"POST", "restart", SPEC_OP_RESTART}, {"GET", "console", SPEC_OP_CONSOLE},
	    {"GET", "logs", SPEC_OP_LOGS},
	};
	memset(r, 0, sizeof(*r));
	bool get = strcmp(method, "GET") == 0, post = strcmp(method, "POST") == 0;
	if (strcmp(url, "/info") == 0) {
		r->op = SPEC_OP_INFO, r->allow = "GET";
		return get ? 0 : err_set(e, ERR_UNSUPPORTED, "/info allows only GET");
	}
	if (strcmp(url, "/vms") == 0) {
		r->op = post ? SPEC_OP_CREATE : SPEC_OP_LIST, r->allow = "GET, POST";
		return get || post ? 0 : err_set(e, ERR_UNSUPPORTED, "/vms allows only GET, POST");
	}
	if (strncmp(url, "/vms/", 5) != 0)
		return err_set(e, ERR_NOT_FOUND, "no such resource: %.200s", url);
	if (spec_url_vm_name(url, r->name, e) < 0)
		return -1;
	const char *slash = strchr(url + 5, '/');
	const char *suffix = slash ? slash + 1 : NULL;
	bool path_known = false;
	for (size_t k = 0; k < sizeof(vm_routes) / sizeof(vm_routes[0]); k++) {
		if (!suffix != !vm_routes[k].suffix ||
		    (suffix && strcmp(suffix, vm_routes[k].suffix) != 0))
			continue;
		path_known = true;
		if (strcmp(method, vm_routes[k].method) == 0) {
			r->op = vm_routes[k].op;
			return 0;
		}
	}
	if (!path_known)
		return err_set(
		    e, ERR_NOT_FOUND,
		    "no such resource: %.200s (a VM's actions: start, stop, kill, pause, "
		    "resume, restart; its console and logs)",
		    url);
	r->allow = !suffix ? "GET, PATCH, DELETE"
		   : strcmp(suffix, "console") == 0 || strcmp(suffix, "logs") == 0 ? "GET"
										   : "POST";
	return err_set(e, ERR_UNSUPPORTED, "this path allows only %s", r->allow);
}

char *spec_to_json(const struct vm_spec *s)
{
	json_t *o = json_pack("{s:s, s:i, s:I}", "name", s->name, "cpus", (int)s->cpus,
			      "memory_mib", (json_int_t)s->memory_mib);
	if (!o)
		return NULL;
	const char *keys[] = {"kernel", "initrd", "append", "firmware"};
	const char *vals[] = {s->kernel, s->initrd, s->append, s->firmware};
	for (int i = 0; i < 4; i++)
		if (vals[i])
			json_object_set_new(o, keys[i], json_string(vals[i]));
	json_t *d = json_array(), *v = json_array();
	for (unsigned i = 0; i < s->ndisks; i++)
		json_array_append_new(d, json_string(s->disks[i]));
	for (unsigned i = 0; i < s->ndevices; i++)
		json_array_append_new(v, json_string(s->devices[i]));
	json_object_set_new(o, "disks", d);
	json_object_set_new(o, "devices", v);
	json_object_set_new(o, "power_button", json_boolean(s->power_button));
	if (s->cpu_max > 0)
		json_object_set_new(o, "cpu_max", json_real(s->cpu_max));
	if (s->cpu_weight)
		json_object_set_new(o, "cpu_weight", json_integer(s->cpu_weight));
	if (s->pids_max)
		json_object_set_new(o, "pids_max", json_integer(s->pids_max));
	if (s->cpu_pin)
		json_object_set_new(o, "cpu_pin", json_string(s->cpu_pin));
	if (s->memory_limit)
		json_object_set_new(o, "memory_limit", json_string(s->memory_limit));
	if (s->balloon_mib)
		json_object_set_new(o, "balloon_mib", json_integer((json_int_t)s->balloon_mib));
	char *text = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(o);
	return text;
}

char **spec_run_args(const struct vm_spec *s, const char *api_sock, struct spec_numbers *num)
{
	/* run, --api-socket, --cpus, --memory, 4 boot options: 2 each; 2 per
	 * disk and device, the power button and the 5 limits; NULL */
	size_t max = 1 + 2 * 7 + 2 * 5 + 2 * (s->ndisks + s->ndevices + 1) + 1, n = 0;
	char **a = calloc(max, sizeof(*a));
	if (!a)
		return NULL;
	snprintf(num->cpus, sizeof(num->cpus), "%u", s->cpus);
	snprintf(num->memory, sizeof(num->memory), "%lluM", (unsigned long long)s->memory_mib);
	a[n++] = "run";
	a[n++] = "--api-socket";
	a[n++] = (char *)api_sock;
	a[n++] = "--cpus";
	a[n++] = num->cpus;
	a[n++] = "--memory";
	a[n++] = num->memory;
	const char *opt[] = {"--kernel", "--initrd", "--append", "--firmware"};
	char *val[] = {s->kernel, s->initrd, s->append, s->firmware};
	for (int i = 0; i < 4; i++)
		if (val[i])
			a[n++] = (char *)opt[i], a[n++] = val[i];
	for (unsigned i = 0; i < s->ndisks; i++)
		a[n++] = "--disk", a[n++] = s->disks[i];
	bool has_input = false;
	for (unsigned i = 0; i < s->ndevices; i++) {
		a[n++] = "--device", a[n++] = s->devices[i];
		has_input |= strncmp(s->devices[i], "input", 5) == 0 &&
			     (s->devices[i][5] == 0 || s->devices[i][5] == ',');
	}
	/* The power button a graceful stop presses (one: a listed input
	 * device is that button already). */
	if (s->power_button && !has_input)
		a[n++] = "--device", a[n++] = "input";
	/* Resource limits (5 options) */
	if (s->cpu_max > 0) {
		snprintf(num->cpu_max, sizeof(num->cpu_max), "%.17g", s->cpu_max);
		a[n++] = "--cpu-max", a[n++] = num->cpu_max;
	}
	if (s->cpu_weight) {
		snprintf(num->cpu_weight, sizeof(num->cpu_weight), "%u", s->cpu_weight);
		a[n++] = "--cpu-weight", a[n++] = num->cpu_weight;
	}
	if (s->pids_max) {
		snprintf(num->pids_max, sizeof(num->pids_max), "%u", s->pids_max);
		a[n++] = "--pids-max", a[n++] = num->pids_max;
	}
	if (s->cpu_pin)
		a[n++] = "--cpu-pin", a[n++] = s->cpu_pin;
	if (s->memory_limit)
		a[n++] = "--memory-limit", a[n++] = s->memory_limit;
	a[n] = NULL;
	return a;
}
