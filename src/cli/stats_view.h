/* Statistics as text (docs/monitoring.md): `rvisor vm stats` and the
 * number formats `rvisor top` and `rvisor events` share. */
#ifndef RVISOR_CLI_STATS_VIEW_H
#define RVISOR_CLI_STATS_VIEW_H

#include <jansson.h>
#include <stddef.h>

/* One VM's statistics (docs/api/daemon.yaml VmStats) to stdout. */
void stats_print(const json_t *s);
/* o[k] as a number, or dflt when it is not one. */
double stats_num(const json_t *o, const char *k, double dflt);
/* b bytes as "512 B", "1.5 MiB", ... */
void stats_fmt_bytes(double b, char *out, size_t n);

#endif
