#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs, builds (warnings are errors) and runs the whole test suite headless with ctest:
# unit, server API, integration over TLS, TLS refusals, QML, and the lint checks
# (clang-format, qmllint, OpenAPI). The keychain tests run against a real Secret Service
# (gnome-keyring) inside a private D-Bus session.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each phase's time, printed at the end (and on failure): CI must stay under 60 minutes,
# and which phase grew is the first question when it does not.
PHASES=()
phase_start=$SECONDS
end_phase() { # name
    PHASES+=("$(printf '%-10s %4d s' "$1" $((SECONDS - phase_start)))")
    phase_start=$SECONDS
}
print_phases() {
    echo "=== phase times ==="
    printf '%s\n' "${PHASES[@]}"
    printf '%-10s %4d s\n' total "$SECONDS"
}
trap print_phases EXIT

./scripts/install-deps.sh
(cd tools/openapi-lint && npm ci --no-audit --no-fund --loglevel=error)
(cd tools/oidc-provider && npm ci --no-audit --no-fund --loglevel=error)
(cd tools/fhir-server && npm ci --no-audit --no-fund --loglevel=error)
end_phase install

BUILD_DIR="${CAREPORTAL_TEST_BUILD_DIR:-build-tests}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCAREPORTAL_WERROR=ON
cmake --build "$BUILD_DIR"
end_phase build

export QT_QPA_PLATFORM=offscreen
# The suite never touches the real user's home: its keyring, settings, caches and runtime
# files live in a private HOME and XDG directories, so a developer's own keyring is never
# read or written and a leftover keyring from another run cannot lock the suite's.
BUILD_DIR="$(cd "$BUILD_DIR" && pwd)"
TEST_ROOT="$(mktemp -d)"
trap 'rm -rf "$TEST_ROOT"; print_phases' EXIT
export HOME="$TEST_ROOT/home" XDG_DATA_HOME="$TEST_ROOT/data" XDG_CONFIG_HOME="$TEST_ROOT/config" \
    XDG_CACHE_HOME="$TEST_ROOT/cache" XDG_STATE_HOME="$TEST_ROOT/state" \
    XDG_RUNTIME_DIR="$TEST_ROOT/runtime"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" \
    "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
status=0
# --timeout: a test without its own TIMEOUT property still ends.
dbus-run-session -- bash -c '
    printf "test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir "$0" --output-on-failure -j2 --timeout 900
' "$BUILD_DIR" || status=$?
end_phase tests

# A failing Qt test's own lines can be buried in thousands of lines of output; repeat them
# last, where a CI log's tail shows them.
if [ "$status" -ne 0 ]; then
    echo "=== failed checks (from $BUILD_DIR/Testing/Temporary/LastTest.log) ==="
    grep -E -A4 '^(FAIL!|XPASS) ' "$BUILD_DIR/Testing/Temporary/LastTest.log" \
        | grep -v -E '^(QWARN|QDEBUG|QINFO|PASS) ' | head -n 80 || true
fi
exit "$status"
