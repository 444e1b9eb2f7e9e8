/* Goldfish RTC as on QEMU virt: wall-clock time in ns since the Unix epoch
 * (host realtime clock + a guest-settable offset) and a one-shot alarm. */
#ifndef RVISOR_MACHINE_RTC_H
#define RVISOR_MACHINE_RTC_H

#include <stdint.h>

struct machine_env;
struct board;
struct rtc;
struct board_dev_ops;

#define RTC_TIME_LOW 0x00
#define RTC_TIME_HIGH 0x04
#define RTC_ALARM_LOW 0x08
#define RTC_ALARM_HIGH 0x0c
#define RTC_IRQ_ENABLED 0x10
#define RTC_CLEAR_ALARM 0x14
#define RTC_ALARM_STATUS 0x18
#define RTC_CLEAR_INTERRUPT 0x1c

/* Map the RTC at `base` on the guest bus, interrupting through board irq `irq`.
 * Starts the alarm thread. NULL on failure (message printed). */
struct rtc *rtc_create(const struct machine_env *env, struct board *b, uint64_t base, unsigned irq);
void rtc_destroy(struct rtc *r);

extern const struct board_dev_ops rtc_dev_ops;

#endif
