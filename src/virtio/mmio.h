/* virtio-mmio transport, version 2 (virtio 1.2 §4.2), and the interface a
 * virtio device model implements (kvmtool style: one file per device).
 *
 * The transport owns the MMIO registers, feature negotiation, the queues'
 * configuration, the interrupt line, the device's "virtio,mmio" FDT node and
 * its state section. Queue notifications (a vCPU's MMIO write) only wake the
 * transport's I/O thread; the device's queue_notify hook runs there, with the
 * queue's lock held, so a device processes requests off the vCPU threads and
 * a reset or a save waits for the request in flight (drain).
 *
 * Locks, in order: t->lock (registers) -> q->lock (one per queue, held while
 * the device processes that queue) -> t->irq_lock (leaf). The I/O thread
 * never takes t->lock. */
#ifndef RVISOR_VIRTIO_MMIO_H
#define RVISOR_VIRTIO_MMIO_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "virtio/virtqueue.h"

struct machine_env;
struct board;
struct error;
struct ss_writer;
struct ss_reader;
struct virtio_mmio;

/* Register offsets (virtio 1.2 §4.2.2). */
#define VIRTIO_MMIO_MAGIC_VALUE 0x000
#define VIRTIO_MMIO_VERSION 0x004
#define VIRTIO_MMIO_DEVICE_ID 0x008
#define VIRTIO_MMIO_VENDOR_ID 0x00c
#define VIRTIO_MMIO_DEVICE_FEATURES 0x010
#define VIRTIO_MMIO_DEVICE_FEATURES_SEL 0x014
#define VIRTIO_MMIO_DRIVER_FEATURES 0x020
#define VIRTIO_MMIO_DRIVER_FEATURES_SEL 0x024
#define VIRTIO_MMIO_QUEUE_SEL 0x030
#define VIRTIO_MMIO_QUEUE_NUM_MAX 0x034
#define VIRTIO_MMIO_QUEUE_NUM 0x038
#define VIRTIO_MMIO_QUEUE_READY 0x044
#define VIRTIO_MMIO_QUEUE_NOTIFY 0x050
#define VIRTIO_MMIO_INTERRUPT_STATUS 0x060
#define VIRTIO_MMIO_INTERRUPT_ACK 0x064
#define VIRTIO_MMIO_STATUS 0x070
#define VIRTIO_MMIO_QUEUE_DESC_LOW 0x080
#define VIRTIO_MMIO_QUEUE_DESC_HIGH 0x084
#define VIRTIO_MMIO_QUEUE_DRIVER_LOW 0x090
#define VIRTIO_MMIO_QUEUE_DRIVER_HIGH 0x094
#define VIRTIO_MMIO_QUEUE_DEVICE_LOW 0x0a0
#define VIRTIO_MMIO_QUEUE_DEVICE_HIGH 0x0a4
#define VIRTIO_MMIO_SHM_SEL 0x0ac
#define VIRTIO_MMIO_SHM_LEN_LOW 0x0b0
#define VIRTIO_MMIO_SHM_LEN_HIGH 0x0b4
#define VIRTIO_MMIO_SHM_BASE_LOW 0x0b8
#define VIRTIO_MMIO_SHM_BASE_HIGH 0x0bc
#define VIRTIO_MMIO_CONFIG_GENERATION 0x0fc
#define VIRTIO_MMIO_CONFIG 0x100

#define VIRTIO_MMIO_MAGIC 0x74726976u  /* "virt" */
#define VIRTIO_MMIO_VENDOR 0x56525652u /* "RVRV" */

/* Device status bits (§2.1). */
#define VIRTIO_STATUS_ACKNOWLEDGE 1
#define VIRTIO_STATUS_DRIVER 2
#define VIRTIO_STATUS_DRIVER_OK 4
#define VIRTIO_STATUS_FEATURES_OK 8
#define VIRTIO_STATUS_NEEDS_RESET 64
#define VIRTIO_STATUS_FAILED 128

/* InterruptStatus bits. */
#define VIRTIO_INT_USED 1
#define VIRTIO_INT_CONFIG 2

/* Transport-level feature bits (§6). */
#define VIRTIO_F_RING_INDIRECT_DESC 28
#define VIRTIO_F_RING_EVENT_IDX 29
#define VIRTIO_F_VERSION_1 32

#define VIRTIO_MMIO_MAX_QUEUES 8

/* A device model. Every hook gets the device pointer given to
 * virtio_mmio_create. */
struct virtio_dev_ops {
	const char *name;
	uint32_t device_id;   /* virtio device ID (2 = block) */
	uint64_t features;    /* device-specific feature bits offered */
	unsigned nqueues;     /* 1..VIRTIO_MMIO_MAX_QUEUES */
	uint32_t config_size; /* bytes of device config space */
	/* Config space access (t->lock held), off + size <= config_size. */
	uint64_t (*config_read)(void *dev, uint32_t off, unsigned size);
	void (*config_write)(void *dev, uint32_t off, unsigned size, uint64_t val);
	/* Process queue q (on the I/O thread, the queue's lock held). Use
	 * virtio_mmio_queue_* to pop, complete and signal. */
	void (*queue_notify)(void *dev, struct virtio_mmio *t, unsigned q);
	/* The driver reset the device (all queues idle). May be NULL. */
	void (*reset)(void *dev);
	/* Device state inside the transport's section; load validates into
	 * temporaries and applies only when apply. May be NULL (no state). */
	uint32_t state_version;
	int (*save)(void *dev, struct ss_writer *w);
	int (*load)(void *dev, struct ss_reader *r, bool apply, char *err, size_t errlen);
	/* Free the device (after the transport stopped its thread). */
	void (*destroy)(void *dev);
};

struct virtio_queue {
	pthread_mutex_t lock; /* held while the device processes this queue */
	struct virtq vq;
	bool ready;
};

struct virtio_mmio {
	const struct machine_env *env; /* the board's narrow context */
	struct board *board;
	unsigned slot, irq;
	uint64_t base;
	const struct virtio_dev_ops *ops;
	void *dev;

	pthread_mutex_t lock; /* registers below */
	uint32_t status;
	uint32_t device_features_sel, driver_features_sel, queue_sel;
	uint64_t driver_features;
	uint32_t config_generation;
	struct virtio_queue q[VIRTIO_MMIO_MAX_QUEUES];

	/* Interrupt status: changed under irq_lock with the line level. */
	pthread_mutex_t irq_lock;
	uint32_t isr;

	/* The device broke (bad chain...): DEVICE_NEEDS_RESET until reset. */
	atomic_bool needs_reset;
	atomic_uint warned; /* bit per message kind logged once */

	/* I/O thread. */
	pthread_t thread;
	bool thread_started;
	pthread_mutex_t wlock;
	pthread_cond_t wcond;
	pthread_cond_t idle_cond;		   /* signalled when the thread goes idle */
	uint32_t pending;			   /* queues kicked (bit per queue), under wlock */
	uint64_t timer_ns[VIRTIO_MMIO_MAX_QUEUES]; /* kick_after deadlines, 0 = none */
	bool busy;				   /* processing kicks taken from pending */
	bool frozen;				   /* virtio_mmio_freeze: process nothing */
	bool stop;
	/* frozen || stop, readable without wlock: a device working through a
	 * long request checks it between slices (virtio_mmio_should_yield). */
	atomic_bool yield;

	/* Counters. */
	atomic_ullong stat_notifies, stat_interrupts;

	/* Tests only (NULL otherwise): called on the I/O thread where a lost
	 * wake-up would hide, after the serve loop found the ring empty and
	 * before it re-enables kicks, and after a push before the interrupt
	 * decision. A stress test delays there to widen those windows from a
	 * few instructions to microseconds (tests/unit/test_virtio_stress.c). */
	void (*race_hook)(struct virtio_mmio *t);
};

/* Create a transport in `slot` (0..VIRT_VIRTIO_COUNT-1) for a device, map
 * its MMIO, start its I/O thread and register it with the board (FDT node,
 * state section, teardown). On failure calls ops->destroy(dev) and returns
 * NULL with e set. */
struct virtio_mmio *virtio_mmio_create(struct board *b, unsigned slot,
				       const struct virtio_dev_ops *ops, void *dev,
				       struct error *e);

/* --- For device models (on the I/O thread, inside queue_notify) --- */

/* The queue's ring (valid inside queue_notify). */
struct virtq *virtio_mmio_vq(struct virtio_mmio *t, unsigned q);
/* True when the driver negotiated device feature `bit`. */
bool virtio_mmio_has_feature(struct virtio_mmio *t, unsigned bit);
/* The request loop of a device: pop each available chain of queue q and
 * hand it to fn, with kicks suppressed while working and the race with a
 * last-moment kick closed. fn returns the bytes it wrote into the chain
 * (>= 0: the chain is pushed to the used ring), VIRTIO_CHAIN_BAD (the
 * driver broke the protocol: DEVICE_NEEDS_RESET, `bad` is logged),
 * VIRTIO_CHAIN_STOP (the device cannot take it now, e.g. no received frame
 * or a rate limit: the chain goes back to the ring and the loop ends; the
 * device arranges its own retry, e.g. virtio_mmio_kick_after), or
 * VIRTIO_CHAIN_YIELD (the device stopped part-way because
 * virtio_mmio_should_yield said so: the chain goes back to the ring, not
 * consumed, and the queue is processed again after the thaw). The loop
 * also stops before popping a chain once a freeze is requested, so a
 * freeze waits for one slice of one request, never for a whole ring.
 * Raises the used interrupt when the driver wants one. Returns the number
 * of chains pushed. */
#define VIRTIO_CHAIN_BAD (-1L)
#define VIRTIO_CHAIN_STOP (-2L)
#define VIRTIO_CHAIN_YIELD (-3L)
typedef long (*virtio_chain_fn)(void *dev, struct virtq *vq, struct virtq_chain *c);
unsigned virtio_mmio_serve(struct virtio_mmio *t, unsigned q, struct virtq_chain *c,
			   virtio_chain_fn fn, void *dev, const char *bad);
/* Have queue q processed (its queue_notify run) on the I/O thread soon,
 * as if the driver had kicked it: for work that arrives from the host side
 * (a received frame, a socket that became readable). Any thread. */
void virtio_mmio_kick(struct virtio_mmio *t, unsigned q);
/* The same after delay_ns (CLOCK_MONOTONIC), e.g. when a rate limit has
 * no tokens left. One timer per queue; an earlier request replaces a
 * later one. Any thread. */
void virtio_mmio_kick_after(struct virtio_mmio *t, unsigned q, uint64_t delay_ns);
/* Raise the used-buffer interrupt if the driver wants one for what was
 * pushed since the last call. */
void virtio_mmio_notify_used(struct virtio_mmio *t, unsigned q);
/* The driver broke the protocol: set DEVICE_NEEDS_RESET, raise a
 * configuration-change interrupt, log `why` (once per kind). */
void virtio_mmio_set_needs_reset(struct virtio_mmio *t, const char *why);
/* The device changed its config space on its own (e.g. a new balloon
 * target): bump ConfigGeneration and raise the configuration-change
 * interrupt if the driver is running. Takes t->lock: call it from a host
 * thread (API), never from queue_notify or a config hook. */
void virtio_mmio_config_changed(struct virtio_mmio *t);
/* True once a freeze (or the device's teardown) was requested: a device
 * in the middle of a long request stops at the end of its current slice
 * and returns VIRTIO_CHAIN_YIELD. Cheap (one atomic load). */
bool virtio_mmio_should_yield(struct virtio_mmio *t);
/* Log a message once per (transport, kind) (kind 0..31). */
void virtio_mmio_warn_once(struct virtio_mmio *t, unsigned kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Is the device usable (not needing a reset)? */
bool virtio_mmio_broken(struct virtio_mmio *t);

/* Block until the I/O thread has no kick pending and no request in flight
 * (tests, save); while frozen, until no request is in flight. */
void virtio_mmio_drain(struct virtio_mmio *t);

/* Snapshots: freeze stops the device touching guest RAM or its disk. It
 * waits until the I/O thread is idle: the chain being processed either
 * completes or, for a long one, stops at the end of its current slice and
 * goes back to the ring unconsumed (VIRTIO_CHAIN_YIELD), so the wait is
 * bounded by one slice (~1 MiB of I/O), not by the request or the ring.
 * Later kicks are only remembered. A consistent snapshot is: pause the
 * vCPUs, freeze every virtio device, save devices and RAM (in any order),
 * thaw. Thaw (frozen = false) runs the kicks that arrived meanwhile and
 * the queues that yielded. */
void virtio_mmio_freeze(struct virtio_mmio *t, bool frozen);
/* The same for every virtio-mmio device on a board. */
void virtio_mmio_freeze_all(struct board *b, bool frozen);

extern const struct board_dev_ops virtio_mmio_board_ops;

#endif
