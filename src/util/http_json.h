/* JSON answers of the libmicrohttpd servers (the per-VM API, the daemon's
 * API and its web listener): one way to turn a jansson value into a
 * response and queue it. */
#ifndef RVISOR_UTIL_HTTP_JSON_H
#define RVISOR_UTIL_HTTP_JSON_H

#include <jansson.h>
#include <stdarg.h>
#include <microhttpd.h>

/* A response whose body is j's compact JSON text (j is consumed; NULL, or
 * a value that cannot be dumped, gives an empty body), with Content-Type
 * application/json when the body is not empty. NULL when out of memory. */
struct MHD_Response *http_json_response(json_t *j);

/* Queues r with status and lets go of it; MHD_NO for a NULL r. */
enum MHD_Result http_queue(struct MHD_Connection *c, unsigned status, struct MHD_Response *r);

/* http_queue(c, status, http_json_response(j)). */
enum MHD_Result http_send_json(struct MHD_Connection *c, unsigned status, json_t *j);

/* A fault answer: {"fault_message": the formatted text} (its bytes that
 * are not ASCII become '?' when the text is not UTF-8; "out of memory"
 * when it cannot be formatted). */
enum MHD_Result http_send_faultv(struct MHD_Connection *c, unsigned status, const char *fmt,
				 va_list ap) __attribute__((format(printf, 3, 0)));

#endif
