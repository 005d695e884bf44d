#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The shipped HAProxy front-end configuration (packaging/haproxy) in front of the real
# server: requests pass, and what the server refuses HAProxy refuses first, in the same
# problem+json; and behind it the server, told to trust the proxy (--trusted-proxy), counts
# and logs each client by the address the proxy saw, never by an X-Forwarded-For the client
# wrote itself. Loopback holds all of 127.0.0.0/8, so curl --interface gives each "client"
# an address of its own. Usage: haproxy_frontend.sh PATH/TO/careportal-server
set -euo pipefail
SERVER_BIN="$1"
CONFIG="$(dirname "$0")/../../packaging/haproxy/careportal-frontend.cfg"
WORK="$(mktemp -d)"
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

SERVER_PORT="$(free_port)"
FRONT_PORT="$(free_port)"
"$SERVER_BIN" --demo --data-dir "$WORK/data" --port "$SERVER_PORT" --trusted-proxy 127.0.0.1 >"$WORK/server.out" 2>"$WORK/server.log" &
PIDS+=($!)
for _ in $(seq 200); do grep -q listening "$WORK/server.out" 2>/dev/null && break; sleep 0.1; done
grep -q listening "$WORK/server.out" || fail "the server did not start"
CERT="$WORK/data/tls/server.crt"
cat "$CERT" "$WORK/data/tls/server.key" >"$WORK/front.pem"

export CAREPORTAL_BIND="127.0.0.1:$FRONT_PORT" CAREPORTAL_FRONT_PEM="$WORK/front.pem" \
    CAREPORTAL_SERVER="127.0.0.1:$SERVER_PORT" CAREPORTAL_SERVER_CA="$CERT"
haproxy -c -f "$CONFIG" || fail "haproxy -c refused the configuration"
haproxy -db -f "$CONFIG" >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
FRONT="https://127.0.0.1:$FRONT_PORT/api/v1"
for _ in $(seq 100); do curl -s -o /dev/null --cacert "$CERT" "$FRONT/organisation" && break; sleep 0.1; done

check() { # name expected-status curl-args...
    local name="$1" expected="$2"
    shift 2
    local status
    status="$(curl -s -o "$WORK/body" -w '%{http_code}' --cacert "$CERT" "$@")" || true
    [ "$status" = "$expected" ] || fail "$name: status $status, expected $expected: $(head -c 300 "$WORK/body")"
    echo "ok: $name ($status)"
}
check "a request passes to the server" 200 "$FRONT/organisation"
grep -q '"de-linde"' "$WORK/body" || fail "the organisation did not come from the server"
check "a login passes" 200 -H 'Content-Type: application/json' \
    -d '{"username":"j.voorbeeld@example.nl","password":"Welkom!2026"}' "$FRONT/auth/login"
printf '{}' | gzip >"$WORK/body.gz"
check "a compressed body is refused" 415 -H 'Content-Type: application/json' \
    -H 'Content-Encoding: gzip' --data-binary @"$WORK/body.gz" "$FRONT/auth/login"
grep -q '"code":"unsupported-media-type"' "$WORK/body" || fail "415 without problem+json"
# Judged from the header alone: the 70 KB are announced, not sent (sending them races the
# refusal, and the reset can reach curl before the answer).
check "an oversized Content-Length is refused" 413 -H 'Content-Type: application/json' \
    -H 'Expect:' -H 'Content-Length: 70000' -d '{}' "$FRONT/auth/login"
check "a chunked body is refused" 413 -H 'Content-Type: application/json' \
    -H 'Transfer-Encoding: chunked' -d '{}' "$FRONT/auth/login"
headers=()
for i in $(seq 70); do headers+=(-H "X-Fill-$i: x"); done
check "too many header fields are refused" 431 "${headers[@]}" "$FRONT/organisation"
if curl -s -o /dev/null --cacert "$CERT" --tls-max 1.2 --ciphers ECDHE-ECDSA-AES128-SHA \
    "$FRONT/organisation"; then
    fail "a TLS 1.2 CBC suite was accepted"
fi
echo "ok: a TLS 1.2 CBC suite is refused"
grep -q "GET /api/v1/organisation" "$WORK/server.log" || fail "the server logged no request"

# The client's address, as HAProxy saw it, reaches the server; a forged header does not.
check "a request from 127.0.0.2 through the proxy" 200 --interface 127.0.0.2 \
    -H 'X-Forwarded-For: 192.0.2.66' "$FRONT/organisation/privacy-statement"
# The server's log is written in groups (at most 100 ms late).
logged() { for _ in $(seq 50); do grep -q -- "$1" "$WORK/server.log" && return 0; sleep 0.1; done; return 1; }
logged "127.0.0.2 via 127.0.0.1 GET /api/v1/organisation/privacy-statement 200" ||
    fail "the server did not log the client's address: $(grep privacy-statement "$WORK/server.log")"
! grep -q "192.0.2.66" "$WORK/server.log" || fail "the server believed the client's own X-Forwarded-For"
echo "ok: the server logs the client's address from the proxy, not the client's claim"
# Straight to the server (not through the proxy), the header is the sender's claim.
DIRECT="https://127.0.0.1:$SERVER_PORT/api/v1"
check "a direct request with its own X-Forwarded-For" 200 --interface 127.0.0.3 \
    -H 'X-Forwarded-For: 192.0.2.77' "$DIRECT/organisation/privacy-statement"
logged "127.0.0.3 GET /api/v1/organisation/privacy-statement 200" || fail "a direct request was not logged by its own address"
! grep -q "192.0.2.77" "$WORK/server.log" || fail "the server believed an untrusted peer's X-Forwarded-For"
echo "ok: an X-Forwarded-For from an untrusted peer is ignored"

# Limits per address count each client behind the proxy on its own: five registrations an
# hour from 127.0.0.4 use up that address's share, and 127.0.0.5 behind the same proxy still
# gets through (counted by the proxy's address, it would get 422 too).
register() { # source-address e-mail expected-status
    check "registration from $1" "$3" --interface "$1" -H 'Content-Type: application/json' -d \
        "{\"requesterFirstName\":\"Anna\",\"requesterSurname\":\"Aanvrager\",\"requesterPhone\":\"06-11223344\",\"requesterEmail\":\"$2\",\"relation\":\"representative\",\"clientFirstName\":\"Cor\",\"clientSurname\":\"Test\",\"clientPhone\":\"010-1234567\",\"clientEmail\":\"\"}" \
        "$FRONT/registrations"
}
for i in 1 2 3 4 5; do register 127.0.0.4 "a$i@example.nl" 202; done
register 127.0.0.4 a6@example.nl 422
grep -q '"code":"limit-reached"' "$WORK/body" || fail "the sixth registration was not limit-reached"
register 127.0.0.5 b1@example.nl 202
echo "ok: the per-address limit counts each client behind the proxy"
echo "haproxy front end: all checks passed"
