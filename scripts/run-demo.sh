#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs, builds, starts the reference server with invented demo data on 127.0.0.1 and
# opens CarePortal pointed at it. Stop with Ctrl+C or by closing the app.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAREPORTAL_BUILD_TESTS=OFF
cmake --build build --target careportal careportal-server

DEMO_DIR="${CAREPORTAL_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/careportal-demo}"
mkdir -p "$DEMO_DIR"
SERVER_LOG="$DEMO_DIR/server.log"

./build/server/careportal-server --data-dir "$DEMO_DIR/server" --host 127.0.0.1 --port "${CAREPORTAL_DEMO_PORT:-8443}" --demo \
    >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
    grep -q '^TLS certificate SHA-256 fingerprint:' "$SERVER_LOG" 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$SERVER_LOG"; exit 1; }
    sleep 0.1
done
URL=$(sed -n 's/^CarePortal server listening on //p' "$SERVER_LOG" | head -n1)
FINGERPRINT=$(sed -n 's/^TLS certificate SHA-256 fingerprint: //p' "$SERVER_LOG" | head -n1)
[ -n "$URL" ] && [ -n "$FINGERPRINT" ] || { cat "$SERVER_LOG"; exit 1; }

cat >"$DEMO_DIR/profile.json" <<JSON
{
  "serverUrl": "$URL",
  "organisationName": "Thuiszorg De Linde",
  "fingerprint": "$FINGERPRINT"
}
JSON

echo
echo "CarePortal demo server: $URL"
echo "Pinned certificate:     $FINGERPRINT"
grep '^Demo login:' "$SERVER_LOG" || true
echo

./build/app/careportal --profile "$DEMO_DIR/profile.json" --data-dir "$DEMO_DIR/app" "$@"
