"""Post-copy live migration without Linux (docs/migration.md, "Post-copy"),
with a bare-metal guest that stores a counter into every page of 8 MiB in
a loop:
- over a unix socket capped at 2 MB/s with "postcopy": true, the source
  says "postcopy" (and refuses a cancel then, 409), exits 0 once the
  destination has every page; the destination's GET /migrate says
  "completed" with pages asked for by its faults, and its guest runs;
  with "postcopy_when": "stalled" it switches over after pre-copy rounds,
  unthrottled;
- a destination that may not use userfaultfd (run as nobody, where the
  host keeps userfaultfd to root) refuses before building anything, and
  says what is missing; the source runs on (as root with setpriv only);
- postcopy with several streams or copy_disks, and postcopy_when without
  postcopy, are refused (400)."""
import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import migratelib  # noqa: E402
from migratelib import R, api, instret  # noqa: E402

lab = migratelib.Lab("rvisor-postcopy-")
T = lab.dir
os.chmod(T, 0o755)  # the destination run as nobody reaches its directory below
for f in ("dirty.bin", "loop.bin"):
    os.chmod(os.path.join(T, f), 0o644)
fail, check, cleanup = lab.fail, lab.check, lab.cleanup


def wait_for(cond, what, seconds=60, interval=0.02):
    return lab.wait_for(cond, what, seconds, interval)


def rvisor(name, args, prefix=()):
    """lab.rvisor, run under prefix (setpriv) when given."""
    p = subprocess.Popen(list(prefix) + [R, "run", "--timeout", "120"] + args,
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=open(os.path.join(T, name + ".err"), "w"))
    lab.procs.append(p)
    return p


def source(name, fw="dirty.bin"):
    return lab.source(name, fw=fw)


def destination(name, prefix=(), api_sock=True, where=T):
    mig = os.path.join(where, name + ".mig")
    sock = os.path.join(T, name + ".sock")
    p = rvisor(name, ["--incoming", "unix:" + mig] + (["--api-socket", sock] if api_sock else []),
               prefix)
    # The message, not the socket file: the file exists from bind(), a
    # connect() before listen() is refused.
    wait_for(lambda: "waiting for a migration on" in lab.err_of(name), name + " listening")
    return p, "unix:" + mig, sock


def in_postcopy_of(sock):
    """A condition: the source's status once it says "postcopy"."""
    def cond():
        code, st = api(sock, "GET", "/migrate")
        if code == 200 and st["state"] in ("failed", "cancelled", "postcopy-paused", "completed"):
            fail("the migration ended before its post-copy phase was seen: %s" % st)
        return st if code == 200 and st["state"] == "postcopy" else None
    return cond


try:
    # 1. A post-copy that completes.
    # slowdirty.bin: the destination's guest faults its missing pages in
    # over seconds; DIRTY's took ~30 ms, less than the polls below could
    # be sure to see (the source then exited under a poll: connection reset)
    a, sa = source("a", "slowdirty.bin")
    b, addr, sb = destination("b")
    code, st = api(sa, "PUT", "/migrate", {"destination": addr, "postcopy": True,
                                           "max_bandwidth": 2000000})
    check(code == 202 and st["postcopy"] is True, "PUT /migrate postcopy: %d %s" % (code, st))

    st = wait_for(in_postcopy_of(sa), "the post-copy phase", 90)
    check(st["postcopy_progress"]["whole_vm_on_one_side"] is False
          and st["postcopy_progress"]["pages_missing_at_switchover"] > 0,
          "the source in post-copy: no side has the whole VM: %s" % st.get("postcopy_progress"))
    code, _ = api(sa, "DELETE", "/migrate")
    check(code == 409, "a cancel during the post-copy: %d" % code)
    rc = a.wait(90)
    check(rc == 0, "the source exited with %s once the destination had every page" % rc)
    err = open(os.path.join(T, "a.err")).read()
    check("post-copy:" in err and "pages sent after the switch-over" in err,
          "the source's exit line says what came after the switch-over: %s" % err[-400:])
    wait_for(lambda: os.path.exists(sb), "the destination's API socket")
    st = wait_for(lambda: (lambda r: r[1] if r[0] == 200 and r[1]["state"] == "completed"
                           else None)(api(sb, "GET", "/migrate")), "the destination complete")
    pc = st["postcopy_progress"]
    check(st["role"] == "destination" and pc["pages_left"] == 0 and pc["pages_requested"] > 0
          and pc["faults"] > 0 and pc["whole_vm_on_one_side"],
          "the destination is whole, its faults asked for pages: %s" % pc)
    i0 = instret(sb)
    time.sleep(0.3)
    check(instret(sb) > i0, "the guest runs at the destination")
    print("post-copy: %d pages missing at the switch-over, %d asked for, %d faults"
          % (pc["pages_missing_at_switchover"], pc["pages_requested"], pc["faults"]))
    b.kill()
    b.wait()

    # 1b. postcopy_when "stalled": pre-copy rounds first, then the
    #     switch-over instead of the first throttle step.
    #     The stall needs DIRTY's rate, whose destination then faults the
    #     missing pages in within 12-30 ms (polled every millisecond): a
    #     source that finished before a poll saw "postcopy" (it exits, so
    #     the poll's connection fails) gets another try.
    for attempt in range(5):
        a2, sa2 = source("a2.%d" % attempt)
        b2, addr2, _ = destination("b2.%d" % attempt, api_sock=False)
        code, st = api(sa2, "PUT", "/migrate", {"destination": addr2, "postcopy": True,
                                                "postcopy_when": "stalled",
                                                "max_bandwidth": 2000000})
        check(code == 202, "PUT /migrate postcopy_when stalled: %d %s" % (code, st))
        try:
            # every millisecond: the phase may last only ~12 ms
            st = wait_for(in_postcopy_of(sa2), "the post-copy phase (stalled)", 120, 0.001)
            break
        except (OSError, IndexError):
            check(a2.wait(30) == 0 and "post-copy:" in lab.err_of("a2.%d" % attempt),
                  "the source ended in a post-copy the polls did not see: %s"
                  % lab.err_of("a2.%d" % attempt)[-400:])
            print("note: the post-copy phase ended between two polls; again")
            b2.kill()
            b2.wait()
    else:
        fail("the post-copy phase (stalled) ended between two polls in 5 tries")
    check(st["round"] >= 2 and st["throttle_percent"] == 0,
          "switched over when the rounds stalled, unthrottled: round %d, throttle %d%%"
          % (st["round"], st["throttle_percent"]))
    check(a2.wait(90) == 0, "the source exited 0 (stalled)")
    b2.kill()
    b2.wait()

    # 2. A destination that may not use userfaultfd refuses at PCPY.
    unpriv = open("/proc/sys/vm/unprivileged_userfaultfd").read().strip() == "0"
    if os.geteuid() == 0 and unpriv and shutil.which("setpriv"):
        c, sc = source("c")
        nobody_dir = os.path.join(T, "nobody")
        os.mkdir(nobody_dir)
        os.chmod(nobody_dir, 0o777)  # where the destination run as nobody listens
        d, addr, _ = destination("d", ["setpriv", "--reuid", "65534", "--regid", "65534",
                                       "--clear-groups"], api_sock=False, where=nobody_dir)
        code, st = api(sc, "PUT", "/migrate", {"destination": addr, "postcopy": True})
        check(code == 202, "PUT /migrate to a destination without userfaultfd: %d" % code)
        st = wait_for(lambda: (lambda r: r[1] if r[1]["state"] in ("failed", "completed")
                               else None)(api(sc, "GET", "/migrate")), "the refusal")
        check(st["state"] == "failed" and st["resumed"] is True
              and "userfaultfd" in st["error"] and "/dev/userfaultfd" in st["error"],
              "refused, saying what is missing: %s" % st.get("error"))
        check(d.wait(20) == 2, "the destination exited with status 2")
        i0 = instret(sc)
        time.sleep(0.3)
        check(instret(sc) > i0, "the source runs on")
    else:
        print("skip: the refusal case needs root, setpriv and vm.unprivileged_userfaultfd=0")

    # 3. Refused combinations.
    s3 = source("e")[1]
    for body, word in (({"postcopy": True, "streams": 2}, "streams"),
                       ({"postcopy": True, "copy_disks": True}, "copy_disks"),
                       ({"postcopy_when": "stalled"}, "postcopy"),
                       ({"postcopy": True, "postcopy_when": "later"}, "postcopy_when")):
        req = {"destination": "unix:" + os.path.join(T, "nowhere")}
        req.update(body)
        code, st = api(s3, "PUT", "/migrate", req)
        check(code == 400 and word in json.dumps(st),
              "PUT /migrate %s refused (400): %d %s" % (body, code, st))
finally:
    cleanup()
print("PASS")
