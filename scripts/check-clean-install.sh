#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The install proof (test package_install, tests/packaging): builds the careportal and
# careportal-server .debs, installs them into a clean Debian 12 root made by mmdebstrap,
# where apt resolves their Depends from Debian's mirror, and checks inside that root that
# both run: --version, the server started as its unit's ExecStart starts it with the demo
# data, a login and this month's planning through the API with curl, and the app offscreen
# with `careportal --self-test` logged in against that server. A run-time dependency the
# packages do not declare (a QML module, a Qt plugin, a library) fails it, because nothing
# of the host's /usr is visible in the root.
#   scripts/check-clean-install.sh BUILD_DIR WORK_DIR [APT_CACHE_DIR]
# APT_CACHE_DIR (default WORK_DIR.apt-cache) keeps the downloaded Debian packages and
# package lists between runs: the first run fetches about 100 MB, later ones only what
# changed. Needs root (mmdebstrap --mode=root mounts /proc and /dev in the root and
# chroots); as another user it says so and is skipped (exit 77). The mirror is
# $CAREPORTAL_DEBIAN_MIRROR, default http://deb.debian.org (debian and debian-security).
# CAREPORTAL_KEEP_ROOT=1 keeps the root in WORK_DIR/root for a look afterwards.
set -euo pipefail

build_dir=$(realpath "$1")
work_dir=$(realpath -m "$2")
cache_dir=$(realpath -m "${3:-$work_dir.apt-cache}")
source_dir=$(realpath "$(dirname "$0")/..")
mirror=${CAREPORTAL_DEBIAN_MIRROR:-http://deb.debian.org}

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: the install proof needs root (mmdebstrap --mode=root, chroot)"
    exit 77
fi
command -v mmdebstrap >/dev/null 2>&1 || {
    echo "FAIL: mmdebstrap is not installed (scripts/install-deps.sh installs it)" >&2
    exit 1
}

# shellcheck source=lib/package-checks.sh
source "$source_dir/scripts/lib/package-checks.sh"
rm -rf "$work_dir"
mkdir -p "$work_dir" "$cache_dir/archives" "$cache_dir/lists"

# --- The two packages, each built and packed once (cpack with Ninja builds nothing itself).
start=$SECONDS
build_deb "$build_dir" "$work_dir/app" app careportal careportal careportal-package-files
app_deb=$deb
build_deb "$build_dir" "$work_dir/server" server careportal-server careportal-server \
    careportal-server-package-files
server_deb=$deb
echo "packages built in $((SECONDS - start)) s (version $version)"

# --- A clean bookworm with both packages, and the checks inside it.
# variant apt: only the Essential packages and apt; everything else comes from the
# packages' Depends (and their Depends), as on a fresh system, plus curl for the API check
# (it brings no Qt module or plugin, so it can hide no missing Depends of the app).
# The .debs are passed by path: apt installs them and resolves their Depends from the
# mirror; the file-mirror-automount hook makes those paths exist inside the root.
# The cache: packages and lists go in before apt runs and come back out at the end
# (essential/unlink skipped, so the Essential packages stay in the cache as well); apt-get
# autoclean drops the versions the mirror no longer has, so it does not grow with each
# point release. Without the lists' lock mmdebstrap still runs apt-get update, which then
# fetches only what changed since the kept lists.
# dpkg's unsafe-io skips the fsyncs a root thrown away at the end does not need.
# The root is made in memory where /dev/shm has room (mmdebstrap makes it in $TMPDIR):
# here that took the run from 145 s to 57 s, dpkg's many small files and the removal at the
# end most of it. A run killed halfway may leave /dev/shm/mmdebstrap.* behind.
shm_free=$(df -k --output=avail /dev/shm 2>/dev/null | tail -n 1 | tr -d ' ' || true)
if [ -z "${TMPDIR:-}" ] && [ "${shm_free:-0}" -gt 3000000 ]; then export TMPDIR=/dev/shm; fi
target=/dev/null
if [ "${CAREPORTAL_KEEP_ROOT:-0}" = 1 ]; then target="$work_dir/root"; fi
checks="'$source_dir/scripts/lib/clean-install-checks.sh' \"\$1\" '$version' '$work_dir'"
start=$SECONDS
status=0
# The hooks' "$1" is the root, for mmdebstrap's shell to expand:
# shellcheck disable=SC2016
mmdebstrap --mode=root --variant=apt --skip=essential/unlink \
    --dpkgopt=force-unsafe-io \
    --include=curl --include="$app_deb" --include="$server_deb" \
    --hook-dir=/usr/share/mmdebstrap/hooks/file-mirror-automount \
    --setup-hook='mkdir -p "$1/var/cache/apt/archives" "$1/var/lib/apt/lists"' \
    --setup-hook="sync-in '$cache_dir/archives' /var/cache/apt/archives/" \
    --setup-hook="sync-in '$cache_dir/lists' /var/lib/apt/lists/" \
    --setup-hook='rm -f "$1/var/lib/apt/lists/lock"' \
    --customize-hook='chroot "$1" apt-get autoclean -qq' \
    --customize-hook="rm -rf '$cache_dir' && mkdir -p '$cache_dir/archives' '$cache_dir/lists'" \
    --customize-hook="sync-out /var/cache/apt/archives '$cache_dir/archives'" \
    --customize-hook="sync-out /var/lib/apt/lists '$cache_dir/lists'" \
    --customize-hook="$checks" \
    bookworm "$target" \
    "deb $mirror/debian bookworm main" \
    "deb $mirror/debian bookworm-updates main" \
    "deb $mirror/debian-security bookworm-security main" \
    2>"$work_dir/mmdebstrap.log" || status=$?
cached=$(du -sh "$cache_dir" | cut -f1)
# The checks' own report (scripts/lib/clean-install-checks.sh), if they got that far.
if [ -f "$work_dir/checks.log" ]; then sed 's/^/  /' "$work_dir/checks.log"; fi
echo "clean root made and checked in $((SECONDS - start)) s (apt cache: $cached)"
if [ "$status" -ne 0 ]; then
    # mmdebstrap's own lines: which step failed (apt could not resolve a Depends, a hook).
    grep -E '^(E|W): |^ [^ ].* : Depends: |unmet|Unable|broken' "$work_dir/mmdebstrap.log" >&2 ||
        tail -n 30 "$work_dir/mmdebstrap.log" >&2
    echo "FAIL: the clean install or a check inside it failed (log: $work_dir/mmdebstrap.log)" >&2
    exit 1
fi
echo "careportal and careportal-server: installed and checked on a clean Debian 12"
