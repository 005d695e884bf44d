#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Takes screenshots of the real app on a real X server (Xvfb), driven through AT-SPI:
# login, first-login password change, home, menu, planning, contact details and contact
# persons, contact requests, absence, the dossier (with and without one), the access log,
# the privacy statement and account security with "Overal uitloggen", a visit changed by
# staff marked "Gewijzigd", in Dutch and English,
# then the cached planning with the server gone.
# Needs: xvfb imagemagick at-spi2-core python3-pyatspi (dev tools, not in install-deps).
# Usage: tools/screenshots/take.sh BUILD_DIR OUTPUT_DIR
set -euo pipefail
BUILD=$(realpath "${1:-build}")
OUT=$(realpath -m "${2:-/tmp/careportal-shots}")
HERE=$(dirname "$(realpath "$0")")
mkdir -p "$OUT"
WORK=$(mktemp -d)
export WORK BUILD OUT HERE

dbus-run-session -- bash -c '
set -euo pipefail
printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
Xvfb :97 -screen 0 1100x760x24 -nolisten tcp >/dev/null 2>&1 & XVFB=$!
export DISPLAY=:97
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & ATSPI=$!
"$BUILD/server/careportal-server" --data-dir "$WORK/server" --port 0 --demo >"$WORK/server.log" 2>&1 & SERVER=$!
trap "kill $SERVER $ATSPI $XVFB 2>/dev/null || true" EXIT
for _ in $(seq 1 100); do grep -q fingerprint "$WORK/server.log" && break; sleep 0.1; done
URL=$(sed -n "s/^CarePortal server listening on //p" "$WORK/server.log")
FP=$(sed -n "s/^TLS certificate SHA-256 fingerprint: //p" "$WORK/server.log")
printf "{\"serverUrl\":\"%s\",\"organisationName\":\"Thuiszorg De Linde\",\"fingerprint\":\"%s\"}" "$URL" "$FP" >"$WORK/profile.json"
sleep 1
run() { # lang, steps, [user], [data dir suffix]
    QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$BUILD/app/careportal" \
        --profile "$WORK/profile.json" --data-dir "$WORK/app-$1${4:-}" --lang "$1" >"$WORK/app-$1.log" 2>&1 &
    APP=$!
    sleep 3
    /usr/bin/python3 "$HERE/drive.py" "$OUT" "$1" "$2" ${3:-} || { kill $APP; cat "$WORK/app-$1.log"; exit 1; }
    kill $APP; wait $APP 2>/dev/null || true
}
run nl forgot-password,login,change,home,menu,planning,contact-details,contact-persons,contact-requests,absence,no-dossier
run en home,menu,planning,contact-details,contact-persons,contact-requests,absence,no-dossier,logout
run en forgot-password,privacy,login,home,dossier,access-log,logout-everywhere j.voorbeeld@example.nl
run nl login,choose-client,logout r.vertegenwoordiger@example.nl -rv
# The organisation asks a second factor: the code by SMS (from the outbox), then linking an
# authenticator app; switched off again for the runs after it.
ADMIN="$BUILD/server/careportal-server admin --data-dir $WORK/server"
$ADMIN set-second-factor --required yes >/dev/null
$ADMIN set-phone --username j.voorbeeld@example.nl --phone 06-12345678 >/dev/null
run nl register,login,second-factor-once,authenticator,logout j.voorbeeld@example.nl -2f
run en register,login,second-factor,change-phone,logout j.voorbeeld@example.nl -2fen
$ADMIN set-second-factor --required no >/dev/null
run nl privacy,login,home,dossier,access-log,security,logout j.voorbeeld@example.nl -jv
# Staff change a visit: after "Vernieuwen" the planning marks it "Gewijzigd".
run nl login,menu,changed-visit j.voorbeeld@example.nl -cv
# Server gone: the Dutch session restores from the keychain and shows the cached planning.
kill $SERVER; wait $SERVER 2>/dev/null || true
run nl offline-home,menu,offline-planning "" -cv
'
echo "Screenshots in $OUT"
