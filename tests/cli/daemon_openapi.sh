#!/bin/sh
# docs/api/daemon.yaml stays true: every path and method it documents is
# one the daemon serves (never "no such resource" nor 405), and a method it
# does not document on a documented path is refused with 405 and an Allow
# header listing exactly the documented ones.
. "$(dirname "$0")/daemonlib.sh"
python3 -c 'import yaml' 2>/dev/null || { echo "python3-yaml missing: skipping"; exit 77; }

must 0 "" -- list
python3 - "$S" <<'PY' || fail "the document and the daemon disagree"
import subprocess, sys, yaml
sock = sys.argv[1]
doc = yaml.safe_load(open("docs/api/daemon.yaml"))
bad = 0
for path, item in doc["paths"].items():
    url = path.replace("{name}", "nosuch").replace("{snapshot}", "nosnap")
    methods = [m for m in item if m in ("get", "post", "patch", "delete", "put")]
    for m in ("get", "post", "patch", "delete", "put"):
        out = subprocess.run(["curl", "-s", "-X", m.upper(), "-w", "|%header{allow}|%{http_code}",
                              "--unix-socket", sock, "http://localhost" + url],
                             capture_output=True, text=True).stdout
        body, allow, code = out.rsplit("|", 2)
        if m in methods and (code == "405" or "no such resource" in out):
            print("FAIL: %s %s is documented but not served: %s" % (m.upper(), path, out))
            bad += 1
        elif m not in methods and code != "405":
            print("FAIL: %s %s is not documented but answers %s" % (m.upper(), path, out))
            bad += 1
        elif m not in methods and sorted(a.strip() for a in allow.split(",")) != sorted(x.upper() for x in methods):
            print("FAIL: %s %s: 405 with Allow '%s', documented %s" % (m.upper(), path, out, methods))
            bad += 1
        else:
            print("ok: %s %s -> %s" % (m.upper(), path, code))
sys.exit(1 if bad else 0)
PY
kill "$(daemon_pid)"
echo "all daemon API document checks passed"
