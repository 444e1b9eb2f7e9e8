#!/bin/sh
# The API socket controls the VM, so it must never be usable by others, not
# even for an instant while rvisor starts. Attack: rvisor runs with umask
# 000 (a socket would be created srwxrwxrwx); while it starts, a watcher
# lstat()s the socket path in a tight loop and records every mode it sees,
# and, when the test runs as root, an attacker process running as "nobody"
# spins on connect() + GET /vm. Repeated over many starts: no other-
# accessible mode may ever be seen and the attacker must never get an answer.
. "$(dirname "$0")/apilib.sh"
command -v python3 >/dev/null || { echo "python3 missing: skipping"; exit 77; }
# A directory others can reach (the attacker runs as nobody), inside $T.
chmod 0711 "$T"
mkdir "$T/pub" && chmod 0777 "$T/pub"
S=$T/pub/api.sock
python3 - "$R" "$T/loop.bin" "$S" <<'PY' || fail "the API socket was reachable by others"
import ctypes, os, socket, stat, struct, subprocess, sys, time
rv, fw, path = sys.argv[1:4]
libc = ctypes.CDLL(None, use_errno=True)
IN_ATTRIB, IN_CREATE, IN_MOVED_TO = 0x4, 0x100, 0x80
name = os.path.basename(path).encode()
def attrib_changes(fd):
    # Events on the socket's name: did its attributes change in place?
    n = 0
    try:
        buf = os.read(fd, 65536)
    except BlockingIOError:
        return 0
    off = 0
    while off < len(buf):
        wd, mask, cookie, ln = struct.unpack_from("iIII", buf, off)
        nm = buf[off + 16:off + 16 + ln].rstrip(b"\0")
        off += 16 + ln
        if nm == name and mask & IN_ATTRIB:
            n += 1
    return n
attacker = None
if os.geteuid() == 0:
    # Forked before rvisor starts; drops to nobody and spins on connect().
    r, w = os.pipe()
    attacker = os.fork()
    if attacker == 0:
        os.close(r)
        os.setgid(65534)
        os.setuid(65534)
        won = 0
        deadline = time.time() + 120
        while time.time() < deadline:
            s = socket.socket(socket.AF_UNIX)
            try:
                s.connect(path)
                s.sendall(b"GET /vm HTTP/1.1\r\nHost: x\r\n\r\n")
                s.settimeout(2)
                if s.recv(100).startswith(b"HTTP/1.1 200"):
                    won += 1
                    os.write(w, b"x")
            except OSError:
                pass
            finally:
                s.close()
        os._exit(0)
    os.close(w)
    os.set_blocking(r, False)
bad = []
for attempt in range(15):
    ino = libc.inotify_init1(os.O_NONBLOCK)
    if ino < 0 or libc.inotify_add_watch(ino, os.path.dirname(path).encode(),
                                         IN_ATTRIB | IN_CREATE | IN_MOVED_TO) < 0:
        print("inotify unavailable"); sys.exit(1)
    old = os.umask(0)
    p = subprocess.Popen([rv, "run", "--firmware", fw, "--api-socket", path, "--timeout", "20"],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    os.umask(old)
    t0 = time.time()
    seen = set()
    # Watch the path from before it exists until it has been there a while.
    while time.time() - t0 < 5:
        try:
            m = os.lstat(path).st_mode
        except FileNotFoundError:
            if seen:
                break
            continue
        seen.add(stat.S_IMODE(m))
        if len(seen) and time.time() - t0 > 0.3:
            break
    p.kill()
    p.wait()
    if attrib_changes(ino):
        bad.append("start %d: the socket's permissions changed at the public path" % attempt)
    os.close(ino)
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    for m in seen:
        if m & 0o077:
            bad.append("start %d: socket mode %o seen" % (attempt, m))
    if attacker:
        try:
            if os.read(r, 100):
                bad.append("start %d: nobody got 200 from GET /vm" % attempt)
        except BlockingIOError:
            pass
    if not seen:
        bad.append("start %d: the socket never appeared" % attempt)
if attacker:
    os.kill(attacker, 9)
    os.waitpid(attacker, 0)
for b in bad:
    print(b)
if bad:
    sys.exit(1)
print("15 starts under umask 000: the socket was always private (%s)" %
      ("attacker as nobody never connected" if attacker else "not root: no attacker"))
PY
echo "all API socket checks passed"
