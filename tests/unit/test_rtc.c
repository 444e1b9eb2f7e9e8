/* Goldfish RTC unit test: time close to the host clock, setting the time,
 * alarms and their interrupt, odd accesses, save/load of the offset. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "vmfixture.h"
#include "machine/board.h"
#include "machine/rtc.h"
#include "state/stream.h"
#include "vmm/vm.h"

#define R VIRT_RTC_BASE
#define PLIC_PRIO(irq) (VIRT_PLIC_BASE + 4 * (irq))
#define PLIC_ENABLE(ctx) (VIRT_PLIC_BASE + 0x2000 + 0x80 * (ctx))

static uint64_t rd(struct vm *vm, uint64_t pa)
{
	return bus_rd(vm, pa, 4);
}

static void wr(struct vm *vm, uint64_t pa, uint64_t v)
{
	bus_wr(vm, pa, 4, v);
}

static uint64_t rtc_time(struct vm *vm)
{
	uint64_t lo = rd(vm, R + RTC_TIME_LOW);
	return rd(vm, R + RTC_TIME_HIGH) << 32 | lo;
}

static int64_t host_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static bool seip(struct vm *vm)
{
	return (atomic_load(&vm->harts[0]->mip) & MIP_SEIP) != 0;
}

/* Wait up to 2 s for the S-mode external interrupt line to reach `level`. */
static bool wait_seip(struct vm *vm, bool level)
{
	for (int k = 0; k < 2000; k++) {
		if (seip(vm) == level)
			return true;
		usleep(1000);
	}
	return false;
}

static void test_time_and_alarm(void)
{
	struct vm *vm = new_vm(1);
	struct board *b = board_create(&vm->env, -1, -1, NULL);
	CHECK(b != NULL);

	int64_t diff = (int64_t)rtc_time(vm) - host_ns();
	CHECK(diff > -1000000000LL && diff < 1000000000LL);

	/* Set the time: TIME_HIGH then TIME_LOW. */
	uint64_t want = 946684800ULL * 1000000000ULL; /* 2000-01-01 */
	wr(vm, R + RTC_TIME_HIGH, want >> 32);
	wr(vm, R + RTC_TIME_LOW, (uint32_t)want);
	uint64_t now = rtc_time(vm);
	CHECK(now >= want && now < want + 1000000000ULL);

	/* Route irq 11 to hart 0 S-mode. */
	wr(vm, PLIC_PRIO(VIRT_RTC_IRQ), 1);
	wr(vm, PLIC_ENABLE(1), 1u << VIRT_RTC_IRQ);
	wr(vm, R + RTC_IRQ_ENABLED, 1);
	CHECK_EQ_U64(rd(vm, R + RTC_IRQ_ENABLED), 1);

	/* An alarm 50 ms ahead fires through the PLIC. */
	uint64_t alarm = rtc_time(vm) + 50000000ULL;
	wr(vm, R + RTC_ALARM_HIGH, alarm >> 32);
	wr(vm, R + RTC_ALARM_LOW, (uint32_t)alarm);
	CHECK_EQ_U64(rd(vm, R + RTC_ALARM_STATUS), 1);
	CHECK_EQ_U64(rd(vm, R + RTC_ALARM_LOW), (uint32_t)alarm);
	CHECK_EQ_U64(rd(vm, R + RTC_ALARM_HIGH), alarm >> 32);
	CHECK(!seip(vm));
	CHECK(wait_seip(vm, true));
	CHECK(rtc_time(vm) >= alarm);
	CHECK_EQ_U64(rd(vm, R + RTC_ALARM_STATUS), 0);
	wr(vm, R + RTC_CLEAR_INTERRUPT, 1);
	CHECK(!seip(vm));

	/* An alarm in the past fires at once; masking hides it. */
	wr(vm, R + RTC_IRQ_ENABLED, 0);
	wr(vm, R + RTC_ALARM_HIGH, 0);
	wr(vm, R + RTC_ALARM_LOW, 1);
	CHECK(!seip(vm));
	wr(vm, R + RTC_IRQ_ENABLED, 1);
	CHECK(seip(vm));
	wr(vm, R + RTC_CLEAR_INTERRUPT, 1);
	CHECK(!seip(vm));

	/* A cleared alarm never fires. */
	alarm = rtc_time(vm) + 30000000ULL;
	wr(vm, R + RTC_ALARM_HIGH, alarm >> 32);
	wr(vm, R + RTC_ALARM_LOW, (uint32_t)alarm);
	wr(vm, R + RTC_CLEAR_ALARM, 1);
	CHECK_EQ_U64(rd(vm, R + RTC_ALARM_STATUS), 0);
	usleep(80000);
	CHECK(!seip(vm));

	/* A far-future alarm does not spin or fire. */
	wr(vm, R + RTC_ALARM_HIGH, 0xffffffff);
	wr(vm, R + RTC_ALARM_LOW, 0xffffffff);
	usleep(20000);
	CHECK(!seip(vm));
	CHECK_EQ_U64(rd(vm, R + RTC_ALARM_STATUS), 1);

	/* Odd accesses. */
	uint64_t v;
	CHECK(!bus_read(&vm->bus, R + RTC_TIME_LOW, 8, &v));
	CHECK(!bus_read(&vm->bus, R + 2, 4, &v));
	CHECK(!bus_write(&vm->bus, R + RTC_TIME_LOW, 1, 0));
	CHECK_EQ_U64(rd(vm, R + 0x20), 0);
	CHECK_EQ_U64(rd(vm, R + 0xffc), 0);
	wr(vm, R + 0x800, 5);

	board_destroy(b);
	free_vm(vm);
}

static void test_save_load(void)
{
	struct vm *vm = new_vm(1);
	struct board *b = board_create(&vm->env, -1, -1, NULL);
	uint64_t want = 946684800ULL * 1000000000ULL;
	wr(vm, R + RTC_TIME_HIGH, want >> 32);
	wr(vm, R + RTC_TIME_LOW, (uint32_t)want);
	wr(vm, R + RTC_IRQ_ENABLED, 1);
	uint64_t alarm = want + 3600ULL * 1000000000ULL;
	wr(vm, R + RTC_ALARM_HIGH, alarm >> 32);
	wr(vm, R + RTC_ALARM_LOW, (uint32_t)alarm);
	struct ss_writer w;
	ss_writer_init(&w);
	CHECK(board_save(b, &w) == 0);
	ss_write_end(&w);

	struct vm *vm2 = new_vm(1);
	struct board *b2 = board_create(&vm2->env, -1, -1, NULL);
	size_t off = 0;
	struct ss_reader r;
	char err[160] = "";
	bool found = false;
	while (ss_next_section(w.buf, w.len, &off, &r, err, sizeof(err)) == 1) {
		if (r.id != SS_ID('G', 'R', 'T', 'C'))
			continue;
		found = true;
		struct ss_reader t = r;
		t.len -= 1;
		CHECK(board_load_section(b2, &t, true, err, sizeof(err)) == -1);
		CHECK(strstr(err, "RTC") != NULL);
		CHECK(rtc_time(vm2) > want + 20ULL * 365 * 86400 * 1000000000ULL); /* unchanged */
		CHECK(board_load(b2, &r) == 0);
	}
	CHECK(found);
	uint64_t now = rtc_time(vm2);
	CHECK(now >= want && now < want + 2000000000ULL);
	CHECK_EQ_U64(rd(vm2, R + RTC_IRQ_ENABLED), 1);
	CHECK_EQ_U64(rd(vm2, R + RTC_ALARM_STATUS), 1);
	CHECK_EQ_U64(rd(vm2, R + RTC_ALARM_LOW), (uint32_t)alarm);
	CHECK_EQ_U64(rd(vm2, R + RTC_ALARM_HIGH), alarm >> 32);
	ss_writer_free(&w);
	board_destroy(b2);
	free_vm(vm2);
	board_destroy(b);
	free_vm(vm);
}

int main(void)
{
	test_time_and_alarm();
	test_save_load();
	CHECK_DONE();
}
