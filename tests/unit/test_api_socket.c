/* vmm/api as a library: api_start's failures name the API socket and the
 * reason, never a command-line flag (the CLI adds "--api-socket" where it
 * reports them), for a path that is a file, one too long, and one in a
 * missing directory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "vmm/api.h"

static void refused(const char *path, const char *reason)
{
	char err[512] = "";
	struct api *a = api_start(path, err, sizeof(err));
	CHECK(a == NULL);
	if (a)
		api_stop(a);
	char want[512];
	snprintf(want, sizeof(want), "API socket %s: ", path);
	if (strncmp(err, want, strlen(want)) != 0 || !strstr(err, reason) || strstr(err, "--")) {
		fprintf(stderr, "api_start(%s): got \"%s\", want \"%s...%s...\" naming no flag\n",
			path, err, want, reason);
		CHECK(0);
	}
}

int main(void)
{
	char dir[] = "/tmp/rvisor-test-apisock-XXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	char plain[sizeof(dir) + 16], nodir[sizeof(dir) + 32], longp[256];
	snprintf(plain, sizeof(plain), "%s/plain", dir);
	snprintf(nodir, sizeof(nodir), "%s/missing/api.sock", dir);
	FILE *f = fopen(plain, "w");
	CHECK(f && fclose(f) == 0);
	snprintf(longp, sizeof(longp), "%s/%0200d", dir, 0);

	refused(plain, "exists and is not a socket");
	refused(longp, "path too long");
	refused(nodir, "No such file");

	unlink(plain);
	rmdir(dir);
	CHECK_DONE();
}
