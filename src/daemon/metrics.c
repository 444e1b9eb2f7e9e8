/* The statistics as Prometheus metrics (see metrics.h): families with HELP
 * and TYPE lines, one sample per VM (and vCPU, disk, NIC), labels escaped
 * as the text format wants; and the optional TCP listener. */
#include "daemon/metrics.h"

#include <microhttpd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "daemon/stats.h"
#include "daemon/tcp_listen.h"

/* Where a family's samples come from: one per VM, per vCPU (cpu.vcpus[]),
 * per disk (disks[]), per NIC (nics[]), or the daemon itself. */
enum scope { PER_VM, PER_VCPU, PER_DISK, PER_NIC, PER_STATE };

struct family {
	const char *name, *type, *help;
	enum scope scope;
	const char *object; /* PER_VM: "memory" / "cpu" for a nested field, or NULL */
	const char *key;    /* the JSON field */
};

static const struct family families[] = {
    {"rvisor_vms", "gauge", "VMs the daemon manages, by state.", PER_STATE, NULL, NULL},
    {"rvisor_vm_up", "gauge", "1 when the VM's process runs (running or paused), else 0.", PER_VM,
     NULL, "up"},
    {"rvisor_vm_paused", "gauge", "1 when the VM is paused.", PER_VM, NULL, "paused"},
    {"rvisor_vm_uptime_seconds", "gauge", "Seconds since the VM's process started the VM.", PER_VM,
     NULL, "uptime_seconds"},
    {"rvisor_vm_process_cpu_seconds_total", "counter",
     "Host CPU time of the VM's whole process (all threads), user and system.", PER_VM, "cpu",
     "process_seconds"},
    {"rvisor_vm_cpu_seconds_total", "counter", "Host CPU time of one vCPU thread, user and system.",
     PER_VCPU, NULL, "cpu_seconds"},
    {"rvisor_vm_instructions_retired_total", "counter",
     "Guest instructions retired by one vCPU since its process started the VM.", PER_VCPU, NULL,
     "instructions_retired"},
    {"rvisor_vm_memory_bytes", "gauge", "Guest RAM.", PER_VM, "memory", "guest_bytes"},
    {"rvisor_vm_resident_memory_bytes", "gauge", "Resident set size of the VM's process.", PER_VM,
     "memory", "rss_bytes"},
    {"rvisor_vm_proportional_memory_bytes", "gauge",
     "Proportional set size (PSS) of the VM's process.", PER_VM, "memory", "pss_bytes"},
    {"rvisor_vm_balloon_bytes", "gauge", "Guest RAM held in the balloon.", PER_VM, "memory",
     "balloon_bytes"},
    {"rvisor_vm_snapshots_total", "counter", "Snapshots written by the VM's process.", PER_VM, NULL,
     "snapshots_taken"},
    {"rvisor_vm_migrations_total", "counter",
     "Outgoing live migrations started by the VM's process.", PER_VM, NULL, "migrations_started"},
    {"rvisor_vm_disk_read_bytes_total", "counter", "Bytes read by the guest from a disk.", PER_DISK,
     NULL, "read_bytes"},
    {"rvisor_vm_disk_write_bytes_total", "counter", "Bytes written by the guest to a disk.",
     PER_DISK, NULL, "write_bytes"},
    {"rvisor_vm_disk_reads_total", "counter", "Read requests completed.", PER_DISK, NULL, "reads"},
    {"rvisor_vm_disk_writes_total", "counter", "Write requests completed.", PER_DISK, NULL,
     "writes"},
    {"rvisor_vm_disk_flushes_total", "counter", "Flush requests completed.", PER_DISK, NULL,
     "flushes"},
    {"rvisor_vm_disk_errors_total", "counter", "Requests answered with an error.", PER_DISK, NULL,
     "errors"},
    {"rvisor_vm_disk_throttled_total", "counter",
     "Times a disk request had to wait for its rate limit.", PER_DISK, NULL, "throttled"},
    {"rvisor_vm_disk_throttled_seconds_total", "counter",
     "Time disk requests spent waiting for their rate limit.", PER_DISK, NULL, "throttled_seconds"},
    {"rvisor_vm_net_receive_bytes_total", "counter",
     "Bytes delivered to the guest (without the virtio header).", PER_NIC, NULL, "rx_bytes"},
    {"rvisor_vm_net_transmit_bytes_total", "counter",
     "Bytes sent by the guest (without the virtio header).", PER_NIC, NULL, "tx_bytes"},
    {"rvisor_vm_net_receive_packets_total", "counter", "Frames delivered to the guest.", PER_NIC,
     NULL, "rx_packets"},
    {"rvisor_vm_net_transmit_packets_total", "counter", "Frames sent by the guest.", PER_NIC, NULL,
     "tx_packets"},
    {"rvisor_vm_net_receive_dropped_total", "counter", "Frames for the guest dropped.", PER_NIC,
     NULL, "rx_dropped"},
    {"rvisor_vm_net_transmit_dropped_total", "counter", "Frames from the guest dropped.", PER_NIC,
     NULL, "tx_dropped"},
    {"rvisor_vm_net_receive_throttled_seconds_total", "counter",
     "Time received frames spent waiting for the rx rate limit.", PER_NIC, NULL,
     "rx_throttled_seconds"},
    {"rvisor_vm_net_transmit_throttled_seconds_total", "counter",
     "Time sent frames spent waiting for the tx rate limit.", PER_NIC, NULL,
     "tx_throttled_seconds"},
    {"rvisor_stats_collect_duration_seconds", "gauge",
     "How long the daemon's latest collection of every VM's statistics took.", PER_STATE, NULL,
     "collect_seconds"},
};

/* A label value as the text format wants it: \, " and newline escaped. */
static void label(FILE *f, const char *v)
{
	for (; *v; v++) {
		if (*v == '\\' || *v == '"')
			fputc('\\', f), fputc(*v, f);
		else if (*v == '\n')
			fputs("\\n", f);
		else
			fputc(*v, f);
	}
}

static void value(FILE *f, const json_t *v)
{
	if (json_is_integer(v))
		fprintf(f, "%lld\n", (long long)json_integer_value(v));
	else
		fprintf(f, "%.15g\n", json_number_value(v));
}

static void sample(FILE *f, const struct family *fm, const char *vm, const char *sub,
		   json_int_t idx, const json_t *v)
{
	if (!json_is_number(v))
		return;
	fprintf(f, "%s{vm=\"", fm->name);
	label(f, vm);
	if (sub)
		fprintf(f, "\",%s=\"%lld", sub, (long long)idx);
	fputs("\"} ", f);
	value(f, v);
}

static void render_family(FILE *f, const struct family *fm, const json_t *all)
{
	fprintf(f, "# HELP %s %s\n# TYPE %s %s\n", fm->name, fm->help, fm->name, fm->type);
	const json_t *vms = json_object_get(all, "vms");
	if (fm->scope == PER_STATE) {
		if (fm->key) {
			json_t *v = json_object_get(all, fm->key);
			if (json_is_number(v)) {
				fprintf(f, "%s ", fm->name);
				value(f, v);
			}
			return;
		}
		static const char *const states[] = {"stopped", "starting", "running", "paused"};
		for (size_t s = 0; s < 4; s++) {
			unsigned n = 0;
			for (size_t k = 0; k < json_array_size(vms); k++) {
				const char *st = json_string_value(
				    json_object_get(json_array_get(vms, k), "state"));
				n += st && strcmp(st, states[s]) == 0;
			}
			fprintf(f, "%s{state=\"%s\"} %u\n", fm->name, states[s], n);
		}
		return;
	}
	for (size_t k = 0; k < json_array_size(vms); k++) {
		const json_t *vm = json_array_get(vms, k);
		const char *name = json_string_value(json_object_get(vm, "name"));
		const char *st = json_string_value(json_object_get(vm, "state"));
		if (!name || !st)
			continue;
		if (fm->scope == PER_VM) {
			json_t *v;
			if (strcmp(fm->key, "up") == 0)
				v = json_integer(strcmp(st, "stopped") != 0);
			else if (strcmp(fm->key, "paused") == 0)
				v = json_integer(strcmp(st, "paused") == 0);
			else
				v = json_incref(json_object_get(
				    fm->object ? json_object_get(vm, fm->object) : vm, fm->key));
			sample(f, fm, name, NULL, 0, v);
			json_decref(v);
			continue;
		}
		const json_t *list = fm->scope == PER_VCPU
					 ? json_object_get(json_object_get(vm, "cpu"), "vcpus")
				     : fm->scope == PER_DISK ? json_object_get(vm, "disks")
							     : json_object_get(vm, "nics");
		const char *sub = fm->scope == PER_VCPU	  ? "vcpu"
				  : fm->scope == PER_DISK ? "disk"
							  : "nic";
		for (size_t i = 0; i < json_array_size(list); i++) {
			const json_t *item = json_array_get(list, i);
			sample(f, fm, name, sub, (json_int_t)i, json_object_get(item, fm->key));
		}
	}
}

char *metrics_render(const json_t *all, size_t *len)
{
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);
	if (!f)
		return NULL;
	for (size_t k = 0; k < sizeof(families) / sizeof(families[0]); k++)
		render_family(f, &families[k], all);
	if (fclose(f) != 0) {
		free(buf);
		return NULL;
	}
	return buf;
}

/* --- the TCP listener --- */

struct metrics_server {
	struct MHD_Daemon *mhd;
	struct stats *stats;
	int fd;
};

static enum MHD_Result text_reply(struct MHD_Connection *c, unsigned status, const char *type,
				  char *text, size_t n)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(n, text, MHD_RESPMEM_MUST_FREE);
	if (!r) {
		free(text);
		return MHD_NO;
	}
	MHD_add_response_header(r, "Content-Type", type);
	if (status == MHD_HTTP_METHOD_NOT_ALLOWED)
		MHD_add_response_header(r, "Allow", "GET");
	enum MHD_Result rc = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return rc;
}

static enum MHD_Result on_metrics(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version, const char *upload,
				  size_t *upload_size, void **con_cls)
{
	(void)version, (void)upload;
	struct metrics_server *m = cls;
	if (!*con_cls) {
		*con_cls = m;
		return MHD_YES;
	}
	if (*upload_size) {
		*upload_size = 0; /* a body is never wanted: dropped */
		return MHD_YES;
	}
	if (strcmp(url, "/metrics") != 0)
		return text_reply(c, MHD_HTTP_NOT_FOUND, "text/plain",
				  strdup("only /metrics is served here\n"), 29);
	if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
		return text_reply(c, MHD_HTTP_METHOD_NOT_ALLOWED, "text/plain",
				  strdup("only GET\n"), 9);
	size_t n = 0;
	char *t = stats_metrics_text(m->stats, &n);
	if (!t)
		return MHD_NO;
	return text_reply(c, MHD_HTTP_OK, METRICS_CONTENT_TYPE, t, n);
}

int metrics_parse_addr(const char *addr, struct sockaddr_storage *out, unsigned *len,
		       struct error *e)
{
	return tcp_parse_addr("--metrics-listen", addr, out, len, e);
}

struct metrics_server *metrics_listen(const char *addr, struct stats *s, struct error *e)
{
	struct metrics_server *m = calloc(1, sizeof(*m));
	if (!m) {
		err_set(e, ERR_IO, "out of memory");
		return NULL;
	}
	m->stats = s;
	m->fd = tcp_listen("--metrics-listen", addr, e);
	if (m->fd < 0) {
		free(m);
		return NULL;
	}
	m->mhd = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD, 0, NULL, NULL, on_metrics, m,
				  MHD_OPTION_LISTEN_SOCKET, m->fd, MHD_OPTION_CONNECTION_LIMIT, 32u,
				  MHD_OPTION_CONNECTION_TIMEOUT, 10u, MHD_OPTION_END);
	if (!m->mhd) {
		close(m->fd);
		free(m);
		err_set(e, ERR_IO, "--metrics-listen %.100s: cannot start the HTTP server", addr);
		return NULL;
	}
	return m;
}

void metrics_server_stop(struct metrics_server *m)
{
	if (!m)
		return;
	MHD_stop_daemon(m->mhd);
	close(m->fd);
	free(m);
}
