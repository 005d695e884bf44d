# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# What the package checks (scripts/check-*-package.sh) share; sourced, not run.
# The caller sets `set -euo pipefail` and sources this after reading its arguments.

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# build_deb BUILD_DIR WORK_DIR COMPONENT PACKAGE TARGET...
# Builds TARGETs (cpack builds nothing itself with Ninja), packs COMPONENT into
# WORK_DIR/pkg and unpacks PACKAGE's .deb into WORK_DIR/root. Sets `version`, `deb`, `root`.
build_deb() {
    local build=$1 work=$2 component=$3 package=$4
    shift 4
    rm -rf "$work"
    mkdir -p "$work"
    cmake --build "$build" --target "$@"
    cpack --config "$build/CPackConfig.cmake" -G DEB -D CPACK_COMPONENTS_ALL="$component" \
        -B "$work/pkg" >"$work/cpack.log" 2>&1 || {
        cat "$work/cpack.log" >&2
        exit 1
    }
    version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
    deb=$(find "$work/pkg" -maxdepth 1 -name "${package}_${version}_*.deb" | head -n 1)
    [ -n "$deb" ] || {
        echo "FAIL: no ${package}_${version}_*.deb in $work/pkg" >&2
        exit 1
    }
    echo "package: $deb"
    root="$work/root"
    dpkg-deb -x "$deb" "$root"
}

# check_man_page PAGE.gz: rendered as lintian does, warnings on, and groff's own check.
# Sets `rendered` (the page as plain text, wide) for the caller's content checks.
check_man_page() {
    local page=$1 man_warnings groff_warnings
    man_warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
        man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null || true)
    groff_warnings=$(zcat "$page" | groff -man -ww -z -Tutf8 2>&1 || true)
    if [ -n "$man_warnings$groff_warnings" ]; then
        echo "$man_warnings$groff_warnings" >&2
        fail "the man page renders with warnings"
    else
        echo "man page: renders without warnings"
    fi
    rendered=$(MANWIDTH=200 man -l "$page" 2>/dev/null | col -b)
}

# check_lintian DEB: no errors; warnings only where packaging/lintian/ overrides and
# explains them.
check_lintian() {
    local out
    if ! command -v lintian >/dev/null 2>&1; then
        fail "lintian is not installed (scripts/install-deps.sh installs it)"
        return
    fi
    out=$(lintian --pedantic --display-info "$1" 2>&1 || true)
    echo "lintian:"
    sed 's/^/  /' <<<"$out"
    if grep -Eq '^(E|W): ' <<<"$out"; then
        fail "lintian reports errors or warnings that are not overridden"
    fi
}

# finish NAME: the verdict.
finish() {
    if [ "$failures" -ne 0 ]; then
        echo "$failures check(s) failed" >&2
        exit 1
    fi
    echo "$1 package: all checks passed"
}
