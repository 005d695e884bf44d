#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Runs clang-tidy (.clang-tidy: bug-finding checks, warnings are errors) over the
# project's own C++ in app/, common/, server/, bench/ and tests/support/.
# Usage: scripts/check-tidy.sh BUILD_DIR   (needs its compile_commands.json)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${1:?build directory with compile_commands.json}"
mapfile -t files < <(git ls-files -co --exclude-standard -- 'app/*.cpp' 'common/*.cpp' \
    'server/*.cpp' 'bench/*.cpp' 'tests/support/*.cpp')
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$BUILD_DIR" --quiet
echo "clang-tidy: ${#files[@]} files clean"
