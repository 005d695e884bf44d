#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Fails when the English translation is behind the sources: lupdate, run on a copy of
# translations/careportal_en.ts, would find a string with no finished translation (a new
# qsTr, or one that moved to another file or context and so lost its translation).
# Usage: check-translations.sh LUPDATE PROJECT_CMAKE GENERATE_SCRIPT TS_FILE
#   PROJECT_CMAKE: the lupdate project qt_add_translations writes at configure time
#   (<build>/app/core/.lupdate/careportalcore_project.cmake); GENERATE_SCRIPT: Qt's
#   GenerateLUpdateProject.cmake, which turns it into lupdate's JSON.
set -euo pipefail
lupdate=$1 project=$2 generate=$3 ts=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -DIN_FILE="$project" -DOUT_FILE="$work/project.json" -P "$generate"
cp "$ts" "$work/check.ts"
"$lupdate" -project "$work/project.json" -no-obsolete -ts "$work/check.ts" >"$work/lupdate.log" 2>&1 ||
    { cat "$work/lupdate.log"; exit 1; }
missing=$(grep -B3 'type="unfinished"' "$work/check.ts" | grep -o '<source>.*</source>' || true)
if [[ -n "$missing" ]]; then
    echo "Strings without an English translation (run the update_translations target, then translate):"
    echo "$missing"
    exit 1
fi
echo "Every string has its English translation."
