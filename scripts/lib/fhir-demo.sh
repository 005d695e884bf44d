# shellcheck shell=bash
# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The FHIR demo of scripts/run-demo.sh --fhir (and tools/screenshots): sourced, not run.
# start_fhir_demo DIR starts the FHIR R4 test server (tools/fhir-server: Medplum's FHIR router
# with the demo people and visits for today) on 127.0.0.1 over TLS with a certificate and a
# static token made for this run, and writes DIR/profile.json, a FHIR organisation profile
# pinned to that certificate. The caller's PIDS array gets the server's pid. Sets
# FHIR_DEMO_TOKEN (the demo logins' password) and FHIR_DEMO_URL.

start_fhir_demo() {
    local dir=$1
    mkdir -p "$dir"
    [ -d tools/fhir-server/node_modules/@medplum/fhir-router ] \
        || (cd tools/fhir-server && npm ci --no-audit --no-fund --loglevel=error)
    [ -f "$dir/cert.pem" ] || openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 \
        -nodes -days 30 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
        -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>/dev/null
    FHIR_DEMO_TOKEN=$(openssl rand -hex 12)
    local log="$dir/server.log"
    node tools/fhir-server/server.mjs --cert "$dir/cert.pem" --key "$dir/key.pem" \
        --port "${CAREPORTAL_DEMO_FHIR_PORT:-0}" --token "$FHIR_DEMO_TOKEN" >"$log" 2>&1 &
    local pid=$!
    PIDS+=("$pid")
    for _ in $(seq 1 300); do
        grep -q '^listening ' "$log" 2>/dev/null && break
        kill -0 "$pid" 2>/dev/null || { cat "$log"; return 1; }
        sleep 0.1
    done
    FHIR_DEMO_URL=$(sed -n 's/^listening //p' "$log" | head -n1)
    [ -n "$FHIR_DEMO_URL" ] || { cat "$log"; return 1; }
    local fingerprint
    fingerprint=$(openssl x509 -in "$dir/cert.pem" -noout -fingerprint -sha256 | cut -d= -f2)
    cat >"$dir/profile.json" <<JSON
{
  "backend": "fhir",
  "serverUrl": "$FHIR_DEMO_URL",
  "organisationName": "Thuiszorg De Linde",
  "fingerprint": "$fingerprint",
  "login": {"password": true}
}
JSON
    echo
    echo "FHIR R4 test server:  $FHIR_DEMO_URL (log: $log)"
    echo "Pinned certificate:   $fingerprint"
    echo "Demo logins:          c.test@example.nl, j.voorbeeld@example.nl,"
    echo "                      r.vertegenwoordiger@example.nl"
    echo "Password (the server's test token for this run): $FHIR_DEMO_TOKEN"
    echo
}
