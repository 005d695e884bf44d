#!/usr/bin/env bash
# Installs, builds (warnings are errors) and runs the whole test suite headless with ctest:
# unit, server API, integration over TLS, TLS refusals, QML, and the lint checks
# (clang-format, qmllint, OpenAPI). The keychain tests run against a real Secret Service
# (gnome-keyring) inside a private D-Bus session.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
(cd tools/openapi-lint && npm ci --no-audit --no-fund --loglevel=error)

BUILD_DIR="${CAREPORTAL_TEST_BUILD_DIR:-build-tests}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCAREPORTAL_WERROR=ON
cmake --build "$BUILD_DIR"

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
status=0
dbus-run-session -- bash -c '
    printf "test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir "$0" --output-on-failure -j2
' "$BUILD_DIR" || status=$?

# A failing Qt test's own lines can be buried in thousands of lines of output; repeat them
# last, where a CI log's tail shows them.
if [ "$status" -ne 0 ]; then
    echo "=== failed checks (from $BUILD_DIR/Testing/Temporary/LastTest.log) ==="
    grep -E -A4 '^(FAIL!|XPASS) ' "$BUILD_DIR/Testing/Temporary/LastTest.log" \
        | grep -v -E '^(QWARN|QDEBUG|QINFO|PASS) ' | head -n 80 || true
fi
exit "$status"
