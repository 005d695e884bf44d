#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs everything CarePortal needs to build, run and test on Debian 12.
# Debian packages only (plus the OpenAPI linter from npm, see tools/openapi-lint).
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang-format clang-tidy git
  # Qt 6: core, network, sql, quick, controls, tests, translations
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qml6-module-qtquick qml6-module-qtqml qml6-module-qtqml-models
  qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-window
  qml6-module-qtquick-templates qml6-module-qtqml-workerscript qml6-module-qtquick-dialogs
  qml6-module-qttest qml6-module-qtquick-shapes libqt6sql6-sqlite libqt6svg6
  # secrets: QtKeychain and a Secret Service for headless tests
  qtkeychain-qt6-dev dbus-daemon dbus-x11 gnome-keyring libsecret-tools
  # server: HTTP(S) (Boost.Beast/Asio, header-only), Argon2id, TLS certificates, SQLite
  libboost1.81-dev libsodium-dev libssl-dev libsqlite3-dev openssl
  # login through the organisation's identity provider (OpenID Connect): the server checks
  # ID tokens with cjose (JWS and JWK, keys from the provider's JWKS); the app receives the
  # browser's redirect on loopback with Qt Network Authorization. libjansson-dev: cjose.pc
  # requires jansson.pc, which Debian 12's libcjose-dev does not pull in
  libcjose-dev libjansson-dev qt6-networkauth-dev
  # the server load bench (bench/server-load.sh): wrk, and nginx as the yardstick; HAProxy
  # runs the shipped front-end configuration in the tests (packaging/haproxy)
  wrk nginx-light haproxy
  # second factor: QR codes for authenticator enrolment (app); reference TOTP codes (tests)
  libqrencode-dev oathtool
  # headless display, screenshots, fonts
  xvfb xauth libgl1-mesa-dri fonts-dejavu-core
  # the accessibility tests: the AT-SPI bus, its Python bindings, keyboard input (xdotool)
  at-spi2-core python3-pyatspi xdotool
  # tablets and kiosks: the on-screen keyboard (it imports Qt.labs.folderlistmodel)
  qt6-virtualkeyboard-dev qt6-virtualkeyboard-plugin qml6-module-qtquick-virtualkeyboard
  qml6-module-qt-labs-folderlistmodel
  # its word suggestions in Dutch and English (without a dictionary it warns at every start)
  hunspell-nl hunspell-en-gb
  # "Voorlezen": Qt TextToSpeech with its speech-dispatcher engine (Dutch through espeak-ng,
  # where speech-dispatcher is installed) and flite (English only, always there)
  qt6-speech-dev qt6-speech-flite-plugin qt6-speech-speechd-plugin
  # planning export: iCalendar (libical writes and, in the tests, parses back); the tests
  # render the large-print PDF (pdftoppm) and read its text (pdftotext)
  libical-dev poppler-utils
  # the careportal-server package's checks (scripts/check-server-package.sh): lintian,
  # systemd-analyze (security --offline, verify), the man page rendered by man and groff
  lintian systemd man-db groff-base
  # the careportal package (cmake/PackagingApp.cmake, scripts/check-app-package.sh): its
  # icons rendered from the SVG, and the desktop-file and AppStream validators
  librsvg2-bin desktop-file-utils appstream file
  # lint_reuse: every file's licence and copyright (the REUSE specification)
  reuse
  # package_install (scripts/check-clean-install.sh): a clean Debian 12 root to install
  # both .debs into, with their Depends from Debian's mirror; python3 reads the API's JSON
  mmdebstrap python3
)
# The OpenAPI linter runs on Node.js; keep an existing Node.js (it may ship its own npm).
if ! command -v npm >/dev/null 2>&1; then PACKAGES+=(nodejs npm); fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y --no-install-recommends "${PACKAGES[@]}"
