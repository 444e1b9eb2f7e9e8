/* util/opts: the one size parser (options, --memory, rvisor img) and the
 * one boolean grammar (on/off, yes/no, true/false, 1/0) every option uses. */
#include <string.h>

#include "check.h"
#include "util/opts.h"

static bool size_is(const char *s, unsigned shift, uint64_t want)
{
	uint64_t v = 0xdead;
	return opts_parse_size(s, shift, &v) && v == want;
}

static bool size_bad(const char *s)
{
	uint64_t v;
	return !opts_parse_size(s, 0, &v) && !opts_parse_size(s, 20, &v);
}

int main(void)
{
	CHECK(size_is("0", 0, 0));
	CHECK(size_is("512", 0, 512));
	CHECK(size_is("512", 20, 512ULL << 20)); /* --memory counts MiB */
	CHECK(size_is("512B", 20, 512));	 /* B: bytes whatever the default */
	CHECK(size_is("4k", 0, 4096) && size_is("4K", 0, 4096));
	CHECK(size_is("4M", 0, 4ULL << 20) && size_is("4MiB", 0, 4ULL << 20));
	CHECK(size_is("4mb", 0, 4ULL << 20) && size_is("4Mi", 0, 4ULL << 20));
	CHECK(size_is("2G", 20, 2ULL << 30) && size_is("3T", 0, 3ULL << 40));
	CHECK(size_is("1P", 0, 1ULL << 50));
	CHECK(size_is("18446744073709551615", 0, UINT64_MAX));
	CHECK(size_is("16383P", 0, 16383ULL << 50));
	CHECK(size_bad("16384P"));		  /* 2^64: overflows */
	CHECK(size_bad("18446744073709551616")); /* strtoull overflow */
	CHECK(size_bad("17179869184G"));
	CHECK(size_bad("") && size_bad("-1") && size_bad("+1") && size_bad(" 1"));
	CHECK(size_bad("4X") && size_bad("4MM") && size_bad("4 M") && size_bad("4Bi"));
	CHECK(size_bad("M") && size_bad("0x10") && size_bad("1.5G"));

	uint64_t v = 0;
	CHECK(opts_parse_u64("0x10", 0, &v) && v == 16); /* hex only where base 0 */
	CHECK(!opts_parse_u64("0x10", 10, &v));
	CHECK(opts_parse_u64("8M", 10, &v) && v == 8ULL << 20);
	CHECK(!opts_parse_u64("0x", 0, &v) && !opts_parse_u64("0xg", 0, &v));

	/* The boolean grammar, through an option string. */
	static const char *const yes[] = {"on", "yes", "true", "1", "ON", "Yes"};
	static const char *const no[] = {"off", "no", "false", "0", "OFF"};
	char spec[64], err[128];
	for (unsigned k = 0; k < sizeof(yes) / sizeof(yes[0]) + sizeof(no) / sizeof(no[0]); k++) {
		bool want = k < sizeof(yes) / sizeof(yes[0]);
		const char *w = want ? yes[k] : no[k - sizeof(yes) / sizeof(yes[0])];
		snprintf(spec, sizeof(spec), "readonly=%s", w);
		struct opts o;
		CHECK(opts_parse(&o, spec, false, err, sizeof(err)) == 0);
		bool b = !want;
		CHECK(opts_get_bool(&o, "readonly", !want, &b, err, sizeof(err)) == 0 && b == want);
		opts_free(&o);
	}
	struct opts o;
	CHECK(opts_parse(&o, "readonly=maybe", false, err, sizeof(err)) == 0);
	bool b;
	CHECK(opts_get_bool(&o, "readonly", false, &b, err, sizeof(err)) == -1);
	CHECK(strstr(err, "maybe") != NULL);
	opts_free(&o);
	CHECK_DONE();
}
