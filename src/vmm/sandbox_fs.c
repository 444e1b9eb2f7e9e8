/* The sandbox's private root: mount namespace, tmpfs root, pivot_root. */
#include "vmm/sandbox_fs.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

int sandbox_dirs_add(struct sandbox_dirs *d, const char *path, bool of_file)
{
	if (d->n >= SANDBOX_MAX_DIRS)
		return -1;
	char abs[PATH_MAX];
	if (path[0] == '/') {
		if (strlen(path) >= sizeof(abs))
			return -1;
		strcpy(abs, path);
	} else {
		char cwd[PATH_MAX];
		if (!getcwd(cwd, sizeof(cwd)) ||
		    (size_t)snprintf(abs, sizeof(abs), "%s/%s", cwd, path) >= sizeof(abs))
			return -1;
	}
	if (of_file) {
		char *slash = strrchr(abs, '/');
		if (slash == abs)
			slash[1] = '\0'; /* a file in "/": the host's root itself */
		else
			*slash = '\0';
	}
	size_t len = strlen(abs);
	while (len > 1 && abs[len - 1] == '/')
		abs[--len] = '\0';
	/* The host's root itself is never kept: that would undo the private
	 * root (a socket there works, but is not removed at exit). */
	if (strcmp(abs, "/") == 0)
		return 0;
	for (unsigned k = 0; k < d->n; k++)
		if (strcmp(d->dir[k], abs) == 0)
			return 0;
	d->dir[d->n] = strdup(abs);
	if (!d->dir[d->n])
		return -1;
	d->n++;
	return 0;
}

void sandbox_dirs_free(struct sandbox_dirs *d)
{
	for (unsigned k = 0; k < d->n; k++)
		free(d->dir[k]);
	d->n = 0;
}

bool sandbox_fs_unshare(void)
{
	if (unshare(CLONE_NEWNS) < 0) {
		fprintf(stderr,
			"rvisor: sandbox: no mount namespace (%s): no private root, the VM "
			"process sees the host's files\n",
			strerror(errno));
		return false;
	}
	/* Nothing mounted here reaches the host, nor the other way round. */
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0) {
		fprintf(stderr,
			"rvisor: sandbox: cannot make the mount namespace private (%s): no "
			"private root\n",
			strerror(errno));
		return false;
	}
	return true;
}

/* mkdir -p of the absolute path abs beneath the directory rootfd. */
static int mkdirs_beneath(int rootfd, const char *abs)
{
	char rel[PATH_MAX];
	snprintf(rel, sizeof(rel), "%s", abs + strspn(abs, "/"));
	for (char *p = rel; *p;) {
		char *slash = strchr(p, '/');
		if (slash)
			*slash = '\0';
		if (strcmp(p, "..") == 0 || (mkdirat(rootfd, rel, 0755) < 0 && errno != EEXIST))
			return -1;
		if (!slash)
			break;
		*slash = '/';
		p = slash + 1;
	}
	return 0;
}

/* A clone of the host directory dir (not what is mounted beneath it),
 * without setuid, devices or exec, moved to the same path beneath
 * rootfd. */
static int bind_beneath(int rootfd, const char *dir)
{
	int tree = (int)open_tree(AT_FDCWD, dir, OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC);
	if (tree < 0)
		return -1;
	struct mount_attr attr = {.attr_set =
				      MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV | MOUNT_ATTR_NOEXEC};
	int rc = mount_setattr(tree, "", AT_EMPTY_PATH, &attr, sizeof(attr));
	if (rc == 0)
		rc = mkdirs_beneath(rootfd, dir);
	if (rc == 0)
		rc = move_mount(tree, "", rootfd, dir + 1, MOVE_MOUNT_F_EMPTY_PATH);
	int err = errno;
	close(tree);
	errno = err;
	return rc;
}

/* The place the new root is built at: a directory of the process's own
 * mount namespace that nothing needs by path any more (the kept
 * directories are cloned by descriptor before it is covered). */
#define STAGE "/tmp"

int sandbox_fs_proc(void)
{
	int fs = (int)syscall(SYS_fsopen, "proc", FSOPEN_CLOEXEC);
	if (fs < 0)
		return -1;
	int mnt = -1;
	if (syscall(SYS_fsconfig, fs, FSCONFIG_CMD_CREATE, NULL, NULL, 0) == 0)
		mnt = (int)syscall(SYS_fsmount, fs, FSMOUNT_CLOEXEC,
				   MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV | MOUNT_ATTR_NOEXEC);
	close(fs);
	return mnt;
}

bool sandbox_fs_pivot(const struct sandbox_dirs *dirs, int proc_fd)
{
	char cwd[PATH_MAX];
	if (!getcwd(cwd, sizeof(cwd)))
		cwd[0] = '\0';
	/* Clone the kept directories first: STAGE may hold them. */
	int trees[SANDBOX_MAX_DIRS];
	unsigned nt = 0;
	const char *what = NULL;
	int err = 0;
	for (; nt < dirs->n; nt++) {
		trees[nt] =
		    (int)open_tree(AT_FDCWD, dirs->dir[nt], OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC);
		if (trees[nt] < 0) {
			err = errno;
			what = dirs->dir[nt];
			break;
		}
	}
	bool staged = false;
	if (!what) {
		if (mount("rvisor-root", STAGE, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC,
			  "mode=0755,size=64k,nr_inodes=256") < 0) {
			err = errno;
			what = "a tmpfs for the new root";
		} else {
			staged = true;
		}
	}
	int rootfd = staged ? open(STAGE, O_PATH | O_DIRECTORY | O_CLOEXEC) : -1;
	if (staged && rootfd < 0) {
		err = errno;
		what = "the new root";
	}
	struct mount_attr attr = {.attr_set =
				      MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV | MOUNT_ATTR_NOEXEC};
	for (unsigned k = 0; !what && k < nt; k++) {
		const char *dir = dirs->dir[k];
		if (mount_setattr(trees[k], "", AT_EMPTY_PATH, &attr, sizeof(attr)) < 0 ||
		    mkdirs_beneath(rootfd, dir) < 0 ||
		    move_mount(trees[k], "", rootfd, dir + 1, MOVE_MOUNT_F_EMPTY_PATH) < 0) {
			err = errno;
			what = dir;
		}
	}
	for (unsigned k = 0; k < nt; k++)
		close(trees[k]);
	/* A /proc of its own: the 9p server reopens fids through
	 * /proc/self/fd, snapshots check /proc/self/maps. */
	if (!what &&
	    (mkdirat(rootfd, "proc", 0555) < 0 ||
	     (proc_fd >= 0 ? move_mount(proc_fd, "", rootfd, "proc", MOVE_MOUNT_F_EMPTY_PATH)
			   : mount("proc", STAGE "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC,
				   NULL)) < 0) &&
	    bind_beneath(rootfd, "/proc") < 0) {
		err = errno;
		what = "/proc";
	}
	/* The old root is stacked beneath the new one, then detached: no
	 * path leads back to it. */
	if (!what && (fchdir(rootfd) < 0 || syscall(SYS_pivot_root, ".", ".") < 0 ||
		      umount2(".", MNT_DETACH) < 0)) {
		err = errno;
		what = "pivot_root";
	}
	if (rootfd >= 0)
		close(rootfd);
	if (what) {
		if (staged)
			umount2(STAGE, MNT_DETACH);
		if (cwd[0] && chdir(cwd) < 0)
			cwd[0] = '\0';
		fprintf(stderr,
			"rvisor: sandbox: no private root (%s: %s): the VM process sees the "
			"host's files\n",
			what, strerror(err));
		return false;
	}
	/* The root itself is read-only: only the kept directories take writes. */
	if (mount(NULL, "/", NULL,
		  MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0)
		fprintf(stderr, "rvisor: sandbox: the private root stays writable (%s)\n",
			strerror(errno));
	/* Relative paths keep working where the working directory is kept. */
	bool kept = false;
	for (unsigned k = 0; k < dirs->n && cwd[0]; k++)
		kept |= strcmp(dirs->dir[k], cwd) == 0;
	if (!kept || chdir(cwd) < 0)
		(void)!chdir("/");
	return true;
}
