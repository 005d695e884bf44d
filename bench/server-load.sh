#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Server load benchmark: the reference server's throughput and tail latency beside nginx
# serving the same month's planning as a static file over TLS, in the same run (the ratio
# carries across machines), and the server again while 500 idle and 50 slow-loris
# connections are held open against it.
#
# Usage: bench/server-load.sh [SECONDS]      (each wrk run; default 8)
# Needs: wrk, nginx-light, curl, python3 (scripts/install-deps.sh installs them).
# Env:   BENCH_SERVER_BUILD_DIR (default build-bench-server, a Release build).
#
# Everything listens on 127.0.0.1 only; the held connections come from 127.0.0.10 and up.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH="${1:-8}"
BUILD_DIR="${BENCH_SERVER_BUILD_DIR:-build-bench-server}"
for tool in wrk nginx curl python3; do
    command -v "$tool" >/dev/null || { echo "server-load: $tool is missing" >&2; exit 1; }
done

echo "Building the server (Release) into $BUILD_DIR..." >&2
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCAREPORTAL_BUILD_TESTS=OFF \
    -DCAREPORTAL_BUILD_BENCH=OFF >/dev/null
cmake --build "$BUILD_DIR" -j2 --target careportal-server >/dev/null

WORK="$(mktemp -d)"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
SERVER_PORT="$(free_port)"
NGINX_PORT="$(free_port)"

"$BUILD_DIR/server/careportal-server" --demo --data-dir "$WORK/data" --port "$SERVER_PORT" \
    >"$WORK/server.out" 2>"$WORK/server.log" &
SERVER_PID=$!
PIDS+=("$SERVER_PID")
for _ in $(seq 100); do grep -q "listening" "$WORK/server.out" 2>/dev/null && break; sleep 0.1; done
CERT="$WORK/data/tls/server.crt"
KEY="$WORK/data/tls/server.key"
BASE="https://127.0.0.1:$SERVER_PORT/api/v1"

TOKEN="$(curl -s --cacert "$CERT" -H 'Content-Type: application/json' \
    -d '{"username":"j.voorbeeld@example.nl","password":"Welkom!2026"}' "$BASE/auth/login" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"
FROM="$(date +%Y-%m-01)"
TO="$(date -d "$FROM +1 month -1 day" +%Y-%m-%d)"
MONTH="/clients/client-j-voorbeeld/appointments?from=$FROM&to=$TO"
mkdir -p "$WORK/www"
curl -s --cacert "$CERT" -H "Authorization: Bearer $TOKEN" "$BASE$MONTH" >"$WORK/www/month.json"

cat >"$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx-body;
    server {
        listen 127.0.0.1:$NGINX_PORT ssl;
        ssl_certificate $CERT;
        ssl_certificate_key $KEY;
        ssl_protocols TLSv1.2 TLSv1.3;
        keepalive_requests 100000;
        root $WORK/www;
        default_type application/json;
    }
}
CONF
nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
PIDS+=($!)
sleep 0.5

# wrk prints "Requests/sec: N" and, with --latency, a "99%" row.
measure() { # connections url [header]
    local out
    if [ $# -ge 3 ]; then
        out="$(wrk -t2 -c"$1" -d"${SECONDS_EACH}s" --latency -H "$3" "$2")"
    else
        out="$(wrk -t2 -c"$1" -d"${SECONDS_EACH}s" --latency "$2")"
    fi
    local rps p99 errors
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    errors="$(awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' <<<"$out")"
    echo "$rps $p99 ${errors:-}"
}
rss() { awk '/VmRSS|VmHWM/ {printf "%s %s MiB  ", $1, int($2/1024)}' "/proc/$SERVER_PID/status"; }

AUTH="Authorization: Bearer $TOKEN"
# The machine may be shared: the figures mean little without the load they were taken under.
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf '%-44s %6s %12s %10s %8s\n' "what (wrk -t2, ${SECONDS_EACH}s, loopback)" conns "requests/s" "p99" "% nginx"
for c in 8 50; do
    read -r nginx_rps nginx_p99 _ < <(measure "$c" "https://127.0.0.1:$NGINX_PORT/month.json")
    printf '%-44s %6s %12s %10s %8s\n' "nginx: static month.json" "$c" "$nginx_rps" "$nginx_p99" "100"
    read -r rps p99 errs < <(measure "$c" "$BASE$MONTH" "$AUTH")
    printf '%-44s %6s %12s %10s %8s %s\n' "server: GET month (authenticated)" "$c" "$rps" "$p99" \
        "$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN {printf "%.0f", 100*a/b}')" "$errs"
    read -r rps p99 errs < <(measure "$c" "$BASE/organisation")
    printf '%-44s %6s %12s %10s %8s %s\n' "server: GET /organisation (public)" "$c" "$rps" "$p99" \
        "$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN {printf "%.0f", 100*a/b}')" "$errs"
done
echo "server memory before holding connections: $(rss)"

python3 bench/holdconnections.py --port "$SERVER_PORT" --cafile "$CERT" --idle 500 --slow 50 \
    >"$WORK/hold.out" 2>&1 &
HOLD_PID=$!
PIDS+=("$HOLD_PID")
for _ in $(seq 100); do grep -q holding "$WORK/hold.out" 2>/dev/null && break; sleep 0.1; done
OPEN="$(ss -Htn state established "( sport = :$SERVER_PORT )" | wc -l)"
echo "connections open at the server while holding: $OPEN"
read -r rps p99 errs < <(measure 50 "$BASE$MONTH" "$AUTH")
printf '%-44s %6s %12s %10s %s\n' "server: GET month with 500 idle + 50 slow" 50 "$rps" "$p99" "$errs"
echo "server memory while holding: $(rss)"
kill -TERM "$HOLD_PID"
wait "$HOLD_PID" 2>/dev/null || true
cat "$WORK/hold.out"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
