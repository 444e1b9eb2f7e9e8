/* The web listener's console: a WebSocket bridged to a running VM's
 * console relay (the keeper's RVISOR-CONSOLE/1 socket, as `rvisor vm
 * console` uses it). The browser's data frames are typed into the guest's
 * serial console; the console's history tail and then its live output go
 * to the browser as binary frames (docs/web.md "Console"). */
#ifndef RVISOR_DAEMON_WEB_CONSOLE_H
#define RVISOR_DAEMON_WEB_CONSOLE_H

#include <microhttpd.h>

#include "util/error.h"

#define WEB_CONSOLE_HISTORY (64u << 10)	 /* history bytes sent on attach */
#define WEB_CONSOLE_FRAME_MAX (1u << 20) /* a bigger client frame: close 1009 */

/* The bridges of one listener, so that stopping it ends them. */
struct web_consoles;
struct web_consoles *web_consoles_new(void);
/* End every bridge (close 1001 to its browser), wait for them, and refuse
 * new ones. */
void web_consoles_stop(struct web_consoles *wc);
/* Once the HTTP server that made them has stopped. */
void web_consoles_free(struct web_consoles *wc);

/* Attach to the console relay at sock_path as a writer (or a reader when
 * another viewer holds the input): the connected descriptor, the hello
 * answered, or -1 with e set (ERR_CONFLICT for the relay's refusal). */
int web_console_attach(const char *sock_path, struct error *e);

/* Answer the request with 101 Switching Protocols (accept: the
 * Sec-WebSocket-Accept value) and bridge the upgraded connection to the
 * relay descriptor its request holds (web_request_relay_fd), which the
 * bridge takes (set to -1) once the upgrade happens. */
enum MHD_Result web_console_upgrade(struct web_consoles *wc, struct MHD_Connection *c,
				    const char *accept);

#endif
