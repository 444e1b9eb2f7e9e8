#!/bin/sh
# A real Prometheus scrapes the daemon (docs/monitoring.md): Debian's
# prometheus, on loopback with a temporary configuration and data
# directory, scrapes `rvisor daemon --metrics-listen 127.0.0.1:PORT` once a
# second; one series (a VM's guest memory) is queried back through its
# HTTP API, and the target is healthy. Skipped when prometheus is missing.
. "$(dirname "$0")/daemonlib.sh"
command -v prometheus >/dev/null || { echo "prometheus missing (package prometheus): skipping"; exit 77; }

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
MPORT=$(port)
PPORT=$(port)
"$R" daemon --state-dir "$RVISOR_STATE_DIR" --run-dir "$RVISOR_RUN_DIR" \
	--metrics-listen "127.0.0.1:$MPORT" || fail "the daemon did not start"
must 0 "" -- create a --firmware "$T/idle.bin" --mem 96M
must 0 running -- start a

mkdir "$T/prom"
cat >"$T/prom/prometheus.yml" <<EOF
global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: rvisor
    static_configs:
      - targets: ["127.0.0.1:$MPORT"]
EOF
prometheus --config.file="$T/prom/prometheus.yml" --storage.tsdb.path="$T/prom/data" \
	--web.listen-address="127.0.0.1:$PPORT" >"$T/prom/log" 2>&1 &
PROM=$!

# Up to 90 s on a loaded host: Prometheus starts, scrapes, answers.
got=
for _ in $(seq 180); do
	got=$(curl -s --max-time 5 -G "http://127.0.0.1:$PPORT/api/v1/query" \
		--data-urlencode 'query=rvisor_vm_memory_bytes{vm="a"}')
	case "$got" in *'"value":'*) break ;; esac
	kill -0 "$PROM" 2>/dev/null || fail "prometheus exited: $(tail -5 "$T/prom/log")"
	sleep 0.5
done
echo "$got" | grep -q '"value":\[[0-9.]*,"100663296"\]' ||
	fail "the series did not come back from Prometheus: $got $(tail -5 "$T/prom/log")"
echo "ok: Prometheus has rvisor_vm_memory_bytes{vm=\"a\"} = 100663296"
health=$(curl -s --max-time 5 "http://127.0.0.1:$PPORT/api/v1/targets")
echo "$health" | grep -q '"health":"up"' || fail "the target is not up: $health"
echo "ok: the target is up"

kill "$PROM"
wait "$PROM" 2>/dev/null
must 0 stopped -- kill a
kill "$(daemon_pid)"
echo "all Prometheus checks passed"
