#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Screenshots of the login through the organisation's identity provider (issue 21), in the
# real app against the demo server and the bundled provider (tools/oidc-provider): the
# login screen with "Inloggen via …", the wait while the browser is open, and Home after
# the login. The "browser" is tests/oidc/browser.py (through $BROWSER, which xdg-open
# honours), logging in as j.voorbeeld after a few seconds.
# Needs: xvfb imagemagick xdotool, node with tools/oidc-provider installed (npm ci).
# Usage: tools/screenshots/take-oidc.sh BUILD_DIR OUTPUT_DIR LANG [WIDTHxHEIGHT]
# (at phone width the button sits lower: BUTTON_Y=350 ... nl 400x800)
set -euo pipefail
BUILD=$(realpath "${1:-build}")
OUT=$(realpath -m "${2:-/tmp/careportal-oidc}")
LANG_CODE=${3:-nl}
SIZE=${4:-1100x760}
SOURCE=$(realpath "$(dirname "$0")/../..")
WORK=$(mktemp -d)
SUFFIX=$([ "${SIZE%x*}" -lt 600 ] && echo "-phone" || true)
export WORK BUILD OUT LANG_CODE SIZE SOURCE SUFFIX
mkdir -p "$OUT"
cat >"$WORK/browser" <<'BROWSER'
#!/usr/bin/env bash
sleep 6 # the app shows meanwhile that it waits for the browser
python3 "$SOURCE/tests/oidc/browser.py" "$1" --ca "$WORK/oidc/cert.pem" \
    --cookies "$WORK/cookies.txt" --user j.voorbeeld@example.nl --password 'Welkom!2026' \
    >>"$WORK/browser.log" 2>&1
BROWSER
chmod +x "$WORK/browser"
T=$(mktemp -d)
export HOME=$T/home XDG_CONFIG_HOME=$T/config XDG_DATA_HOME=$T/data XDG_CACHE_HOME=$T/cache \
    XDG_RUNTIME_DIR=$T/run
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
set -euo pipefail
printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
D=:$((80 + RANDOM % 9))
Xvfb $D -screen 0 ${SIZE}x24 -nolisten tcp >/dev/null 2>&1 & XVFB=$!
export DISPLAY=$D
mkdir -p "$WORK/oidc"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 -keyout "$WORK/oidc/key.pem" \
    -out "$WORK/oidc/cert.pem" 2>/dev/null
PROVIDER_JS="$SOURCE/tools/oidc-provider/provider.mjs"
node "$PROVIDER_JS" --generate-keys "$WORK/oidc/keys.json" >/dev/null
node "$PROVIDER_JS" --port 0 --cert "$WORK/oidc/cert.pem" --key "$WORK/oidc/key.pem" \
    --keys "$WORK/oidc/keys.json" --users "$SOURCE/tools/oidc-provider/demo/users.json" \
    >"$WORK/provider.log" 2>"$WORK/provider.err" & PROVIDER=$!
for _ in $(seq 1 100); do grep -q listening "$WORK/provider.log" && break; sleep 0.2; done
ISSUER=$(sed -n "s/^listening //p" "$WORK/provider.log")
"$BUILD/server/careportal-server" --data-dir "$WORK/server" --port 0 --demo \
    --oidc-issuer "$ISSUER" --oidc-client-id careportal-app \
    --oidc-provider-name "Inlogdienst De Linde" \
    --oidc-acr http://eidas.europa.eu/LoA/substantial \
    --oidc-ca-file "$WORK/oidc/cert.pem" --oidc-link-by-email >"$WORK/server.log" 2>&1 & SERVER=$!
trap "kill $SERVER $PROVIDER $XVFB 2>/dev/null || true" EXIT
for _ in $(seq 1 100); do grep -q fingerprint "$WORK/server.log" && break; sleep 0.1; done
URL=$(sed -n "s/^CarePortal server listening on //p" "$WORK/server.log")
FP=$(sed -n "s/^TLS certificate SHA-256 fingerprint: //p" "$WORK/server.log")
printf "{\"serverUrl\":\"%s\",\"organisationName\":\"Thuiszorg De Linde\",\"fingerprint\":\"%s\",\"providerCertificates\":\"%s\"}" \
    "$URL" "$FP" "$WORK/oidc/cert.pem" >"$WORK/profile.json"
BROWSER="$WORK/browser" "$BUILD/app/careportal" -qwindowgeometry "$SIZE+0+0" --profile "$WORK/profile.json" \
    --data-dir "$WORK/app" --lang "$LANG_CODE" >"$WORK/app.log" 2>&1 & APP=$!
sleep 6
import -window root "$OUT/oidc-login-$LANG_CODE$SUFFIX.png"
# The button of the provider, centred under the heading.
WIDTH=${SIZE%x*}
xdotool mousemove $((WIDTH / 2)) ${BUTTON_Y:-289} click 1
sleep 2
import -window root "$OUT/oidc-waiting-$LANG_CODE$SUFFIX.png"
for _ in $(seq 1 40); do grep -q "U kunt terug" "$WORK/browser.log" 2>/dev/null && break; sleep 0.5; done
sleep 3
import -window root "$OUT/oidc-home-$LANG_CODE$SUFFIX.png"
tail -3 "$WORK/browser.log"
kill $APP
'
