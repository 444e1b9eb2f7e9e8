/* JIT code cache (memfd mapped RW + RX, flushed when full) and the dispatcher that chains
 * translated blocks. */
#include "cpu/jit/jit.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cpu/block.h"
#include "cpu/hart.h"

bool cpu_engine_parse(const char *s, enum cpu_engine *out)
{
	if (!strcmp(s, "interp")) {
		*out = CPU_ENGINE_INTERP;
		return true;
	}
	if (!strcmp(s, "jit")) {
		*out = CPU_ENGINE_JIT;
		return true;
	}
	return false;
}

const char *cpu_engine_name(enum cpu_engine e)
{
	return e == CPU_ENGINE_JIT ? "jit" : "interp";
}

#if defined(__x86_64__)

#define CODE_SIZE (8u << 20)
#ifndef JIT_HOT_DEFAULT /* -DJIT_HOT_DEFAULT=1 translates every block (testing) */
#define JIT_HOT_DEFAULT 64
#endif
_Static_assert(JIT_HOT_DEFAULT >= 1 && JIT_HOT_DEFAULT <= JIT_HOT_MAX, "a block's heat is a byte");
#define COPIES_MAX (128u << 10) /* struct insn entries: 2 per helper call */

int jit_attach(struct hart *h, char *msg, size_t msg_size)
{
	struct jit *j = calloc(1, sizeof(*j));
	if (!j) {
		snprintf(msg, msg_size, "JIT: cannot allocate its state: %s", strerror(errno));
		return -1;
	}
	j->fd = -1;
	j->rw = j->rx = MAP_FAILED;
	j->copies = MAP_FAILED;
	j->size = CODE_SIZE;
	j->hot = JIT_HOT_DEFAULT;
	j->fma = __builtin_cpu_supports("fma");
	j->bmi2 = __builtin_cpu_supports("bmi2");
	jit_map_default(j);
	const char *what = "memfd_create";
	j->fd = memfd_create("rvisor-jit", MFD_CLOEXEC);
	if (j->fd < 0)
		goto fail;
	what = "ftruncate of the code memfd";
	if (ftruncate(j->fd, (off_t)j->size) < 0)
		goto fail;
	/* W^X: the translator writes through one view, the code runs from
	 * the other; no page is writable and executable at once. */
	what = "mmap of the code cache (read-write view)";
	j->rw = mmap(NULL, j->size, PROT_READ | PROT_WRITE, MAP_SHARED, j->fd, 0);
	if (j->rw == MAP_FAILED)
		goto fail;
	what = "mmap of the code cache (executable view)";
	j->rx = mmap(NULL, j->size, PROT_READ | PROT_EXEC, MAP_SHARED, j->fd, 0);
	if (j->rx == MAP_FAILED)
		goto fail;
	what = "mmap of the handler copies";
	j->ncopies_max = COPIES_MAX;
	j->copies = mmap(NULL, j->ncopies_max * sizeof(struct insn), PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (j->copies == MAP_FAILED)
		goto fail;
	h->jit = j;
	hart_flush_blocks(h); /* blocks decoded before have no translation slot set */
	return 0;
fail:;
	int errnum = errno;
	snprintf(msg, msg_size, "JIT: %s failed: %s", what, strerror(errnum));
	h->jit = j;
	jit_detach(h);
	errno = errnum;
	return -1;
}

int jit_attach_kept(struct hart *h, struct jit **keep, char *msg, size_t msg_size)
{
	if (!keep || !*keep)
		return jit_attach(h, msg, msg_size);
	struct jit *j = *keep;
	*keep = NULL;
	jit_flush(j); /* nothing of the previous machine's code survives */
	j->stat_translated = j->stat_flushes = j->stat_exits = j->stat_remaps = 0;
	j->hot = JIT_HOT_DEFAULT;
	jit_map_default(j); /* the same choices as in a fresh machine */
	j->fma = __builtin_cpu_supports("fma");
	j->bmi2 = __builtin_cpu_supports("bmi2");
	h->jit = j;
	hart_flush_blocks(h);
	return 0;
}

void jit_keep(struct hart *h, struct jit **keep)
{
	if (h->jit && keep && !*keep) {
		*keep = h->jit;
		h->jit = NULL;
	}
}

void jit_detach(struct hart *h)
{
	jit_free(h->jit);
	h->jit = NULL;
}

void jit_set_hot(struct hart *h, unsigned hot)
{
	if (h->jit && hot >= 1 && hot <= JIT_HOT_MAX)
		h->jit->hot = hot;
}

void jit_free(struct jit *j)
{
	if (!j)
		return;
	if (j->rw != MAP_FAILED)
		munmap(j->rw, j->size);
	if (j->rx != MAP_FAILED)
		munmap(j->rx, j->size);
	if (j->copies != MAP_FAILED)
		munmap(j->copies, j->ncopies_max * sizeof(struct insn));
	if (j->fd >= 0)
		close(j->fd);
	free(j->scratch);
	free(j);
}

void jit_flush(struct jit *j)
{
	j->used = 0;
	j->ncopies = 0;
	j->stat_flushes++;
	memset(j->map_memo, 0, sizeof(j->map_memo)); /* the blocks go */
}

void jit_reserve(struct hart *h)
{
	struct jit *j = h->jit;
	if (j->used + JIT_BLOCK_RESERVE > j->size ||
	    j->ncopies + 2 * JIT_BLOCK_MAX_INSNS > j->ncopies_max)
		hart_flush_blocks(h); /* calls jit_flush */
}

typedef struct insn *(*jit_entry)(struct hart *h);

void jit_run(struct hart *h, struct block *b)
{
	struct bus *bus = h->bus;
	struct jit *j = h->jit;
	if (!b->jit)
		b->jit = jit_translate(h, b);
	for (;;) {
		/* Translated code checks only jit_limit: it is next_check unless
		 * an event is pending. Another thread raises events before it
		 * zeroes the limit (hart_raise), and the store here is a full
		 * barrier before the load of events: either this sees the event,
		 * or that zeroing comes after this store. */
		atomic_store(&h->jit_limit, h->next_check);
		if (atomic_load_explicit(&h->events, memory_order_relaxed))
			atomic_store_explicit(&h->jit_limit, 0, memory_order_relaxed);
		struct insn *slot = ((jit_entry)b->jit)(h);
		j->stat_exits++;
		if (!slot) {
			h->link_slot = NULL;
			return;
		}
		/* Chain under the interpreter's conditions (insn_goto_n). */
		struct block *nb = slot->link;
		if (nb && nb->jit && nb->vpc == h->pc && nb->epoch == h->link_epoch &&
		    !atomic_load_explicit(&h->events, memory_order_relaxed) &&
		    h->instret < h->next_check && nb->gen == bus_page_gen(bus, nb->pa)) {
			j->stat_exits--; /* chained here after all */
			b = nb;
			continue;
		}
		h->link_slot = slot;
		return;
	}
}

#else /* not x86-64: only the interpreter */

int jit_attach(struct hart *h, char *msg, size_t msg_size)
{
	(void)h;
	snprintf(msg, msg_size, "the JIT engine needs an x86-64 host; use --cpu-engine interp");
	errno = ENOTSUP;
	return -1;
}
void jit_detach(struct hart *h)
{
	(void)h;
}
int jit_attach_kept(struct hart *h, struct jit **keep, char *msg, size_t msg_size)
{
	(void)keep;
	return jit_attach(h, msg, msg_size);
}
void jit_keep(struct hart *h, struct jit **keep)
{
	(void)h;
	(void)keep;
}
void jit_set_hot(struct hart *h, unsigned hot)
{
	(void)h;
	(void)hot;
}
void jit_free(struct jit *j)
{
	(void)j;
}
void jit_flush(struct jit *j)
{
	(void)j;
}
void jit_reserve(struct hart *h)
{
	(void)h;
}
void jit_run(struct hart *h, struct block *b)
{
	(void)h;
	(void)b;
}
void *jit_translate(struct hart *h, struct block *b)
{
	(void)h;
	(void)b;
	return NULL;
}

#endif
