/* Resource limits and admission control: the option grammar (vmm/limits.h)
 * with its refusals, the v1 share mapping, the auto memory cap, the daemon's
 * limit fields (spec.c: parsed, canonical JSON, run arguments) and the
 * admission arithmetic with its messages (daemon/admission.h). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "daemon/admission.h"
#include "daemon/spec.h"
#include "vmm/cgroup.h"
#include "vmm/limits.h"

static void test_grammar(void)
{
	struct vm_limits l = {0};
	struct error e = {0};
	CHECK(limits_parse_cpu_max(&l, "0.5", &e) == 0 && l.cpu_max == 0.5);
	CHECK(limits_parse_cpu_max(&l, "0", &e) < 0 && e.cls == ERR_INVALID);
	CHECK(limits_parse_cpu_max(&l, "-1", &e) < 0);
	CHECK(limits_parse_cpu_max(&l, "nan", &e) < 0);
	CHECK(limits_parse_cpu_max(&l, "0.5x", &e) < 0);
	CHECK(limits_parse_cpu_max(&l, "100000", &e) < 0); /* more CPUs than the host has */
	CHECK(limits_parse_cpu_weight(&l, "200", &e) == 0 && l.cpu_weight == 200);
	CHECK(limits_parse_cpu_weight(&l, "0", &e) < 0);
	CHECK(limits_parse_cpu_weight(&l, "10001", &e) < 0);
	CHECK(limits_parse_cpu_weight(&l, "+5", &e) < 0);
	CHECK(limits_parse_cpu_pin(&l, "0", &e) == 0 && l.npin == 1 && CPU_ISSET(0, &l.cpu_pin));
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	if (n >= 2) {
		CHECK(limits_parse_cpu_pin(&l, "0-1", &e) == 0 && l.npin == 2);
		CHECK(limits_parse_cpu_pin(&l, "1,0", &e) == 0 && l.npin == 2);
	}
	CHECK(limits_parse_cpu_pin(&l, "", &e) < 0);
	CHECK(limits_parse_cpu_pin(&l, "0,", &e) < 0);
	CHECK(limits_parse_cpu_pin(&l, "1-0", &e) < 0);
	CHECK(limits_parse_cpu_pin(&l, "0-", &e) < 0);
	CHECK(limits_parse_cpu_pin(&l, "99999", &e) < 0);
	/* One host CPU per vCPU, in order; the process's own pin untouched. */
	unsigned npin = l.npin;
	CHECK(limits_parse_cpu_pin(&l, "vcpus=0,0", &e) == 0 && l.nvcpu_pin == 2 &&
	      l.vcpu_pin[0] == 0 && l.vcpu_pin[1] == 0 && l.npin == npin);
	if (sysconf(_SC_NPROCESSORS_ONLN) >= 2)
		CHECK(limits_parse_cpu_pin(&l, "vcpus=1,0-1", &e) == 0 && l.nvcpu_pin == 3 &&
		      l.vcpu_pin[0] == 1 && l.vcpu_pin[1] == 0 && l.vcpu_pin[2] == 1);
	CHECK(limits_parse_cpu_pin(&l, "vcpus=", &e) < 0);
	CHECK(limits_parse_cpu_pin(&l, "vcpus=0,", &e) < 0);
	CHECK(limits_parse_cpu_pin(&l, "vcpus=99999", &e) < 0);
	CHECK(limits_parse_cpu_pin(&l, "99999", &e) < 0);
	CHECK(strstr(e.msg, "'99999'") != NULL);
	CHECK(limits_parse_memory(&l, "512M", &e) == 0 && l.memory_max == 512ULL << 20 &&
	      !l.memory_auto);
	CHECK(limits_parse_memory(&l, "auto", &e) == 0 && l.memory_auto);
	limits_resolve(&l, 256ULL << 20);
	CHECK_EQ_U64(l.memory_max, (256ULL << 20) + LIMITS_VMM_ALLOWANCE);
	CHECK(limits_parse_memory(&l, "off", &e) == 0 && !l.memory_auto && !l.memory_max);
	CHECK(limits_parse_memory(&l, "1K", &e) < 0);
	CHECK(limits_parse_memory(&l, "lots", &e) < 0);
	CHECK(limits_parse_pids(&l, "64", &e) == 0 && l.pids_max == 64);
	CHECK(limits_parse_pids(&l, "0", &e) < 0);
	CHECK(limits_parse_pids(&l, "-3", &e) < 0);
	struct vm_limits none = {0};
	CHECK(!limits_need_cgroup(&none));
	none.npin = 1; /* pinning alone needs no cgroup */
	CHECK(!limits_need_cgroup(&none));
	none.pids_max = 10;
	CHECK(limits_need_cgroup(&none));
	/* v1 cpu.shares: 1024 is v1's normal share as 100 is v2's. */
	CHECK_EQ_U64(limits_v1_shares(100), 1024);
	CHECK_EQ_U64(limits_v1_shares(200), 2048);
	CHECK_EQ_U64(limits_v1_shares(1), 10);
	CHECK_EQ_U64(limits_v1_shares(10000), 102400);
	CHECK(cgroup_parent_ok("rvisor") && cgroup_parent_ok("rvisor-test.1_a"));
	CHECK(!cgroup_parent_ok("") && !cgroup_parent_ok("..") && !cgroup_parent_ok("a/b") &&
	      !cgroup_parent_ok("."));
}

static void test_spec(void)
{
	struct vm_spec s;
	struct error e = {0};
	const char *body = "{\"name\":\"v\",\"cpu_max\":0.25,\"cpu_weight\":300,\"cpu_pin\":\"0\","
			   "\"memory_limit\":\"auto\",\"pids_max\":40}";
	CHECK(spec_parse(body, strlen(body), &s, &e) == 0);
	CHECK(s.cpu_max == 0.25 && s.cpu_weight == 300 && s.pids_max == 40);
	char *json = spec_to_json(&s);
	CHECK(json && strstr(json, "\"cpu_max\":0.25") &&
	      strstr(json, "\"memory_limit\":\"auto\"") && strstr(json, "\"cpu_pin\":\"0\"") &&
	      strstr(json, "\"pids_max\":40"));
	struct spec_numbers num;
	char **a = spec_run_args(&s, "/x.sock", &num);
	char line[1024] = "";
	for (unsigned i = 0; a && a[i]; i++)
		snprintf(line + strlen(line), sizeof(line) - strlen(line), " %s", a[i]);
	CHECK(strstr(line, " --cpu-max 0.25") && strstr(line, " --cpu-weight 300") &&
	      strstr(line, " --pids-max 40") && strstr(line, " --cpu-pin 0") &&
	      strstr(line, " --memory-limit auto"));
	free(a);
	/* The patch: null removes a limit. */
	struct vm_spec p;
	CHECK(spec_parse_patch(json, "{\"cpu_weight\":null}", 19, &p, &e) == 0 && !p.cpu_weight &&
	      p.cpu_max == 0.25);
	spec_free(&p);
	free(json);
	spec_free(&s);
	const char *bad[] = {
	    "{\"name\":\"v\",\"cpu_max\":\"0.5\"}", "{\"name\":\"v\",\"cpu_max\":0}",
	    "{\"name\":\"v\",\"cpu_weight\":1.5}",  "{\"name\":\"v\",\"cpu_pin\":\"x\"}",
	    "{\"name\":\"v\",\"memory_limit\":12}", "{\"name\":\"v\",\"pids_max\":-1}",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		CHECK(spec_parse(bad[i], strlen(bad[i]), &s, &e) < 0 && e.cls == ERR_INVALID);
		CHECK(strstr(e.msg, "field '") != NULL);
	}
}

static void test_admission(void)
{
	struct admission_host h = {.ram_mib = 1000, .cpus = 2, .memory_ratio = 1, .cpu_ratio = 1};
	struct admission_load load = {0};
	struct error e = {0};
	uint64_t allow = LIMITS_VMM_ALLOWANCE >> 20;
	CHECK(admission_check(&h, &load, "a", 256, 1, &e) == 0);
	admission_add(&load, 256, 1);
	CHECK_EQ_U64(load.memory_mib, 256 + allow);
	CHECK(admission_check(&h, &load, "b", 256, 1, &e) == 0);
	admission_add(&load, 256, 1);
	/* Memory: 2 x (256 + allowance) + (256 + allowance) > 1000. */
	CHECK(admission_check(&h, &load, "c", 256, 1, &e) < 0 && e.cls == ERR_CONFLICT);
	CHECK(strstr(e.msg, "VM 'c' cannot start: memory committed") &&
	      strstr(e.msg, "the 2 VM(s) running") && strstr(e.msg, "1000 MiB"));
	/* vCPUs, with room in memory. */
	h.ram_mib = 100000;
	CHECK(admission_check(&h, &load, "c", 256, 1, &e) < 0);
	CHECK(strstr(e.msg, "vCPUs committed would be 3 (1 for this VM, 2 for the 2 VM(s)"));
	h.cpu_ratio = 1.5;
	CHECK(admission_check(&h, &load, "c", 256, 1, &e) == 0);
	double r;
	CHECK(admission_parse_ratio("1.5", &r) == 0 && r == 1.5);
	CHECK(admission_parse_ratio("0", &r) < 0 && admission_parse_ratio("x", &r) < 0 &&
	      admission_parse_ratio("1e9", &r) < 0);
}

int main(void)
{
	test_grammar();
	test_spec();
	test_admission();
	CHECK_DONE();
}
