/* Subcommands of the rvisor binary. */
#ifndef RVISOR_CLI_CLI_H
#define RVISOR_CLI_CLI_H

#include <stdbool.h>
#include <stdint.h>

#define RVISOR_VERSION "0.1.0"

/* vm_archive.c: `vm export` (export true) and `vm import`. */
int cmd_vm_archive(bool export, int argc, char **argv);
/* vm_migrate.c: `vm migrate` (to another daemon). */
int cmd_vm_migrate(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_ctl(int argc, char **argv);	 /* ctl.c */
int cmd_img(int argc, char **argv);	 /* img.c */
int cmd_vm(int argc, char **argv);	 /* vm.c */
int cmd_vm_clone(int argc, char **argv); /* vm_clone.c */
int cmd_volume(int argc, char **argv);	 /* volume.c */
int cmd_snapshot(int argc, char **argv); /* snapshot_cmd.c */
int cmd_daemon(int argc, char **argv);	 /* daemon.c */
int cmd_keeper(int argc, char **argv);	 /* daemon.c */
int cmd_spare(int argc, char **argv);	 /* daemon.c */
int cmd_image(int argc, char **argv);	 /* image.c */
int cmd_events(int argc, char **argv);	 /* events.c */
int cmd_top(int argc, char **argv);	 /* top.c */

#endif
