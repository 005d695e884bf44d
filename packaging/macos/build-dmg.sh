#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Builds the CarePortal disk image for macOS: careportal-<version>-Darwin.dmg with
# CarePortal.app, and its SHA-256.
#   packaging/macos/build-dmg.sh [BUILD_DIR]
# UNTESTED: written on Linux, never run on a Mac (docs/platforms.md says what is known).
# Only the app is built; the reference server and the test suite are Linux-only.
#
# Steps:
#   1. configure the app alone (CMakeLists.txt leaves out server, tests and benchmark off
#      Linux) against Homebrew's Qt and libraries;
#   2. build CarePortal.app: Info.plist from packaging/macos/Info.plist.in (the careportal://
#      scheme in CFBundleURLTypes), CarePortal.icns rendered from the SVG;
#   3. cpack -G DragNDrop: installs the bundle into cpack's staging folder, where
#      packaging/macos/deploy.cmake.in runs macdeployqt (Qt's frameworks, the QML modules
#      qml/ imports, the plugins, and QtKeychain, libsodium, libqrencode, libical) and, with
#      a signing identity, signs the bundle for notarization; then the disk image;
#   4. with an identity, signs the image; with a notary profile, notarizes and staples it;
#   5. writes SHA256SUMS and runs the app from the mounted image once: --version.
#
# Prerequisites: Xcode's command line tools (xcode-select --install) and Homebrew:
#   brew install cmake ninja pkg-config qt qtkeychain libsodium qrencode libical librsvg
# Homebrew's qt is Qt 6 with every module (Virtual Keyboard, TextToSpeech included), and its
# qtkeychain is built against it; QtKeychain keeps the session in the login keychain (an
# item "CarePortal" in Keychain Access). Another Qt (the Qt installer's): put its folder in
# CMAKE_PREFIX_PATH before Homebrew's and build QtKeychain against it.
#
# Signing and notarization (optional; without them Gatekeeper refuses to open the app until
# the user allows it in System Settings):
#   CAREPORTAL_MACOS_SIGN_IDENTITY="Developer ID Application: <organisation> (<team id>)"
#       an identity in the login keychain (security find-identity -v -p codesigning);
#   CAREPORTAL_NOTARY_PROFILE=<name>
#       credentials stored once with `xcrun notarytool store-credentials <name>`.
set -euo pipefail
cd "$(dirname "$0")/../.."

build_dir=${1:-build-macos}
brew_prefix=$(brew --prefix)

# 1. Configure.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$brew_prefix/opt/qt;$brew_prefix/opt/qtkeychain;$brew_prefix"

# 2. The bundle.
cmake --build "$build_dir" --target careportal

# 3. The image; macdeployqt (and the bundle's signature) happen in cpack's install step,
#    which reads CAREPORTAL_MACOS_SIGN_IDENTITY from the environment.
export CAREPORTAL_MACOS_SIGN_IDENTITY="${CAREPORTAL_MACOS_SIGN_IDENTITY:-}"
cpack --config "$build_dir/CPackConfig.cmake" -G DragNDrop -B "$build_dir/pkg"
dmg=$(find "$build_dir/pkg" -maxdepth 1 -name 'careportal-*-Darwin.dmg' | head -n 1)
[ -n "$dmg" ] || {
    echo "no careportal-*-Darwin.dmg in $build_dir/pkg" >&2
    exit 1
}

# 4. Signature and notarization of the image.
if [ -n "$CAREPORTAL_MACOS_SIGN_IDENTITY" ]; then
    codesign --sign "$CAREPORTAL_MACOS_SIGN_IDENTITY" --timestamp "$dmg"
    codesign --verify --verbose "$dmg"
    if [ -n "${CAREPORTAL_NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$dmg" --keychain-profile "$CAREPORTAL_NOTARY_PROFILE" --wait
        xcrun stapler staple "$dmg"
        spctl --assess --type open --context context:primary-signature --verbose "$dmg"
    else
        echo "not notarized (no CAREPORTAL_NOTARY_PROFILE): Gatekeeper will warn" >&2
    fi
else
    echo "not signed (no CAREPORTAL_MACOS_SIGN_IDENTITY): Gatekeeper will warn" >&2
fi

# 5. Checksum, and the app from the image runs at all.
(cd "$(dirname "$dmg")" && shasum -a 256 "$(basename "$dmg")" >SHA256SUMS)
mount=$(mktemp -d)
hdiutil attach -nobrowse -readonly -mountpoint "$mount" "$dmg" >/dev/null
trap 'hdiutil detach "$mount" >/dev/null' EXIT
"$mount/CarePortal.app/Contents/MacOS/CarePortal" --version
echo "image: $dmg"
cat "$(dirname "$dmg")/SHA256SUMS"
echo "Try it on a Mac without Qt or Homebrew: drag CarePortal to Applications, open it, log in,"
echo "quit and reopen (the session from the keychain), open a careportal:// link in Safari."
