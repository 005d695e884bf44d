#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The changelog of a release from the commits since the previous one (docs/release.md):
# every commit subject, oldest first, with its short hash, as Markdown on stdout.
#   scripts/release-notes.sh [FROM [TO]]
# FROM: the previous release's tag (default: the newest v* tag before TO; none: the whole
# history). TO: the commit being released (default: HEAD). The version in the heading is
# the one in TO's CMakeLists.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

to=${2:-HEAD}
from=${1:-$(git describe --tags --abbrev=0 --match 'v[0-9]*' "$to^" 2>/dev/null || true)}
version=$(git show "$to:CMakeLists.txt" | sed -n 's/^ *VERSION \([0-9][0-9.]*\)$/\1/p' | head -n 1)
range=${from:+$from..}$to

echo "# CarePortal $version"
echo
since=${from:+since $from}
echo "$(git log -1 --format=%cs "$to"), $(git rev-list --count --no-merges "$range") commits" \
    "${since:-from the start}."
echo
git log --no-merges --reverse --format='- %s (%h)' "$range"
