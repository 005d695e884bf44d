#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Screenshots of the app on a FHIR R4 server (issue 22): the real app with a FHIR profile
# against the FHIR test server (tools/fhir-server, Medplum's FHIR router with the demo),
# driven through AT-SPI as take.sh does: the login screen (no password reset or
# registration: the organisation's), home, the menu (with its note on the account),
# planning, contact details and persons, contact requests, absence, dossier, access log.
# Needs: xvfb imagemagick at-spi2-core python3-pyatspi, node with tools/fhir-server
# installed (npm ci).
# Usage: tools/screenshots/take-fhir.sh BUILD_DIR OUTPUT_DIR
set -euo pipefail
BUILD=$(realpath "${1:-build}")
OUT=$(realpath -m "${2:-/tmp/careportal-fhir}")
HERE=$(dirname "$(realpath "$0")")
SOURCE=$(realpath "$HERE/../..")
mkdir -p "$OUT"
WORK=$(mktemp -d)
export WORK BUILD OUT HERE SOURCE

dbus-run-session -- bash -c '
set -euo pipefail
printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
D=:$((70 + RANDOM % 9))
Xvfb $D -screen 0 1100x760x24 -nolisten tcp >/dev/null 2>&1 & XVFB=$!
export DISPLAY=$D
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & ATSPI=$!
PIDS=()
cd "$SOURCE"
source scripts/lib/fhir-demo.sh
start_fhir_demo "$WORK/fhir" >/dev/null
trap "kill ${PIDS[*]} $ATSPI $XVFB 2>/dev/null || true" EXIT
export DEMO_PASSWORD=$FHIR_DEMO_TOKEN
run() { # lang, steps, [user], [data dir suffix]
    QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$BUILD/app/careportal" \
        --profile "$WORK/fhir/profile.json" --data-dir "$WORK/app-$1${4:-}" --lang "$1" \
        >"$WORK/app-$1.log" 2>&1 &
    APP=$!
    sleep 3
    /usr/bin/python3 "$HERE/drive.py" "$OUT" "$1" "$2" ${3:-} || { kill $APP; cat "$WORK/app-$1.log"; exit 1; }
    kill $APP; wait $APP 2>/dev/null || true
}
run nl login,home,menu,planning,contact-details,contact-persons,contact-requests,absence,logout j.voorbeeld@example.nl
run en login,home,dossier,access-log,logout j.voorbeeld@example.nl -en
'
echo "Screenshots in $OUT"
