#!/bin/sh
# Monitoring (docs/monitoring.md) without a guest OS: VMs running a tiny
# idle firmware under a daemon in temporary directories.
# - `rvisor vm stats` / GET /vms/{name}/stats: state, pid, per-vCPU CPU
#   time and instructions, guest memory, RSS and PSS, counts; a stopped
#   VM's last exit; 404 for no such VM.
# - GET /metrics: the text format, checked by `promtool check metrics`
#   (package prometheus) when it is installed; the same text on the TCP
#   listener (--metrics-listen, loopback), and only /metrics there.
# - GET /events and `rvisor events`: the lifecycle in order (created,
#   started, paused, resumed, modified, stopped with its reason, deleted)
#   with consecutive sequence numbers; resuming with --since.
# - `rvisor top --batch -n 2`: every VM on each frame, with its state.
. "$(dirname "$0")/daemonlib.sh"

for c in "vm stats" top events; do
	# shellcheck disable=SC2086
	OUT=$("$R" $c --help) || fail "rvisor $c --help failed"
	echo "$OUT" | grep -q "usage: rvisor $c" || fail "rvisor $c --help: $OUT"
done
"$R" top >/dev/null 2>&1 </dev/null && fail "rvisor top without a terminal succeeded"

# A free loopback port for the metrics listener.
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$R" daemon --state-dir "$RVISOR_STATE_DIR" --run-dir "$RVISOR_RUN_DIR" --metrics-listen "127.0.0.1:$PORT" || fail "daemon with --metrics-listen did not start"
"$R" daemon --metrics-listen nonsense --run-dir "$T/run2" --state-dir "$T/state2" 2>"$T/err" &&
	fail "--metrics-listen nonsense accepted"
grep -q "HOST:PORT" "$T/err" || fail "--metrics-listen nonsense: $(cat "$T/err")"

"$R" events -o json >"$T/events.json" 2>"$T/events.err" &
EVPID=$!
sleep 0.5

must 0 "" -- create a --firmware "$T/idle.bin" --cpus 2
must 0 "" -- create b --firmware "$T/idle.bin"
must 0 running -- start a
must 0 running -- start b
must 0 paused -- pause b
must 0 running -- resume b
must 0 "" -- modify b --mem 256M

# Statistics of a running VM, as JSON and as text.
must 0 "" -- stats a -o json
[ "$(field .name)" = a ] || fail "stats name: $OUT"
[ "$(field .state)" = running ] || fail "stats state: $OUT"
[ "$(field .pid)" -gt 0 ] || fail "stats pid: $OUT"
[ "$(field .memory.guest_bytes)" = 134217728 ] || fail "guest memory: $OUT"
[ "$(field .memory.rss_bytes)" -gt 0 ] || fail "rss: $OUT"
[ "$(field .memory.pss_bytes)" -gt 0 ] || fail "pss: $OUT"
[ "$(field '.cpu.vcpus[1].vcpu')" = 1 ] || fail "two vcpus: $OUT"
[ -n "$(field '.cpu.vcpus[0].cpu_seconds')" ] || fail "vcpu0 cpu time: $OUT"
[ "$(field '.cpu.vcpus[0].instructions_retired')" -ge 1 ] || fail "vcpu0 instret: $OUT"
[ "$(field .snapshots_taken)" = 0 ] || fail "snapshots: $OUT"
[ "$(field .migrations_started)" = 0 ] || fail "migrations: $OUT"
must 0 "pss" -- stats a
must 3 "" -- stats nosuch
curl -s --unix-socket "$S" -X POST http://localhost/vms/a/stats -o /dev/null -w '%{http_code}' |
	grep -q 405 || fail "POST /vms/a/stats is not 405"

# The collector's cache: both VMs, with rates after two collections.
sleep 2.5
ALL=$(curl -s --unix-socket "$S" http://localhost/stats)
[ "$(json_get '.vms[0].name' "$ALL")" = a ] || fail "GET /stats: $ALL"
[ -n "$(json_get '.vms[0].cpu.percent' "$ALL")" ] || fail "GET /stats has no cpu rate: $ALL"
[ -n "$(json_get '.vms[0].mips' "$ALL")" ] || fail "GET /stats has no MIPS: $ALL"

# Prometheus text on the unix socket and on TCP.
curl -s --unix-socket "$S" http://localhost/metrics >"$T/metrics.txt"
grep -q '^rvisor_vm_cpu_seconds_total{vm="a",vcpu="1"} ' "$T/metrics.txt" ||
	fail "no vCPU CPU series: $(head -30 "$T/metrics.txt")"
grep -q '^rvisor_vm_up{vm="b"} 1$' "$T/metrics.txt" || fail "no rvisor_vm_up for b"
grep -q '^# TYPE rvisor_vm_instructions_retired_total counter$' "$T/metrics.txt" ||
	fail "no TYPE line for instructions"
curl -s "http://127.0.0.1:$PORT/metrics" | grep -q '^rvisor_vm_memory_bytes{vm="a"} 134217728$' ||
	fail "the TCP listener does not serve the metrics"
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/vms")" = 404 ] ||
	fail "the TCP listener serves more than /metrics"
if command -v promtool >/dev/null; then
	promtool check metrics <"$T/metrics.txt" >"$T/promtool.out" 2>&1 ||
		fail "promtool check metrics: $(cat "$T/promtool.out")"
	echo "ok: promtool check metrics"
else
	echo "promtool missing (package prometheus): format check skipped"
fi

# top, batch mode: two frames, each listing both VMs.
OUT=$("$R" top --batch -n 2 -d 0.5) || fail "top --batch failed: $OUT"
[ "$(echo "$OUT" | grep -c '^rvisor top')" = 2 ] || fail "top: not two frames: $OUT"
[ "$(echo "$OUT" | grep -c '^a  *running')" = 2 ] || fail "top: a not on each frame: $OUT"
[ "$(echo "$OUT" | grep -c '^b  *running')" = 2 ] || fail "top: b not on each frame: $OUT"
OUT=$("$R" top --batch -n 1 --sort name) || fail "top --sort name failed"
[ "$(echo "$OUT" | sed -n '3s/ .*//p')" = a ] || fail "top --sort name: $OUT"
"$R" top --batch -n 1 --sort bogus 2>/dev/null && fail "top --sort bogus accepted"

# A snapshot through the VM's own API (as `rvisor ctl` takes one): counted,
# and seen by the collector as a "snapshot" event. It goes into the VM's
# snapshot directory: a sandboxed VM (as root) reaches no other.
SN=$RVISOR_STATE_DIR/vms/1/snapshots
must 0 paused -- pause a
curl -s --unix-socket "$RVISOR_RUN_DIR/vm-1.sock" -X PUT http://localhost/snapshot/create \
	-d "{\"snapshot_path\":\"$SN/a.snap\",\"mem_file_path\":\"$SN/a.mem\"}" >"$T/snap.out" ||
	fail "snapshot request failed"
[ -s "$SN/a.snap" ] || fail "no snapshot written: $(cat "$T/snap.out")"
for _ in $(seq 40); do
	"$R" events --no-follow | grep -q "snapshot *a" && break
	sleep 0.25
done
"$R" events --no-follow | grep -q "snapshot *a *snapshots_taken=1" ||
	fail "no snapshot event: $("$R" events --no-follow)"
must 0 "" -- stats a -o json
[ "$(field .snapshots_taken)" = 1 ] || fail "snapshots_taken after a snapshot: $OUT"
curl -s --unix-socket "$S" http://localhost/metrics | grep -q '^rvisor_vm_snapshots_total{vm="a"} 1$' ||
	fail "rvisor_vm_snapshots_total not 1"
must 0 running -- resume a

# Stop, kill, delete: then the stream holds the whole lifecycle in order.
must 0 stopped -- stop a --timeout 5
must 0 stopped -- kill b
must 0 "" -- stats a -o json
[ "$(field .state)" = stopped ] || fail "stats of a stopped VM: $OUT"
[ "$(field .last_exit.requested)" = stop ] || fail "stopped VM's last exit: $OUT"
must 0 "" -- delete b
sleep 0.5
kill "$EVPID"
wait "$EVPID" 2>/dev/null
got=$(sed -n 's/.*"type":"\([a-z]*\)","vm":"\([a-z]*\)".*/\1 \2/p' "$T/events.json" | tr '\n' ',')
want="created a,created b,started a,started b,paused b,resumed b,modified b,paused a,snapshot a,resumed a,stopped a,stopped b,deleted b,"
[ "$got" = "$want" ] || fail "events: got '$got', want '$want': $(cat "$T/events.json" "$T/events.err")"
python3 - "$T/events.json" <<'PY' || fail "event sequence numbers"
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
seqs = [e["seq"] for e in ev]
assert seqs == list(range(seqs[0], seqs[0] + len(seqs))), seqs
assert len({e["stream"] for e in ev}) == 1
stop = [e for e in ev if e["type"] == "stopped"]
assert stop[0]["exit"]["requested"] == "stop" and stop[1]["exit"]["requested"] == "kill", stop
assert stop[1]["exit"]["signal"] == 9, stop
PY
echo "ok: events in order: $got"
# Resume after the 10th event: the last three.
OUT=$("$R" events --no-follow --since 10 -o json) || fail "events --since failed"
[ "$(echo "$OUT" | wc -l)" = 3 ] || fail "events --since 10: $OUT"
echo "$OUT" | head -1 | grep -q '"seq":11' || fail "events --since 10 starts at: $OUT"
OUT=$("$R" events --no-follow) || fail "events --no-follow failed"
echo "$OUT" | grep -q "stopped *a *reason=exited requested=stop" || fail "events text: $OUT"
curl -s --unix-socket "$S" 'http://localhost/events?since=x' | grep -q "sequence number" ||
	fail "GET /events?since=x not refused"

kill "$(daemon_pid)"
echo "all monitoring checks passed"
