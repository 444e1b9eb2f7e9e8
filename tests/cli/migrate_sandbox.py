"""A migration's destination under --sandbox on enters its sandbox before
the RAM arrives (docs/migration.md, "The destination's side of the
switch-over"), so that neither the pivot nor the filters are inside the
guest's pause; the RAM is then received by sandboxed threads:
- a guest dirtying 8 MiB in a loop migrates with "streams": 2 and
  "compress": "zstd" (pages written with pwrite64, zero pages punched out
  with fallocate, by the migrate-rx threads under their own filter and by
  the main thread under its own) to a destination run with --sandbox on:
  the source exits 0 and the destination runs the guest (a call the
  filters forbid would have killed it, SIGSYS);
- the destination's trace (RVISOR_MIGRATE_TRACE=1) says the console and
  the sandbox were ready before the state was received (before this
  change: after REDY, inside the pause);
- the same with a plain migration (one connection, no compression)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import migratelib  # noqa: E402
from migratelib import api  # noqa: E402

if os.geteuid() != 0:
    print("SKIP: the sandbox's namespaces and uid need root")
    sys.exit(0)

os.environ["RVISOR_MIGRATE_TRACE"] = "1"
lab = migratelib.Lab("rvisor-migsbx-")
T = lab.dir
check, fail, wait_for, err_of = lab.check, lab.fail, lab.wait_for, lab.err_of


def migrate(name, options):
    dsock = "%s/%s-dst.sock" % (T, name)
    d, addr = lab.destination(name + "-dst", "unix:%s/%s.in" % (T, name),
                              ["--sandbox", "on", "--api-socket", dsock])
    s, sock = lab.source(name, fw="dirty.bin")
    body = {"destination": addr}
    body.update(options)
    code, st = api(sock, "PUT", "/migrate", body)
    check(code == 202, "%s, PUT /migrate answers 202: %d %s" % (name, code, st))
    rc = lab.exit_status(s, name)
    check(rc == 0, "%s, the source exits 0 after the migration: %s" % (name, err_of(name)[-300:]))
    wait_for(lambda: d.poll() is not None or
             (os.path.exists(dsock) and api(dsock, "GET", "/vm")[0] == 200),
             name + "'s VM at the destination")
    check(d.poll() is None, "%s, the sandboxed destination lives on: %s"
          % (name, err_of(name + "-dst")[-600:]))
    lab.runs_on(dsock, name + ", the sandboxed destination runs the guest")
    events = [ln.split(None, 4)[-1] for ln in err_of(name + "-dst").split("\n")
              if ln.startswith("rvisor-mtrace: destination") and " hart" not in ln]
    ready = [i for i, ev in enumerate(events) if ev.startswith("console and sandbox ready")]
    state = [i for i, ev in enumerate(events) if ev.startswith("STAT and DONE received")]
    check(ready and state and ready[0] < state[0],
          "%s, the destination entered its sandbox before receiving the state: %s"
          % (name, events))
    d.kill()
    d.wait()


migrate("streams", {"streams": 2, "compress": "zstd"})
migrate("plain", {})
print("PASS")
