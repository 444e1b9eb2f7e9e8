/* Clones of a managed VM (POST /vms/{name}/clone, docs/daemon.md
 * "Clones"). Full: each writable disk, as the source VM shows it now
 * (stopped) or at one of its snapshots, is copied flat into a new volume
 * of the pool. Linked: nothing is copied; the clone's disks are the
 * source snapshot's frozen layers (a stopped source without a snapshot
 * named gets one, named as the clone), the clone writes new qcow2
 * overlays over them in its own layers directory, and when the snapshot
 * holds memory the clone's first start restores it copy-on-write as a
 * clone (a new identity). Either way read-only disks are shared, NICs
 * lose a fixed MAC, the origin is recorded (daemon/origins.h) and the new
 * VM is recorded stopped; a failure removes the files made. */
#include "daemon/clones.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "daemon/inventory.h"
#include "daemon/layers.h"
#include "daemon/origins.h"
#include "daemon/spec.h"
#include "daemon/volumes.h"

struct clone_req {
	char name[SPEC_NAME_MAX + 1];
	char from[SPEC_NAME_MAX + 1];
	bool linked;
};

static int clone_field(const char *k, json_t *v, const char *t, void *ctx, struct error *e)
{
	struct clone_req *r = ctx;
	(void)v; /* every field here is a string */
	int rc = 0;
	if (strcmp(k, "name") == 0 || strcmp(k, "from_snapshot") == 0) {
		if (!t || !spec_name_ok(t))
			rc = err_set(e, ERR_INVALID, "field '%s' must be a name (%s)", k,
				     SPEC_NAME_RULE);
		else
			snprintf(k[0] == 'n' ? r->name : r->from, SPEC_NAME_MAX + 1, "%s", t);
	} else if (strcmp(k, "mode") == 0) {
		if (!t || (strcmp(t, "full") != 0 && strcmp(t, "linked") != 0))
			rc = err_set(e, ERR_INVALID, "field 'mode' must be full or linked");
		else
			r->linked = strcmp(t, "linked") == 0;
	} else {
		rc = err_set(e, ERR_INVALID,
			     "unknown field '%.80s' (known fields: name, mode, from_snapshot)", k);
	}
	return rc;
}

static int parse(const char *body, size_t len, struct clone_req *r, struct error *e)
{
	memset(r, 0, sizeof(*r));
	int rc = spec_each_field(body, len, clone_field, r, e);
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

/* A linked clone's configured disk: the frozen layer itself (commas
 * doubled, as `rvisor run --disk` reads them) with its format and the
 * source disk's options. Its overlay, not this file, is what it writes. */
static char *linked_disk(const struct snap_source *d)
{
	char *out = malloc(2 * strlen(d->path) + strlen(d->opts) + 32), *w = out;
	if (!out)
		return NULL;
	for (const char *p = d->path; *p; p++) {
		*w++ = *p;
		if (*p == ',')
			*w++ = ',';
	}
	sprintf(w, ",format=%s%s", d->format, d->opts);
	return out;
}

/* The linked clone nid's overlays, one per writable disk over its frozen
 * layer, and its layers row (lock held, in the caller's transaction; on
 * failure the caller removes the files made). */
static int linked_layers(struct snap_store *st, int64_t nid, const char *config,
			 const struct snap_source *ds, unsigned nd, const char *mem_state,
			 const char *mem_file, struct error *e)
{
	char ldir[1300], tok[24];
	snap_layers_dir(st, nid, ldir, sizeof(ldir));
	if (mkdir(ldir, 0700) < 0)
		return err_errno(e, errno, "%s", ldir);
	snprintf(tok, sizeof(tok), "%llx", (unsigned long long)time(NULL));
	json_t *tops = json_array();
	int rc = 0;
	for (unsigned k = 0; k < nd; k++) {
		if (rc < 0 || ds[k].readonly) {
			json_array_append_new(tops, json_null());
			continue;
		}
		char top[1400];
		snprintf(top, sizeof(top), "%s/d%u-%s.qcow2", ldir, k, tok);
		rc = layer_make_overlay(top, ds[k].path, ds[k].format, e);
		json_array_append_new(tops, json_string(top));
	}
	if (rc == 0)
		rc = snap_layers_init(st, nid, config, tops, mem_state, mem_file,
				      mem_state && mem_file, e);
	json_decref(tops);
	return rc;
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
	if (spec_url_vm_name(url, src, e) < 0)
		return -1;
	struct clone_req r;
	if (parse(body, len, &r, e) < 0)
		return -1;
	*allow = NULL; /* from here ERR_UNSUPPORTED is a 501, not a 405 */
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
	/* A linked clone needs frozen layers: a stopped source without a
	 * snapshot named gets one now, named as the clone. */
	const char *snap = r.from[0] ? r.from : NULL;
	bool froze = false;
	if (rc == 0 && r.linked && !snap) {
		char desc[200];
		snprintf(desc, sizeof(desc), "disks frozen for the linked clone '%s'", r.name);
		if ((rc = snap_create_held(st, ops, src, r.name, desc, e)) == 0)
			snap = r.name, froze = true;
	}
	if (rc == 0)
		rc = snap_disk_sources(st, src, snap, ds, &nd, e);
	int64_t snap_id = 0;
	char *mem_state = NULL, *mem_file = NULL;
	if (rc == 0 && snap)
		rc = snap_find_info(st, id, snap, &snap_id, &mem_state, &mem_file, e);
	json_t *disks = json_array(), *shared = json_array();
	for (unsigned k = 0; rc == 0 && k < nd; k++) {
		if (ds[k].readonly) {
			json_array_append_new(disks, json_string(ds[k].spec));
			continue;
		}
		if (r.linked) {
			char *spec = linked_disk(&ds[k]);
			if (!spec) {
				rc = err_set(e, ERR_IO, "out of memory");
				break;
			}
			json_array_append_new(disks, json_string(spec));
			json_array_append_new(shared, json_string(ds[k].path));
			free(spec);
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
		json_t *o = snap_vm_config(st, src, e);
		if (!o) {
			rc = -1;
		} else {
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
	/* The row, its directory, its overlays and its origin together, or
	 * none of them. */
	if (rc == 0) {
		int64_t nid;
		char dir[1200];
		pthread_mutex_lock(st->lock);
		rc = inv_begin(st->inv, e);
		if (rc == 0 && (rc = inv_create(st->inv, r.name, config, &nid, e)) == 0) {
			snprintf(dir, sizeof(dir), "%.1000s/vms/%lld", st->state, (long long)nid);
			bool made_dir = mkdir(dir, 0700) == 0;
			if (!made_dir)
				rc = err_errno(e, errno, "clone '%s': %s", r.name, dir);
			if (rc == 0 && r.linked)
				rc = linked_layers(st, nid, config, ds, nd, mem_state, mem_file, e);
			if (rc == 0)
				rc = origin_record(st->inv, nid, id, src, snap_id, snap, r.linked,
						   shared, e);
			if (rc == 0)
				rc = inv_commit(st->inv, e);
			if (rc < 0 && made_dir) {
				snap_remove_vm_files(st->state, nid);
				rmdir(dir);
			}
		}
		if (rc < 0)
			inv_rollback(st->inv);
		pthread_mutex_unlock(st->lock);
	}
	json_decref(shared);
	free(mem_state);
	free(mem_file);
	free(config);
	if (rc < 0) {
		for (unsigned k = 0; k < nmade; k++) {
			struct error de;
			vol_delete(st->pool, made[k], &de);
		}
		/* The snapshot made for it goes too (its layer merged back). */
		struct error de;
		if (froze && snap_delete_held(st, src, r.name, &de) < 0)
			fprintf(stderr, "rvisor daemon: VM '%s': snapshot '%s' kept: %s\n", src,
				r.name, de.msg);
	}
	free(ds);
	ops->end(ops->d, id);
	if (rc < 0)
		return -1;
	fprintf(stderr, "rvisor daemon: cloned VM '%s'%s%s into '%s' (%s)\n", src,
		snap ? " at snapshot " : "", snap ? snap : "", r.name,
		r.linked ? "linked" : "full");
	*out = json_pack("{s:s, s:s, s:s, s:o}", "name", r.name, "source", src, "mode",
			 r.linked ? "linked" : "full", "from_snapshot",
			 snap ? json_string(snap) : json_null());
	return 201;
}
