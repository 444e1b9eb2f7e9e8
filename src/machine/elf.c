/* ELF64 RISC-V loader: validates every offset against the file size. */
#include "machine/elf.h"

#include <elf.h>
#include <stdio.h>
#include <string.h>

bool elf_is_elf(const uint8_t *buf, size_t len)
{
	return len >= 4 && memcmp(buf, ELFMAG, SELFMAG) == 0;
}

static bool range_ok(uint64_t off, uint64_t size, size_t len)
{
	return off <= len && size <= len - off;
}

static void find_symbols(const uint8_t *buf, size_t len, const Elf64_Ehdr *eh,
			 struct elf_image *img)
{
	if (eh->e_shoff == 0 || eh->e_shentsize != sizeof(Elf64_Shdr) ||
	    !range_ok(eh->e_shoff, (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr), len))
		return;
	const Elf64_Shdr *sh = (const Elf64_Shdr *)(buf + eh->e_shoff);
	for (unsigned k = 0; k < eh->e_shnum; k++) {
		if (sh[k].sh_type != SHT_SYMTAB || sh[k].sh_entsize != sizeof(Elf64_Sym) ||
		    sh[k].sh_link >= eh->e_shnum)
			continue;
		const Elf64_Shdr *strs = &sh[sh[k].sh_link];
		if (!range_ok(sh[k].sh_offset, sh[k].sh_size, len) ||
		    !range_ok(strs->sh_offset, strs->sh_size, len))
			continue;
		const Elf64_Sym *sym = (const Elf64_Sym *)(buf + sh[k].sh_offset);
		size_t nsym = sh[k].sh_size / sizeof(Elf64_Sym);
		const char *str = (const char *)(buf + strs->sh_offset);
		for (size_t s = 0; s < nsym; s++) {
			if (sym[s].st_name >= strs->sh_size)
				continue;
			const char *name = str + sym[s].st_name;
			size_t maxlen = strs->sh_size - sym[s].st_name;
			if (strnlen(name, maxlen) == maxlen)
				continue;
			if (strcmp(name, "tohost") == 0) {
				img->has_tohost = true;
				img->tohost = sym[s].st_value;
			} else if (strcmp(name, "fromhost") == 0) {
				img->has_fromhost = true;
				img->fromhost = sym[s].st_value;
			}
		}
	}
}

int elf_load(struct bus *bus, const uint8_t *buf, size_t len, struct elf_image *img, char *err,
	     size_t errlen)
{
	memset(img, 0, sizeof(*img));
	if (len < sizeof(Elf64_Ehdr) || !elf_is_elf(buf, len)) {
		snprintf(err, errlen, "not an ELF file");
		return -1;
	}
	const Elf64_Ehdr *eh = (const Elf64_Ehdr *)buf;
	if (eh->e_ident[EI_CLASS] != ELFCLASS64) {
		snprintf(err, errlen, "not a 64-bit ELF file");
		return -1;
	}
	if (eh->e_ident[EI_DATA] != ELFDATA2LSB) {
		snprintf(err, errlen, "not a little-endian ELF file");
		return -1;
	}
	if (eh->e_machine != EM_RISCV) {
		snprintf(err, errlen, "ELF machine is %u, not RISC-V (%u)", eh->e_machine,
			 EM_RISCV);
		return -1;
	}
	if (eh->e_type != ET_EXEC && eh->e_type != ET_DYN) {
		snprintf(err, errlen, "ELF file is not an executable (type %u)", eh->e_type);
		return -1;
	}
	if (eh->e_phentsize != sizeof(Elf64_Phdr) ||
	    !range_ok(eh->e_phoff, (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr), len)) {
		snprintf(err, errlen, "ELF program headers are truncated or malformed");
		return -1;
	}
	const Elf64_Phdr *ph = (const Elf64_Phdr *)(buf + eh->e_phoff);
	unsigned nload = 0;
	img->lowest = UINT64_MAX;
	/* Validate everything before writing guest memory. */
	for (unsigned k = 0; k < eh->e_phnum; k++) {
		if (ph[k].p_type != PT_LOAD || ph[k].p_memsz == 0)
			continue;
		if (ph[k].p_filesz > ph[k].p_memsz ||
		    !range_ok(ph[k].p_offset, ph[k].p_filesz, len)) {
			snprintf(
			    err, errlen,
			    "segment %u is truncated (offset %#llx, size %#llx, file %zu bytes)", k,
			    (unsigned long long)ph[k].p_offset, (unsigned long long)ph[k].p_filesz,
			    len);
			return -1;
		}
		if (!bus_is_ram(bus, ph[k].p_paddr, ph[k].p_memsz)) {
			snprintf(err, errlen,
				 "segment %u at %#llx..%#llx is outside guest RAM (%#llx..%#llx)",
				 k, (unsigned long long)ph[k].p_paddr,
				 (unsigned long long)(ph[k].p_paddr + ph[k].p_memsz),
				 (unsigned long long)bus->ram_base,
				 (unsigned long long)(bus->ram_base + bus->ram_size));
			return -1;
		}
		nload++;
	}
	if (nload == 0) {
		snprintf(err, errlen, "ELF file has no loadable segments");
		return -1;
	}
	for (unsigned k = 0; k < eh->e_phnum; k++) {
		if (ph[k].p_type != PT_LOAD || ph[k].p_memsz == 0)
			continue;
		uint8_t *dst = bus_ram_ptr(bus, ph[k].p_paddr, ph[k].p_memsz);
		memcpy(dst, buf + ph[k].p_offset, ph[k].p_filesz);
		memset(dst + ph[k].p_filesz, 0, ph[k].p_memsz - ph[k].p_filesz);
		bus_note_write(bus, ph[k].p_paddr, ph[k].p_memsz);
		if (ph[k].p_paddr < img->lowest)
			img->lowest = ph[k].p_paddr;
		if (ph[k].p_paddr + ph[k].p_memsz > img->highest)
			img->highest = ph[k].p_paddr + ph[k].p_memsz;
	}
	/* A kernel linked at virtual addresses enters at the physical address
	 * its entry's segment was loaded to. */
	img->entry = eh->e_entry;
	for (unsigned k = 0; k < eh->e_phnum; k++) {
		if (ph[k].p_type == PT_LOAD && eh->e_entry >= ph[k].p_vaddr &&
		    eh->e_entry - ph[k].p_vaddr < ph[k].p_memsz) {
			img->entry = eh->e_entry - ph[k].p_vaddr + ph[k].p_paddr;
			break;
		}
	}
	find_symbols(buf, len, eh, img);
	return 0;
}
