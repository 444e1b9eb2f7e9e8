"""The destination of a migration runs the guest with its own CPU engine
(docs/migration.md, "The destination's side of the switch-over"): a
bare-metal guest migrates over a unix socket to a destination started
with --stats and --timeout 4, so that it stops by itself and prints its
stats once the guest has run there for 4 seconds:
- with the default engine (the JIT on x86-64), the destination's stats
  say engine=jit and blocks were translated (before the fix, the
  destination dropped the engine with the rest of its command line's
  configuration and ran every migrated guest interpreted);
- with --cpu-engine interp, it says no engine=jit (the choice is the
  destination's, not the stream's)."""
import os
import platform
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import migratelib  # noqa: E402
from migratelib import api  # noqa: E402

if platform.machine() != "x86_64":
    print("SKIP: the JIT is the default engine on x86-64 hosts only")
    sys.exit(0)

lab = migratelib.Lab("rvisor-migeng-")
T = lab.dir
check, fail, wait_for, err_of = lab.check, lab.fail, lab.wait_for, lab.err_of


def migrate(name, extra):
    """Migrates loop.bin to a destination run with extra; returns its
    stderr once it stopped."""
    dsock = "%s/%s-dst.sock" % (T, name)
    d, addr = lab.destination(name + "-dst", "unix:%s/%s.in" % (T, name),
                              ["--stats", "--timeout", "4", "--api-socket", dsock] +
                              list(extra))
    s, sock = lab.source(name)
    code, st = api(sock, "PUT", "/migrate", {"destination": addr})
    check(code == 202, "%s, PUT /migrate answers 202: %d %s" % (name, code, st))
    rc = lab.exit_status(s, name)
    check(rc == 0, "%s, the source exits 0 after the migration: %s" % (name, err_of(name)[-300:]))
    wait_for(lambda: os.path.exists(dsock) and api(dsock, "GET", "/vm")[0] == 200,
             name + "'s VM at the destination")
    lab.runs_on(dsock, name + ", the destination runs the guest")
    try:
        d.wait(60)
    except subprocess.TimeoutExpired:
        fail("%s: the destination did not stop after its --timeout" % name)
    return err_of(name + "-dst")


e = migrate("jit", [])
line = [x for x in e.split("\n") if "engine=jit" in x]
check(line and "blocks_translated=0 " not in line[0],
      "the destination runs the migrated guest under the JIT, its default: %s" % e[-600:])
e = migrate("interp", ["--cpu-engine", "interp"])
check("rvisor: stats: instret=" in e and "engine=jit" not in e,
      "a destination given --cpu-engine interp runs it interpreted: %s" % e[-600:])
print("PASS")
