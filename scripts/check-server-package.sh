#!/usr/bin/env bash
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

rm -rf "$work_dir"
mkdir -p "$work_dir"
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# --- The package: cpack builds nothing itself with Ninja, so build what it packs first.
cmake --build "$build_dir" --target careportal-server careportal-server-package-files
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -D CPACK_COMPONENTS_ALL=server \
    -B "$work_dir/pkg" >"$work_dir/cpack.log" 2>&1 || {
    cat "$work_dir/cpack.log" >&2
    exit 1
}
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
deb=$(find "$work_dir/pkg" -maxdepth 1 -name "careportal-server_${version}_*.deb" | head -n 1)
[ -n "$deb" ] || {
    echo "FAIL: no careportal-server_${version}_*.deb in $work_dir/pkg" >&2
    exit 1
}
echo "package: $deb"
root="$work_dir/root"
dpkg-deb -x "$deb" "$root"

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

# --- The man page: rendered as lintian does, warnings on; groff's own check too.
man_page="$root/usr/share/man/man1/careportal-server.1.gz"
man_warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
    man --warnings -E UTF-8 -l -Tutf8 -Z "$man_page" 2>&1 >/dev/null || true)
groff_warnings=$(zcat "$man_page" | groff -man -ww -z -Tutf8 2>&1 || true)
if [ -n "$man_warnings$groff_warnings" ]; then
    echo "$man_warnings$groff_warnings" >&2
    fail "the man page renders with warnings"
else
    echo "man page: renders without warnings"
fi
# Every admin task the binary lists (its usage text) is described in the man page.
rendered=$(MANWIDTH=200 man -l "$man_page" 2>/dev/null | col -b)
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

# --- lintian: no errors; warnings only where packaging/lintian/ overrides and explains them.
if command -v lintian >/dev/null 2>&1; then
    lintian_out=$(lintian --pedantic --display-info "$deb" 2>&1 || true)
    echo "lintian:"
    sed 's/^/  /' <<<"$lintian_out"
    if grep -Eq '^(E|W): ' <<<"$lintian_out"; then
        fail "lintian reports errors or warnings that are not overridden"
    fi
else
    fail "lintian is not installed (scripts/install-deps.sh installs it)"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "careportal-server package: all checks passed"
