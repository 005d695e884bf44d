#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Checks the careportal-server Debian package without root (test package_server,
# tests/packaging): the unit's sandbox score and syntax, the man page, --version, and
# lintian on the .deb that cpack builds into WORK_DIR.
#   scripts/check-server-package.sh BUILD_DIR WORK_DIR
# Fails on: exposure above 2.0, any message from `systemd-analyze verify`, a man-page
# warning or an admin task the man page leaves out, a wrong --version, a lintian error or
# a warning not overridden (packaging/lintian/README.md).
set -euo pipefail

build_dir=$(realpath "$1")
work_dir=$(realpath -m "$2")
source_dir=$(realpath "$(dirname "$0")/..")
unit=careportal-server.service
max_exposure=2.0

# shellcheck source=lib/package-checks.sh
source "$source_dir/scripts/lib/package-checks.sh"
build_deb "$build_dir" "$work_dir" server careportal-server careportal-server careportal-server-package-files

# --- --version of the packaged binary is the project's version.
got=$("$root/usr/bin/careportal-server" --version)
if [ "$got" = "careportal-server $version" ]; then
    echo "version: $got"
else
    fail "careportal-server --version printed '$got', expected 'careportal-server $version'"
fi

# --- The unit's sandbox: systemd-analyze scores the unit file itself (--offline).
if command -v systemd-analyze >/dev/null 2>&1; then
    security=$(systemd-analyze security --offline=true "$root/lib/systemd/system/$unit" 2>&1) || true
    line=$(grep -o 'Overall exposure level for .*' <<<"$security" || true)
    echo "systemd-analyze security --offline=true: $line"
    score=$(sed -n 's/.*: \([0-9.]*\) .*/\1/p' <<<"$line")
    if [ -z "$score" ]; then
        echo "$security" >&2
        fail "no exposure score from systemd-analyze security"
    elif ! awk -v s="$score" -v m="$max_exposure" 'BEGIN { exit !(s <= m) }'; then
        grep '✗' <<<"$security" >&2 || true
        fail "exposure $score is above $max_exposure"
    fi

    # verify checks that ExecStart's binary and the Documentation= man page exist: point it
    # at the unpacked ones (a copy of the unit with ExecStart's path inside the root, the
    # man page through MANPATH). It reports problems as messages, so any output fails.
    mkdir -p "$work_dir/verify"
    sed "s|^ExecStart=/usr/bin/careportal-server|ExecStart=$root/usr/bin/careportal-server|" \
        "$root/lib/systemd/system/$unit" >"$work_dir/verify/$unit"
    if verify=$(MANPATH="$root/usr/share/man" systemd-analyze verify "$work_dir/verify/$unit" 2>&1) &&
        [ -z "$verify" ]; then
        echo "systemd-analyze verify: clean"
    else
        echo "$verify" >&2
        fail "systemd-analyze verify reported problems"
    fi
else
    echo "SKIP: systemd-analyze is not installed (Debian package systemd): unit not scored"
fi

# --- The man page.
check_man_page "$root/usr/share/man/man1/careportal-server.1.gz"
# Every admin task the binary lists (its usage text) is described in the man page.
tasks=$("$root/usr/bin/careportal-server" admin 2>&1 | sed -n 's/^  \([a-z][a-z-]*\).*/\1/p' || true)
[ -n "$tasks" ] || fail "no task list from 'careportal-server admin'"
missing=""
for task in $tasks; do
    grep -Eq "^ +$task( |$)" <<<"$rendered" || missing="$missing $task"
done
if [ -n "$missing" ]; then
    fail "admin tasks missing from the man page:$missing"
else
    echo "man page: all $(wc -w <<<"$tasks") admin tasks described"
fi

# --- lintian.
check_lintian "$deb"

finish careportal-server
