#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Checks the careportal (app) Debian package without root (test package_app,
# tests/packaging): the desktop file, the AppStream metainfo, the icons, the man page,
# --version, the declared run-time dependencies and lintian on the .deb that cpack builds
# into WORK_DIR.
#   scripts/check-app-package.sh BUILD_DIR WORK_DIR
# Fails on: any message from desktop-file-validate, appstreamcli validate --pedantic not
# clean (offline: --no-net, the screenshot URLs are not fetched), a missing icon size, a
# man-page warning or an option of --help the man page leaves out, a wrong --version, a
# Depends without the QML modules and plugins, a lintian error or a warning not overridden
# (packaging/lintian/README.md).
set -euo pipefail

build_dir=$(realpath "$1")
work_dir=$(realpath -m "$2")
source_dir=$(realpath "$(dirname "$0")/..")

# shellcheck source=lib/package-checks.sh
source "$source_dir/scripts/lib/package-checks.sh"
need() {
    command -v "$1" >/dev/null 2>&1 || {
        echo "FAIL: $1 is not installed (scripts/install-deps.sh installs $2)" >&2
        exit 1
    }
}
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need lintian lintian
need groff groff-base

build_deb "$build_dir" "$work_dir" app careportal careportal careportal-package-files

# The binary runs offscreen in a private HOME and XDG directories: nothing of the person
# running the test is read or written (--version and --help end before any window).
export HOME="$work_dir/home" XDG_CONFIG_HOME="$work_dir/home/.config"
export XDG_DATA_HOME="$work_dir/home/.local/share" XDG_CACHE_HOME="$work_dir/home/.cache"
export XDG_RUNTIME_DIR="$work_dir/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 0700 "$XDG_RUNTIME_DIR"

# --- --version of the packaged binary is the project's version.
got=$("$root/usr/bin/careportal" --version 2>/dev/null)
if [ "$got" = "careportal $version" ]; then
    echo "version: $got"
else
    fail "careportal --version printed '$got', expected 'careportal $version'"
fi

# --- The desktop file: desktop-file-validate prints errors, warnings and hints; any fails.
desktop="$root/usr/share/applications/careportal.desktop"
if [ ! -f "$desktop" ]; then
    fail "no /usr/share/applications/careportal.desktop in the package"
elif out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then
    echo "desktop-file-validate: clean"
else
    echo "$out" >&2
    fail "desktop-file-validate reported problems"
fi
if [ -f "$desktop" ]; then
    grep -qx 'MimeType=x-scheme-handler/careportal;' "$desktop" ||
        fail "the desktop file does not register the careportal:// scheme"
    grep -q '^Exec=careportal %u$' "$desktop" || fail "the desktop file's Exec does not pass %u"
fi

# --- AppStream: pedantic, offline (the screenshots' URLs are not fetched).
metainfo="$root/usr/share/metainfo/org.careportal.careportal.metainfo.xml"
if [ ! -f "$metainfo" ]; then
    fail "no /usr/share/metainfo/org.careportal.careportal.metainfo.xml in the package"
elif out=$(appstreamcli validate --pedantic --no-net --no-color "$metainfo" 2>&1); then
    echo "appstreamcli validate --pedantic --no-net: $(tail -n 1 <<<"$out")"
    # Pedantic notes still pass appstreamcli's exit code: only a clean report passes here.
    if grep -Eq '^[EWIP]: ' <<<"$out"; then
        echo "$out" >&2
        fail "appstreamcli reported issues"
    fi
    grep -q "<release version=\"$version\"" "$metainfo" ||
        fail "the metainfo has no release $version"
    grep -q '<launchable type="desktop-id">careportal.desktop</launchable>' "$metainfo" ||
        fail "the metainfo does not launch careportal.desktop"
else
    echo "$out" >&2
    fail "appstreamcli validate --pedantic failed"
fi

# --- Icons: every hicolor size and the scalable SVG.
for size in 16 22 24 32 48 64 128 256 512; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/careportal.png"
    if [ ! -f "$png" ]; then
        fail "no ${size}x${size} icon"
    elif [ "$(file -b "$png" | grep -o "$size x $size")" != "$size x $size" ]; then
        fail "the ${size}x${size} icon is $(file -b "$png")"
    fi
done
[ -f "$root/usr/share/icons/hicolor/scalable/apps/careportal.svg" ] || fail "no scalable icon"
echo "icons: hicolor 16..512 and scalable"

# --- The man page.
check_man_page "$root/usr/share/man/man1/careportal.1.gz"
# Every option the binary lists in --help is described in the man page.
options=$("$root/usr/bin/careportal" --help 2>/dev/null | grep -oE '^ +(-[a-z], )?--[a-z-]+' |
    grep -oE -- '--[a-z-]+' || true)
[ -n "$options" ] || fail "no options from 'careportal --help'"
missing=""
for option in $options; do
    grep -Eq -- "^ +(-[a-z], )?$option( |$)" <<<"$rendered" || missing="$missing $option"
done
if [ -n "$missing" ]; then
    fail "options missing from the man page:$missing"
else
    echo "man page: all $(wc -w <<<"$options") options described"
fi

# --- Depends: the run-time modules that dpkg-shlibdeps cannot find are declared.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
declares() { grep -Eq "(^|[ ,|])$1([ ,(|]|$)" <<<"$depends"; }
# Every Qt module that qml/ imports, mapped to the Debian package that holds its qmldir:
# a new import without its package in cmake/PackagingApp.cmake fails here.
qt_qml_dir=$(qtpaths6 --query QT_INSTALL_QML 2>/dev/null ||
    echo /usr/lib/x86_64-linux-gnu/qt6/qml)
modules=$(grep -rhoE '^import +Qt[A-Za-z.]*' "$source_dir/qml" | awk '{ print $2 }' | sort -u)
for module in $modules; do
    qmldir="$qt_qml_dir/${module//.//}/qmldir"
    package=$(dpkg -S "$qmldir" 2>/dev/null | cut -d: -f1 | head -n 1 || true)
    if [ -z "$package" ]; then
        fail "qml/ imports $module, but no installed package holds $qmldir"
    elif ! declares "$package"; then
        fail "qml/ imports $module: Depends lacks $package"
    fi
done
echo "Depends: the packages of all $(wc -w <<<"$modules") Qt modules qml/ imports"
# What no import names: modules those modules import, and plugins Qt loads by name
# (cmake/PackagingApp.cmake says how the list was found).
for package in qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript \
    qml6-module-qtquick-window qml6-module-qt-labs-folderlistmodel qt6-virtualkeyboard-plugin \
    libqt6sql6-sqlite libqt6svg6 qt6-speech-flite-plugin; do
    declares "$package" || fail "Depends lacks $package"
done

# --- lintian.
check_lintian "$deb"

finish careportal
