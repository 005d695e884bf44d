#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs, builds, starts the reference server with invented demo data on 127.0.0.1 and
# opens CarePortal pointed at it. Stop with Ctrl+C or by closing the app.
#
# --oidc (or CAREPORTAL_DEMO_OIDC=1) also starts the bundled OpenID Connect provider
# (panva's oidc-provider, tools/oidc-provider) on 127.0.0.1 over TLS with the demo accounts
# (tools/oidc-provider/demo/users.json, password Welkom!2026) and lets the server trust it:
# the login screen then offers "Inloggen via Demo-identiteitsprovider".
#
# --fhir (or CAREPORTAL_DEMO_FHIR=1) starts, instead of the reference server, the FHIR R4
# test server (Medplum's FHIR router, tools/fhir-server) with the same demo people and
# visits, and points the app at it with a FHIR profile (docs/fhir.md). Its static test token,
# printed at start, is the password of the demo logins. Other arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."

OIDC="${CAREPORTAL_DEMO_OIDC:-0}"
FHIR="${CAREPORTAL_DEMO_FHIR:-0}"
APP_ARGS=()
for arg in "$@"; do
    case "$arg" in
    --oidc) OIDC=1 ;;
    --fhir) FHIR=1 ;;
    *) APP_ARGS+=("$arg") ;;
    esac
done

./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAREPORTAL_BUILD_TESTS=OFF
cmake --build build --target careportal careportal-server

DEMO_DIR="${CAREPORTAL_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/careportal-demo}"
mkdir -p "$DEMO_DIR"
SERVER_LOG="$DEMO_DIR/server.log"

PIDS=()
stop_all() {
    local pid
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT

if [ "$FHIR" = 1 ]; then
    # shellcheck source=scripts/lib/fhir-demo.sh
    source scripts/lib/fhir-demo.sh
    start_fhir_demo "$DEMO_DIR/fhir"
    ./build/app/careportal --profile "$DEMO_DIR/fhir/profile.json" --data-dir "$DEMO_DIR/app-fhir" \
        "${APP_ARGS[@]}"
    exit
fi

OIDC_ARGS=()
if [ "$OIDC" = 1 ]; then
    # The provider's own TLS certificate and signing key are made here, in the demo's
    # data directory, never in the source tree.
    OIDC_DIR="$DEMO_DIR/oidc-provider"
    mkdir -p "$OIDC_DIR"
    chmod 700 "$OIDC_DIR"
    [ -d tools/oidc-provider/node_modules/oidc-provider ] \
        || (cd tools/oidc-provider && npm ci --no-audit --no-fund --loglevel=error)
    if [ ! -f "$OIDC_DIR/cert.pem" ]; then
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 365 \
            -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
            -keyout "$OIDC_DIR/key.pem" -out "$OIDC_DIR/cert.pem" 2>/dev/null
    fi
    [ -f "$OIDC_DIR/keys.json" ] \
        || node tools/oidc-provider/provider.mjs --generate-keys "$OIDC_DIR/keys.json" >/dev/null
    OIDC_LOG="$OIDC_DIR/provider.log"
    node tools/oidc-provider/provider.mjs --port "${CAREPORTAL_DEMO_OIDC_PORT:-8444}" \
        --cert "$OIDC_DIR/cert.pem" --key "$OIDC_DIR/key.pem" --keys "$OIDC_DIR/keys.json" \
        --users tools/oidc-provider/demo/users.json >"$OIDC_LOG" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 100); do
        grep -q '^listening ' "$OIDC_LOG" 2>/dev/null && break
        kill -0 "${PIDS[-1]}" 2>/dev/null || { cat "$OIDC_LOG"; exit 1; }
        sleep 0.1
    done
    ISSUER=$(sed -n 's/^listening //p' "$OIDC_LOG" | head -n1)
    [ -n "$ISSUER" ] || { cat "$OIDC_LOG"; exit 1; }
    OIDC_ARGS=(--oidc-issuer "$ISSUER" --oidc-client-id careportal-app
        --oidc-provider-name "Demo-identiteitsprovider"
        --oidc-scopes "openid email profile offline_access"
        --oidc-acr http://eidas.europa.eu/LoA/substantial
        --oidc-ca-file "$OIDC_DIR/cert.pem" --oidc-link-by-email)
fi

./build/server/careportal-server --data-dir "$DEMO_DIR/server" --host 127.0.0.1 --port "${CAREPORTAL_DEMO_PORT:-8443}" --demo \
    "${OIDC_ARGS[@]}" >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!
PIDS+=("$SERVER_PID")

for _ in $(seq 1 100); do
    grep -q '^TLS certificate SHA-256 fingerprint:' "$SERVER_LOG" 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$SERVER_LOG"; exit 1; }
    sleep 0.1
done
URL=$(sed -n 's/^CarePortal server listening on //p' "$SERVER_LOG" | head -n1)
FINGERPRINT=$(sed -n 's/^TLS certificate SHA-256 fingerprint: //p' "$SERVER_LOG" | head -n1)
[ -n "$URL" ] && [ -n "$FINGERPRINT" ] || { cat "$SERVER_LOG"; exit 1; }

# With --oidc the app trusts the provider's self-signed certificate for discovery and tokens.
PROVIDER_CERTIFICATES=""
[ "$OIDC" = 1 ] && PROVIDER_CERTIFICATES=",
  \"providerCertificates\": \"$OIDC_DIR/cert.pem\""
cat >"$DEMO_DIR/profile.json" <<JSON
{
  "serverUrl": "$URL",
  "organisationName": "Thuiszorg De Linde",
  "fingerprint": "$FINGERPRINT"$PROVIDER_CERTIFICATES
}
JSON

echo
echo "CarePortal demo server: $URL"
echo "Pinned certificate:     $FINGERPRINT"
grep '^Demo login:' "$SERVER_LOG" || true
if [ "$OIDC" = 1 ]; then
    echo "Identity provider:      $ISSUER (log: $OIDC_LOG)"
    echo "Provider login:         any demo account's e-mail above, password Welkom!2026"
    echo "                        (linked by e-mail at the first login)"
    echo "The browser warns about the provider's self-signed certificate: $OIDC_DIR/cert.pem"
fi
echo

./build/app/careportal --profile "$DEMO_DIR/profile.json" --data-dir "$DEMO_DIR/app" "${APP_ARGS[@]}"
