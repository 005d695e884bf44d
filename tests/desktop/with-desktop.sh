#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Runs a command on a desktop of its own: a private D-Bus session, an X server (Xvfb) and
# the accessibility bus (AT-SPI), as a screen reader user would have. Tests that need the
# real accessibility tree run through this, so each works alone and in parallel.
# Usage: with-desktop.sh COMMAND [ARGS...]
set -euo pipefail
if [ -z "${CAREPORTAL_DESKTOP_SESSION:-}" ]; then
    # A runtime directory of its own too: a keyring daemon of an outer session (the test
    # suite's) would otherwise be found there, and keychain calls on this bus would wait
    # for a Secret Service that never comes.
    RUNTIME=$(mktemp -d)
    chmod 700 "$RUNTIME"
    trap 'rm -rf "$RUNTIME"' EXIT
    # And a home of its own: the test keyring must not touch the user's real one.
    XDG_RUNTIME_DIR="$RUNTIME" HOME="$RUNTIME" XDG_DATA_HOME="$RUNTIME/data" \
        XDG_CONFIG_HOME="$RUNTIME/config" CAREPORTAL_DESKTOP_SESSION=1 \
        dbus-run-session -- "$0" "$@"
    exit $?
fi
printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
DISPLAY_FILE=$(mktemp)
# -displayfd: Xvfb picks a free display itself and writes its number (no races).
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$DISPLAY_FILE" >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true; rm -f "$DISPLAY_FILE"' EXIT
for _ in $(seq 1 100); do [ -s "$DISPLAY_FILE" ] && break; sleep 0.1; done
[ -s "$DISPLAY_FILE" ] || { echo "Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$DISPLAY_FILE")"
# The accessibility bus is started by D-Bus activation when it is first asked for, and
# only so: a launcher started here as well raced the one activated by the app's or the
# test's first call, and the loser's bus address could still be read from the X root
# window, so the test and the app could end up on different buses. Ask for it here and
# wait until its registry (the desktop a screen reader walks) answers.
a11y_ready() {
    local address
    address=$(dbus-send --session --print-reply=literal --reply-timeout=2000 \
        --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress 2>/dev/null) || return 1
    address=$(echo "$address" | tr -d '[:space:]')
    dbus-send --bus="$address" --print-reply --reply-timeout=5000 \
        --dest=org.a11y.atspi.Registry /org/a11y/atspi/accessible/root \
        org.freedesktop.DBus.Peer.Ping >/dev/null 2>&1
}
for _ in $(seq 1 60); do a11y_ready && break; sleep 0.5; done
a11y_ready || { echo "the accessibility bus (AT-SPI) did not start" >&2; exit 1; }
export QT_QPA_PLATFORM=xcb QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
"$@"
