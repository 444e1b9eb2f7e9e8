"""The web dashboard in a real browser (docs/web.md, "The page"): a daemon
with --web on loopback serving build/web (make web), and Debian's chromium,
headless, driven by Playwright (tests/browser/dashboard.mjs, which lists
what it checks): a wrong token refused, login, a VM of the default guest
created (after a refusal shown beside the form) and started from the page,
a command typed into its console and one pasted, answers read from xterm's
buffer, two snapshots and a revert from the page, and a VM created and
started with the CLI appearing in the list without a reload. It prints the
first load's time and bytes. Screenshots go to build/test-logs/dashboard/
(RVISOR_UPDATE_SCREENSHOTS=1 also copies them to docs/images/).

Skips when node (18 or newer) or chromium is missing (scripts/deps.sh
test installs both); installs Playwright's package (playwright-core, no browser) into
the npm cache outside the clone (scripts/npm-cache.sh) the first time."""
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from guestlib import ROOT, RVISOR, SKIP, require_guest, check

CHROMIUM = shutil.which("chromium")
NODE = shutil.which("node")
if not NODE or not CHROMIUM:
    print("%s not installed (scripts/deps.sh test installs it): skipping"
          % ("node" if not NODE else "chromium"))
    sys.exit(SKIP)
# playwright-core 1.57 (pinned in tests/browser) needs node 18 or newer:
# Debian 12's own nodejs is 18.
NODE_MAJOR = int(subprocess.run([NODE, "--version"], capture_output=True, text=True)
                 .stdout.strip().lstrip("v").split(".")[0] or 0)
if NODE_MAJOR < 18:
    print("node %d is older than Playwright's minimum, 18: skipping" % NODE_MAJOR)
    sys.exit(SKIP)
kernel, initrd = require_guest()
WEB = os.path.join(ROOT, "build", "web", "index.html")
check(os.path.exists(WEB), "%s is missing: run make web" % WEB)

r = subprocess.run([os.path.join(ROOT, "scripts", "npm-cache.sh"),
                    os.path.join(ROOT, "tests", "browser")],
                   capture_output=True, text=True, timeout=600)
check(r.returncode == 0, "installing playwright-core failed: %s" % r.stderr.strip())
PLAYWRIGHT = r.stdout.strip()

tmp = tempfile.TemporaryDirectory(prefix="rvisor-dash-")  # removed at exit
T = tmp.name
env = dict(os.environ, RVISOR_STATE_DIR=os.path.join(T, "state"),
           RVISOR_RUN_DIR=os.path.join(T, "run"))
env.pop("RVISOR_NO_AUTOSTART", None)
SHOTS = os.path.join(ROOT, "build", "test-logs", "dashboard")
os.makedirs(SHOTS, exist_ok=True)
procs = []
groups = []  # process groups to end


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ours():
    """Processes whose command line names our temporary directory (the
    daemon, keepers, VMs)."""
    out = []
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                if (T + "/").encode() in open("/proc/%s/cmdline" % p, "rb").read():
                    out.append(int(p))
            except OSError:
                pass
    return out


def cleanup():
    for p in procs:
        if p.poll() is None:
            p.kill()
            p.wait()
    if groups:  # node and the chromium it started, even after node ended
        try:
            os.killpg(groups[0], 9)
        except OSError:
            pass
    for _ in range(3):
        for p in ours():
            try:
                os.kill(p, 9)
            except OSError:
                pass
        time.sleep(0.2)


def show_logs():
    for f in ("daemon.log", "state/vms/1/console.log"):
        try:
            print("--- " + f + "\n" + open(os.path.join(T, f), errors="replace").read()[-3000:])
        except OSError:
            pass


try:
    token = secrets.token_hex(16)
    token_file = os.path.join(T, "token")
    fd = os.open(token_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, (token + "\n").encode())
    os.close(fd)
    port = free_port()
    log = open(os.path.join(T, "daemon.log"), "wb")
    # The daemon in the foreground, its directories named on its command
    # line so that ours() finds it.
    daemon = subprocess.Popen([RVISOR, "daemon", "--foreground", "--state-dir", env["RVISOR_STATE_DIR"],
                               "--run-dir", env["RVISOR_RUN_DIR"],
                               "--web", "127.0.0.1:%d" % port, "--web-token-file", token_file],
                              env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
    procs.append(daemon)
    deadline = time.time() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if daemon.poll() is not None or time.time() > deadline:
                show_logs()
                check(False, "the daemon's web listener did not come up")
            time.sleep(0.2)
    print("ok: daemon with --web 127.0.0.1:%d" % port)

    benv = dict(env, RVISOR_URL="http://127.0.0.1:%d/" % port, RVISOR_TOKEN=token,
                RVISOR_BIN=RVISOR, RVISOR_KERNEL=kernel, RVISOR_INITRD=initrd,
                RVISOR_HOSTFWD_PORT=str(free_port()), SHOTS=SHOTS,
                PLAYWRIGHT=PLAYWRIGHT, CHROMIUM=CHROMIUM)
    node = subprocess.Popen([NODE, os.path.join(ROOT, "tests", "browser", "dashboard.mjs")],
                            env=benv, stdin=subprocess.DEVNULL, start_new_session=True)
    procs.append(node)
    groups.append(node.pid)
    try:
        st = node.wait(timeout=600)
    except subprocess.TimeoutExpired:
        os.killpg(node.pid, 9)
        st = "timeout"
    if st != 0:
        show_logs()
    check(st == 0, "the browser test failed (status %s)" % st)
    if os.environ.get("RVISOR_UPDATE_SCREENSHOTS"):
        dest = os.path.join(ROOT, "docs", "images")
        os.makedirs(dest, exist_ok=True)
        for f in sorted(os.listdir(SHOTS)):
            if f.startswith("dashboard-"):
                shutil.copy(os.path.join(SHOTS, f), dest)
                print("screenshot: docs/images/" + f)
    print("all dashboard checks passed")
finally:
    cleanup()
