#!/usr/bin/env python3
"""Two rvisor binaries side by side on 7-Zip's benchmark inside the default
guest (bench/guest_7zip.py's run, JIT engine, one core each), for an A/B of
an engine change: on this shared, drifting host only runs made at the same
time compare; one after the other, two runs of the same binary differ by 5 %.

    bench/ab_7zip.py A/rvisor B/rvisor

Prints each pass's compress and decompress ratings per CPU second for both,
and the medians of B/A over the passes. Environment: BENCH_7ZIP_PASSES
(default here 5), BENCH_AB_ENGINE (default jit), BENCH_7ZIP_DICT and
BENCH_7ZIP_TIMEOUT as bench/guest_7zip.py has them. Exit 1 when a guest
prints fewer rating lines, 2 on bad arguments."""
import os
import statistics
import subprocess
import sys
import tempfile

os.environ.setdefault("BENCH_7ZIP_PASSES", "5")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "guest"))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import guestlib  # noqa: E402
import guest_7zip  # noqa: E402


def main():
    if len(sys.argv) != 3 or not all(os.access(b, os.X_OK) for b in sys.argv[1:]):
        print(__doc__.strip())
        sys.exit(2)
    binaries = [os.path.abspath(b) for b in sys.argv[1:]]
    gdir = guestlib.guest_dir()
    if gdir is None:
        print("the default guest is not built (make guest)")
        sys.exit(1)
    built = subprocess.run([guest_7zip.BUILD], stdout=subprocess.PIPE, text=True)
    if built.returncode != 0:
        sys.exit(1)
    sz = built.stdout.strip()
    engine = os.environ.get("BENCH_AB_ENGINE", "jit")
    timeout = int(os.environ.get("BENCH_7ZIP_TIMEOUT", "1800"))
    with tempfile.TemporaryDirectory() as d:
        initrd = guest_7zip.make_initrd(gdir, sz, d)
        guests = []
        for b in binaries:
            guestlib.RVISOR = b  # read when the Guest starts its process
            guests.append(guestlib.Guest(["--cpu-engine", engine, "--kernel",
                                          os.path.join(gdir, "Image"), "--initrd", initrd,
                                          "--memory", guest_7zip.MEMORY], timeout=timeout + 600))
        res = guest_7zip.side_by_side(guests, ["A", "B"], timeout)
    print("A = %s\nB = %s\n%4s %9s %9s %9s %9s %7s %7s" % (
        binaries[0], binaries[1], "pass", "A comp", "B comp", "A decomp", "B decomp", "comp",
        "decomp"))
    rc, rd = [], []
    for n, (a, b) in enumerate(zip(res["A"], res["B"])):
        ac, ad = a[0] / max(a[2], 0.01), a[1] / max(a[2], 0.01)
        bc, bd = b[0] / max(b[2], 0.01), b[1] / max(b[2], 0.01)
        rc.append(bc / ac)
        rd.append(bd / ad)
        print("%4d %9.0f %9.0f %9.0f %9.0f %6.3fx %6.3fx" % (n + 1, ac, bc, ad, bd, rc[-1], rd[-1]))
    print("median B/A: compress %.3fx, decompress %.3fx (ratings per CPU second)"
          % (statistics.median(rc), statistics.median(rd)))


if __name__ == "__main__":
    main()
