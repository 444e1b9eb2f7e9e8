/* A managed VM's configuration as the daemon stores it (JSON, see
 * docs/api/daemon.yaml VmConfig), its parsing and validation from request
 * bodies (create, modify, stop), and the `rvisor run` command line it
 * becomes. Pure functions: no files, no processes (tests/fuzz/fuzz_daemon.c
 * feeds them hostile bodies). */
#ifndef RVISOR_DAEMON_SPEC_H
#define RVISOR_DAEMON_SPEC_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

#define SPEC_NAME_MAX 63
#define SPEC_MAX_DISKS 8
#define SPEC_MAX_DEVICES 16
#define SPEC_STR_MAX 4096 /* a path, an option string or the kernel command line */
#define SPEC_CPUS_MAX 8
#define SPEC_MEM_MIN_MIB 64
#define SPEC_MEM_MAX_MIB 16384
#define SPEC_STOP_TIMEOUT_MAX 3600
/* How long a stop waits for the guest to shut down after the power button
 * before forcing it (docs/daemon.md "Supervisor": as systemd's default
 * stop timeout is 90 s and docker's 10 s, 30 s lets a Linux guest on an
 * emulated CPU finish its shutdown on a loaded host). */
#define SPEC_STOP_TIMEOUT_DEFAULT 30

/* The rule, as said in every refusal. */
#define SPEC_NAME_RULE                                                                             \
	"1 to 63 characters: letters, digits, '.', '_' and '-', starting with a letter or digit"

struct vm_spec {
	char name[SPEC_NAME_MAX + 1];
	unsigned cpus;
	uint64_t memory_mib;
	char *kernel, *initrd, *append, *firmware; /* NULL when not given */
	char *disks[SPEC_MAX_DISKS];		   /* `rvisor run --disk` syntax */
	unsigned ndisks;
	char *devices[SPEC_MAX_DEVICES]; /* `--device KIND[,OPTS]` syntax */
	unsigned ndevices;
	bool power_button; /* a virtio-input power button for graceful stops (default on) */
	/* Resource limits, `rvisor run`'s --cpu-max... (vmm/limits.h,
	 * docs/resources.md); 0 or NULL when not set. */
	double cpu_max;
	unsigned cpu_weight, pids_max;
	char *cpu_pin, *memory_limit; /* "0,1"; "auto", "off" or a size */
	/* The balloon's target: MiB of guest RAM given back to the host (0:
	 * none); needs a balloon device. Set through the VM's API after each
	 * start and on a live modify (daemon/live.h). */
	uint64_t balloon_mib;
};

/* Does s have a device of this kind ("balloon", "net", ...)? */
bool spec_has_device(const struct vm_spec *s, const char *kind);

/* Is name a valid VM name (SPEC_NAME_RULE)? */
bool spec_name_ok(const char *name);

/* A create body (or a stored configuration): an object with "name" and
 * the optional fields; unknown fields and wrong types are refused naming
 * the field. Returns 0 with *s filled (free with spec_free), or -1 with e
 * set (ERR_INVALID) and *s empty. */
/* A request body parsed as JSON (duplicate keys refused); NULL with e set
 * (ERR_INVALID, naming the byte) when it is not valid JSON. */
json_t *spec_load_body(const char *body, size_t len, struct error *e);
/* One field of a request body: key, its value, and its text when the value
 * is a string without a NUL byte (else NULL). 0 to go on, -1 with e set. */
typedef int (*spec_field_fn)(const char *key, json_t *v, const char *text, void *ctx,
			     struct error *e);
/* A request body that must be a JSON object, field by field: calls
 * field(key, value, text, ctx, e) for each until one fails. 0, or -1 with e
 * set (ERR_INVALID for a body that is not JSON or not an object). */
int spec_each_field(const char *body, size_t len, spec_field_fn field, void *ctx, struct error *e);
int spec_parse(const char *body, size_t len, struct vm_spec *s, struct error *e);
/* A modify body merged over the stored configuration `stored` (JSON text):
 * fields given replace, null removes an optional one, "name" cannot
 * change. Returns 0 with the merged, validated configuration in *s. */
int spec_parse_patch(const char *stored, const char *body, size_t len, struct vm_spec *s,
		     struct error *e);
/* A stop body: empty, or {"timeout_seconds": 0..3600, "force": bool};
 * *force (skip the power button) may be NULL for bodies without it. */
int spec_parse_stop(const char *body, size_t len, unsigned *timeout_s, bool *force,
		    struct error *e);
void spec_free(struct vm_spec *s);

/* A request's method and path, routed (docs/api/daemon.yaml). */
enum spec_op {
	SPEC_OP_INFO,
	SPEC_OP_LIST,
	SPEC_OP_CREATE,
	SPEC_OP_SHOW,
	SPEC_OP_MODIFY,
	SPEC_OP_DELETE,
	SPEC_OP_START,
	SPEC_OP_STOP,
	SPEC_OP_KILL,
	SPEC_OP_PAUSE,
	SPEC_OP_RESUME,
	SPEC_OP_RESTART,
	SPEC_OP_CONSOLE,
	SPEC_OP_LOGS,
};
struct spec_route {
	enum spec_op op;
	char name[SPEC_NAME_MAX + 1]; /* the VM of a /vms/{name} path */
	const char *allow;	      /* the path's methods (for a 405) */
};
/* Route METHOD url (the path, without the query). Returns 0 with *r
 * filled, or -1 with e set: ERR_NOT_FOUND for an unknown path, ERR_INVALID
 * for an invalid VM name in it, ERR_UNSUPPORTED for a method the path does
 * not have (r->allow lists those it has: answer 405). */
int spec_route(const char *method, const char *url, struct spec_route *r, struct error *e);
/* NAME of a URL that starts "/vms/NAME" (up to the next '/'), into name;
 * -1 with e set (ERR_INVALID) when it is not a valid VM name. */
int spec_url_vm_name(const char *url, char name[SPEC_NAME_MAX + 1], struct error *e);

/* The canonical JSON text of s (malloc'd), or NULL when out of memory. */
char *spec_to_json(const struct vm_spec *s);
/* The numbers of a command line, as text. */
struct spec_numbers {
	char cpus[8], memory[24];
	char cpu_max[32], cpu_weight[12], pids_max[12];
};
/* The arguments of `rvisor run` for s serving its API on api_sock
 * (argv[0] is "run"): a NULL-terminated malloc'd array whose strings point
 * into s, api_sock and num (free only the array); NULL when out of memory. */
char **spec_run_args(const struct vm_spec *s, const char *api_sock, struct spec_numbers *num);

#endif
