/* JSON answers of the libmicrohttpd servers (see http_json.h). */
#include "util/http_json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct MHD_Response *http_json_response(json_t *j)
{
	char *text = j ? json_dumps(j, JSON_COMPACT) : NULL;
	json_decref(j);
	size_t n = text ? strlen(text) : 0;
	struct MHD_Response *r =
	    MHD_create_response_from_buffer(n, text ? text : (char *)"", MHD_RESPMEM_MUST_COPY);
	free(text);
	if (r && n)
		MHD_add_response_header(r, "Content-Type", "application/json");
	return r;
}

enum MHD_Result http_queue(struct MHD_Connection *c, unsigned status, struct MHD_Response *r)
{
	if (!r)
		return MHD_NO;
	enum MHD_Result rc = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return rc;
}

enum MHD_Result http_send_json(struct MHD_Connection *c, unsigned status, json_t *j)
{
	return http_queue(c, status, http_json_response(j));
}

enum MHD_Result http_send_faultv(struct MHD_Connection *c, unsigned status, const char *fmt,
				 va_list ap)
{
	/* Allocated: a message quoting a long path keeps its reason. */
	char *msg = NULL;
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	json_t *m = msg ? json_string(msg) : json_string("out of memory");
	if (!m && msg) {
		/* Not UTF-8 (a path cut inside a character): keep the ASCII. */
		for (char *p = msg; *p; p++)
			if ((unsigned char)*p >= 0x80)
				*p = '?';
		m = json_string(msg);
	}
	free(msg);
	return http_send_json(c, status, m ? json_pack("{s:o}", "fault_message", m) : NULL);
}
