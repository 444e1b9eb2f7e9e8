"""virtio-net rate limits seen from Linux (user-mode networking): the guest
sends zeros with `dd | nc` to a TCP server the test runs on the host
(reached as 10.0.2.2: host_loopback=on) with --net user,tx_bps=2M, and receives from one with
rx_bps=2M; the host times each transfer (tx: first to last byte received;
rx: from the HTTP request until the guest's wget has it all) and the payload rate
(counted in frames, as the limiter does) must be within 10 % of the
setting. Bursts are set small (64 KiB) so the
whole transfer runs at the rate. Then a PATCH /network-interfaces/0 on the
running VM halves the tx rate and the next transfer follows it.

A limit counts whole frames (Ethernet + IP + TCP headers: 1514 bytes carry
1448 of payload with TCP timestamps), so the payload rate is ~4.4 % under
the setting; both figures are printed, the frame rate is checked."""
import os
import socket
import tempfile
import threading
import time
from guestlib import Guest, require_guest, check, api, wait_socket

MiB = 1 << 20
kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-netrl-")
sock = os.path.join(tmp, "api.sock")


def server(mode, nbytes):
    """A one-shot TCP server on 127.0.0.1: "sink" reads nbytes (timing first
    to last byte), "source" answers an HTTP GET with nbytes (busybox nc would wait
    for its stdin after the peer closed; wget stops at Content-Length). Returns (port,
    result dict filled when done, thread)."""
    ls = socket.socket()
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)
    res = {}

    def serve():
        ls.settimeout(120)
        c, _ = ls.accept()
        ls.close()
        res["accept"] = time.monotonic()
        c.settimeout(120)
        if mode == "sink":
            got = 0
            while got < nbytes:
                b = c.recv(1 << 16)
                if not b:
                    break
                if not got:
                    res["first"] = time.monotonic()
                    res["first_len"] = len(b)
                got += len(b)
            res["last"] = time.monotonic()
            res["bytes"] = got
        else:
            req = b""
            while b"\r\n\r\n" not in req:
                b = c.recv(4096)
                if not b:
                    break
                req += b
            res["accept"] = time.monotonic()
            c.sendall(b"HTTP/1.0 200 OK\r\nContent-Length: %d\r\n\r\n" % nbytes)
            c.sendall(b"\0" * nbytes)
            res["sent"] = time.monotonic()
        c.close()

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    return ls.getsockname()[1], res, t


def within(got, want, what):
    """got: payload bytes/s; the limit counts frames (see above)."""
    frames = got * 1514 / 1448
    print("%s: %.3f MiB/s payload, %.3f MiB/s in frames, limit %.3f MiB/s: %+.1f %%"
          % (what, got / MiB, frames / MiB, want / MiB, 100 * (frames - want) / want))
    check(abs(frames - want) <= 0.10 * want, "%s: %.0f B/s in frames, expected %.0f +- 10 %%"
          % (what, frames, want), g)


def tx_rate(nbytes):
    port, res, t = server("sink", nbytes)
    g.run("dd if=/dev/zero bs=65536 count=%d 2>/dev/null | nc 10.0.2.2 %d"
          % (nbytes // 65536, port), 180)
    t.join(30)
    check(res.get("bytes") == nbytes, "tx: %s of %d bytes received" % (res, nbytes), g)
    return (nbytes - res["first_len"]) / (res["last"] - res["first"])


def rx_rate(nbytes):
    port, res, t = server("source", nbytes)
    out = g.run("wget -q -O - http://10.0.2.2:%d/zeros | wc -c" % port, 180)
    end = time.monotonic()
    t.join(30)
    check(str(nbytes) in out, "rx: the guest got %r, expected %d bytes" % (out, nbytes), g)
    return nbytes / (end - res["accept"])


g = Guest(["--kernel", kernel, "--initrd", initrd, "--api-socket", sock,
           "--net", "user,host_loopback=on,tx_bps=2M,tx_bps_burst=64K,rx_bps=2M,"
           "rx_bps_burst=64K"],
          timeout=400)
g.expect("GUEST-READY", 120)
g.expect("# ", 30)
wait_socket(sock, g)
g.run("ip link set eth0 up")
out = g.run("udhcpc -i eth0 -n -q 2>&1", 60)
check("lease of 10.0.2.15" in out, "no DHCP lease: %s" % out, g)

code, d = api(sock, "GET", "/network-interfaces/0")
check(code == 200 and d["tx_rate_limiter"]["bandwidth"]["rate"] == 2 * MiB and
      d["rx_rate_limiter"]["bandwidth"]["size"] == 64 * 1024, "GET: %s %s" % (code, d), g)

within(tx_rate(8 * MiB), 2 * MiB, "guest->host, tx_bps=2M")
within(rx_rate(12 * MiB), 2 * MiB, "host->guest, rx_bps=2M")

# Runtime change: tx down to 1 MiB/s (Firecracker's shape: 64 KiB every
# 62.5 ms is not a whole number; 1 MiB every second, burst 64 KiB via rate).
code, _ = api(sock, "PATCH", "/network-interfaces/0",
              {"tx_rate_limiter": {"bandwidth": {"rate": MiB, "size": 64 * 1024}}})
check(code == 204, "PATCH: %s" % code, g)
within(tx_rate(4 * MiB), MiB, "guest->host after PATCH, tx 1M")
code, d = api(sock, "GET", "/network-interfaces/0")
c = d["counters"]
print("counters:", c)
check(c["tx_throttled"] > 0 and c["rx_throttled"] > 0 and c["tx_bytes"] >= 12 * MiB,
      "counters: %s" % c, g)
g.send("poweroff -f\n")
check(g.wait_exit(60) == 0, "poweroff", g)
print("ok: NIC rate limits")
