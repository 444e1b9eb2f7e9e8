/* util/error: classes from errno, messages never cut before the reason,
 * prefixes, and the HTTP and exit-status mappings. */
#include <errno.h>
#include <string.h>

#include "check.h"
#include "util/error.h"

int main(void)
{
	struct error e = {0};
	CHECK(err_set(&e, ERR_INVALID, "disk %d: bad format '%s'", 3, "qcow3") == -1);
	CHECK(e.cls == ERR_INVALID && strcmp(e.msg, "disk 3: bad format 'qcow3'") == 0);
	CHECK(err_set(NULL, ERR_IO, "ignored") == -1);

	CHECK(err_errno(&e, ENOENT, "%s", "/nonexistent/x") == -1);
	CHECK(e.cls == ERR_NOT_FOUND && strstr(e.msg, "/nonexistent/x: No such file") == e.msg);
	err_errno(&e, EBUSY, "image");
	CHECK(e.cls == ERR_CONFLICT);
	err_errno(&e, EIO, "image");
	CHECK(e.cls == ERR_IO);
	err_errno(&e, ENAMETOOLONG, "path");
	CHECK(e.cls == ERR_INVALID);

	/* A path as long as the system allows still leaves the reason whole. */
	char path[PATH_MAX];
	memset(path, 'a', sizeof(path) - 1);
	path[sizeof(path) - 1] = 0;
	err_set(&e, ERR_CONFLICT, "%s: exists; give overwrite to replace it", path);
	CHECK(strstr(e.msg, "exists; give overwrite to replace it") != NULL);
	err_errno(&e, EACCES, "%s", path);
	CHECK(strstr(e.msg, strerror(EACCES)) != NULL);

	err_set(&e, ERR_NOT_FOUND, "no disk '7'");
	CHECK(err_prefix(&e, "GET /disks/%s", "7") == -1);
	CHECK(strcmp(e.msg, "GET /disks/7: no disk '7'") == 0 && e.cls == ERR_NOT_FOUND);

	CHECK(err_http_status(ERR_INVALID) == 400 && err_http_status(ERR_NOT_FOUND) == 404);
	CHECK(err_http_status(ERR_CONFLICT) == 409 && err_http_status(ERR_UNSUPPORTED) == 501);
	CHECK(err_http_status(ERR_IO) == 500 && err_http_status(ERR_INTERNAL) == 500);
	CHECK(err_exit_status(ERR_INVALID) == 2 && err_exit_status(ERR_IO) == 1);
	CHECK(strcmp(err_class_name(ERR_CONFLICT), "conflict") == 0);
	CHECK_DONE();
}
