/* Snapshot ISA check: a snapshot recorded under an older, smaller ISA string
 * (the v1 fixture, from before Zbc/Zicond) still opens; one that claims an
 * extension, letter or base this rvisor lacks is refused. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "util/file.h"
#include "vmm/snapshot.h"

#define FIXTURE "tests/fixtures/snapshot-v1/vm.snap"
#define OLD_ISA "rv64imafdc_zicsr_zifencei_zba_zbb_zbs_sstc"

static void put32(uint8_t *p, uint32_t v)
{
	for (int k = 0; k < 4; k++)
		p[k] = (uint8_t)(v >> (8 * k));
}

static uint32_t get32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Open a copy of the stream `buf` whose header records the ilen bytes of
 * `isa` instead (same format version and machine shape); returns
 * snapshot_open_buf's result and its message in err. */
static int open_with_isa_n(const uint8_t *buf, size_t len, const char *isa, uint32_t ilen,
			   char *err, size_t errlen)
{
	uint32_t hlen = get32(buf + 12);
	size_t nlen = len - hlen + 32 + ilen;
	uint8_t *m = malloc(nlen);
	memcpy(m, buf, 32);
	put32(m + 12, 32 + ilen);
	put32(m + 28, ilen);
	memcpy(m + 32, isa, ilen);
	memcpy(m + 32 + ilen, buf + hlen, len - hlen);
	struct snapshot s;
	err[0] = 0;
	int rc = snapshot_open_buf(&s, m, nlen, err, errlen); /* takes m */
	snapshot_close(&s);
	return rc;
}

static int open_with_isa(const uint8_t *buf, size_t len, const char *isa, char *err, size_t errlen)
{
	return open_with_isa_n(buf, len, isa, (uint32_t)strlen(isa), err, errlen);
}

int main(void)
{
	/* The rule itself. */
	CHECK(snapshot_isa_compatible(SNAPSHOT_ISA, SNAPSHOT_ISA));
	CHECK(snapshot_isa_compatible(OLD_ISA, SNAPSHOT_ISA));
	CHECK(snapshot_isa_compatible("rv64imafdc", SNAPSHOT_ISA));
	CHECK(snapshot_isa_compatible("rv64ima_zbb", SNAPSHOT_ISA));
	CHECK(snapshot_isa_compatible("rv64imafdc_zbc_zicond", SNAPSHOT_ISA)); /* any order */
	/* Something this rvisor lacks: a letter, an extension, another base. */
	CHECK(!snapshot_isa_compatible("rv64imafdcv_zicsr", SNAPSHOT_ISA));
	CHECK(!snapshot_isa_compatible(OLD_ISA "_zkne", SNAPSHOT_ISA));
	CHECK(!snapshot_isa_compatible("rv32imafdc", SNAPSHOT_ISA));
	CHECK(!snapshot_isa_compatible("rv128imafdc", SNAPSHOT_ISA));
	CHECK(!snapshot_isa_compatible(SNAPSHOT_ISA, OLD_ISA)); /* newer onto older */
	/* Extension names match whole, not as prefixes of one another. */
	CHECK(!snapshot_isa_compatible("rv64i_zb", SNAPSHOT_ISA));
	CHECK(!snapshot_isa_compatible("rv64i_zbbx", SNAPSHOT_ISA));
	CHECK(!snapshot_isa_compatible("rv64i_zbb", "rv64i_zbbx"));
	/* Malformed strings. */
	CHECK(!snapshot_isa_compatible("", SNAPSHOT_ISA));
	CHECK(!snapshot_isa_compatible("rv64", SNAPSHOT_ISA));
	CHECK(!snapshot_isa_compatible("rv64_zba", SNAPSHOT_ISA));
	CHECK(!snapshot_isa_compatible("rvimafdc", SNAPSHOT_ISA));
	CHECK(!snapshot_isa_compatible("rv64Xmafdc", SNAPSHOT_ISA));
	CHECK(!snapshot_isa_compatible("rv64imafdc__zba", SNAPSHOT_ISA));
	CHECK(!snapshot_isa_compatible("rv64imafdc_", SNAPSHOT_ISA));
	CHECK(!snapshot_isa_compatible("rv64imafdc_Zba", SNAPSHOT_ISA));
	CHECK(!snapshot_isa_compatible("rv64imafdc_z-a", SNAPSHOT_ISA));

	/* The v1 fixture records the older string and still opens. */
	size_t len;
	uint8_t *buf = file_read_all(FIXTURE, &len);
	if (!buf) {
		fprintf(stderr, "%s: cannot read the fixture\n", FIXTURE);
		return 1;
	}
	struct snapshot s;
	char err[512] = "";
	uint8_t *copy = malloc(len);
	memcpy(copy, buf, len);
	int rc = snapshot_open_buf(&s, copy, len, err, sizeof(err));
	if (rc != 0)
		fprintf(stderr, "fixture refused: %s\n", err);
	CHECK(rc == 0);
	CHECK(rc != 0 || strcmp(s.hdr.isa, OLD_ISA) == 0);
	CHECK(strcmp(OLD_ISA, SNAPSHOT_ISA) != 0); /* else this proves nothing */
	snapshot_close(&s);

	/* The same stream, its header rewritten: accepted with the current
	 * string, refused when it claims more than this rvisor has. */
	CHECK(open_with_isa(buf, len, SNAPSHOT_ISA, err, sizeof(err)) == 0);
	CHECK(open_with_isa(buf, len, OLD_ISA "_zkne", err, sizeof(err)) < 0);
	CHECK(strstr(err, "snapshot is for ISA " OLD_ISA "_zkne") != NULL);
	CHECK(open_with_isa(buf, len, "rv64imafdcv", err, sizeof(err)) < 0);
	CHECK(strstr(err, "snapshot is for ISA") != NULL);
	/* A NUL inside the recorded string would otherwise shorten it into an
	 * acceptable older ISA: the header is damaged. */
	static const char cut[] = SNAPSHOT_ISA "\0_zkne";
	CHECK(open_with_isa_n(buf, len, cut, sizeof(cut) - 1, err, sizeof(err)) < 0);
	CHECK(strstr(err, "NUL") != NULL);
	free(buf);
	CHECK_DONE();
}
