#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Startup benchmark: builds Release into build-bench, starts the reference server with demo
# data, and prints medians of N runs (default 7) of
#   - time from process start to the first frame of the login screen,
#   - time from process start to the planning page with its rows, logged in, warm cache,
#   - peak RSS of those runs,
# each beside the same figures for a bare Qt Quick Controls window (careportal-bench-bare)
# built in the same run, so the ratio carries across machines.
#
# Usage: bench/run.sh [RUNS]        e.g. bench/run.sh 11
# Env:   QT_QPA_PLATFORM (default offscreen), QT_QUICK_BACKEND, BENCH_BUILD_DIR.
#
# "Process start" = just before execve of the benchmark binary (see bench/startclock.h).
# Each measured command gets one discarded warm-up run first (page cache, font cache).
# Everything runs in a private D-Bus session with its own gnome-keyring and XDG dirs, so
# the user's keychain and settings are not touched.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${1:-7}"
BUILD_DIR="${BENCH_BUILD_DIR:-build-bench}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

if [ -z "${CAREPORTAL_BENCH_INNER:-}" ]; then
    echo "Building Release into $BUILD_DIR..." >&2
    BUILD_LOG="$(mktemp)"
    if ! { cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCAREPORTAL_BUILD_TESTS=OFF -DCAREPORTAL_BUILD_BENCH=ON &&
        cmake --build "$BUILD_DIR" -j2 \
            --target careportal-server careportal-bench-app careportal-bench-bare \
            careportal-bench-offline; } \
        >"$BUILD_LOG" 2>&1; then
        cat "$BUILD_LOG" >&2
        exit 1
    fi
    rm -f "$BUILD_LOG"
    WORK="$(mktemp -d)"
    trap 'rm -rf "$WORK"' EXIT
    mkdir -p "$WORK/home" "$WORK/runtime"
    chmod 700 "$WORK/runtime"
    # A private session bus, keyring and home: nothing of the user's is read or written.
    CAREPORTAL_BENCH_INNER=1 BENCH_WORK="$WORK" BENCH_BUILD_DIR="$BUILD_DIR" \
        HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" \
        XDG_CONFIG_HOME="$WORK/home/.config" XDG_CACHE_HOME="$WORK/home/.cache" \
        XDG_RUNTIME_DIR="$WORK/runtime" \
        dbus-run-session -- "$0" "$RUNS"
    exit
fi

# --- inside the private D-Bus session ---
WORK="$BENCH_WORK"
APP="$BUILD_DIR/bench/careportal-bench-app"
BARE="$BUILD_DIR/bench/careportal-bench-bare"
printf 'test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null

SERVER_LOG="$WORK/server.log"
# The outbox figure sends 100 absence reports for one client, above the staff list's cap.
"$BUILD_DIR/server/careportal-server" --demo --port 0 --data-dir "$WORK/server" \
    --max-open-absences 100000 >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    grep -q '^TLS certificate SHA-256 fingerprint:' "$SERVER_LOG" 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$SERVER_LOG" >&2; exit 1; }
    sleep 0.1
done
URL=$(sed -n 's/^CarePortal server listening on //p' "$SERVER_LOG" | head -n1)
FINGERPRINT=$(sed -n 's/^TLS certificate SHA-256 fingerprint: //p' "$SERVER_LOG" | head -n1)
if [ -z "$URL" ] || [ -z "$FINGERPRINT" ]; then
    cat "$SERVER_LOG" >&2
    exit 1
fi
cat >"$WORK/profile.json" <<JSON
{ "serverUrl": "$URL", "organisationName": "Thuiszorg De Linde", "fingerprint": "$FINGERPRINT" }
JSON

fail() {
    echo "bench: the $1 run failed:" >&2
    cat "$WORK/$1.err" >&2
    exit 1
}

# run NAME CMD...: one warm-up, then RUNS runs; collects ms / peak RSS / backend per run.
run() {
    local name="$1"
    shift
    "$@" >/dev/null 2>"$WORK/$name.err" || fail "$name"
    : >"$WORK/$name.ms"
    : >"$WORK/$name.rss"
    for _ in $(seq 1 "$RUNS"); do
        local out
        out=$("$@" 2>>"$WORK/$name.err") || fail "$name"
        sed -n 's/^ms=//p' <<<"$out" >>"$WORK/$name.ms"
        sed -n 's/^peak_rss_mib=//p' <<<"$out" >>"$WORK/$name.rss"
        sed -n 's/^backend=//p' <<<"$out" >"$WORK/$name.backend"
    done
}
median() { sort -g "$1" | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "nan"; exit }
    if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
range() { sort -g "$1" | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%s-%s", lo, hi }'; }

APP_ARGS=(--profile "$WORK/profile.json" --lang nl)
echo "Measuring ($RUNS runs each, after one warm-up run)..." >&2
run bare "$BARE"
# The login screen: nothing in the keychain yet.
run login "$APP" --mode login "${APP_ARGS[@]}" --data-dir "$WORK/app-login"
# Log in once (j.voorbeeld, no forced password change) and fill the cache.
"$APP" --mode prepare --user j.voorbeeld@example.nl --password 'Welkom!2026' \
    "${APP_ARGS[@]}" --data-dir "$WORK/app-planning" >"$WORK/prepare.out" 2>"$WORK/prepare.err" \
    || fail prepare
run planning "$APP" --mode planning "${APP_ARGS[@]}" --data-dir "$WORK/app-planning"

for name in bare login planning; do
    if [ "$(wc -l <"$WORK/$name.ms")" -ne "$RUNS" ] || [ "$(wc -l <"$WORK/$name.rss")" -ne "$RUNS" ]; then
        echo "$name: missing figures" >&2
        cat "$WORK/$name.err" >&2
        exit 1
    fi
done

row() { # label app-file bare-file unit
    local a b
    a=$(median "$WORK/$2")
    b=$(median "$WORK/$3")
    printf '| %-40s | %10s | %13s | %5s |\n' "$1" "$(printf '%.0f %s' "$a" "$4")" \
        "$(printf '%.0f %s' "$b" "$4")" "$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.1fx", a / b }')"
}

CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)
QT_VERSION=$(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo unknown)
echo
echo "CarePortal startup, median of $RUNS runs (Release build; bare = Qt Quick Controls"
echo "ApplicationWindow + Label, Basic style, same build)"
echo
printf '| %-40s | %10s | %13s | %5s |\n' "Metric" "CarePortal" "Bare Qt Quick" "Ratio"
printf '|%s|%s|%s|%s|\n' "------------------------------------------" "-----------:" \
    "--------------:" "------:"
row "Start to first frame, login screen" login.ms bare.ms ms
row "Start to planning with rows (warm cache)" planning.ms bare.ms ms
row "Peak RSS, login screen" login.rss bare.rss MiB
row "Peak RSS, planning (logged in)" planning.rss bare.rss MiB

# --- offline-first costs against the same server ---
# j.voorbeeld has two visits a week in the demo; add help on Tuesday, Wednesday and Friday
# for the coming year, so a year of planning holds about 250 visits, as for a client with
# daily help on weekdays.
for week in $(seq 0 51); do
    for weekday in tuesday wednesday friday; do
        d=$(date -d "next $weekday + $((week * 7)) days" +%F)
        "$BUILD_DIR/server/careportal-server" admin add-visit --data-dir "$WORK/server" \
            --client client-j-voorbeeld --start "${d}T10:00" --end "${d}T11:00" \
            --help-type "PV 1" --carer Sanne >/dev/null 2>>"$WORK/offline.err" || fail offline
    done
done
"$BUILD_DIR/bench/careportal-bench-offline" --server "$URL" --fingerprint "$FINGERPRINT" \
    --user j.voorbeeld@example.nl --password 'Welkom!2026' --runs "$RUNS" >"$WORK/offline.out" 2>>"$WORK/offline.err" || fail offline
figure() { sed -n "s/^$1=//p" "$WORK/offline.out"; }
echo
echo "Offline-first, median of $RUNS runs (same server on loopback, TLS)"
echo
printf '| %-58s | %9s |\n' "Metric" "Median"
printf '|%s|%s|\n' "------------------------------------------------------------" "----------:"
printf '| %-58s | %9s |\n' "Sync of a year of planning ($(figure visits) visits), empty cache" \
    "$(printf '%.0f ms' "$(figure sync)")"
printf '| %-58s | %9s |\n' "The same year again, nothing changed (12 x 304)" \
    "$(printf '%.0f ms' "$(figure sync304)")"
printf '| %-58s | %9s |\n' "One month from a cache of 100,000 visits" \
    "$(printf '%.2f ms' "$(figure month)")"
printf '| %-58s | %9s |\n' "Outbox: 100 queued reports delivered" \
    "$(printf '%.0f ms' "$(figure outbox)")"
echo
echo "Spread (min-max): login $(range "$WORK/login.ms") ms, planning $(range "$WORK/planning.ms") ms," \
    "bare $(range "$WORK/bare.ms") ms"
echo "Planning rows shown: $(sed -n 's/^prepared rows=//p' "$WORK/prepare.out")"
echo "Platform: QT_QPA_PLATFORM=$QT_QPA_PLATFORM, scene graph $(cat "$WORK/login.backend")" \
    "(bare: $(cat "$WORK/bare.backend")), Qt $QT_VERSION, $CPU, $(nproc) cores," \
    "$(sed -n 's/^PRETTY_NAME=//p' /etc/os-release | tr -d '"'), Linux $(uname -r)"
