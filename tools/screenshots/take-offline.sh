#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Screenshots of writing while the organisation cannot be reached: the kept lists marked
# "Geen verbinding", a new contact request kept ("Bewaard", "Wacht op verzending"), an edit
# of a request that staff answer meanwhile (409: "Niet verstuurd: ..." with Weggooien), and
# a contact detail changed on both sides (412: "Beide versies bekijken", the dialog "Twee
# versies"). Dutch, then English. The server is
# stopped and started again (same port, same data) by drive.py's server-stop/server-start.
# Needs what take.sh needs. Takes about 5 minutes a language (the app's retries back off).
# Usage: [LANGS="nl en"] tools/screenshots/take-offline.sh BUILD_DIR OUTPUT_DIR
set -euo pipefail
BUILD=$(realpath "${1:-build}")
OUT=$(realpath -m "${2:-/tmp/careportal-shots-offline}")
HERE=$(dirname "$(realpath "$0")")
mkdir -p "$OUT"
WORK=$(mktemp -d)
export WORK BUILD OUT HERE
echo "Work dir: $WORK"

dbus-run-session -- bash -c '
set -euo pipefail
printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
Xvfb :97 -screen 0 1100x760x24 -nolisten tcp >/dev/null 2>&1 & XVFB=$!
export DISPLAY=:97
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & ATSPI=$!
"$BUILD/server/careportal-server" --data-dir "$WORK/server" --port 0 --demo >"$WORK/server.log" 2>&1 &
echo $! >"$WORK/server.pid"
# drive.py restarts the server: kill whichever one runs at the end.
trap "kill \$(cat $WORK/server.pid) $ATSPI $XVFB 2>/dev/null || true" EXIT
for _ in $(seq 1 100); do grep -q fingerprint "$WORK/server.log" && break; sleep 0.1; done
URL=$(sed -n "s/^CarePortal server listening on //p" "$WORK/server.log")
FP=$(sed -n "s/^TLS certificate SHA-256 fingerprint: //p" "$WORK/server.log")
printf "{\"serverUrl\":\"%s\",\"organisationName\":\"Thuiszorg De Linde\",\"fingerprint\":\"%s\"}" "$URL" "$FP" >"$WORK/profile.json"
sleep 1
FAILED=0
run() { # lang, steps, [user], [data dir suffix]
    QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$BUILD/app/careportal" \
        --profile "$WORK/profile.json" --data-dir "$WORK/app-$1${4:-}" --lang "$1" >"$WORK/app-$1.log" 2>&1 &
    APP=$!
    sleep 3
    /usr/bin/python3 "$HERE/drive.py" "$OUT" "$1" "$2" ${3:-} || { FAILED=1; echo "== app-$1.log"; cat "$WORK/app-$1.log"; }
    kill $APP; wait $APP 2>/dev/null || true
}
# The first run logs in; the keychain is shared, so the next ones restore that session.
LOGIN=login,
for L in ${LANGS:-nl en}; do
    # The server must be up (offline-conflict leaves it up; a failed run may not).
    kill -0 "$(cat "$WORK/server.pid")" 2>/dev/null || /usr/bin/python3 "$HERE/drive.py" "$OUT" "$L" server-start
    run "$L" seed-open-request,${LOGIN}cache-lists,server-stop,offline-requests,offline-new-request,offline-edit-refused,offline-conflict j.voorbeeld@example.nl
    LOGIN=
done
exit $FAILED
'
echo "Screenshots in $OUT"
