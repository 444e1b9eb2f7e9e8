/* UART + console unit test: registers, THR output to a pipe (and never
 * blocking on a full one), RX from a pipe with interrupts and flow
 * control, the terminal raw mode and Ctrl-A escapes on a pty (restored on
 * stop and on a fatal signal), save/load. */
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "vmfixture.h"
#include "machine/board.h"
#include "machine/uart.h"
#include "state/stream.h"
#include "vmm/vm.h"

#define U VIRT_UART_BASE
#define REG(r) (U + (r))
#define PLIC_PRIO(irq) (VIRT_PLIC_BASE + 4 * (irq))
#define PLIC_ENABLE(ctx) (VIRT_PLIC_BASE + 0x2000 + 0x80 * (ctx))

static uint64_t rd(struct vm *vm, unsigned reg)
{
	return bus_rd(vm, REG(reg), 1);
}

static void wr(struct vm *vm, unsigned reg, uint64_t v)
{
	bus_wr(vm, REG(reg), 1, v);
}

static bool seip(struct vm *vm)
{
	return (atomic_load(&vm->harts[0]->mip) & MIP_SEIP) != 0;
}

static enum vm_exit_reason exit_reason(struct vm *vm)
{
	pthread_mutex_lock(&vm->lock);
	enum vm_exit_reason why = vm->exit_reason;
	pthread_mutex_unlock(&vm->lock);
	return why;
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Next received byte, or -1 after timeout_ms. */
static int rx_byte(struct vm *vm, int timeout_ms)
{
	for (int k = 0; k <= timeout_ms; k++) {
		if (rd(vm, UART_LSR) & UART_LSR_DR)
			return (int)rd(vm, UART_RBR_THR);
		usleep(1000);
	}
	return -1;
}

static void route_irq(struct vm *vm)
{
	CHECK(bus_write(&vm->bus, PLIC_PRIO(VIRT_UART_IRQ), 4, 1));
	CHECK(bus_write(&vm->bus, PLIC_ENABLE(1), 4, 1u << VIRT_UART_IRQ));
}

static void test_regs_and_tx(void)
{
	int out[2];
	CHECK(pipe(out) == 0);
	fcntl(out[0], F_SETFL, O_NONBLOCK);
	struct vm *vm = new_vm(1);
	struct board *b = board_create(&vm->env, -1, out[1], NULL);
	CHECK(b != NULL);
	route_irq(vm);

	CHECK_EQ_U64(rd(vm, UART_LSR), UART_LSR_THRE | UART_LSR_TEMT);
	CHECK_EQ_U64(rd(vm, UART_IIR_FCR), UART_IIR_NO_INT);
	CHECK_EQ_U64(rd(vm, UART_MSR), UART_MSR_DCD | UART_MSR_DSR | UART_MSR_CTS);

	/* THR writes reach the console fd at once. */
	wr(vm, UART_RBR_THR, 'H');
	wr(vm, UART_RBR_THR, 'i');
	char buf[16];
	CHECK(read(out[0], buf, sizeof(buf)) == 2 && memcmp(buf, "Hi", 2) == 0);

	/* Divisor latch. */
	wr(vm, UART_LCR, UART_LCR_DLAB | 3);
	wr(vm, UART_RBR_THR, 0x12);
	wr(vm, UART_IER, 0x34);
	CHECK_EQ_U64(rd(vm, UART_RBR_THR), 0x12);
	CHECK_EQ_U64(rd(vm, UART_IER), 0x34);
	wr(vm, UART_LCR, 3);
	CHECK_EQ_U64(rd(vm, UART_LCR), 3);
	CHECK_EQ_U64(rd(vm, UART_IER), 0);
	CHECK(read(out[0], buf, sizeof(buf)) < 0); /* the DLL write sent nothing */

	/* Scratch register, mirrored accesses, wide accesses. */
	wr(vm, UART_SCR, 0x5a);
	CHECK_EQ_U64(rd(vm, UART_SCR), 0x5a);
	CHECK_EQ_U64(rd(vm, 0xff), 0x5a);
	uint64_t v;
	CHECK(bus_read(&vm->bus, REG(UART_SCR), 4, &v) && v == 0x5a);
	CHECK(bus_read(&vm->bus, REG(0xf8), 8, &v));
	CHECK(!bus_read(&vm->bus, REG(0xfc), 8, &v)); /* straddles the end */

	/* THR-empty interrupt: raised by enabling THRI, cleared by reading IIR. */
	CHECK(!seip(vm));
	wr(vm, UART_IER, UART_IER_THRI);
	CHECK(seip(vm));
	CHECK_EQ_U64(rd(vm, UART_IIR_FCR), UART_IIR_THRI);
	CHECK(!seip(vm));
	CHECK_EQ_U64(rd(vm, UART_IIR_FCR), UART_IIR_NO_INT);
	/* PLIC claim/complete around it, as the driver does. */
	wr(vm, UART_RBR_THR, '!');
	CHECK(seip(vm));
	uint64_t id;
	CHECK(bus_read(&vm->bus, VIRT_PLIC_BASE + 0x201004, 4, &id) && id == VIRT_UART_IRQ);
	CHECK(!seip(vm));
	CHECK_EQ_U64(rd(vm, UART_IIR_FCR), UART_IIR_THRI);
	CHECK(bus_write(&vm->bus, VIRT_PLIC_BASE + 0x201004, 4, VIRT_UART_IRQ));
	CHECK(!seip(vm));
	wr(vm, UART_IER, 0);

	/* FIFO mode shows in IIR. */
	wr(vm, UART_IIR_FCR, UART_FCR_FE | UART_FCR_RFR | UART_FCR_XFR);
	CHECK_EQ_U64(rd(vm, UART_IIR_FCR), UART_IIR_FIFO | UART_IIR_NO_INT);

	/* Loopback: modem outputs appear on the inputs, TX comes back as RX. */
	wr(vm, UART_MCR, UART_MCR_LOOP | 0x0a);
	CHECK_EQ_U64(rd(vm, UART_MSR) & 0xf0, 0x90);
	wr(vm, UART_MCR, UART_MCR_LOOP | 0x05);
	CHECK_EQ_U64(rd(vm, UART_MSR) & 0xf0, 0x60);
	wr(vm, UART_IER, UART_IER_RDI);
	wr(vm, UART_RBR_THR, 'L');
	CHECK(rd(vm, UART_LSR) & UART_LSR_DR);
	CHECK(seip(vm));
	CHECK_EQ_U64(rd(vm, UART_IIR_FCR), UART_IIR_FIFO | UART_IIR_RDI); /* trigger level 1 */
	CHECK_EQ_U64(rd(vm, UART_RBR_THR), 'L');
	CHECK(!(rd(vm, UART_LSR) & UART_LSR_DR));
	CHECK(!seip(vm));
	CHECK(read(out[0], buf, sizeof(buf)) == 1 && buf[0] == '!'); /* 'L' stayed inside */
	wr(vm, UART_MCR, UART_MCR_OUT2);
	wr(vm, UART_IER, 0);
	CHECK_EQ_U64(rd(vm, UART_RBR_THR), 0); /* empty FIFO reads 0 */

	/* A full output pipe never blocks the vCPU for long. */
	fcntl(out[1], F_SETFL, O_NONBLOCK);
	static char fill[4096];
	while (write(out[1], fill, sizeof(fill)) > 0)
		;
	while (write(out[1], fill, 1) > 0)
		;
	fcntl(out[1], F_SETFL, 0);
	double t0 = now_s();
	wr(vm, UART_RBR_THR, 'x');
	double t1 = now_s();
	wr(vm, UART_RBR_THR, 'y'); /* stalled: dropped at once */
	double t2 = now_s();
	CHECK(t1 - t0 < 3.0);
	CHECK(t2 - t1 < 0.1);
	while (read(out[0], fill, sizeof(fill)) > 0)
		;
	wr(vm, UART_RBR_THR, 'z'); /* drained: output flows again */
	CHECK(read(out[0], buf, sizeof(buf)) == 1 && buf[0] == 'z');

	board_destroy(b);
	free_vm(vm);
	close(out[0]);
	close(out[1]);
}

static void test_rx_pipe(void)
{
	int in[2];
	CHECK(pipe(in) == 0);
	struct vm *vm = new_vm(1);
	struct board *b = board_create(&vm->env, in[0], -1, NULL);
	route_irq(vm);
	CHECK(board_console_start(b, NULL) == 0);

	/* Bytes arrive in RBR with LSR.DR and the RX interrupt. */
	wr(vm, UART_IER, UART_IER_RDI);
	CHECK(write(in[1], "hello", 5) == 5);
	for (int k = 0; k < 2000 && !(rd(vm, UART_LSR) & UART_LSR_DR); k++)
		usleep(1000);
	CHECK(rd(vm, UART_LSR) & UART_LSR_DR);
	CHECK(seip(vm));
	CHECK_EQ_U64(rd(vm, UART_IIR_FCR), UART_IIR_RDI);
	char got[8] = {0};
	for (int k = 0; k < 5; k++)
		got[k] = (char)rx_byte(vm, 1000);
	CHECK(memcmp(got, "hello", 5) == 0);
	CHECK(!(rd(vm, UART_LSR) & UART_LSR_DR));
	CHECK(!seip(vm));
	wr(vm, UART_IER, 0);

	/* Flow control without a FIFO (one holding byte) and with one: every
	 * byte arrives, in order, never an overrun. */
	for (int fifo = 0; fifo < 2; fifo++) {
		wr(vm, UART_IIR_FCR, fifo ? UART_FCR_FE | UART_FCR_RFR : 0);
		enum { N = 1000 };
		static uint8_t data[N];
		for (int k = 0; k < N; k++)
			data[k] = (uint8_t)(k * 7 + fifo);
		CHECK(write(in[1], data, N) == N);
		usleep(20000); /* let the input thread fill the FIFO */
		int ok = 0;
		for (int k = 0; k < N; k++) {
			uint64_t lsr = rd(vm, UART_LSR);
			CHECK(!(lsr & UART_LSR_OE));
			int c = rx_byte(vm, 2000);
			if (c != data[k]) {
				fprintf(stderr, "byte %d: got %d, want %d\n", k, c, data[k]);
				break;
			}
			ok++;
		}
		CHECK_EQ_U64(ok, N);
		CHECK(rx_byte(vm, 20) == -1);
	}

	/* End of input stops reading; the VM keeps running. */
	close(in[1]);
	usleep(20000);
	CHECK(exit_reason(vm) == VM_EXIT_NONE);
	board_console_stop(b);
	board_console_stop(b); /* idempotent */
	board_destroy(b);
	free_vm(vm);
	close(in[0]);
}

static void test_save_load(void)
{
	int in[2];
	CHECK(pipe(in) == 0);
	struct vm *vm = new_vm(1);
	struct board *b = board_create(&vm->env, in[0], -1, NULL);
	route_irq(vm);
	CHECK(board_console_start(b, NULL) == 0);
	wr(vm, UART_IIR_FCR, UART_FCR_FE | (2 << 6));
	wr(vm, UART_LCR, UART_LCR_DLAB);
	wr(vm, UART_RBR_THR, 0x0c);
	wr(vm, UART_IER, 0x01);
	wr(vm, UART_LCR, 0x1b);
	wr(vm, UART_IER, UART_IER_RDI);
	wr(vm, UART_SCR, 0xa5);
	wr(vm, UART_MCR, 0x0b);
	CHECK(write(in[1], "state", 5) == 5);
	for (int k = 0; k < 2000; k++) {
		usleep(1000);
		if (rd(vm, UART_LSR) & UART_LSR_DR)
			break;
	}
	usleep(20000);
	CHECK(seip(vm));
	board_console_stop(b);

	struct ss_writer w;
	ss_writer_init(&w);
	CHECK(board_save(b, &w) == 0);
	ss_write_end(&w);

	struct vm *vm2 = new_vm(1);
	struct board *b2 = board_create(&vm2->env, -1, -1, NULL);
	route_irq(vm2);
	size_t off = 0;
	struct ss_reader r;
	char err[160] = "";
	bool found = false;
	while (ss_next_section(w.buf, w.len, &off, &r, err, sizeof(err)) == 1) {
		if (r.id != SS_ID('U', 'A', 'R', 'T'))
			continue;
		found = true;
		struct ss_reader t = r;
		t.len -= 1;
		CHECK(board_load_section(b2, &t, true, err, sizeof(err)) == -1);
		CHECK(strstr(err, "UART") != NULL);
		CHECK_EQ_U64(rd(vm2, UART_SCR), 0);
		CHECK(board_load(b2, &r) == 0);
	}
	CHECK(found);
	CHECK_EQ_U64(rd(vm2, UART_SCR), 0xa5);
	CHECK_EQ_U64(rd(vm2, UART_LCR), 0x1b);
	CHECK_EQ_U64(rd(vm2, UART_MCR), 0x0b);
	CHECK_EQ_U64(rd(vm2, UART_IER), UART_IER_RDI);
	CHECK(seip(vm2)); /* the interrupt line comes back with the state */
	CHECK_EQ_U64(rd(vm2, UART_IIR_FCR), UART_IIR_FIFO | UART_IIR_CTI);
	wr(vm2, UART_LCR, 0x9b);
	CHECK_EQ_U64(rd(vm2, UART_RBR_THR), 0x0c);
	CHECK_EQ_U64(rd(vm2, UART_IER), 0x01);
	wr(vm2, UART_LCR, 0x1b);
	char got[6] = {0};
	for (int k = 0; k < 5; k++)
		got[k] = (char)rx_byte(vm2, 100);
	CHECK(strcmp(got, "state") == 0);
	CHECK(!seip(vm2));

	ss_writer_free(&w);
	board_destroy(b2);
	free_vm(vm2);
	board_destroy(b);
	free_vm(vm);
	close(in[0]);
	close(in[1]);
}

/* ---- Terminal tests, in children that own a pty as controlling tty ---- */

static int open_pty(int *master, char *slave_name, size_t n)
{
	*master = posix_openpt(O_RDWR | O_NOCTTY);
	if (*master < 0 || grantpt(*master) < 0 || unlockpt(*master) < 0)
		return -1;
	const char *name = ptsname(*master);
	if (!name || strlen(name) >= n)
		return -1;
	strcpy(slave_name, name);
	return 0;
}

/* In a new session, open the slave: it becomes our controlling terminal
 * and we its foreground process group. */
static int become_tty_owner(const char *slave_name)
{
	if (setsid() < 0)
		return -1;
	return open(slave_name, O_RDWR);
}

static bool is_raw(int fd)
{
	struct termios t;
	return tcgetattr(fd, &t) == 0 && !(t.c_lflag & (ICANON | ECHO | ISIG));
}

/* Child: escapes on a raw terminal. Exits with the number of failures. */
static void child_escapes(const char *slave_name, int sync_fd)
{
	int tty = become_tty_owner(slave_name);
	if (tty < 0)
		_exit(100);
	struct vm *vm = new_vm(1);
	struct board *b = board_create(&vm->env, tty, -1, NULL);
	CHECK(!is_raw(tty));
	CHECK(board_console_start(b, NULL) == 0);
	CHECK(is_raw(tty));
	CHECK(write(sync_fd, "s", 1) == 1); /* the parent types now */
	/* "a", C-a C-a -> 0x01, "b", C-a c -> 0x01 'c' */
	static const uint8_t want[] = {'a', 0x01, 'b', 0x01, 'c'};
	for (size_t k = 0; k < sizeof(want); k++) {
		int c = rx_byte(vm, 3000);
		if (c != want[k])
			fprintf(stderr, "escape byte %zu: got %d want %d\n", k, c, want[k]);
		CHECK(c == want[k]);
	}
	CHECK(write(sync_fd, "q", 1) == 1); /* now C-a x */
	for (int k = 0; k < 3000 && exit_reason(vm) == VM_EXIT_NONE; k++)
		usleep(1000);
	CHECK(exit_reason(vm) == VM_EXIT_SIGNAL);
	CHECK(rx_byte(vm, 50) == -1); /* neither C-a nor x reached the guest */
	board_console_stop(b);
	CHECK(!is_raw(tty));
	board_destroy(b);
	free_vm(vm);
	_exit(check_failures);
}

/* Child: raw mode, then killed by SIGTERM; the handler must restore. */
static void child_killed(const char *slave_name, int sync_fd)
{
	int tty = become_tty_owner(slave_name);
	if (tty < 0)
		_exit(100);
	struct vm *vm = new_vm(1);
	struct board *b = board_create(&vm->env, tty, -1, NULL);
	if (board_console_start(b, NULL) < 0 || !is_raw(tty))
		_exit(101);
	if (write(sync_fd, "r", 1) != 1)
		_exit(102);
	raise(SIGTERM);
	_exit(103); /* not reached */
}

static void test_tty(void)
{
	for (int part = 0; part < 2; part++) {
		int master;
		char slave_name[128];
		if (open_pty(&master, slave_name, sizeof(slave_name)) < 0) {
			fprintf(stderr, "no pty available: terminal tests skipped\n");
			return;
		}
		int sync[2];
		CHECK(pipe(sync) == 0);
		fflush(NULL);
		pid_t pid = fork();
		if (pid == 0) {
			close(sync[0]);
			close(master);
			if (part == 0)
				child_escapes(slave_name, sync[1]);
			else
				child_killed(slave_name, sync[1]);
		}
		close(sync[1]);
		char c = 0;
		CHECK(read(sync[0], &c, 1) == 1);
		if (part == 0) {
			CHECK(c == 's');
			CHECK(write(master,
				    "a\x01\x01"
				    "b\x01"
				    "c",
				    6) == 6);
			CHECK(read(sync[0], &c, 1) == 1 && c == 'q');
			CHECK(write(master, "\x01x", 2) == 2);
		} else {
			CHECK(c == 'r');
		}
		int st = 0;
		CHECK(waitpid(pid, &st, 0) == pid);
		if (part == 0) {
			CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
		} else {
			CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM);
			struct termios t;
			/* The master reports the slave's settings. */
			CHECK(tcgetattr(master, &t) == 0);
			CHECK(t.c_lflag & ICANON);
			CHECK(t.c_lflag & ECHO);
		}
		close(sync[0]);
		close(master);
	}
}

int main(void)
{
	test_tty(); /* first: fork before any thread exists */
	test_regs_and_tx();
	test_rx_pipe();
	test_save_load();
	CHECK_DONE();
}
