/* The forwarding definitions of the libmicrohttpd and libslirp functions
 * rvisor calls (see lazylibs.h). Each has its header's prototype: a
 * mismatch does not compile. */
#include "util/lazylibs.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include <microhttpd.h>
#include <libslirp.h>

/* The sonames the build links against on Debian (libmicrohttpd12,
 * libslirp0); the development links as a fallback. */
static const char *const mhd_names[] = {"libmicrohttpd.so.12", "libmicrohttpd.so"};
static const char *const slirp_names[] = {"libslirp.so.0", "libslirp.so"};

#define MHD_FUNCS(X)                                                                               \
	X(MHD_add_response_header)                                                                 \
	X(MHD_queue_response)                                                                      \
	X(MHD_destroy_response)                                                                    \
	X(MHD_lookup_connection_value)                                                             \
	X(MHD_create_response_from_buffer)                                                         \
	X(MHD_stop_daemon)                                                                         \
	X(MHD_start_daemon_va)                                                                     \
	X(MHD_get_connection_info)                                                                 \
	X(MHD_upgrade_action)                                                                      \
	X(MHD_suspend_connection)                                                                  \
	X(MHD_resume_connection)                                                                   \
	X(MHD_run_wait)                                                                            \
	X(MHD_quiesce_daemon)                                                                      \
	X(MHD_get_daemon_info)                                                                     \
	X(MHD_create_response_from_fd)                                                             \
	X(MHD_create_response_from_callback)                                                       \
	X(MHD_create_response_for_upgrade)

#define SLIRP_FUNCS(X)                                                                             \
	X(slirp_add_hostfwd)                                                                       \
	X(slirp_cleanup)                                                                           \
	X(slirp_handle_timer)                                                                      \
	X(slirp_input)                                                                             \
	X(slirp_new)                                                                               \
	X(slirp_pollfds_fill)                                                                      \
	X(slirp_pollfds_poll)

/* One pointer per function, of its declared type; set once, before any
 * call returns (pthread_once), never changed after. */
#define POINTER(f) static __typeof__(f) *p_##f;
MHD_FUNCS(POINTER)
SLIRP_FUNCS(POINTER)

static void *open_one(const char *const *names, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		void *h = dlopen(names[k], RTLD_NOW | RTLD_LOCAL);
		if (h)
			return h;
	}
	fprintf(stderr, "rvisor: cannot load %s: %s\n", names[0], dlerror());
	exit(127);
}

static void *symbol(void *h, const char *name)
{
	void *s = dlsym(h, name);
	if (!s) {
		fprintf(stderr, "rvisor: %s: %s\n", name, dlerror());
		exit(127);
	}
	return s;
}

static void load_all(void)
{
	void *mhd = open_one(mhd_names, sizeof(mhd_names) / sizeof(mhd_names[0]));
	void *slirp = open_one(slirp_names, sizeof(slirp_names) / sizeof(slirp_names[0]));
#define RESOLVE_MHD(f) p_##f = (__typeof__(f) *)symbol(mhd, #f);
#define RESOLVE_SLIRP(f) p_##f = (__typeof__(f) *)symbol(slirp, #f);
	MHD_FUNCS(RESOLVE_MHD)
	SLIRP_FUNCS(RESOLVE_SLIRP)
}

static pthread_once_t loaded = PTHREAD_ONCE_INIT;

void lazylibs_load(void)
{
	pthread_once(&loaded, load_all);
}

/* The forwarders. Variadic ones: MHD_start_daemon through its va_list
 * twin; the info and upgrade calls take no extra argument for what rvisor
 * asks (the library reads none for those). */
struct MHD_Daemon *MHD_start_daemon(unsigned int flags, uint16_t port, MHD_AcceptPolicyCallback apc,
				    void *apc_cls, MHD_AccessHandlerCallback dh, void *dh_cls, ...)
{
	lazylibs_load();
	va_list ap;
	va_start(ap, dh_cls);
	struct MHD_Daemon *d = p_MHD_start_daemon_va(flags, port, apc, apc_cls, dh, dh_cls, ap);
	va_end(ap);
	return d;
}

struct MHD_Daemon *MHD_start_daemon_va(unsigned int flags, uint16_t port,
				       MHD_AcceptPolicyCallback apc, void *apc_cls,
				       MHD_AccessHandlerCallback dh, void *dh_cls, va_list ap)
{
	lazylibs_load();
	return p_MHD_start_daemon_va(flags, port, apc, apc_cls, dh, dh_cls, ap);
}

const union MHD_ConnectionInfo *MHD_get_connection_info(struct MHD_Connection *connection,
							enum MHD_ConnectionInfoType info_type, ...)
{
	lazylibs_load();
	return p_MHD_get_connection_info(connection, info_type);
}

const union MHD_DaemonInfo *MHD_get_daemon_info(struct MHD_Daemon *daemon,
						enum MHD_DaemonInfoType info_type, ...)
{
	lazylibs_load();
	return p_MHD_get_daemon_info(daemon, info_type);
}

enum MHD_Result MHD_upgrade_action(struct MHD_UpgradeResponseHandle *urh,
				   enum MHD_UpgradeAction action, ...)
{
	lazylibs_load();
	return p_MHD_upgrade_action(urh, action);
}

enum MHD_Result MHD_add_response_header(struct MHD_Response *response, const char *header,
					const char *content)
{
	lazylibs_load();
	return p_MHD_add_response_header(response, header, content);
}

enum MHD_Result MHD_queue_response(struct MHD_Connection *connection, unsigned int status_code,
				   struct MHD_Response *response)
{
	lazylibs_load();
	return p_MHD_queue_response(connection, status_code, response);
}

void MHD_destroy_response(struct MHD_Response *response)
{
	lazylibs_load();
	p_MHD_destroy_response(response);
}

const char *MHD_lookup_connection_value(struct MHD_Connection *connection, enum MHD_ValueKind kind,
					const char *key)
{
	lazylibs_load();
	return p_MHD_lookup_connection_value(connection, kind, key);
}

struct MHD_Response *MHD_create_response_from_buffer(size_t size, void *buffer,
						     enum MHD_ResponseMemoryMode mode)
{
	lazylibs_load();
	return p_MHD_create_response_from_buffer(size, buffer, mode);
}

void MHD_stop_daemon(struct MHD_Daemon *daemon)
{
	lazylibs_load();
	p_MHD_stop_daemon(daemon);
}

void MHD_suspend_connection(struct MHD_Connection *connection)
{
	lazylibs_load();
	p_MHD_suspend_connection(connection);
}

void MHD_resume_connection(struct MHD_Connection *connection)
{
	lazylibs_load();
	p_MHD_resume_connection(connection);
}

enum MHD_Result MHD_run_wait(struct MHD_Daemon *daemon, int32_t millisec)
{
	lazylibs_load();
	return p_MHD_run_wait(daemon, millisec);
}

MHD_socket MHD_quiesce_daemon(struct MHD_Daemon *daemon)
{
	lazylibs_load();
	return p_MHD_quiesce_daemon(daemon);
}

struct MHD_Response *MHD_create_response_from_fd(size_t size, int fd)
{
	lazylibs_load();
	return p_MHD_create_response_from_fd(size, fd);
}

struct MHD_Response *MHD_create_response_from_callback(uint64_t size, size_t block_size,
						       MHD_ContentReaderCallback crc, void *crc_cls,
						       MHD_ContentReaderFreeCallback crfc)
{
	lazylibs_load();
	return p_MHD_create_response_from_callback(size, block_size, crc, crc_cls, crfc);
}

struct MHD_Response *MHD_create_response_for_upgrade(MHD_UpgradeHandler upgrade_handler,
						     void *upgrade_handler_cls)
{
	lazylibs_load();
	return p_MHD_create_response_for_upgrade(upgrade_handler, upgrade_handler_cls);
}

Slirp *slirp_new(const SlirpConfig *cfg, const SlirpCb *callbacks, void *opaque)
{
	lazylibs_load();
	return p_slirp_new(cfg, callbacks, opaque);
}

void slirp_cleanup(Slirp *slirp)
{
	lazylibs_load();
	p_slirp_cleanup(slirp);
}

void slirp_input(Slirp *slirp, const uint8_t *pkt, int pkt_len)
{
	lazylibs_load();
	p_slirp_input(slirp, pkt, pkt_len);
}

void slirp_handle_timer(Slirp *slirp, SlirpTimerId id, void *cb_opaque)
{
	lazylibs_load();
	p_slirp_handle_timer(slirp, id, cb_opaque);
}

int slirp_add_hostfwd(Slirp *slirp, int is_udp, struct in_addr host_addr, int host_port,
		      struct in_addr guest_addr, int guest_port)
{
	lazylibs_load();
	return p_slirp_add_hostfwd(slirp, is_udp, host_addr, host_port, guest_addr, guest_port);
}

void slirp_pollfds_fill(Slirp *slirp, uint32_t *timeout, SlirpAddPollCb add_poll, void *opaque)
{
	lazylibs_load();
	p_slirp_pollfds_fill(slirp, timeout, add_poll, opaque);
}

void slirp_pollfds_poll(Slirp *slirp, int select_error, SlirpGetREventsCb get_revents, void *opaque)
{
	lazylibs_load();
	p_slirp_pollfds_poll(slirp, select_error, get_revents, opaque);
}
