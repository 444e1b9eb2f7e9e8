"""Clients of the daemon's web listener for the tests (docs/web.md), with
the standard library only: HTTP requests with a raw path (no
normalisation, so traversal attempts reach the server as written), and a
WebSocket client with its own RFC 6455 framing (masked frames out)."""
import base64
import hashlib
import http.client
import os
import socket
import struct
import time


def request(port, method, path, body=None, headers=None, timeout=30):
    """(status, headers dict with lower-case names, body bytes)."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    h = dict(headers or {})
    data = body.encode() if isinstance(body, str) else body
    c.putrequest(method, path, skip_accept_encoding=True)
    for k, v in h.items():
        c.putheader(k, v)
    if data is not None:
        c.putheader("Content-Length", str(len(data)))
    c.endheaders()
    if data:
        c.send(data)
    r = c.getresponse()
    out = r.read()
    hd = {k.lower(): v for k, v in r.getheaders()}
    c.close()
    return r.status, hd, out


def http_unix(sock_path, method, path, body=None, timeout=30):
    """The same request on the daemon's unix socket: (status, body)."""
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(timeout)
    s.connect(sock_path)
    data = body.encode() if isinstance(body, str) else (body or b"")
    head = "%s %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" % (method, path)
    if body is not None:
        head += "Content-Type: application/json\r\nContent-Length: %d\r\n" % len(data)
    s.sendall(head.encode() + b"\r\n" + data)
    resp = b""
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        resp += chunk
    s.close()
    head, _, rest = resp.partition(b"\r\n\r\n")
    status = int(head.split(b" ")[1])
    if b"transfer-encoding: chunked" in head.lower():
        out = b""
        while rest:
            n, _, rest = rest.partition(b"\r\n")
            n = int(n, 16)
            if n == 0:
                break
            out += rest[:n]
            rest = rest[n + 2:]
        rest = out
    return status, rest


class WebSocketClosed(Exception):
    def __init__(self, code, reason):
        super().__init__("closed %s %r" % (code, reason))
        self.code, self.reason = code, reason


class WebSocket:
    """A WebSocket client: connect() does the handshake and raises
    RuntimeError with the HTTP answer when it is refused."""

    def __init__(self, port, path, headers=None, timeout=30):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        h = {"Host": "127.0.0.1:%d" % port, "Upgrade": "websocket", "Connection": "Upgrade",
             "Sec-WebSocket-Key": key, "Sec-WebSocket-Version": "13"}
        h.update(headers or {})
        req = "GET %s HTTP/1.1\r\n" % path + "".join("%s: %s\r\n" % kv for kv in h.items())
        self.sock.sendall(req.encode() + b"\r\n")
        resp = b""
        while b"\r\n\r\n" not in resp:
            chunk = self.sock.recv(4096)
            if not chunk:
                break
            resp += chunk
        head, _, self.buf = resp.partition(b"\r\n\r\n")
        lines = head.decode(errors="replace").split("\r\n")
        self.status = int(lines[0].split(" ")[1]) if lines and " " in lines[0] else 0
        self.headers = {}
        for l in lines[1:]:
            k, _, v = l.partition(":")
            self.headers[k.strip().lower()] = v.strip()
        if self.status != 101:
            # The rest of the refusal: its body.
            self.sock.settimeout(5)
            try:
                while True:
                    chunk = self.sock.recv(65536)
                    if not chunk:
                        break
                    self.buf += chunk
            except OSError:
                pass
            self.sock.close()
            raise RuntimeError("handshake refused: %d %s" % (self.status, self.buf[:300]))
        want = base64.b64encode(hashlib.sha1(
            (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest()).decode()
        if self.headers.get("sec-websocket-accept") != want:
            raise RuntimeError("bad Sec-WebSocket-Accept: %r" % self.headers)

    def send_frame(self, opcode, payload=b"", fin=True, mask=True, length=None):
        n = len(payload) if length is None else length
        b0 = (0x80 if fin else 0) | opcode
        if n < 126:
            head = struct.pack("!BB", b0, (0x80 if mask else 0) | n)
        elif n < 65536:
            head = struct.pack("!BBH", b0, (0x80 if mask else 0) | 126, n)
        else:
            head = struct.pack("!BBQ", b0, (0x80 if mask else 0) | 127, n)
        if mask:
            m = os.urandom(4)
            head += m
            payload = bytes(c ^ m[i & 3] for i, c in enumerate(payload))
        self.sock.sendall(head + payload)

    def send(self, data):
        self.send_frame(0x2, data.encode() if isinstance(data, str) else data)

    def _need(self, n, deadline):
        while len(self.buf) < n:
            self.sock.settimeout(max(0.05, deadline - time.time()))
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                if time.time() >= deadline:
                    raise
                continue
            if not chunk:
                raise ConnectionError("the server closed the TCP connection")
            self.buf += chunk
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def recv_frame(self, seconds=30):
        """(opcode, payload) of the next server frame, which must be
        unmasked."""
        deadline = time.time() + seconds
        b0, b1 = self._need(2, deadline)
        if b1 & 0x80:
            raise RuntimeError("the server masked a frame")
        n = b1 & 0x7f
        if n == 126:
            n = struct.unpack("!H", self._need(2, deadline))[0]
        elif n == 127:
            n = struct.unpack("!Q", self._need(8, deadline))[0]
        return b0 & 0x0f, self._need(n, deadline)

    def read_until(self, needle, seconds=30):
        """Console output (binary frames) until needle; raises
        WebSocketClosed on a close frame."""
        deadline = time.time() + seconds
        got = b""
        while needle not in got:
            op, p = self.recv_frame(max(0.1, deadline - time.time()))
            if op == 0x8:
                code = struct.unpack("!H", p[:2])[0] if len(p) >= 2 else None
                raise WebSocketClosed(code, p[2:])
            if op in (0x1, 0x2):
                got += p
        return got

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass
