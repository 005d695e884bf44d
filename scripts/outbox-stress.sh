#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The outbox kill test at stress strength: 1,000 rounds of five writes, each delivered by a
# process killed (SIGKILL) at random moments until it finishes; every write must reach the
# server exactly once and in order, and the cache must pass integrity_check after every
# kill. Usage: scripts/outbox-stress.sh [build-dir] [rounds]  (after a build, ~3 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${1:-build-tests}"
ROUNDS="${2:-1000}"
export QT_QPA_PLATFORM=offscreen
CAREPORTAL_OUTBOX_ROUNDS="$ROUNDS" \
    "$BUILD_DIR/tests/integration/tst_outboxdelivery" killedAtRandomMomentsNeverLosesOrDoubles \
    2>&1 | grep -v "cache migrated"
