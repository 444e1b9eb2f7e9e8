#!/bin/sh
# Slow clients must not lock out the per-VM API (slowloris). Attack: 40
# connections each send the start of a request and then one more header
# byte every second, forever (never idle long enough for an idle timeout).
# While they hold on, a normal client must still get its answer within 2 s,
# and every slow connection must be dropped by the server within a bounded
# time (the API's whole-request deadline is 5 s; 9 s allowed here).
. "$(dirname "$0")/apilib.sh"
command -v python3 >/dev/null || { echo "python3 missing: skipping"; exit 77; }
S=$T/api.sock
$R run --firmware "$T/loop.bin" --api-socket "$S" --timeout 60 </dev/null >"$T/run.log" 2>&1 &
PIDS="$PIDS $!"
wait_sock "$S"
python3 - "$S" <<'PY' || fail "slow clients"
import select, socket, sys, time
path = sys.argv[1]
N = 40
slow = []
for k in range(N):
    # A full listen backlog answers EAGAIN: retry (the server accepts).
    for attempt in range(100):
        s = socket.socket(socket.AF_UNIX)
        s.setblocking(False)
        try:
            s.connect(path)
            break
        except BlockingIOError:
            s.close()
            time.sleep(0.03)
    else:
        print("FAIL: slow client %d cannot connect" % k)
        sys.exit(1)
    slow.append({"s": s, "t0": time.time(), "closed": None, "sent": 0})
hdr = b"GET /vm HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 1000

def drip(c):
    # One more byte; a reset or EOF means the server dropped us.
    if c["closed"]:
        return
    try:
        r, _, _ = select.select([c["s"]], [], [], 0)
        if r and c["s"].recv(4096) == b"":
            raise ConnectionResetError
        c["s"].send(hdr[c["sent"]:c["sent"] + 1])
        c["sent"] += 1
    except (BlockingIOError, InterruptedError):
        pass
    except OSError:
        c["closed"] = time.time()

for c in slow:
    drip(c)
time.sleep(0.3)

# A normal client, while the slow ones hold on.
t = time.time()
ok = False
try:
    n = socket.socket(socket.AF_UNIX)
    n.settimeout(2)
    n.connect(path)
    n.sendall(b"GET /vm HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    ok = n.recv(100).startswith(b"HTTP/1.1 200")
except OSError as e:
    print("normal client: %s" % e)
dt = time.time() - t
if not ok or dt > 2:
    print("FAIL: a normal client got no answer within 2 s with %d slow clients (%.2f s)" % (N, dt))
    sys.exit(1)
print("normal client answered in %.3f s with %d slow clients connected" % (dt, N))

# Keep dripping a byte a second until every slow connection is dropped.
end = time.time() + 12
while time.time() < end and not all(c["closed"] for c in slow):
    for c in slow:
        drip(c)
    time.sleep(1)
    for c in slow:
        drip(c)
held = [c for c in slow if not c["closed"] or c["closed"] - c["t0"] > 9]
if held:
    print("FAIL: %d of %d slow connections held for more than 9 s" % (len(held), N))
    sys.exit(1)
print("every slow connection was dropped, the last after %.1f s" %
      max(c["closed"] - c["t0"] for c in slow))
PY
req GET /vm
case "$OUT" in *'"state":"running"'*" 200") echo "ok: API still serves" ;; *) fail "after slow clients: $OUT" ;; esac
echo "all slow-client checks passed"
