/* The daemon's storage pool (see volumes.h): create (qcow2 through
 * src/block, raw sparse), import (a checked copy of a host image), resize
 * (grow), delete (refused while a VM's configuration or another volume
 * uses it), and the pool's rows in the inventory. A volume's file is made
 * under a temporary name and renamed into place in the transaction that
 * records it: a failure leaves neither row nor file, and a crash leaves at
 * most a file that vol_pool_open removes. */
#include "daemon/volumes.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "block/block.h"
#include "block/qcow2.h"
#include "daemon/inventory.h"
#include "daemon/spec.h"
#include "daemon/supervisor.h"

#define VOL_TMP_PREFIX ".tmp-"

struct vol {
	char name[SPEC_NAME_MAX + 1];
	char format[8];
	uint64_t size;
	char backing[SPEC_NAME_MAX + 1]; /* "" when none */
	char created_at[32];
};

/* --- rows --- */

static int db_err(struct vol_pool *p, struct error *e, const char *what)
{
	sqlite3 *db = inv_db(p->inv);
	return err_set(e, sqlite3_errcode(db) == SQLITE_FULL ? ERR_IO : ERR_IO,
		       "inventory %s: %s: %s", inv_path(p->inv), what, sqlite3_errmsg(db));
}

static void col(sqlite3_stmt *st, int k, char *out, size_t n)
{
	const unsigned char *t = sqlite3_column_text(st, k);
	snprintf(out, n, "%s", t ? (const char *)t : "");
}

#define VOL_COLUMNS "name, format, size, backing, created_at"

static void row_to_vol(sqlite3_stmt *st, struct vol *v)
{
	memset(v, 0, sizeof(*v));
	col(st, 0, v->name, sizeof(v->name));
	col(st, 1, v->format, sizeof(v->format));
	v->size = (uint64_t)sqlite3_column_int64(st, 2);
	col(st, 3, v->backing, sizeof(v->backing));
	col(st, 4, v->created_at, sizeof(v->created_at));
}

/* The volume named `name` (ERR_NOT_FOUND). Lock held. */
static int vol_get(struct vol_pool *p, const char *name, struct vol *v, struct error *e)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(inv_db(p->inv), "SELECT " VOL_COLUMNS " FROM volumes WHERE name = ?",
			       -1, &st, NULL) != SQLITE_OK)
		return db_err(p, e, "reading a volume");
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		row_to_vol(st, v);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return err_set(e, ERR_NOT_FOUND, "no volume named '%s'", name);
	return db_err(p, e, "reading a volume");
}

/* One statement with text parameters (NULL binds NULL) and an optional
 * integer last; lock held. */
static int vol_exec(struct vol_pool *p, struct error *e, const char *sql, const char *t1,
		    const char *t2, const char *t3, const int64_t *i4)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(inv_db(p->inv), sql, -1, &st, NULL) != SQLITE_OK)
		return db_err(p, e, "preparing a statement");
	const char *t[] = {t1, t2, t3};
	int k = 1;
	for (int i = 0; i < 3 && k <= sqlite3_bind_parameter_count(st); i++, k++)
		if (t[i])
			sqlite3_bind_text(st, k, t[i], -1, SQLITE_TRANSIENT);
		else
			sqlite3_bind_null(st, k);
	if (i4)
		sqlite3_bind_int64(st, sqlite3_bind_parameter_count(st), *i4);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_err(p, e, "writing a volume");
	return 0;
}

/* --- files --- */

static void vol_file(const struct vol_pool *p, const char *name, const char *fmt, char *out,
		     size_t n)
{
	snprintf(out, n, "%s/%s.%s", p->dir, name, fmt);
}

bool vol_is_ref(const char *disk)
{
	return strncmp(disk, VOL_DISK_PREFIX, strlen(VOL_DISK_PREFIX)) == 0;
}

/* The NAME of a "vol:NAME[,opts]" disk into out (empty when too long). */
static const char *ref_name(const char *disk, char *out, size_t n)
{
	const char *s = disk + strlen(VOL_DISK_PREFIX);
	size_t len = strcspn(s, ",");
	if (len >= n)
		len = 0;
	memcpy(out, s, len);
	out[len] = 0;
	return s + len;
}

/* Which VMs' configurations (recorded, or the running one) name the
 * volume: their names, comma-separated, into out ("" for none). Lock held. */
static int users_of(struct vol_pool *p, const char *name, bool running_only, char *out, size_t n,
		    struct error *e)
{
	out[0] = 0;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(inv_db(p->inv),
			       "SELECT name, config, running_config, state FROM vms ORDER BY name",
			       -1, &st, NULL) != SQLITE_OK)
		return db_err(p, e, "listing VMs");
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *state = (const char *)sqlite3_column_text(st, 3);
		if (running_only && state && strcmp(state, "stopped") == 0)
			continue;
		bool uses = false;
		for (int k = 1; k <= 2 && !uses; k++) {
			const char *cfg = (const char *)sqlite3_column_text(st, k);
			json_t *o = cfg ? json_loads(cfg, 0, NULL) : NULL;
			size_t i;
			json_t *d;
			json_array_foreach(json_object_get(o, "disks"), i, d)
			{
				char vn[SPEC_NAME_MAX + 1];
				const char *t = json_string_value(d);
				if (t && vol_is_ref(t) && (ref_name(t, vn, sizeof(vn)), 1) &&
				    strcmp(vn, name) == 0)
					uses = true;
			}
			json_decref(o);
		}
		if (uses)
			snprintf(out + strlen(out), n - strlen(out), "%s%s", out[0] ? ", " : "",
				 (const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : db_err(p, e, "listing VMs");
}

static json_t *vol_json(struct vol_pool *p, const struct vol *v)
{
	char path[1300], users[1024];
	struct error e;
	vol_file(p, v->name, v->format, path, sizeof(path));
	struct stat st;
	json_int_t alloc = stat(path, &st) == 0 ? (json_int_t)st.st_blocks * 512 : 0;
	json_t *u = json_array();
	if (users_of(p, v->name, false, users, sizeof(users), &e) == 0)
		for (char *s = users, *tok; (tok = strtok_r(s, ", ", &s));)
			json_array_append_new(u, json_string(tok));
	return json_pack("{s:s, s:s, s:I, s:I, s:o, s:s, s:s, s:o}", "name", v->name, "format",
			 v->format, "size", (json_int_t)v->size, "allocated", alloc, "backing",
			 v->backing[0] ? json_string(v->backing) : json_null(), "path", path,
			 "created_at", v->created_at, "used_by", u);
}

/* --- pending names (lock held) --- */

static int reserve(struct vol_pool *p, const char *name, struct error *e)
{
	int free_slot = -1;
	for (int k = 0; k < VOL_MAX_PENDING; k++) {
		if (strcmp(p->pending[k], name) == 0)
			return err_set(e, ERR_CONFLICT, "volume '%s' is being created", name);
		if (!p->pending[k][0] && free_slot < 0)
			free_slot = k;
	}
	if (free_slot < 0)
		return err_set(e, ERR_CONFLICT, "%d volumes are being created: try again later",
			       VOL_MAX_PENDING);
	snprintf(p->pending[free_slot], sizeof(p->pending[free_slot]), "%s", name);
	return 0;
}

static void unreserve(struct vol_pool *p, const char *name)
{
	for (int k = 0; k < VOL_MAX_PENDING; k++)
		if (strcmp(p->pending[k], name) == 0)
			p->pending[k][0] = 0;
}

/* --- request bodies --- */

/* What vol_field needs: the request it fills, and whether it creates. */
struct vol_field_ctx {
	struct vol_request *r;
	bool create;
};

static int vol_field(const char *k, json_t *v, const char *t, void *ctx, struct error *e)
{
	struct vol_field_ctx *c = ctx;
	struct vol_request *r = c->r;
	bool create = c->create;
	int rc = 0;
	if (strcmp(k, "size") == 0) {
		if (!json_is_integer(v) || json_integer_value(v) < 1 ||
		    (uint64_t)json_integer_value(v) > VOL_SIZE_MAX)
			rc = err_set(e, ERR_INVALID,
				     "field 'size' must be a byte count from 1 to %llu",
				     (unsigned long long)VOL_SIZE_MAX);
		else
			r->size = (uint64_t)json_integer_value(v);
	} else if (!create) {
		rc = err_set(e, ERR_INVALID, "unknown field '%.80s' (known fields: size)", k);
	} else if (strcmp(k, "name") == 0 || strcmp(k, "backing") == 0) {
		char *dst = k[0] == 'n' ? r->name : r->backing;
		if (!t || !spec_name_ok(t))
			rc = err_set(e, ERR_INVALID, "field '%s' must be a volume name (%s)", k,
				     SPEC_NAME_RULE);
		else
			snprintf(dst, SPEC_NAME_MAX + 1, "%s", t);
	} else if (strcmp(k, "format") == 0) {
		if (!t || (strcmp(t, "qcow2") != 0 && strcmp(t, "raw") != 0))
			rc = err_set(e, ERR_INVALID, "field 'format' must be qcow2 or raw");
		else
			snprintf(r->format, sizeof(r->format), "%s", t);
	} else if (strcmp(k, "source") == 0) {
		if (!t || t[0] != '/' || strlen(t) > SPEC_STR_MAX)
			rc = err_set(e, ERR_INVALID,
				     "field 'source' must be an absolute path of at most "
				     "%d bytes",
				     SPEC_STR_MAX);
		else
			snprintf(r->source, sizeof(r->source), "%s", t);
	} else {
		rc = err_set(e, ERR_INVALID,
			     "unknown field '%.80s' (known fields: name, size, format, "
			     "backing, source)",
			     k);
	}
	return rc;
}

int vol_parse_request(const char *body, size_t len, bool create, struct vol_request *r,
		      struct error *e)
{
	memset(r, 0, sizeof(*r));
	struct vol_field_ctx c = {r, create};
	int rc = spec_each_field(body, len, vol_field, &c, e);
	if (rc < 0)
		return -1;
	if (!create)
		return r->size ? 0 : err_set(e, ERR_INVALID, "field 'size' is required");
	if (!r->name[0])
		return err_set(e, ERR_INVALID, "field 'name' is required");
	if (r->source[0] && (r->size || r->backing[0] || r->format[0]))
		return err_set(e, ERR_INVALID,
			       "an import ('source') takes its size and format from the file: "
			       "give no 'size', 'format' or 'backing'");
	if (!r->source[0] && !r->size && !r->backing[0])
		return err_set(e, ERR_INVALID, "field 'size' is required (or 'backing')");
	if (r->backing[0] && strcmp(r->format, "raw") == 0)
		return err_set(e, ERR_INVALID, "a raw volume cannot have a backing volume");
	if (!r->format[0] && !r->source[0])
		snprintf(r->format, sizeof(r->format), "qcow2");
	return 0;
}

/* --- making files (no lock held) --- */

static int make_tmp(struct vol_pool *p, const char *name, char *tmp, size_t n, struct error *e)
{
	snprintf(tmp, n, "%s/" VOL_TMP_PREFIX "%s-XXXXXX", p->dir, name);
	int fd = mkostemp(tmp, O_CLOEXEC);
	if (fd < 0)
		return err_errno(e, errno, "volume '%s': %s", name, tmp);
	fchmod(fd, 0600);
	return fd;
}

static int sync_close(int fd, const char *what, struct error *e)
{
	int rc = fsync(fd) < 0 ? err_errno(e, errno, "%s: fsync", what) : 0;
	if (close(fd) < 0 && rc == 0)
		rc = err_errno(e, errno, "%s: close", what);
	return rc;
}

/* A new empty volume into tmp (the backing volume's file given as a
 * name relative to the pool, so the pool can move). */
static int create_file(struct vol_pool *p, const struct vol_request *r, const struct vol *base,
		       const char *tmp, int fd, struct error *e)
{
	if (strcmp(r->format, "raw") == 0) {
		if (ftruncate(fd, (off_t)r->size) < 0)
			return err_errno(e, errno, "volume '%s': %s", r->name, tmp);
		return sync_close(fd, tmp, e);
	}
	close(fd);
	char bname[128], err[512];
	if (base)
		snprintf(bname, sizeof(bname), "%s.%s", base->name, base->format);
	struct qcow2_create_opts o = {.size = r->size,
				      .backing = base ? bname : NULL,
				      .backing_fmt = base ? base->format : NULL};
	(void)p;
	if (qcow2_create(tmp, &o, err, sizeof(err)) < 0)
		return err_set(e, ERR_IO, "volume '%s': %s", r->name, err);
	fd = open(tmp, O_RDWR | O_CLOEXEC);
	if (fd < 0)
		return err_errno(e, errno, "volume '%s': %s", r->name, tmp);
	return sync_close(fd, tmp, e);
}

/* Copy the host image src into tmp after checking it: a regular file, a
 * raw or qcow2 image rvisor can open, a qcow2 without backing file (it
 * would name host files) and without corruption. Sets format and size. */
static int import_file(const struct vol_request *r, const char *tmp, int out, char *format,
		       uint64_t *size, struct error *e)
{
	char err[512];
	int in = open(r->source, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (in < 0) /* the request's mistake (400), not a missing volume (404) */
		return err_set(e, ERR_INVALID, "import '%s': %s", r->source, strerror(errno));
	int rc = 0;
	if (fstat(in, &st) < 0)
		rc = err_errno(e, errno, "import '%s'", r->source);
	else if (!S_ISREG(st.st_mode))
		rc = err_set(e, ERR_INVALID, "import '%s': not a regular file", r->source);
	const struct block_format *f = rc == 0 ? block_probe(r->source, err, sizeof(err)) : NULL;
	if (rc == 0 && !f)
		rc = err_set(e, ERR_INVALID, "import: %s", err);
	if (rc == 0) {
		snprintf(format, 8, "%s", f->name);
		struct block_open_opts oo = {.format = f->name, .readonly = true};
		struct block_dev *bd = NULL;
		if (f == &block_format_qcow2) {
			/* Check the header alone first: opening would follow a
			 * backing file name to a host file. */
			struct qcow2 q = {0};
			if (qcow2_load(&q, in, true, false, err, sizeof(err)) < 0)
				rc = err_set(e, ERR_INVALID, "import '%s': %s", r->source, err);
			else if (q.backing_file)
				rc =
				    err_set(e, ERR_INVALID,
					    "import '%s': the image has a backing file ('%.200s'): "
					    "flatten it first (rvisor img convert)",
					    r->source, q.backing_file);
			qcow2_unload(&q);
			struct qcow2_check_result cr;
			FILE *quiet = rc == 0 ? fopen("/dev/null", "we") : NULL;
			if (rc == 0 && !quiet)
				rc = err_errno(e, errno, "/dev/null");
			if (rc == 0 && qcow2_check(r->source, &cr, quiet, err, sizeof(err)) < 0)
				rc = err_set(e, ERR_INVALID, "import '%s': %s", r->source, err);
			else if (rc == 0 && cr.corruptions)
				rc = err_set(e, ERR_INVALID,
					     "import '%s': the image has %llu corruptions "
					     "(rvisor img check)",
					     r->source, (unsigned long long)cr.corruptions);
			if (quiet)
				fclose(quiet);
		}
		if (rc == 0 && !(bd = block_open(r->source, &oo, err, sizeof(err))))
			rc = err_set(e, ERR_INVALID, "import: %s", err);
		if (bd) {
			*size = bd->size;
			block_close(bd);
		}
	}
	/* The copy: sparse where the source reads as holes. */
	for (off_t off = 0; rc == 0 && off < st.st_size;) {
		off_t data = lseek(in, off, SEEK_DATA);
		if (data < 0)
			break;
		off_t hole = lseek(in, data, SEEK_HOLE);
		if (hole < 0)
			hole = st.st_size;
		loff_t a = data, b = data;
		while (rc == 0 && a < hole) {
			ssize_t k = copy_file_range(in, &a, out, &b, (size_t)(hole - a), 0);
			if (k < 0)
				rc = err_errno(e, errno, "import '%s' into %s", r->source, tmp);
			else if (k == 0)
				rc = err_set(e, ERR_IO, "import '%s': the file shrank", r->source);
		}
		off = hole;
	}
	close(in);
	if (rc == 0 && ftruncate(out, st.st_size) < 0)
		rc = err_errno(e, errno, "%s", tmp);
	if (rc < 0) {
		close(out);
		return -1;
	}
	return sync_close(out, tmp, e);
}

/* --- operations --- */

static int op_delete(struct vol_pool *p, const char *name, struct error *e);

/* The row and the file's final name together, or neither (lock held). */
static int commit_tmp(struct vol_pool *p, const char *name, const char *format, const char *backing,
		      uint64_t bytes, const char *tmp, struct error *e)
{
	char path[1300];
	vol_file(p, name, format, path, sizeof(path));
	int64_t size = (int64_t)bytes;
	int rc = inv_begin(p->inv, e);
	if (rc == 0 && (rc = vol_exec(p, e,
				      "INSERT INTO volumes(name, format, backing, size)"
				      " VALUES (?, ?, ?, ?)",
				      name, format, backing[0] ? backing : NULL, &size)) == 0) {
		if (rename(tmp, path) < 0)
			rc = err_errno(e, errno, "volume '%s': %s", name, path);
		else if ((rc = inv_commit(p->inv, e)) < 0)
			unlink(path);
	}
	if (rc < 0)
		inv_rollback(p->inv);
	return rc;
}

/* Copy what the image src shows (its backing chain included) into the
 * new qcow2 image tmp, skipping blocks of zeroes. */
static int copy_flat(const char *src, const char *fmt, const char *tmp, uint64_t *size,
		     struct error *e)
{
	char err[512];
	struct block_open_opts ro = {.format = fmt, .readonly = true};
	struct block_dev *in = block_open(src, &ro, err, sizeof(err));
	if (!in)
		return err_set(e, ERR_IO, "copy: %s", err);
	*size = in->size;
	struct qcow2_create_opts co = {.size = in->size};
	struct block_open_opts wo = {.format = "qcow2"};
	struct block_dev *out = NULL;
	int rc = 0;
	if (qcow2_create(tmp, &co, err, sizeof(err)) < 0 ||
	    !(out = block_open(tmp, &wo, err, sizeof(err))))
		rc = err_set(e, ERR_IO, "copy into %s: %s", tmp, err);
	enum { CHUNK = 64 << 10 };
	uint8_t *buf = malloc(CHUNK), *zero = calloc(1, CHUNK);
	if (rc == 0 && (!buf || !zero))
		rc = err_set(e, ERR_IO, "out of memory");
	for (uint64_t off = 0; rc == 0 && off < in->size; off += CHUNK) {
		size_t len = in->size - off < CHUNK ? (size_t)(in->size - off) : CHUNK;
		if (block_pread(in, buf, len, off) < 0)
			rc = err_set(e, ERR_IO, "copy: reading %s", src);
		else if (memcmp(buf, zero, len) != 0 && block_pwrite(out, buf, len, off) < 0)
			rc = err_set(e, ERR_IO, "copy: writing %s", tmp);
	}
	free(buf);
	free(zero);
	if (out && block_flush(out) < 0 && rc == 0)
		rc = err_set(e, ERR_IO, "copy: flushing %s", tmp);
	if (out)
		block_close(out);
	block_close(in);
	int fd = rc == 0 ? open(tmp, O_RDONLY | O_CLOEXEC) : -1;
	if (fd >= 0)
		rc = sync_close(fd, tmp, e);
	return rc;
}

int vol_create_copy(struct vol_pool *p, const char *name, const char *src, const char *src_fmt,
		    struct error *e)
{
	struct vol old;
	pthread_mutex_lock(p->lock);
	int rc = 0;
	if (vol_get(p, name, &old, e) == 0)
		rc = err_set(e, ERR_CONFLICT, "a volume named '%s' already exists", name);
	else if (e->cls != ERR_NOT_FOUND)
		rc = -1;
	if (rc == 0)
		rc = reserve(p, name, e);
	pthread_mutex_unlock(p->lock);
	if (rc < 0)
		return -1;
	char tmp[1300];
	uint64_t size = 0;
	int fd = make_tmp(p, name, tmp, sizeof(tmp), e);
	if (fd >= 0)
		close(fd);
	rc = fd < 0 ? -1 : copy_flat(src, src_fmt, tmp, &size, e);
	pthread_mutex_lock(p->lock);
	if (rc == 0)
		rc = commit_tmp(p, name, "qcow2", "", size, tmp, e);
	if (fd >= 0 && rc < 0)
		unlink(tmp);
	unreserve(p, name);
	pthread_mutex_unlock(p->lock);
	return rc;
}

int vol_flatten_tmp(struct vol_pool *p, const char *src, const char *src_fmt, char *tmp, size_t n,
		    struct error *e)
{
	uint64_t size;
	int fd = vol_tmp_file(p, "flat", tmp, n, e);
	if (fd < 0)
		return -1;
	close(fd);
	if (copy_flat(src, src_fmt, tmp, &size, e) < 0) {
		unlink(tmp);
		return -1;
	}
	return 0;
}

int vol_tmp_file(struct vol_pool *p, const char *what, char *tmp, size_t n, struct error *e)
{
	return make_tmp(p, what, tmp, n, e);
}

static int op_create(struct vol_pool *p, const struct sup_peer *peer, const char *body, size_t len,
		     json_t **out, struct error *e);

int vol_create_import(struct vol_pool *p, const char *name, const char *src, struct error *e)
{
	json_t *req = json_pack("{s:s, s:s}", "name", name, "source", src), *out = NULL;
	char *body = req ? json_dumps(req, JSON_COMPACT) : NULL;
	json_decref(req);
	if (!body)
		return err_set(e, ERR_IO, "out of memory");
	int rc = op_create(p, NULL, body, strlen(body), &out, e);
	free(body);
	json_decref(out);
	return rc < 0 ? -1 : 0;
}

int vol_delete(struct vol_pool *p, const char *name, struct error *e)
{
	return op_delete(p, name, e) < 0 ? -1 : 0;
}

static int op_create(struct vol_pool *p, const struct sup_peer *peer, const char *body, size_t len,
		     json_t **out, struct error *e)
{
	struct vol_request r;
	if (vol_parse_request(body, len, true, &r, e) < 0)
		return -1;
	if (r.source[0] && peer) {
		/* The client must be able to read the file itself (root mode). */
		struct vm_spec s = {.ndisks = 1};
		char spec[2 * SPEC_STR_MAX + 32], *w = spec;
		for (const char *c = r.source; *c; c++) {
			*w++ = *c;
			if (*c == ',') /* a comma in a disk's path is doubled */
				*w++ = ',';
		}
		strcpy(w, ",readonly=on");
		s.disks[0] = spec;
		if (sup_check_access(peer, &s, e) < 0)
			return -1;
	}
	struct vol base;
	pthread_mutex_lock(p->lock);
	int rc = 0;
	struct vol old;
	if (vol_get(p, r.name, &old, e) == 0)
		rc = err_set(e, ERR_CONFLICT, "a volume named '%s' already exists", r.name);
	else if (e->cls != ERR_NOT_FOUND)
		rc = -1;
	else if (r.backing[0] && vol_get(p, r.backing, &base, e) < 0)
		rc = e->cls == ERR_NOT_FOUND
			 ? err_set(e, ERR_INVALID, "backing volume '%s' does not exist", r.backing)
			 : -1;
	if (rc == 0)
		rc = reserve(p, r.name, e);
	pthread_mutex_unlock(p->lock);
	if (rc < 0)
		return -1;
	if (r.backing[0] && !r.size)
		r.size = base.size;
	char tmp[1300], path[1300];
	int fd = make_tmp(p, r.name, tmp, sizeof(tmp), e);
	rc = fd < 0	   ? -1
	     : r.source[0] ? import_file(&r, tmp, fd, r.format, &r.size, e)
			   : create_file(p, &r, r.backing[0] ? &base : NULL, tmp, fd, e);
	(void)path;
	pthread_mutex_lock(p->lock);
	if (rc == 0)
		rc = commit_tmp(p, r.name, r.format, r.backing, r.size, tmp, e);
	if (fd >= 0 && rc < 0)
		unlink(tmp);
	struct vol v;
	if (rc == 0 && (rc = vol_get(p, r.name, &v, e)) == 0)
		*out = vol_json(p, &v);
	unreserve(p, r.name);
	pthread_mutex_unlock(p->lock);
	if (rc == 0)
		fprintf(stderr, "rvisor daemon: %s volume '%s' (%s, %llu bytes)\n",
			r.source[0] ? "imported" : "created", r.name, r.format,
			(unsigned long long)r.size);
	return rc < 0 ? -1 : 201;
}

static int op_delete(struct vol_pool *p, const char *name, struct error *e)
{
	struct vol v;
	char users[1024], path[1300];
	pthread_mutex_lock(p->lock);
	int rc = vol_get(p, name, &v, e);
	if (rc == 0 && (rc = users_of(p, name, false, users, sizeof(users), e)) == 0 && users[0])
		rc = err_set(e, ERR_CONFLICT,
			     "volume '%s' is attached to VM %s: remove it from their disks first",
			     name, users);
	if (rc == 0) {
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(inv_db(p->inv),
				       "SELECT name FROM volumes WHERE backing = ? ORDER BY name",
				       -1, &st, NULL) != SQLITE_OK) {
			rc = db_err(p, e, "listing volumes");
		} else {
			sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
			if (sqlite3_step(st) == SQLITE_ROW)
				rc = err_set(e, ERR_CONFLICT,
					     "volume '%s' is the backing volume of '%s': delete "
					     "that first",
					     name, (const char *)sqlite3_column_text(st, 0));
			sqlite3_finalize(st);
		}
	}
	/* The row first: a crash before the unlink leaves a file that the
	 * next daemon removes, never a row without its file. */
	if (rc == 0 && (rc = vol_exec(p, e, "DELETE FROM volumes WHERE name = ?", name, NULL, NULL,
				      NULL)) == 0) {
		vol_file(p, v.name, v.format, path, sizeof(path));
		if (unlink(path) < 0 && errno != ENOENT)
			fprintf(stderr, "rvisor daemon: %s: left in place: %s\n", path,
				strerror(errno));
	}
	pthread_mutex_unlock(p->lock);
	if (rc < 0)
		return -1;
	fprintf(stderr, "rvisor daemon: deleted volume '%s'\n", name);
	return 204;
}

static int op_resize(struct vol_pool *p, const char *name, const char *body, size_t len,
		     json_t **out, struct error *e)
{
	struct vol_request r;
	if (vol_parse_request(body, len, false, &r, e) < 0)
		return -1;
	struct vol v;
	char users[1024], path[1300], err[512];
	/* Under the lock throughout: a VM start that would open the volume
	 * waits, and the size recorded is the file's. */
	pthread_mutex_lock(p->lock);
	int rc = vol_get(p, name, &v, e);
	if (rc == 0 && (rc = users_of(p, name, true, users, sizeof(users), e)) == 0 && users[0])
		rc = err_set(e, ERR_CONFLICT,
			     "volume '%s' is in use by running VM %s: stop it first", name, users);
	if (rc == 0 && r.size < v.size)
		rc = err_set(e, ERR_INVALID,
			     "volume '%s': %llu bytes is smaller than its size (%llu): volumes "
			     "only grow",
			     name, (unsigned long long)r.size, (unsigned long long)v.size);
	vol_file(p, v.name, v.format, path, sizeof(path));
	if (rc == 0 && r.size > v.size) {
		if (strcmp(v.format, "raw") == 0) {
			int fd = open(path, O_RDWR | O_CLOEXEC);
			if (fd < 0 || ftruncate(fd, (off_t)r.size) < 0)
				rc = err_errno(e, errno, "volume '%s': %s", name, path);
			if (fd >= 0 && sync_close(fd, path, e) < 0)
				rc = -1;
		} else {
			struct block_open_opts oo = {.format = "qcow2"};
			struct block_dev *bd = block_open(path, &oo, err, sizeof(err));
			if (!bd)
				rc = err_set(e, ERR_IO, "volume '%s': %s", name, err);
			else if (qcow2_resize(bd, r.size, err, sizeof(err)) < 0)
				rc = err_set(e, ERR_IO, "volume '%s': %s", name, err);
			if (bd)
				block_close(bd);
		}
		int64_t size = (int64_t)r.size;
		if (rc == 0)
			rc = vol_exec(p, e, "UPDATE volumes SET size = ?2 WHERE name = ?1", name,
				      NULL, NULL, &size);
	}
	if (rc == 0 && (rc = vol_get(p, name, &v, e)) == 0)
		*out = vol_json(p, &v);
	pthread_mutex_unlock(p->lock);
	return rc < 0 ? -1 : 200;
}

static int op_list(struct vol_pool *p, json_t **out, struct error *e)
{
	sqlite3_stmt *st;
	pthread_mutex_lock(p->lock);
	if (sqlite3_prepare_v2(inv_db(p->inv), "SELECT " VOL_COLUMNS " FROM volumes ORDER BY name",
			       -1, &st, NULL) != SQLITE_OK) {
		db_err(p, e, "listing volumes");
		pthread_mutex_unlock(p->lock);
		return -1;
	}
	json_t *a = json_array();
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct vol v;
		row_to_vol(st, &v);
		json_array_append_new(a, vol_json(p, &v));
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		db_err(p, e, "listing volumes");
	pthread_mutex_unlock(p->lock);
	if (rc != SQLITE_DONE) {
		json_decref(a);
		return -1;
	}
	*out = json_pack("{s:o}", "volumes", a);
	return 200;
}

static int op_show(struct vol_pool *p, const char *name, json_t **out, struct error *e)
{
	struct vol v;
	pthread_mutex_lock(p->lock);
	int rc = vol_get(p, name, &v, e);
	if (rc == 0)
		*out = vol_json(p, &v);
	pthread_mutex_unlock(p->lock);
	return rc < 0 ? -1 : 200;
}

bool vol_route_is(const char *url)
{
	return strcmp(url, "/volumes") == 0 || strncmp(url, "/volumes/", 9) == 0;
}

int vol_handle(struct vol_pool *p, const struct sup_peer *peer, const char *method, const char *url,
	       const char *body, size_t len, json_t **out, const char **allow, struct error *e)
{
	*out = NULL;
	*allow = NULL;
	bool get = strcmp(method, "GET") == 0, post = strcmp(method, "POST") == 0,
	     del = strcmp(method, "DELETE") == 0;
	if (strcmp(url, "/volumes") == 0) {
		*allow = "GET, POST";
		if (get)
			return op_list(p, out, e);
		if (post)
			return op_create(p, peer, body, len, out, e);
		return err_set(e, ERR_UNSUPPORTED, "/volumes allows only GET, POST");
	}
	const char *rest = url + strlen("/volumes/"), *slash = strchr(rest, '/');
	size_t n = slash ? (size_t)(slash - rest) : strlen(rest);
	char name[SPEC_NAME_MAX + 1];
	if (n > SPEC_NAME_MAX)
		return err_set(e, ERR_INVALID, "'%.80s...' is not a valid volume name (%s)", rest,
			       SPEC_NAME_RULE);
	memcpy(name, rest, n);
	name[n] = 0;
	if (!spec_name_ok(name))
		return err_set(e, ERR_INVALID, "'%.80s' is not a valid volume name (%s)", name,
			       SPEC_NAME_RULE);
	if (!slash) {
		*allow = "GET, DELETE";
		if (get)
			return op_show(p, name, out, e);
		if (del)
			return op_delete(p, name, e);
		return err_set(e, ERR_UNSUPPORTED, "this path allows only GET, DELETE");
	}
	if (strcmp(slash + 1, "resize") != 0)
		return err_set(e, ERR_NOT_FOUND,
			       "no such resource: %.200s (a volume's actions: resize)", url);
	*allow = "POST";
	if (!post)
		return err_set(e, ERR_UNSUPPORTED, "this path allows only POST");
	return op_resize(p, name, body, len, out, e);
}

/* --- VM configurations --- */

int vol_check_config_locked(struct vol_pool *p, const char *config, struct error *e)
{
	json_t *o = json_loads(config, 0, NULL);
	size_t i;
	json_t *d;
	int rc = 0;
	json_array_foreach(json_object_get(o, "disks"), i, d)
	{
		const char *t = json_string_value(d);
		char vn[SPEC_NAME_MAX + 1];
		struct vol v;
		if (!t || !vol_is_ref(t))
			continue;
		ref_name(t, vn, sizeof(vn));
		if (vol_get(p, vn, &v, e) < 0) {
			rc = e->cls == ERR_NOT_FOUND
				 ? err_set(e, ERR_INVALID, "disk '%.200s': no volume named '%s'", t,
					   vn)
				 : -1;
			break;
		}
	}
	json_decref(o);
	return rc;
}

int vol_resolve_spec(struct vol_pool *p, struct vm_spec *s, struct error *e)
{
	int rc = 0;
	pthread_mutex_lock(p->lock);
	for (unsigned k = 0; k < s->ndisks && rc == 0; k++) {
		if (!vol_is_ref(s->disks[k]))
			continue;
		char vn[SPEC_NAME_MAX + 1], path[1300];
		struct vol v;
		const char *opts = ref_name(s->disks[k], vn, sizeof(vn));
		if (vol_get(p, vn, &v, e) < 0) {
			rc = e->cls == ERR_NOT_FOUND
				 ? err_set(e, ERR_INVALID, "disk '%.200s': no volume named '%s'",
					   s->disks[k], vn)
				 : -1;
			break;
		}
		vol_file(p, v.name, v.format, path, sizeof(path));
		char *t;
		/* The pool's path has no comma (names have none; the state
		 * directory's would be doubled by the caller's quoting rules). */
		if (strchr(path, ',')) {
			rc = err_set(e, ERR_UNSUPPORTED, "volume path %s contains a comma", path);
			break;
		}
		if (asprintf(&t, "%s,format=%s%s", path, v.format, opts) < 0) {
			rc = err_set(e, ERR_IO, "out of memory");
			break;
		}
		free(s->disks[k]);
		s->disks[k] = t;
	}
	pthread_mutex_unlock(p->lock);
	return rc;
}

/* --- the pool directory --- */

int vol_pool_open(struct vol_pool *p, struct inventory *inv, pthread_mutex_t *lock,
		  const char *state_dir, struct error *e)
{
	memset(p, 0, sizeof(*p));
	p->inv = inv;
	p->lock = lock;
	snprintf(p->dir, sizeof(p->dir), "%.1000s/volumes", state_dir);
	if (mkdir(p->dir, 0700) < 0 && errno != EEXIST)
		return err_errno(e, errno, "%s: mkdir", p->dir);
	DIR *dir = opendir(p->dir);
	if (!dir)
		return err_errno(e, errno, "%s", p->dir);
	struct dirent *de;
	while ((de = readdir(dir))) {
		const char *n = de->d_name;
		char path[1400];
		snprintf(path, sizeof(path), "%s/%s", p->dir, n);
		if (strncmp(n, VOL_TMP_PREFIX, strlen(VOL_TMP_PREFIX)) == 0) {
			fprintf(stderr, "rvisor daemon: removing %s (a volume create cut short)\n",
				path);
			unlink(path);
			continue;
		}
		/* NAME.qcow2 / NAME.raw without a row: a delete cut short, or a
		 * create whose row never committed. */
		const char *dot = strrchr(n, '.');
		if (!dot || dot == n || (strcmp(dot, ".qcow2") != 0 && strcmp(dot, ".raw") != 0) ||
		    (size_t)(dot - n) > SPEC_NAME_MAX)
			continue;
		char name[SPEC_NAME_MAX + 1];
		memcpy(name, n, (size_t)(dot - n));
		name[dot - n] = 0;
		struct vol v;
		struct error ge;
		if (!spec_name_ok(name))
			continue;
		int got = vol_get(p, name, &v, &ge);
		if (got == 0 && strcmp(v.format, dot + 1) == 0)
			continue;
		if (got < 0 && ge.cls != ERR_NOT_FOUND)
			continue; /* the inventory failed: remove nothing */
		fprintf(stderr, "rvisor daemon: removing %s (no volume in the inventory)\n", path);
		unlink(path);
	}
	closedir(dir);
	return 0;
}
