#!/bin/sh
# --net option errors: a message on stderr naming the problem, exit status
# 2, before any guest runs (bad MAC, bad hostfwd, a host port in use,
# unknown options or back ends, tap without ifname or without /dev/net/tun
# permission).
. "$(dirname "$0")/lib.sh"
# lib.sh's trap removes $T; the port holder below must not outlive us either.
holder=
trap '[ -n "$holder" ] && kill "$holder" 2>/dev/null; rm -rf "$T"' EXIT

# A firmware that spins (j .): the VM would run until --timeout, so an
# accepted option shows as status 124, a refused one as 2.
printf '\157\000\000\000' >"$T/spin.bin"
R="$RV run --firmware $T/spin.bin --timeout 2"

expect 2 "expected a unicast MAC" -- $R --net user,mac=52:54:00:12:34
expect 2 "expected a unicast MAC" -- $R --net user,mac=01:00:5e:00:00:01
expect 2 "expected a unicast MAC" -- $R --net user,mac=zz:54:00:12:34:56
expect 2 "bad hostfwd" -- $R --net user,hostfwd=tcp:127.0.0.1:2222
expect 2 "bad hostfwd" -- $R --net user,hostfwd=tcp:127.0.0.1:99999-:22
expect 2 "bad hostfwd" -- $R --net user,hostfwd=icmp::2222-:22
expect 2 "bad hostfwd" -- $R --net user,hostfwd=tcp:300.0.0.1:2222-:22
expect 2 "hostfwd needs a value" -- $R --net user,hostfwd
expect 2 "unknown option 'bogus'" -- $R --net user,bogus=1
expect 2 "unknown option 'ifname'" -- $R --net user,ifname=tap0
expect 2 "unknown network back end" -- $R --net socket,listen=:1234
expect 2 "back end comes first" -- $R --net mac=52:54:00:12:34:56
expect 2 "prefix length" -- $R --net user,net=10.0.0.0/30
expect 2 "host bits" -- $R --net user,net=10.0.2.5/24
expect 2 "expected on or off" -- $R --net user,restrict=sometimes
expect 2 "expected on or off" -- $R --net user,host_loopback=maybe
expect 2 "tap needs ifname" -- $R --net tap
expect 2 "unknown option 'hostfwd'" -- $R --net tap,ifname=x,hostfwd=tcp::1-:2
expect 2 "at most 15" -- $R --net tap,ifname=abcdefghijklmnopq
expect 2 "unknown option 'hostfwd'" -- $R --device net,tap,ifname=x,hostfwd=tcp::1-:2
# Rate limits: malformed values, a burst without its rate.
expect 2 "tx_bps=2Q: expected a positive whole number" -- $R --net user,tx_bps=2Q
expect 2 "rx_bps=0: expected a positive whole number" -- $R --net user,rx_bps=0
expect 2 "tx_pps=-5: expected a positive whole number" -- $R --net user,tx_pps=-5
expect 2 "rx_pps: expected a positive whole number" -- $R --net user,rx_pps
expect 2 "rx_bps_burst=: expected a positive whole number" -- $R --net user,rx_bps_burst=
expect 2 "tx_bps=99999999999999999999: more than the maximum of 9223372036854775807" -- $R --net user,tx_bps=99999999999999999999
expect 2 "rx_pps=17179869183G: more than the maximum" -- $R --net user,rx_pps=17179869183G
expect 2 "tx_bps_burst needs tx_bps" -- $R --net user,tx_bps_burst=64K
expect 2 "rx_pps_burst needs rx_pps" -- $R --net user,rx_bps=1M,rx_pps_burst=10
expect 2 "unknown option 'tx_bandwidth'" -- $R --net user,tx_bandwidth=1M
expect 2 "unknown option 'bps'" -- $R --net user,bps=1M
expect 2 "tx_bps=1X" -- $R --net tap,ifname=x,tx_bps=1X

# A host port already taken: a clear error, not a VM without its forward.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -c '
import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(1)
time.sleep(60)' "$port" &
holder=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do
	python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1",int(sys.argv[1])),1)' "$port" 2>/dev/null && break
	sleep 0.2
done
expect 2 "cannot listen on tcp port 127.0.0.1:$port" -- $R --net user,hostfwd=tcp:127.0.0.1:$port-:22

kill "$holder" 2>/dev/null
holder=

# Accepted: two NICs, tcp and udp forwards, restrict, another network.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
expect 124 "timeout" -- $R --net user,hostfwd=tcp:127.0.0.1:$port-:22,hostfwd=udp:127.0.0.1:$port-:53,restrict=on \
	--net user,net=192.168.77.0/24,mac=02:00:00:00:00:01
expect 124 "timeout" -- $R --net user,tx_bps=2M,tx_bps_burst=64K,tx_pps=1000,tx_pps_burst=100,rx_bps=1k,rx_pps=5

# tap: without /dev/net/tun, or without the right to attach, a clear error.
if [ ! -e /dev/net/tun ]; then
	expect 2 "/dev/net/tun is missing" -- $R --net tap,ifname=rvtest0
elif [ "$(id -u)" -ne 0 ]; then
	expect 2 "no permission" -- $R --net tap,ifname=rvtest0
else
	echo "skip: tap permission error (running as root with /dev/net/tun)"
fi

finish "net option"
