/* VM export and import (daemon/vmarchive.h). The disks are copied with the
 * pool's own flat copy (vol_flatten_tmp, as a full clone) and imported with
 * the pool's own checked import (vol_create_import); the archive is read
 * by util/tar.c, which refuses anything but plain regular members. */
#include "daemon/vmarchive.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "daemon/inventory.h"
#include "daemon/spec.h"
#include "daemon/supervisor.h"
#include "daemon/volumes.h"
#include "util/tar.h"

struct archive_req {
	char path[SPEC_STR_MAX + 1];
	char name[SPEC_NAME_MAX + 1]; /* import: the new VM's name ("": the manifest's) */
	char from[SPEC_NAME_MAX + 1]; /* export: a snapshot */
	bool readonly;		      /* export: read-only disks too (the default) */
};

/* What archive_field needs: the request it fills, and its direction. */
struct archive_field_ctx {
	struct archive_req *r;
	bool export;
};

static int archive_field(const char *k, json_t *v, const char *t, void *ctx, struct error *e)
{
	struct archive_field_ctx *c = ctx;
	struct archive_req *r = c->r;
	bool export = c->export;
	int rc = 0;
	if (strcmp(k, "path") == 0) {
		if (!t || t[0] != '/' || strlen(t) > SPEC_STR_MAX)
			rc = err_set(e, ERR_INVALID, "field 'path' must be an absolute file path");
		else
			snprintf(r->path, sizeof(r->path), "%s", t);
	} else if ((export && strcmp(k, "from_snapshot") == 0) ||
		   (!export && strcmp(k, "name") == 0)) {
		if (!t || !spec_name_ok(t))
			rc = err_set(e, ERR_INVALID, "field '%s' must be a name (%s)", k,
				     SPEC_NAME_RULE);
		else
			snprintf(export ? r->from : r->name, SPEC_NAME_MAX + 1, "%s", t);
	} else if (export && strcmp(k, "readonly") == 0) {
		if (!json_is_boolean(v))
			rc = err_set(e, ERR_INVALID, "field 'readonly' must be a boolean");
		else
			r->readonly = json_is_true(v);
	} else {
		rc = err_set(e, ERR_INVALID, "unknown field '%.80s' (known fields: %s)", k,
			     export ? "path, from_snapshot, readonly" : "path, name");
	}
	return rc;
}

static int parse(const char *body, size_t len, bool export, struct archive_req *r, struct error *e)
{
	memset(r, 0, sizeof(*r));
	r->readonly = true;
	struct archive_field_ctx c = {r, export};
	int rc = spec_each_field(body, len, archive_field, &c, e);
	if (rc == 0 && !r->path[0])
		rc = err_set(e, ERR_INVALID, "field 'path' is required");
	return rc;
}

bool archive_route_is(const char *method, const char *url)
{
	(void)method;
	if (strcmp(url, "/vms/import") == 0)
		return true; /* all methods: "import" is not a VM name */
	if (strncmp(url, "/vms/", 5) != 0)
		return false;
	const char *slash = strchr(url + 5, '/');
	return slash && strcmp(slash, "/export") == 0;
}

/* --- export --- */

static int do_export(struct snap_store *st, const struct snap_vm_ops *ops,
		     const struct sup_peer *peer, const char *src, const struct archive_req *r,
		     json_t **out, struct error *e)
{
	char dir[SPEC_STR_MAX + 1];
	snprintf(dir, sizeof(dir), "%s", r->path);
	char *dn = dirname(dir);
	if (peer && sup_check_path(peer, dn, W_OK | X_OK, "export directory", e) < 0)
		return -1;
	struct stat sb;
	if (lstat(r->path, &sb) == 0)
		return err_set(e, ERR_CONFLICT, "export: %s already exists", r->path);
	int64_t id;
	bool running;
	if (ops->begin(ops->d, src, "export", &id, &running, e) < 0)
		return -1;
	struct snap_source *ds = calloc(SPEC_MAX_DISKS, sizeof(*ds));
	char flat[SPEC_MAX_DISKS][1300];
	unsigned nd = 0, nflat = 0, nmember = 0;
	int rc = ds ? 0 : err_set(e, ERR_IO, "out of memory");
	if (rc == 0 && running && !r->from[0])
		rc = err_set(e, ERR_CONFLICT,
			     "VM '%s' is running: stop it, or export one of its snapshots "
			     "(from_snapshot)",
			     src);
	if (rc == 0)
		rc = snap_disk_sources(st, src, r->from[0] ? r->from : NULL, ds, &nd, e);
	/* Each disk flattened; the configuration names members instead. */
	json_t *disks = json_array(), *members = json_array();
	for (unsigned k = 0; rc == 0 && k < nd; k++) {
		if (ds[k].readonly && !r->readonly)
			continue;
		if ((rc = vol_flatten_tmp(st->pool, ds[k].path, ds[k].format, flat[nflat],
					  sizeof(flat[0]), e)) < 0)
			break;
		nflat++;
		char member[32], *spec;
		snprintf(member, sizeof(member), "disk%u.qcow2", nmember++);
		if (asprintf(&spec, "%s%s", member, ds[k].opts) < 0) {
			rc = err_set(e, ERR_IO, "out of memory");
			break;
		}
		json_array_append_new(disks, json_string(spec));
		json_array_append_new(members, json_string(member));
		free(spec);
	}
	char *manifest = NULL;
	if (rc == 0) {
		json_t *cfg = snap_vm_config(st, src, e);
		if (!cfg) {
			rc = -1;
		} else {
			json_object_set(cfg, "disks", disks);
			json_t *m = json_pack("{s:s, s:i, s:s, s:o, s:O}", "format", ARCHIVE_FORMAT,
					      "version", ARCHIVE_VERSION, "name", src, "config",
					      cfg, "disks", members);
			manifest = m ? json_dumps(m, JSON_INDENT(2)) : NULL;
			json_decref(m);
		}
		if (rc == 0 && !manifest)
			rc = err_set(e, ERR_IO, "out of memory");
	}
	json_decref(disks);
	json_decref(members);
	/* The archive under a temporary name beside its final one, then
	 * linked in place (never replacing a file) and the temporary removed. */
	char tmp[SPEC_STR_MAX + 32];
	int fd = -1;
	if (rc == 0) {
		snprintf(tmp, sizeof(tmp), "%s.tmp-XXXXXX", r->path);
		fd = mkostemp(tmp, O_CLOEXEC);
		if (fd < 0)
			rc = err_errno(e, errno, "export: %s", tmp);
		else if (peer && fchown(fd, peer->uid, peer->gid) < 0)
			rc = err_errno(e, errno, "export: %s: chown", tmp);
	}
	if (rc == 0)
		rc = tar_write_bytes(fd, ARCHIVE_MANIFEST, manifest, strlen(manifest), e);
	for (unsigned k = 0; rc == 0 && k < nflat; k++) {
		char member[32];
		snprintf(member, sizeof(member), "disk%u.qcow2", k);
		rc = tar_write_file(fd, member, flat[k], e);
	}
	if (rc == 0)
		rc = tar_finish(fd, e);
	if (rc == 0 && fsync(fd) < 0)
		rc = err_errno(e, errno, "export: %s: fsync", tmp);
	if (fd >= 0) {
		if (close(fd) < 0 && rc == 0)
			rc = err_errno(e, errno, "export: %s: close", tmp);
		if (rc == 0 && link(tmp, r->path) < 0)
			rc = err_errno(e, errno, "export: %s", r->path);
		unlink(tmp);
	}
	for (unsigned k = 0; k < nflat; k++)
		unlink(flat[k]);
	free(manifest);
	free(ds);
	ops->end(ops->d, id);
	if (rc < 0)
		return -1;
	fprintf(stderr, "rvisor daemon: exported VM '%s'%s%s to %s (%u disks)\n", src,
		r->from[0] ? " at snapshot " : "", r->from, r->path, nflat);
	*out = json_pack("{s:s, s:s, s:i, s:o}", "name", src, "path", r->path, "disks", (int)nflat,
			 "from_snapshot", r->from[0] ? json_string(r->from) : json_null());
	return 201;
}

/* --- import --- */

static const struct tar_member *member_named(const struct tar_member *m, unsigned n,
					     const char *name)
{
	for (unsigned k = 0; k < n; k++)
		if (strcmp(m[k].name, name) == 0)
			return &m[k];
	return NULL;
}

/* Copy a member's bytes into a new temporary file of the pool. */
static int extract(struct snap_store *st, int afd, const struct tar_member *m, char *tmp, size_t n,
		   struct error *e)
{
	int out = vol_tmp_file(st->pool, "import", tmp, n, e);
	if (out < 0)
		return -1;
	loff_t a = (loff_t)m->offset, b = 0;
	uint64_t left = m->size;
	int rc = 0;
	while (rc == 0 && left) {
		ssize_t k =
		    copy_file_range(afd, &a, out, &b, left > (1u << 30) ? (1u << 30) : left, 0);
		if (k < 0)
			rc = err_errno(e, errno, "import: copying member '%s' into %s", m->name,
				       tmp);
		else if (k == 0)
			rc = err_set(e, ERR_INVALID, "import: member '%s' is truncated", m->name);
		else
			left -= (uint64_t)k;
	}
	if (close(out) < 0 && rc == 0)
		rc = err_errno(e, errno, "import: %s", tmp);
	if (rc < 0)
		unlink(tmp);
	return rc;
}

/* The manifest: its format and version, the configuration (an object),
 * and its disks: each "MEMBER[,opts]" with MEMBER listed in "disks" and
 * present in the archive. */
static int read_manifest(int afd, const struct tar_member *m, unsigned n, json_t **cfg, char *name,
			 struct error *e)
{
	const struct tar_member *mm = member_named(m, n, ARCHIVE_MANIFEST);
	if (!mm)
		return err_set(e, ERR_INVALID, "import: the archive has no %s (not a VM archive)",
			       ARCHIVE_MANIFEST);
	if (mm->size > ARCHIVE_MANIFEST_MAX)
		return err_set(e, ERR_INVALID, "import: %s is larger than %u bytes",
			       ARCHIVE_MANIFEST, ARCHIVE_MANIFEST_MAX);
	char *text = malloc(mm->size + 1);
	if (!text)
		return err_set(e, ERR_IO, "out of memory");
	int rc = pread(afd, text, mm->size, (off_t)mm->offset) == (ssize_t)mm->size
		     ? 0
		     : err_set(e, ERR_INVALID, "import: cannot read %s", ARCHIVE_MANIFEST);
	json_error_t je;
	json_t *o = rc == 0 ? json_loadb(text, mm->size, JSON_REJECT_DUPLICATES, &je) : NULL;
	free(text);
	if (rc == 0 && !o)
		return err_set(e, ERR_INVALID, "import: bad manifest: %s (at byte %d)", je.text,
			       je.position);
	if (rc < 0)
		return -1;
	json_t *fmt = json_object_get(o, "format"), *ver = json_object_get(o, "version"),
	       *c = json_object_get(o, "config"), *nm = json_object_get(o, "name"),
	       *members = json_object_get(o, "disks");
	if (!json_is_string(fmt) || strcmp(json_string_value(fmt), ARCHIVE_FORMAT) != 0)
		rc = err_set(e, ERR_INVALID, "import: bad manifest: 'format' is not '%s'",
			     ARCHIVE_FORMAT);
	else if (!json_is_integer(ver) || json_integer_value(ver) != ARCHIVE_VERSION)
		rc = err_set(e, ERR_INVALID,
			     "import: bad manifest: version %lld not supported (this rvisor reads "
			     "version %d)",
			     json_is_integer(ver) ? (long long)json_integer_value(ver) : -1LL,
			     ARCHIVE_VERSION);
	else if (!json_is_object(c) || !json_is_array(members) ||
		 json_array_size(members) > SPEC_MAX_DISKS)
		rc = err_set(e, ERR_INVALID,
			     "import: bad manifest: 'config' must be an object and 'disks' an "
			     "array of at most %d members",
			     SPEC_MAX_DISKS);
	else if (!json_is_string(nm) || !spec_name_ok(json_string_value(nm)))
		rc = err_set(e, ERR_INVALID, "import: bad manifest: 'name' must be a name (%s)",
			     SPEC_NAME_RULE);
	size_t i;
	json_t *d;
	if (rc == 0)
		json_array_foreach(members, i, d)
		{
			char want[32];
			snprintf(want, sizeof(want), "disk%zu.qcow2", i);
			if (!json_is_string(d) || strcmp(json_string_value(d), want) != 0 ||
			    !member_named(m, n, want)) {
				rc = err_set(e, ERR_INVALID,
					     "import: bad manifest: disk %zu must be member '%s', "
					     "present in the archive",
					     i, want);
				break;
			}
		}
	json_t *cd = rc == 0 ? json_object_get(c, "disks") : NULL;
	if (rc == 0 && (!json_is_array(cd) || json_array_size(cd) != json_array_size(members)))
		rc = err_set(e, ERR_INVALID,
			     "import: bad manifest: the configuration's disks must be the "
			     "archive's disks");
	if (rc == 0)
		json_array_foreach(cd, i, d)
		{
			char want[32];
			int w = snprintf(want, sizeof(want), "disk%zu.qcow2", i);
			const char *t = json_string_value(d);
			if (!t || strncmp(t, want, (size_t)w) != 0 || (t[w] && t[w] != ',')) {
				rc = err_set(e, ERR_INVALID,
					     "import: bad manifest: configuration disk %zu must be "
					     "'%s[,options]'",
					     i, want);
				break;
			}
		}
	if (rc == 0) {
		snprintf(name, SPEC_NAME_MAX + 1, "%s", json_string_value(nm));
		*cfg = json_incref(c);
	}
	json_decref(o);
	return rc;
}

static int do_import(struct snap_store *st, const struct sup_peer *peer,
		     const struct archive_req *r, json_t **out, struct error *e)
{
	if (peer && sup_check_path(peer, r->path, R_OK, "archive", e) < 0)
		return -1;
	int afd = open(r->path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (afd < 0)
		return err_set(e, errno == ENOENT ? ERR_NOT_FOUND : ERR_INVALID, "import: %s: %s",
			       r->path, strerror(errno));
	struct tar_member m[TAR_MEMBERS_MAX];
	unsigned n = 0;
	json_t *cfg = NULL;
	char name[SPEC_NAME_MAX + 1], made[SPEC_MAX_DISKS][SPEC_NAME_MAX + 1];
	unsigned nmade = 0;
	int rc = tar_index(afd, m, TAR_MEMBERS_MAX, &n, e);
	if (rc < 0)
		err_prefix(e, "import %s", r->path);
	if (rc == 0)
		rc = read_manifest(afd, m, n, &cfg, name, e);
	if (rc == 0 && r->name[0])
		snprintf(name, sizeof(name), "%s", r->name);
	struct inv_vm existing;
	pthread_mutex_lock(st->lock);
	if (rc == 0 && inv_get(st->inv, name, &existing, e) == 0) {
		inv_vm_free(&existing);
		rc = err_set(e, ERR_CONFLICT, "a VM named '%s' already exists", name);
	}
	pthread_mutex_unlock(st->lock);
	/* Each disk: its member into a temporary file, then imported as a
	 * volume with the pool's checks. */
	json_t *disks = json_array();
	size_t i;
	json_t *d;
	if (rc == 0)
		json_array_foreach(json_object_get(cfg, "disks"), i, d)
		{
			char vname[SPEC_NAME_MAX + 1], member[32], tmp[1300], *spec;
			if (snprintf(vname, sizeof(vname), "%.56s-disk%zu", name, i) >=
				(int)sizeof(vname) ||
			    !spec_name_ok(vname)) {
				rc = err_set(e, ERR_INVALID,
					     "VM name '%s' too long for its volumes' names", name);
				break;
			}
			int w = snprintf(member, sizeof(member), "disk%zu.qcow2", i);
			if ((rc = extract(st, afd, member_named(m, n, member), tmp, sizeof(tmp),
					  e)) < 0)
				break;
			rc = vol_create_import(st->pool, vname, tmp, e);
			unlink(tmp);
			if (rc < 0) {
				err_prefix(e, "import: disk %zu", i);
				break;
			}
			snprintf(made[nmade++], sizeof(made[0]), "%s", vname);
			if (asprintf(&spec, VOL_DISK_PREFIX "%s%s", vname,
				     json_string_value(d) + w) < 0) {
				rc = err_set(e, ERR_IO, "out of memory");
				break;
			}
			json_array_append_new(disks, json_string(spec));
			free(spec);
		}
	close(afd);
	/* The configuration through the daemon's own checks. */
	char *config = NULL;
	if (rc == 0) {
		json_object_set_new(cfg, "name", json_string(name));
		json_object_set(cfg, "disks", disks);
		char *text = json_dumps(cfg, JSON_COMPACT);
		struct vm_spec vs;
		bool parsed = false;
		if (!text)
			rc = err_set(e, ERR_IO, "out of memory");
		else if (spec_parse(text, strlen(text), &vs, e) < 0)
			rc = err_prefix(e, "import: the archive's configuration");
		else
			parsed = true;
		if (rc == 0 && peer && sup_check_access(peer, &vs, e) < 0)
			rc = err_prefix(e, "import");
		if (rc == 0 && !(config = spec_to_json(&vs)))
			rc = err_set(e, ERR_IO, "out of memory");
		free(text);
		if (parsed)
			spec_free(&vs);
	}
	json_decref(disks);
	json_decref(cfg);
	if (rc == 0) {
		int64_t nid;
		char dir[1200];
		pthread_mutex_lock(st->lock);
		rc = vol_check_config_locked(st->pool, config, e);
		if (rc == 0)
			rc = inv_begin(st->inv, e);
		if (rc == 0 && (rc = inv_create(st->inv, name, config, &nid, e)) == 0) {
			snprintf(dir, sizeof(dir), "%.1000s/vms/%lld", st->state, (long long)nid);
			if (mkdir(dir, 0700) < 0)
				rc = err_errno(e, errno, "import '%s': %s", name, dir);
			else if ((rc = inv_commit(st->inv, e)) < 0)
				rmdir(dir);
			if (rc < 0)
				inv_rollback(st->inv);
		}
		pthread_mutex_unlock(st->lock);
	}
	free(config);
	if (rc < 0) {
		for (unsigned k = 0; k < nmade; k++) {
			struct error de;
			vol_delete(st->pool, made[k], &de);
		}
		return -1;
	}
	fprintf(stderr, "rvisor daemon: imported VM '%s' from %s (%u disks)\n", name, r->path,
		nmade);
	*out = json_pack("{s:s, s:s, s:i}", "name", name, "path", r->path, "disks", (int)nmade);
	return 201;
}

int archive_handle(struct snap_store *st, const struct snap_vm_ops *ops,
		   const struct sup_peer *peer, const char *method, const char *url,
		   const char *body, size_t len, json_t **out, const char **allow, struct error *e)
{
	*out = NULL;
	*allow = "POST";
	if (strcmp(method, "POST") != 0)
		return err_set(e, ERR_UNSUPPORTED, "this path allows only POST");
	bool export = strcmp(url, "/vms/import") != 0;
	struct archive_req r;
	if (parse(body, len, export, &r, e) < 0)
		return -1;
	*allow = NULL;
	if (!export)
		return do_import(st, peer, &r, out, e);
	char src[SPEC_NAME_MAX + 1];
	if (spec_url_vm_name(url, src, e) < 0)
		return -1;
	return do_export(st, ops, peer, src, &r, out, e);
}
