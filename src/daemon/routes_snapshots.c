/* The daemon API's snapshot, clone, export and import routes: the
 * modules that do the work (daemon/snapshots.h, clones.h, vmarchive.h)
 * reach the VM they work on through the steps below. */
#include <stdbool.h>
#include <stdint.h>

#include "daemon/clones.h"
#include "daemon/core.h"
#include "daemon/routes.h"
#include "daemon/snapshots.h"
#include "daemon/vmarchive.h"

/* --- the steps snapshot operations ask for (daemon/snapshots.h) --- */

int snapops_begin(void *dp, const char *name, const char *op, int64_t *id, bool *running,
		  struct error *e)
{
	struct daemon *d = dp;
	struct inv_vm v;
	pthread_mutex_lock(&d->lock);
	int rc = daemon_lookup(d, name, &v, e);
	if (rc == 0) {
		struct vmrt *r = rt_find(d, v.id, true);
		if (!r)
			rc = err_set(e, ERR_IO, "out of memory");
		else if (r->busy)
			rc = err_set(e, ERR_CONFLICT, "VM '%s' is busy: %s in progress", name,
				     r->busy);
		else
			r->busy = op, *id = v.id, *running = v.state != INV_STOPPED;
		inv_vm_free(&v);
	}
	pthread_mutex_unlock(&d->lock);
	return rc;
}

void snapops_end(void *dp, int64_t id)
{
	struct daemon *d = dp;
	pthread_mutex_lock(&d->lock);
	struct vmrt *r = rt_find(d, id, false);
	if (r) {
		r->busy = NULL;
		rt_release(d, r);
	}
	pthread_mutex_unlock(&d->lock);
}

static void snapops_sock(void *dp, int64_t id, char *out, size_t n)
{
	dpath_vm_sock(dp, id, out, n);
}

static int snapops_halt(void *dp, const char *name, bool graceful, struct error *e)
{
	bool not_running;
	/* Never the power button: the guest must not run on past the state
	 * just saved; the shutdown action closes the disks cleanly. */
	int rc = vmops_stop(dp, name, graceful, true, 30, true, &not_running, e);
	return rc < 0 && !not_running ? -1 : 0;
}

static int snapops_start(void *dp, const char *name, struct error *e)
{
	return vmops_start(dp, name, NULL, true, e);
}

static struct snap_vm_ops vm_ops(struct daemon *d)
{
	return (struct snap_vm_ops){
	    d, snapops_begin, snapops_end, snapops_sock, snapops_halt, snapops_start};
}

bool route_snapshots_is(const char *method, const char *url)
{
	(void)method;
	return snap_route_is(url) || clone_route_is(url);
}

enum MHD_Result route_snapshots(struct daemon *d, struct MHD_Connection *c, const char *url,
				const char *method, const struct request *q)
{
	const struct snap_vm_ops ops = vm_ops(d);
	json_t *out = NULL;
	const char *allow = NULL;
	struct error e;
	int st =
	    snap_route_is(url)
		? snap_handle(&d->snaps, &ops, method, url, q->body, q->len, &out, &allow, &e)
		: clone_handle(&d->snaps, &ops, method, url, q->body, q->len, &out, &allow, &e);
	return api_reply_status(c, st, out, allow, &e);
}

bool route_archive_is(const char *method, const char *url)
{
	return archive_route_is(method, url);
}

enum MHD_Result route_archive(struct daemon *d, struct MHD_Connection *c, const char *url,
			      const char *method, const struct request *q)
{
	const struct snap_vm_ops ops = vm_ops(d);
	struct sup_peer pb;
	json_t *out = NULL;
	const char *allow = NULL;
	struct error e;
	int st = archive_handle(&d->snaps, &ops, api_peer_to_check(d, c, &pb), method, url, q->body,
				q->len, &out, &allow, &e);
	return api_reply_status(c, st, out, allow, &e);
}
