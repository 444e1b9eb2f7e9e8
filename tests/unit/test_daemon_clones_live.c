/* Clone origins and online modify, the pure and inventory parts
 * (daemon/origins.c, daemon/live.c, spec.c's balloon_mib): a linked clone's
 * origin names its source and snapshot and makes them refuse deletion
 * (dependents listed by name, per VM and per snapshot), its layers count
 * as shared, a full clone's does not, the rows go with the clone;
 * `pending` lists the fields a running VM's configuration changed in;
 * balloon_mib is checked (below memory_mib, with a balloon device) and
 * removable by a modify. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "daemon/inventory.h"
#include "daemon/live.h"
#include "daemon/origins.h"
#include "daemon/spec.h"

static void origins(void)
{
	char dir[] = "/tmp/rvisor-origins-XXXXXX", db[128];
	if (!mkdtemp(dir))
		return;
	snprintf(db, sizeof(db), "%s/inventory.db", dir);
	struct error e = {0};
	struct inventory *inv = inv_open(db, &e);
	CHECK(inv != NULL);
	if (!inv)
		return;
	int64_t src, l1, l2, f1;
	CHECK(inv_create(inv, "src", "{\"name\":\"src\"}", &src, &e) == 0);
	CHECK(inv_create(inv, "l1", "{\"name\":\"l1\"}", &l1, &e) == 0);
	CHECK(inv_create(inv, "l2", "{\"name\":\"l2\"}", &l2, &e) == 0);
	CHECK(inv_create(inv, "f1", "{\"name\":\"f1\"}", &f1, &e) == 0);
	json_t *layers = json_pack("[s]", "/s/vms/1/layers/d0-a.qcow2");
	CHECK(origin_record(inv, l1, src, "src", 7, "S", true, layers, &e) == 0);
	CHECK(origin_record(inv, l2, src, "src", 8, "T", true, layers, &e) == 0);
	CHECK(origin_record(inv, f1, src, "src", 7, "S", false, NULL, &e) == 0);
	json_decref(layers);
	char names[64];
	CHECK(origin_dependents(inv, src, 0, names, sizeof(names), &e) == 2 &&
	      strcmp(names, "l1, l2") == 0);
	CHECK(origin_dependents(inv, src, 7, names, sizeof(names), &e) == 1 &&
	      strcmp(names, "l1") == 0); /* f1 is full: it depends on nothing */
	CHECK(origin_dependents(inv, l1, 0, names, sizeof(names), &e) == 0 && !names[0]);
	CHECK(origin_layer_shared(inv, "/s/vms/1/layers/d0-a.qcow2"));
	CHECK(!origin_layer_shared(inv, "/s/vms/1/layers/d0-b.qcow2"));
	json_t *o = origin_json(inv, l1);
	CHECK(json_is_object(o) &&
	      strcmp(json_string_value(json_object_get(o, "source")), "src") == 0 &&
	      strcmp(json_string_value(json_object_get(o, "mode")), "linked") == 0 &&
	      strcmp(json_string_value(json_object_get(o, "snapshot")), "S") == 0 &&
	      json_is_true(json_object_get(o, "source_exists")));
	json_decref(o);
	o = origin_json(inv, src);
	CHECK(json_is_null(o));
	json_decref(o);
	/* The rows go with their clones. */
	CHECK(inv_delete(inv, l1, &e) == 0 && inv_delete(inv, l2, &e) == 0);
	CHECK(origin_dependents(inv, src, 0, names, sizeof(names), &e) == 0);
	CHECK(!origin_layer_shared(inv, "/s/vms/1/layers/d0-a.qcow2"));
	/* A full clone outlives its source, which it names as gone. */
	CHECK(inv_delete(inv, src, &e) == 0);
	o = origin_json(inv, f1);
	CHECK(json_is_false(json_object_get(o, "source_exists")));
	json_decref(o);
	inv_close(inv);
	char p[160];
	const char *files[] = {"inventory.db", "inventory.db-wal", "inventory.db-shm"};
	for (int k = 0; k < 3; k++) {
		snprintf(p, sizeof(p), "%s/%s", dir, files[k]);
		unlink(p);
	}
	rmdir(dir);
}

static bool pending_is(const char *config, const char *running, const char *want)
{
	json_t *p = live_pending(config, running);
	char *t = json_dumps(p, JSON_COMPACT);
	bool ok = t && strcmp(t, want) == 0;
	if (!ok)
		fprintf(stderr, "pending: %s, want %s\n", t ? t : "?", want);
	free(t);
	json_decref(p);
	return ok;
}

static void pending(void)
{
	CHECK(pending_is("{\"name\":\"a\",\"cpus\":1}", NULL, "[]"));
	CHECK(pending_is("{\"name\":\"a\",\"cpus\":1}", "{\"name\":\"a\",\"cpus\":1}", "[]"));
	CHECK(pending_is("{\"cpus\":2,\"memory_mib\":256,\"name\":\"a\"}",
			 "{\"cpus\":1,\"memory_mib\":128,\"name\":\"a\"}",
			 "[\"cpus\",\"memory_mib\"]"));
	/* A field removed counts; 0.5 and 0.50 are one number. */
	CHECK(
	    pending_is("{\"name\":\"a\"}", "{\"name\":\"a\",\"cpu_pin\":\"0\"}", "[\"cpu_pin\"]"));
	CHECK(pending_is("{\"name\":\"a\",\"cpu_max\":0.5}", "{\"name\":\"a\",\"cpu_max\":0.50}",
			 "[]"));
}

static void balloon_field(void)
{
	struct vm_spec s;
	struct error e;
	const char *ok = "{\"name\":\"a\",\"devices\":[\"balloon\"],\"balloon_mib\":64}";
	CHECK(spec_parse(ok, strlen(ok), &s, &e) == 0 && s.balloon_mib == 64);
	char *j = spec_parse(ok, strlen(ok), &s, &e) == 0 ? spec_to_json(&s) : NULL;
	CHECK(j && strstr(j, "\"balloon_mib\":64"));
	spec_free(&s);
	struct vm_spec p;
	CHECK(j && spec_parse_patch(j, "{\"balloon_mib\":null}", 20, &p, &e) == 0 &&
	      p.balloon_mib == 0);
	if (j)
		spec_free(&p);
	free(j);
	const char *nodev = "{\"name\":\"a\",\"balloon_mib\":64}";
	CHECK(spec_parse(nodev, strlen(nodev), &s, &e) < 0 && strstr(e.msg, "balloon device"));
	const char *big = "{\"name\":\"a\",\"devices\":[\"balloon\"],\"balloon_mib\":128}";
	CHECK(spec_parse(big, strlen(big), &s, &e) < 0 && strstr(e.msg, "less than memory_mib"));
	const char *neg = "{\"name\":\"a\",\"devices\":[\"balloon,size=8\"],\"balloon_mib\":-1}";
	CHECK(spec_parse(neg, strlen(neg), &s, &e) < 0 && strstr(e.msg, "balloon_mib"));
	const char *opts = "{\"name\":\"a\",\"devices\":[\"balloon,stats=1\"],\"balloon_mib\":8}";
	CHECK(spec_parse(opts, strlen(opts), &s, &e) == 0);
	spec_free(&s);
}

int main(void)
{
	origins();
	pending();
	balloon_field();
	CHECK_DONE();
}
