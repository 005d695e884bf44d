#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Screenshots of the business portal (seed 004) in the real app against the demo server,
# driven through AT-SPI (business_steps.py): m.kademaker chooses Woonstichting De Kade,
# then Home, Mijn gegevens (its three tiles, the form, a colleague), Facturen (open, an
# invoice, all) and Projecten (all, a project), in Dutch and English, on a desktop
# (1100x760) and at phone width (400x800).
# Needs: xvfb imagemagick at-spi2-core python3-pyatspi xdotool (dev tools).
# Usage: tools/screenshots/take-business.sh BUILD_DIR OUTPUT_DIR
set -euo pipefail
BUILD=$(realpath "${1:-build}")
OUT=$(realpath -m "${2:-/tmp/careportal-business}")
HERE=$(dirname "$(realpath "$0")")
WORK=$(mktemp -d)
export WORK BUILD OUT HERE

dbus-run-session -- bash -c '
set -euo pipefail
printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & ATSPI=$!
"$BUILD/server/careportal-server" --data-dir "$WORK/server" --port 0 --demo >"$WORK/server.log" 2>&1 & SERVER=$!
XVFB=""
export DISPLAY=:95
trap "kill $SERVER $ATSPI \$XVFB 2>/dev/null || true" EXIT
for _ in $(seq 1 100); do grep -q fingerprint "$WORK/server.log" && break; sleep 0.1; done
URL=$(sed -n "s/^CarePortal server listening on //p" "$WORK/server.log")
FP=$(sed -n "s/^TLS certificate SHA-256 fingerprint: //p" "$WORK/server.log")
printf "{\"serverUrl\":\"%s\",\"organisationName\":\"Thuiszorg De Linde\",\"fingerprint\":\"%s\"}" "$URL" "$FP" >"$WORK/profile.json"
# The first run logs in; the later ones find the session in the keychain (as the next start
# of the app does) and begin at the choice of organisation.
STEPS=login,select-organisation,business-menu,business-home,business-my-details,business-details-walk,business-invoices,business-invoice,business-projects,business-project
run() { # size, lang, output suffix
    Xvfb :95 -screen 0 ${1}x24 -nolisten tcp >/dev/null 2>&1 & XVFB=$!
    sleep 1
    mkdir -p "$OUT/$3"
    XDG_CONFIG_HOME="$WORK/config-$2-$3" QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 \
        "$BUILD/app/careportal" -qwindowgeometry "$1+0+0" --profile "$WORK/profile.json" \
        --data-dir "$WORK/app-$2-$3" --lang "$2" >"$WORK/app-$2-$3.log" 2>&1 &
    APP=$!
    sleep 3
    /usr/bin/python3 "$HERE/drive.py" "$OUT/$3" "$2" "$STEPS" m.kademaker@example.nl \
        || { kill $APP; cat "$WORK/app-$2-$3.log"; exit 1; }
    kill $APP $XVFB; wait $APP $XVFB 2>/dev/null || true
    STEPS=${STEPS#login,}
}
run 1100x760 nl desktop
run 1100x760 en desktop
run 400x800 nl phone
run 400x800 en phone
'
