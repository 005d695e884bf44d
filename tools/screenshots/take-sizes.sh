#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Screenshots of the responsive layout at the four sizes the app is built for: a phone
# (360x640), a portrait tablet (800x1280), a landscape tablet (1280x800) and a desktop
# (1920x1080). Per size: login, home, the menu (a drawer when narrow, beside the page when
# wide) and the planning, in Dutch. Each size gets its own X screen of exactly that size.
# Needs: xvfb imagemagick xdotool at-spi2-core python3-pyatspi (dev tools).
# Usage: tools/screenshots/take-sizes.sh BUILD_DIR OUTPUT_DIR [SIZES]
set -euo pipefail
BUILD=$(realpath "${1:-build}")
OUT=$(realpath -m "${2:-/tmp/careportal-sizes}")
SIZES=${3:-"360x640 800x1280 1280x800 1920x1080"}
HERE=$(dirname "$(realpath "$0")")
mkdir -p "$OUT"
WORK=$(mktemp -d)
export WORK BUILD OUT HERE SIZES

dbus-run-session -- bash -c '
set -euo pipefail
printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & ATSPI=$!
"$BUILD/server/careportal-server" --data-dir "$WORK/server" --port 0 --demo >"$WORK/server.log" 2>&1 & SERVER=$!
XVFB=""
export DISPLAY=:96
trap "kill $SERVER $ATSPI \$XVFB 2>/dev/null || true" EXIT
for _ in $(seq 1 100); do grep -q fingerprint "$WORK/server.log" && break; sleep 0.1; done
URL=$(sed -n "s/^CarePortal server listening on //p" "$WORK/server.log")
FP=$(sed -n "s/^TLS certificate SHA-256 fingerprint: //p" "$WORK/server.log")
printf "{\"serverUrl\":\"%s\",\"organisationName\":\"Thuiszorg De Linde\",\"fingerprint\":\"%s\"}" "$URL" "$FP" >"$WORK/profile.json"
# The first size logs in; the keychain keeps the session for the sizes after it.
STEPS=login,home,menu,planning
for SIZE in $SIZES; do
    Xvfb :96 -screen 0 ${SIZE}x24 -nolisten tcp >/dev/null 2>&1 & XVFB=$!
    sleep 1
    mkdir -p "$OUT/$SIZE"
    XDG_CONFIG_HOME="$WORK/config-$SIZE" QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 \
        "$BUILD/app/careportal" -qwindowgeometry "$SIZE+0+0" --profile "$WORK/profile.json" \
        --data-dir "$WORK/app-$SIZE" --lang nl >"$WORK/app-$SIZE.log" 2>&1 &
    APP=$!
    sleep 3
    /usr/bin/python3 "$HERE/drive.py" "$OUT/$SIZE" nl $STEPS j.voorbeeld@example.nl \
        || { kill $APP; cat "$WORK/app-$SIZE.log"; exit 1; }
    kill $APP $XVFB; wait $APP $XVFB 2>/dev/null || true
    STEPS=home,menu,planning
done
# A kiosk (landscape tablet): full screen, and the idle countdown after 30 seconds.
Xvfb :96 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & XVFB=$!
sleep 1
mkdir -p "$OUT/kiosk"
XDG_CONFIG_HOME="$WORK/config-kiosk" QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 \
    "$BUILD/app/careportal" --kiosk --idle-logout 1 --profile "$WORK/profile.json" \
    --data-dir "$WORK/app-kiosk" --lang nl >"$WORK/app-kiosk.log" 2>&1 &
APP=$!
sleep 3
/usr/bin/python3 "$HERE/drive.py" "$OUT/kiosk" nl login,idle-countdown j.voorbeeld@example.nl \
    || { kill $APP; cat "$WORK/app-kiosk.log"; exit 1; }
kill $APP; wait $APP 2>/dev/null || true
'
echo "Screenshots in $OUT"
