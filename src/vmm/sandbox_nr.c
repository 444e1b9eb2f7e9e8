/* The sandbox's syscall numbers by name, from the kernel headers at build time. */
#include "vmm/sandbox_nr.h"

#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>

struct nr_entry {
	const char *name;
	int nr;
};

/* Every call the allow-lists of vmm/sandbox.c name, sorted by name (C
 * locale) for bsearch; one this architecture lacks is left out (the lists
 * skip it). tests/unit/test_sandbox_bpf.c checks each against libseccomp's
 * number and that no listed name is missing. */
static const struct nr_entry table[] = {
// clang-format off
#ifdef __NR_accept
	{"accept", __NR_accept},
#endif
#ifdef __NR_accept4
	{"accept4", __NR_accept4},
#endif
#ifdef __NR_access
	{"access", __NR_access},
#endif
#ifdef __NR_bind
	{"bind", __NR_bind},
#endif
#ifdef __NR_brk
	{"brk", __NR_brk},
#endif
#ifdef __NR_capget
	{"capget", __NR_capget},
#endif
#ifdef __NR_capset
	{"capset", __NR_capset},
#endif
#ifdef __NR_chmod
	{"chmod", __NR_chmod},
#endif
#ifdef __NR_clock_gettime
	{"clock_gettime", __NR_clock_gettime},
#endif
#ifdef __NR_clock_nanosleep
	{"clock_nanosleep", __NR_clock_nanosleep},
#endif
#ifdef __NR_clone
	{"clone", __NR_clone},
#endif
#ifdef __NR_clone3
	{"clone3", __NR_clone3},
#endif
#ifdef __NR_close
	{"close", __NR_close},
#endif
#ifdef __NR_connect
	{"connect", __NR_connect},
#endif
#ifdef __NR_creat
	{"creat", __NR_creat},
#endif
#ifdef __NR_dup
	{"dup", __NR_dup},
#endif
#ifdef __NR_dup2
	{"dup2", __NR_dup2},
#endif
#ifdef __NR_dup3
	{"dup3", __NR_dup3},
#endif
#ifdef __NR_epoll_create1
	{"epoll_create1", __NR_epoll_create1},
#endif
#ifdef __NR_epoll_ctl
	{"epoll_ctl", __NR_epoll_ctl},
#endif
#ifdef __NR_epoll_pwait
	{"epoll_pwait", __NR_epoll_pwait},
#endif
#ifdef __NR_epoll_wait
	{"epoll_wait", __NR_epoll_wait},
#endif
#ifdef __NR_eventfd2
	{"eventfd2", __NR_eventfd2},
#endif
#ifdef __NR_exit
	{"exit", __NR_exit},
#endif
#ifdef __NR_exit_group
	{"exit_group", __NR_exit_group},
#endif
#ifdef __NR_faccessat
	{"faccessat", __NR_faccessat},
#endif
#ifdef __NR_faccessat2
	{"faccessat2", __NR_faccessat2},
#endif
#ifdef __NR_fallocate
	{"fallocate", __NR_fallocate},
#endif
#ifdef __NR_fchmod
	{"fchmod", __NR_fchmod},
#endif
#ifdef __NR_fchmodat
	{"fchmodat", __NR_fchmodat},
#endif
#ifdef __NR_fchown
	{"fchown", __NR_fchown},
#endif
#ifdef __NR_fchownat
	{"fchownat", __NR_fchownat},
#endif
#ifdef __NR_fcntl
	{"fcntl", __NR_fcntl},
#endif
#ifdef __NR_fdatasync
	{"fdatasync", __NR_fdatasync},
#endif
#ifdef __NR_fgetxattr
	{"fgetxattr", __NR_fgetxattr},
#endif
#ifdef __NR_flistxattr
	{"flistxattr", __NR_flistxattr},
#endif
#ifdef __NR_flock
	{"flock", __NR_flock},
#endif
#ifdef __NR_fsetxattr
	{"fsetxattr", __NR_fsetxattr},
#endif
#ifdef __NR_fstat
	{"fstat", __NR_fstat},
#endif
#ifdef __NR_fstatfs
	{"fstatfs", __NR_fstatfs},
#endif
#ifdef __NR_fsync
	{"fsync", __NR_fsync},
#endif
#ifdef __NR_ftruncate
	{"ftruncate", __NR_ftruncate},
#endif
#ifdef __NR_futex
	{"futex", __NR_futex},
#endif
#ifdef __NR_getcwd
	{"getcwd", __NR_getcwd},
#endif
#ifdef __NR_getdents64
	{"getdents64", __NR_getdents64},
#endif
#ifdef __NR_getegid
	{"getegid", __NR_getegid},
#endif
#ifdef __NR_geteuid
	{"geteuid", __NR_geteuid},
#endif
#ifdef __NR_getgid
	{"getgid", __NR_getgid},
#endif
#ifdef __NR_getpeername
	{"getpeername", __NR_getpeername},
#endif
#ifdef __NR_getpid
	{"getpid", __NR_getpid},
#endif
#ifdef __NR_getrandom
	{"getrandom", __NR_getrandom},
#endif
#ifdef __NR_getsockname
	{"getsockname", __NR_getsockname},
#endif
#ifdef __NR_getsockopt
	{"getsockopt", __NR_getsockopt},
#endif
#ifdef __NR_gettid
	{"gettid", __NR_gettid},
#endif
#ifdef __NR_gettimeofday
	{"gettimeofday", __NR_gettimeofday},
#endif
#ifdef __NR_getuid
	{"getuid", __NR_getuid},
#endif
#ifdef __NR_getxattr
	{"getxattr", __NR_getxattr},
#endif
#ifdef __NR_ioctl
	{"ioctl", __NR_ioctl},
#endif
#ifdef __NR_landlock_restrict_self
	{"landlock_restrict_self", __NR_landlock_restrict_self},
#endif
#ifdef __NR_linkat
	{"linkat", __NR_linkat},
#endif
#ifdef __NR_listen
	{"listen", __NR_listen},
#endif
#ifdef __NR_lseek
	{"lseek", __NR_lseek},
#endif
#ifdef __NR_lstat
	{"lstat", __NR_lstat},
#endif
#ifdef __NR_madvise
	{"madvise", __NR_madvise},
#endif
#ifdef __NR_memfd_create
	{"memfd_create", __NR_memfd_create},
#endif
#ifdef __NR_mincore
	{"mincore", __NR_mincore},
#endif
#ifdef __NR_mkdirat
	{"mkdirat", __NR_mkdirat},
#endif
#ifdef __NR_mknodat
	{"mknodat", __NR_mknodat},
#endif
#ifdef __NR_mmap
	{"mmap", __NR_mmap},
#endif
#ifdef __NR_mprotect
	{"mprotect", __NR_mprotect},
#endif
#ifdef __NR_mremap
	{"mremap", __NR_mremap},
#endif
#ifdef __NR_munmap
	{"munmap", __NR_munmap},
#endif
#ifdef __NR_nanosleep
	{"nanosleep", __NR_nanosleep},
#endif
#ifdef __NR_newfstatat
	{"newfstatat", __NR_newfstatat},
#endif
#ifdef __NR_open
	{"open", __NR_open},
#endif
#ifdef __NR_openat
	{"openat", __NR_openat},
#endif
#ifdef __NR_openat2
	{"openat2", __NR_openat2},
#endif
#ifdef __NR_pipe2
	{"pipe2", __NR_pipe2},
#endif
#ifdef __NR_poll
	{"poll", __NR_poll},
#endif
#ifdef __NR_ppoll
	{"ppoll", __NR_ppoll},
#endif
#ifdef __NR_prctl
	{"prctl", __NR_prctl},
#endif
#ifdef __NR_pread64
	{"pread64", __NR_pread64},
#endif
#ifdef __NR_preadv
	{"preadv", __NR_preadv},
#endif
#ifdef __NR_preadv2
	{"preadv2", __NR_preadv2},
#endif
#ifdef __NR_prlimit64
	{"prlimit64", __NR_prlimit64},
#endif
#ifdef __NR_pwrite64
	{"pwrite64", __NR_pwrite64},
#endif
#ifdef __NR_pwritev
	{"pwritev", __NR_pwritev},
#endif
#ifdef __NR_pwritev2
	{"pwritev2", __NR_pwritev2},
#endif
#ifdef __NR_read
	{"read", __NR_read},
#endif
#ifdef __NR_readlink
	{"readlink", __NR_readlink},
#endif
#ifdef __NR_readlinkat
	{"readlinkat", __NR_readlinkat},
#endif
#ifdef __NR_readv
	{"readv", __NR_readv},
#endif
#ifdef __NR_recvfrom
	{"recvfrom", __NR_recvfrom},
#endif
#ifdef __NR_recvmsg
	{"recvmsg", __NR_recvmsg},
#endif
#ifdef __NR_renameat
	{"renameat", __NR_renameat},
#endif
#ifdef __NR_renameat2
	{"renameat2", __NR_renameat2},
#endif
#ifdef __NR_restart_syscall
	{"restart_syscall", __NR_restart_syscall},
#endif
#ifdef __NR_rseq
	{"rseq", __NR_rseq},
#endif
#ifdef __NR_rt_sigaction
	{"rt_sigaction", __NR_rt_sigaction},
#endif
#ifdef __NR_rt_sigpending
	{"rt_sigpending", __NR_rt_sigpending},
#endif
#ifdef __NR_rt_sigprocmask
	{"rt_sigprocmask", __NR_rt_sigprocmask},
#endif
#ifdef __NR_rt_sigreturn
	{"rt_sigreturn", __NR_rt_sigreturn},
#endif
#ifdef __NR_rt_sigtimedwait
	{"rt_sigtimedwait", __NR_rt_sigtimedwait},
#endif
#ifdef __NR_sched_getaffinity
	{"sched_getaffinity", __NR_sched_getaffinity},
#endif
#ifdef __NR_sched_setaffinity
	{"sched_setaffinity", __NR_sched_setaffinity},
#endif
#ifdef __NR_sched_yield
	{"sched_yield", __NR_sched_yield},
#endif
#ifdef __NR_seccomp
	{"seccomp", __NR_seccomp},
#endif
#ifdef __NR_sendmsg
	{"sendmsg", __NR_sendmsg},
#endif
#ifdef __NR_sendto
	{"sendto", __NR_sendto},
#endif
#ifdef __NR_set_robust_list
	{"set_robust_list", __NR_set_robust_list},
#endif
#ifdef __NR_set_tid_address
	{"set_tid_address", __NR_set_tid_address},
#endif
#ifdef __NR_setsockopt
	{"setsockopt", __NR_setsockopt},
#endif
#ifdef __NR_shutdown
	{"shutdown", __NR_shutdown},
#endif
#ifdef __NR_sigaltstack
	{"sigaltstack", __NR_sigaltstack},
#endif
#ifdef __NR_socket
	{"socket", __NR_socket},
#endif
#ifdef __NR_stat
	{"stat", __NR_stat},
#endif
#ifdef __NR_statfs
	{"statfs", __NR_statfs},
#endif
#ifdef __NR_statx
	{"statx", __NR_statx},
#endif
#ifdef __NR_symlinkat
	{"symlinkat", __NR_symlinkat},
#endif
#ifdef __NR_sysinfo
	{"sysinfo", __NR_sysinfo},
#endif
#ifdef __NR_tgkill
	{"tgkill", __NR_tgkill},
#endif
#ifdef __NR_truncate
	{"truncate", __NR_truncate},
#endif
#ifdef __NR_uname
	{"uname", __NR_uname},
#endif
#ifdef __NR_unlink
	{"unlink", __NR_unlink},
#endif
#ifdef __NR_unlinkat
	{"unlinkat", __NR_unlinkat},
#endif
#ifdef __NR_utimensat
	{"utimensat", __NR_utimensat},
#endif
#ifdef __NR_write
	{"write", __NR_write},
#endif
#ifdef __NR_writev
	{"writev", __NR_writev},
#endif
    // clang-format on
};

static int by_name(const void *key, const void *entry)
{
	return strcmp(key, ((const struct nr_entry *)entry)->name);
}

int sandbox_nr_of(const char *name)
{
	const struct nr_entry *e =
	    bsearch(name, table, sizeof(table) / sizeof(table[0]), sizeof(table[0]), by_name);
	return e ? e->nr : -1;
}
