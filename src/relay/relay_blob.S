/* The relay program (relay.c, built as RELAY_ELF by the Makefile) inside
 * rvisor: vmm/sandbox_pid.c writes it to a memfd and execs it. */
	.section .rodata
	.balign 16
	.globl sandbox_relay_elf
	.globl sandbox_relay_elf_end
sandbox_relay_elf:
	.incbin RELAY_ELF
sandbox_relay_elf_end:
	.section .note.GNU-stack,"",@progbits
