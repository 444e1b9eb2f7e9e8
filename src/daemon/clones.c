/* Full clones of a managed VM (POST /vms/{name}/clone, docs/daemon.md
 * "Clones"): each writable disk, as the source VM shows it now (stopped)
 * or at one of its snapshots, is copied flat into a new volume of the
 * pool; read-only disks are shared; NICs lose a fixed MAC (the clone gets
 * its own). The new VM is recorded stopped; a failure removes the volumes
 * made. Linked clones (sharing layers) are not in this stage. */
#include "daemon/clones.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "daemon/inventory.h"
#include "daemon/spec.h"
#include "daemon/volumes.h"

struct clone_req {
	char name[SPEC_NAME_MAX + 1];
	char from[SPEC_NAME_MAX + 1];
	bool linked;
};

static int parse(const char *body, size_t len, struct clone_req *r, struct error *e)
{
	memset(r, 0, sizeof(*r));
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
		const char *t =
		    json_is_string(v) && strlen(json_string_value(v)) == json_string_length(v)
			? json_string_value(v)
			: NULL;
		if (strcmp(k, "name") == 0 || strcmp(k, "from_snapshot") == 0) {
			if (!t || !spec_name_ok(t))
				rc = err_set(e, ERR_INVALID, "field '%s' must be a name (%s)", k,
					     SPEC_NAME_RULE);
			else
				snprintf(k[0] == 'n' ? r->name : r->from, SPEC_NAME_MAX + 1, "%s",
					 t);
		} else if (strcmp(k, "mode") == 0) {
			if (!t || (strcmp(t, "full") != 0 && strcmp(t, "linked") != 0))
				rc = err_set(e, ERR_INVALID, "field 'mode' must be full or linked");
			else
				r->linked = strcmp(t, "linked") == 0;
		} else {
			rc = err_set(
			    e, ERR_INVALID,
			    "unknown field '%.80s' (known fields: name, mode, from_snapshot)", k);
		}
	}
	json_decref(o);
	if (rc == 0 && !r->name[0])
		rc = err_set(e, ERR_INVALID, "field 'name' is required");
	return rc;
}

bool clone_route_is(const char *url)
{
	if (strncmp(url, "/vms/", 5) != 0)
		return false;
	const char *slash = strchr(url + 5, '/');
	return slash && strcmp(slash, "/clone") == 0;
}

/* A NIC's options without mac=: the clone's NIC gets an address of its
 * own. */
static char *without_mac(const char *dev)
{
	char *out = malloc(strlen(dev) + 1), *w = out;
	if (!out)
		return NULL;
	for (const char *o = dev; *o;) {
		size_t len = strcspn(o, ",");
		if (!(strncmp(dev, "net,", 4) == 0 && o != dev && len > 4 &&
		      strncmp(o, "mac=", 4) == 0)) {
			if (w != out)
				*w++ = ',';
			memcpy(w, o, len);
			w += len;
		}
		o += len + (o[len] == ',');
	}
	*w = 0;
	return out;
}

int clone_handle(struct snap_store *st, const struct snap_vm_ops *ops, const char *method,
		 const char *url, const char *body, size_t len, json_t **out, const char **allow,
		 struct error *e)
{
	*out = NULL;
	*allow = "POST";
	if (strcmp(method, "POST") != 0)
		return err_set(e, ERR_UNSUPPORTED, "this path allows only POST");
	char src[SPEC_NAME_MAX + 1];
	const char *s = url + 5;
	size_t n = strcspn(s, "/");
	if (n > SPEC_NAME_MAX)
		return err_set(e, ERR_INVALID, "'%.80s...' is not a valid VM name (%s)", s,
			       SPEC_NAME_RULE);
	memcpy(src, s, n);
	src[n] = 0;
	if (!spec_name_ok(src))
		return err_set(e, ERR_INVALID, "'%.80s' is not a valid VM name (%s)", src,
			       SPEC_NAME_RULE);
	struct clone_req r;
	if (parse(body, len, &r, e) < 0)
		return -1;
	*allow = NULL; /* from here ERR_UNSUPPORTED is a 501, not a 405 */
	if (r.linked)
		return err_set(e, ERR_UNSUPPORTED,
			       "linked clones are not in this stage: make a full clone");
	int64_t id;
	bool running;
	if (ops->begin(ops->d, src, "clone", &id, &running, e) < 0)
		return -1;
	struct snap_source *ds = calloc(SPEC_MAX_DISKS, sizeof(*ds));
	char made[SPEC_MAX_DISKS][SPEC_NAME_MAX + 1];
	unsigned nd = 0, nmade = 0;
	int rc = ds ? 0 : err_set(e, ERR_IO, "out of memory");
	struct inv_vm existing;
	pthread_mutex_lock(st->lock);
	if (rc == 0 && inv_get(st->inv, r.name, &existing, e) == 0) {
		inv_vm_free(&existing);
		rc = err_set(e, ERR_CONFLICT, "a VM named '%s' already exists", r.name);
	}
	pthread_mutex_unlock(st->lock);
	if (rc == 0 && running && !r.from[0])
		rc = err_set(e, ERR_CONFLICT,
			     "VM '%s' is running: stop it, or clone one of its snapshots "
			     "(from_snapshot)",
			     src);
	if (rc == 0)
		rc = snap_disk_sources(st, src, r.from[0] ? r.from : NULL, ds, &nd, e);
	json_t *disks = json_array();
	for (unsigned k = 0; rc == 0 && k < nd; k++) {
		if (ds[k].readonly) {
			json_array_append_new(disks, json_string(ds[k].spec));
			continue;
		}
		char vname[SPEC_NAME_MAX + 1];
		if (snprintf(vname, sizeof(vname), "%.56s-disk%u", r.name, k) >=
			(int)sizeof(vname) ||
		    !spec_name_ok(vname)) {
			rc = err_set(e, ERR_INVALID,
				     "clone name '%s' too long for its volumes' names", r.name);
			break;
		}
		if ((rc = vol_create_copy(st->pool, vname, ds[k].path, ds[k].format, e)) < 0)
			break;
		snprintf(made[nmade++], sizeof(made[0]), "%s", vname);
		char *spec;
		if (asprintf(&spec, VOL_DISK_PREFIX "%s%s", vname, ds[k].opts) < 0) {
			rc = err_set(e, ERR_IO, "out of memory");
			break;
		}
		json_array_append_new(disks, json_string(spec));
		free(spec);
	}
	/* The configuration: the source's, with its name, disks and NICs. */
	char *config = NULL;
	if (rc == 0) {
		struct inv_vm sv;
		pthread_mutex_lock(st->lock);
		rc = inv_get(st->inv, src, &sv, e);
		pthread_mutex_unlock(st->lock);
		json_t *o = rc == 0 ? json_loads(sv.config, 0, NULL) : NULL;
		if (rc == 0)
			inv_vm_free(&sv);
		if (o) {
			json_object_set_new(o, "name", json_string(r.name));
			json_object_set(o, "disks", disks);
			json_t *devs = json_array();
			size_t i;
			json_t *d;
			json_array_foreach(json_object_get(o, "devices"), i, d)
			{
				char *t = without_mac(json_string_value(d));
				json_array_append_new(devs, json_string(t ? t : ""));
				free(t);
			}
			json_object_set_new(o, "devices", devs);
			char *text = json_dumps(o, JSON_COMPACT);
			struct vm_spec vs;
			if (text && spec_parse(text, strlen(text), &vs, e) == 0) {
				config = spec_to_json(&vs);
				spec_free(&vs);
			} else if (rc == 0) {
				rc = -1;
			}
			free(text);
			json_decref(o);
		}
		if (rc == 0 && !config)
			rc = err_set(e, ERR_IO, "out of memory");
	}
	json_decref(disks);
	/* The row and its directory together, or neither. */
	if (rc == 0) {
		int64_t nid;
		char dir[1200];
		pthread_mutex_lock(st->lock);
		rc = inv_begin(st->inv, e);
		if (rc == 0 && (rc = inv_create(st->inv, r.name, config, &nid, e)) == 0) {
			snprintf(dir, sizeof(dir), "%.1000s/vms/%lld", st->state, (long long)nid);
			if (mkdir(dir, 0700) < 0)
				rc = err_errno(e, errno, "clone '%s': %s", r.name, dir);
			else if ((rc = inv_commit(st->inv, e)) < 0)
				rmdir(dir);
		}
		if (rc < 0)
			inv_rollback(st->inv);
		pthread_mutex_unlock(st->lock);
	}
	free(config);
	if (rc < 0) {
		for (unsigned k = 0; k < nmade; k++) {
			struct error de;
			vol_delete(st->pool, made[k], &de);
		}
	}
	free(ds);
	ops->end(ops->d, id);
	if (rc < 0)
		return -1;
	fprintf(stderr, "rvisor daemon: cloned VM '%s'%s%s into '%s' (full)\n", src,
		r.from[0] ? " at snapshot " : "", r.from, r.name);
	*out = json_pack("{s:s, s:s, s:s, s:o}", "name", r.name, "source", src, "mode", "full",
			 "from_snapshot", r.from[0] ? json_string(r.from) : json_null());
	return 201;
}
