/* Post-copy on the destination: userfaultfd on guest RAM, demand pages
 * asked from the source, pushed pages placed atomically (docs/migration.md). */
#include "vmm/postcopy.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/userfaultfd.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "mem/bus.h"
#include "util/thread.h"
#include "vmm/migrate_out.h"
#include "vmm/migrate_wire.h"

#define PEER "migration source"
/* A fault asks for this many missing pages from the one touched on (the
 * guest often walks on): fewer round trips, each still small. */
#define PREQ_AHEAD 16u

static double ms_since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) * 1e-6;
}

static bool bit(const uint64_t *b, uint64_t k)
{
	return b[k / 64] >> (k % 64) & 1;
}

void postcopy_in_init(struct postcopy_in *pc)
{
	memset(pc, 0, sizeof(*pc));
	pc->uffd = pc->rfd = pc->wfd = pc->stop_fd = -1;
	pthread_mutex_init(&pc->lock, NULL);
}

int postcopy_open_device(void)
{
	return open("/dev/userfaultfd", O_RDWR | O_CLOEXEC);
}

int postcopy_uffd_open(int dev_fd, struct error *e)
{
	int fd = dev_fd >= 0 ? ioctl(dev_fd, USERFAULTFD_IOC_NEW, O_CLOEXEC | O_NONBLOCK)
			     : (int)syscall(SYS_userfaultfd, O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		int err = errno;
		if (err == EPERM || err == EACCES)
			return err_set(
			    e, ERR_UNSUPPORTED,
			    "post-copy needs userfaultfd for all page faults (the devices' "
			    "system calls fault on guest RAM too), which this destination may "
			    "not use: run it as root, give its user read-write access to "
			    "/dev/userfaultfd, or set the sysctl vm.unprivileged_userfaultfd=1 "
			    "(%s)",
			    strerror(err));
		return err_errno(e, err, "post-copy: userfaultfd");
	}
	struct uffdio_api api = {.api = UFFD_API};
	if (ioctl(fd, UFFDIO_API, &api) < 0) {
		int err = errno;
		close(fd);
		return err_errno(e, err, "post-copy: userfaultfd API handshake");
	}
	return fd;
}

int postcopy_in_arm(struct postcopy_in *pc, uint8_t *ram, uint64_t ram_size, int ram_fd,
		    uint64_t *missing, int dev_fd, struct error *e)
{
	pc->ram = ram;
	pc->npages = ram_size >> PAGE_SHIFT;
	pc->missing = missing;
	pc->requested = calloc((pc->npages + 63) / 64, sizeof(uint64_t));
	if (!pc->requested)
		return err_errno(e, ENOMEM, "post-copy");
	if (ram_fd < 0)
		return err_set(e, ERR_UNSUPPORTED, "post-copy: guest RAM is not a memfd");
	/* Stale copies out: a missing page is a hole, so touching it faults. */
	uint64_t left = 0;
	for (uint64_t k = 0; k < pc->npages;) {
		if (!bit(missing, k)) {
			k++;
			continue;
		}
		uint64_t end = k + 1;
		while (end < pc->npages && bit(missing, end))
			end++;
		if (fallocate(ram_fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE,
			      (off_t)(k << PAGE_SHIFT), (off_t)((end - k) << PAGE_SHIFT)) < 0)
			return err_errno(e, errno, "post-copy: discarding stale pages");
		left += end - k;
		k = end;
	}
	pc->pages_missing_at_start = pc->pages_left = left;
	pc->uffd = postcopy_uffd_open(dev_fd, e);
	if (pc->uffd < 0)
		return -1;
	struct uffdio_register reg = {.range = {.start = (uintptr_t)ram, .len = ram_size},
				      .mode = UFFDIO_REGISTER_MODE_MISSING};
	if (ioctl(pc->uffd, UFFDIO_REGISTER, &reg) < 0)
		return err_errno(e, errno, "post-copy: registering guest RAM with userfaultfd");
	const uint64_t need = (1ULL << _UFFDIO_COPY) | (1ULL << _UFFDIO_ZEROPAGE);
	if ((reg.ioctls & need) != need)
		return err_set(e, ERR_UNSUPPORTED,
			       "post-copy: this kernel's userfaultfd cannot fill guest RAM (no "
			       "UFFDIO_COPY or UFFDIO_ZEROPAGE on a memfd mapping)");
	pc->stop_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (pc->stop_fd < 0)
		return err_errno(e, errno, "post-copy: eventfd");
	return 0;
}

/* Fill pages [k, k + n) with data (NULL: zeroes) and wake whoever waits
 * on them. A page already there (EEXIST) is left as it is. */
static int fill(struct postcopy_in *pc, uint64_t k, uint64_t n, const uint8_t *data)
{
	uint64_t dst = (uintptr_t)pc->ram + (k << PAGE_SHIFT), len = n << PAGE_SHIFT;
	for (uint64_t done = 0; done < len;) {
		long r;
		if (data) {
			struct uffdio_copy c = {
			    .dst = dst + done, .src = (uintptr_t)data + done, .len = len - done};
			r = ioctl(pc->uffd, UFFDIO_COPY, &c);
			if (r < 0 && c.copy > 0)
				done += (uint64_t)c.copy;
		} else {
			struct uffdio_zeropage z = {
			    .range = {.start = dst + done, .len = len - done}};
			r = ioctl(pc->uffd, UFFDIO_ZEROPAGE, &z);
			if (r < 0 && z.zeropage > 0)
				done += (uint64_t)z.zeropage;
		}
		if (r == 0)
			return 0;
		if (errno == EAGAIN)
			continue; /* the mapping changed meanwhile: the rest again */
		if (errno == EEXIST) {
			/* One page is there already: skip it, wake its waiters. */
			struct uffdio_range w = {.start = dst + done, .len = PAGE_SIZE};
			ioctl(pc->uffd, UFFDIO_WAKE, &w);
			done += PAGE_SIZE;
			continue;
		}
		return -1;
	}
	return 0;
}

/* A RAM frame after GO: its missing pages placed, the others (repeats)
 * ignored: a page the guest has is never overwritten. */
static int place(struct postcopy_in *pc, const struct mig_frame *f, struct error *e)
{
	uint64_t first;
	uint32_t n;
	bool zero;
	if (mig_ram_decode(f->buf, f->len, pc->npages, false, &first, &n, &zero, NULL, e) < 0)
		return -1;
	const uint8_t *data = f->buf + MIG_RAM_HEAD;
	uint64_t placed = 0;
	for (uint64_t k = first; k < first + n;) {
		if (!bit(pc->missing, k)) {
			k++;
			continue;
		}
		uint64_t end = k + 1;
		while (end < first + n && bit(pc->missing, end))
			end++;
		if (fill(pc, k, end - k, zero ? NULL : data + ((k - first) << PAGE_SHIFT)) < 0)
			return err_errno(e, errno, "post-copy: placing pages %llu..+%llu",
					 (unsigned long long)k, (unsigned long long)(end - k));
		for (uint64_t j = k; j < end; j++)
			pc->missing[j / 64] &= ~(1ULL << (j % 64));
		placed += end - k;
		k = end;
	}
	pthread_mutex_lock(&pc->lock);
	pc->pages_left -= placed;
	pc->pages_received += placed;
	pthread_mutex_unlock(&pc->lock);
	return 0;
}

/* One fault: a page never missing (a zero page never sent, or one the
 * balloon gave back) is zero-filled at once; a missing one is asked for,
 * with the missing pages after it, unless it was asked for already. */
static int on_fault(struct postcopy_in *pc, uint64_t addr, bool linked, struct error *e)
{
	uint64_t base = (uintptr_t)pc->ram;
	if (addr < base || addr - base >= pc->npages << PAGE_SHIFT)
		return 0; /* not guest RAM: never registered */
	uint64_t k = (addr - base) >> PAGE_SHIFT;
	pthread_mutex_lock(&pc->lock);
	pc->faults++;
	pthread_mutex_unlock(&pc->lock);
	if (!bit(pc->missing, k)) {
		if (fill(pc, k, 1, NULL) < 0)
			return err_errno(e, errno, "post-copy: zero-filling page %llu",
					 (unsigned long long)k);
		return 0;
	}
	if (bit(pc->requested, k) || !linked)
		return 0; /* on its way, or never coming: the thread waits */
	uint32_t n = 0;
	while (n < PREQ_AHEAD && k + n < pc->npages && bit(pc->missing, k + n) &&
	       !bit(pc->requested, k + n)) {
		pc->requested[(k + n) / 64] |= 1ULL << ((k + n) % 64);
		n++;
	}
	uint8_t req[MIG_PREQ_LEN] = {0};
	mig_put64(req, k);
	mig_put32(req + 8, n);
	if (mig_send(pc->wfd, MIG_PREQ, req, sizeof(req), e) < 0)
		return -1;
	pthread_mutex_lock(&pc->lock);
	pc->pages_requested += n;
	pthread_mutex_unlock(&pc->lock);
	return 0;
}

static int drain_faults(struct postcopy_in *pc, bool linked, struct error *e)
{
	struct uffd_msg msgs[16];
	for (;;) {
		ssize_t r = read(pc->uffd, msgs, sizeof(msgs));
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0 && errno == EAGAIN)
			return 0;
		if (r <= 0)
			return err_errno(e, r < 0 ? errno : EIO, "post-copy: reading page faults");
		for (size_t k = 0; k < (size_t)r / sizeof(msgs[0]); k++)
			if (msgs[k].event == UFFD_EVENT_PAGEFAULT &&
			    on_fault(pc, msgs[k].arg.pagefault.address & ~(PAGE_SIZE - 1), linked,
				     e) < 0)
				return -1;
	}
}

/* The source's frames: RAM (pushed or asked for), then PEND. Returns 1
 * at PEND with every page here, 0 to go on, -1 with e set. */
static int on_frame(struct postcopy_in *pc, struct mig_frame *f, struct error *e)
{
	const uint32_t allowed[] = {MIG_RAM, MIG_PEND};
	if (mig_recv(pc->rfd, f, allowed, 2, PEER, e) < 0)
		return -1;
	if (f->type == MIG_RAM)
		return place(pc, f, e) < 0 ? -1 : 0;
	pthread_mutex_lock(&pc->lock);
	uint64_t left = pc->pages_left;
	pthread_mutex_unlock(&pc->lock);
	if (left)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: PEND with %llu pages never sent",
			       (unsigned long long)left);
	return 1;
}

static void *postcopy_thread(void *arg)
{
	struct postcopy_in *pc = arg;
	struct mig_frame f = {0};
	struct error e = {0};
	bool linked = true, stop = false;
	int rc = 0;
	while (!stop) {
		struct pollfd p[3] = {{.fd = pc->stop_fd, .events = POLLIN},
				      {.fd = pc->uffd, .events = POLLIN},
				      {.fd = linked ? pc->rfd : -1, .events = POLLIN}};
		int r = poll(p, 3, linked ? MIG_IDLE_SECONDS * 1000 : -1);
		if (r < 0 && errno == EINTR)
			continue;
		if (p[0].revents)
			break;
		if (r == 0)
			rc =
			    err_set(&e, ERR_IO, "migration: the source sent nothing for %d seconds",
				    MIG_IDLE_SECONDS);
		if (rc == 0 && (p[1].revents & POLLIN))
			rc = drain_faults(pc, linked, &e);
		if (rc == 0 && linked && p[2].revents) {
			rc = on_frame(pc, &f, &e);
			if (rc == 1) {
				/* Whole: the userfaultfd goes (later faults are
				 * ordinary ones), then the source may go too. */
				close(pc->uffd);
				pc->uffd = -1;
				struct error ignored;
				mig_send(pc->wfd, MIG_PACK, NULL, 0, &ignored);
				if (pc->busy)
					atomic_store(pc->busy, false);
				pthread_mutex_lock(&pc->lock);
				pc->phase = POSTCOPY_IN_DONE;
				pc->total_ms = ms_since(&pc->t_start);
				pthread_mutex_unlock(&pc->lock);
				fprintf(stderr,
					"rvisor: post-copy complete: %llu pages arrived after the "
					"switch-over (%llu asked for) in %.0f ms\n",
					(unsigned long long)pc->pages_received,
					(unsigned long long)pc->pages_requested, pc->total_ms);
				break;
			}
		}
		if (rc < 0 && linked) {
			/* The link is gone: this VM is not whole and never will
			 * be. vCPUs touching a missing page wait in their fault;
			 * faults on pages that are here are still served. */
			linked = false;
			rc = 0;
			mig_send_abort(pc->wfd, e.msg);
			pthread_mutex_lock(&pc->lock);
			pc->phase = POSTCOPY_IN_PAUSED;
			pc->total_ms = ms_since(&pc->t_start);
			snprintf(pc->error, sizeof(pc->error),
				 "post-copy paused: %.2000s; %llu pages of the VM are still at the "
				 "source, and any vCPU touching one waits (stop this process with "
				 "SIGKILL; the source holds the whole VM as it was at the "
				 "switch-over)",
				 e.msg, (unsigned long long)pc->pages_left);
			fprintf(stderr, "rvisor: %s\n", pc->error);
			pthread_mutex_unlock(&pc->lock);
		} else if (rc < 0) {
			/* A userfaultfd failure without the link: nothing more to
			 * do but leave the waiting vCPUs waiting. */
			fprintf(stderr, "rvisor: post-copy: %s\n", e.msg);
			stop = true;
		}
	}
	free(f.buf);
	return NULL;
}

int postcopy_in_start(struct postcopy_in *pc, int rfd, int wfd, struct error *e)
{
	pc->rfd = rfd;
	pc->wfd = wfd;
	clock_gettime(CLOCK_MONOTONIC, &pc->t_start);
	pc->phase = POSTCOPY_IN_RUNNING;
	if (thread_spawn(&pc->thread, postcopy_thread, pc, "migrate-pc") != 0) {
		pc->phase = POSTCOPY_IN_PAUSED;
		return err_set(e, ERR_IO, "post-copy: cannot start its thread");
	}
	pc->thread_started = true;
	return 0;
}

void postcopy_in_status(struct postcopy_in *pc, struct migrate_status *out)
{
	memset(out, 0, sizeof(*out));
	pthread_mutex_lock(&pc->lock);
	out->phase = pc->phase == POSTCOPY_IN_RUNNING  ? MIGRATE_POSTCOPY
		     : pc->phase == POSTCOPY_IN_PAUSED ? MIGRATE_POSTCOPY_PAUSED
						       : MIGRATE_COMPLETED;
	out->incoming = true;
	out->postcopy = true;
	out->postcopy_pages = pc->pages_missing_at_start;
	out->postcopy_pages_left = pc->pages_left;
	out->postcopy_pages_requested = pc->pages_requested;
	out->postcopy_faults = pc->faults;
	out->total_ms = pc->phase == POSTCOPY_IN_RUNNING ? ms_since(&pc->t_start) : pc->total_ms;
	snprintf(out->error, sizeof(out->error), "%s", pc->error);
	pthread_mutex_unlock(&pc->lock);
}

void postcopy_in_stop(struct postcopy_in *pc)
{
	if (pc->thread_started) {
		uint64_t one = 1;
		if (write(pc->stop_fd, &one, sizeof(one)) < 0)
			perror("rvisor: post-copy: stopping its thread");
		pthread_join(pc->thread, NULL);
		pc->thread_started = false;
	}
	/* Closing the userfaultfd would let a waiting vCPU on with a zero
	 * page: only once none can be waiting (the VM's threads are gone). */
	if (pc->uffd >= 0)
		close(pc->uffd);
	if (pc->stop_fd >= 0)
		close(pc->stop_fd);
	free(pc->missing);
	free(pc->requested);
	pthread_mutex_destroy(&pc->lock);
	postcopy_in_init(pc);
}
