/* TEMPORARY: weak stand-ins until board.c lands; delete this file then. */
#include <libfdt.h>
#include <stdlib.h>

#include "machine/board.h"

static char dummy_board;

__attribute__((weak)) struct board *board_create(struct vm *vm, int in, int out)
{
	(void)vm;
	(void)in;
	(void)out;
	return (struct board *)&dummy_board;
}
__attribute__((weak)) void board_destroy(struct board *b)
{
	(void)b;
}
__attribute__((weak)) void *board_build_fdt(struct board *b, const struct board_fdt_params *p,
					    size_t *size)
{
	(void)b;
	(void)p;
	void *fdt = malloc(4096);
	fdt_create_empty_tree(fdt, 4096);
	*size = 4096;
	return fdt;
}
__attribute__((weak)) int board_console_start(struct board *b)
{
	(void)b;
	return 0;
}
__attribute__((weak)) void board_console_stop(struct board *b)
{
	(void)b;
}
