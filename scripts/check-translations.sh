#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Fails when a translation is behind the sources: lupdate, run on a copy of the .ts file,
# would find a string with no finished translation (a new qsTr, or one that moved to
# another file or context and so lost its translation). For translations/careportal_en.ts
# that is every string; for translations/careportal_nl.ts (Dutch is the source language)
# only the plural forms of the %n texts, with -pluralonly as extra lupdate option.
# It also fails on a source text that writes a plural as "actie(s)" or "wijziging(en)":
# such a text takes %n and its forms in the .ts files instead.
# Usage: check-translations.sh LUPDATE PROJECT_CMAKE GENERATE_SCRIPT TS_FILE [LUPDATE_OPTION...]
#   PROJECT_CMAKE: the lupdate project qt_add_translations writes at configure time
#   (<build>/app/core/.lupdate/careportalcore_project.cmake); GENERATE_SCRIPT: Qt's
#   GenerateLUpdateProject.cmake, which turns it into lupdate's JSON.
set -euo pipefail
lupdate=$1 project=$2 generate=$3 ts=$4
shift 4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -DIN_FILE="$project" -DOUT_FILE="$work/project.json" -P "$generate"
cp "$ts" "$work/check.ts"
"$lupdate" -project "$work/project.json" -no-obsolete "$@" -ts "$work/check.ts" >"$work/lupdate.log" 2>&1 ||
    { cat "$work/lupdate.log"; exit 1; }
missing=$(grep -B3 'type="unfinished"' "$work/check.ts" | grep -o '<source>.*</source>' || true)
if [[ -n "$missing" ]]; then
    echo "Strings without a finished translation in $(basename "$ts") (run the update_translations target, then translate):"
    echo "$missing"
    exit 1
fi
makeshift=$(grep -o '<source>.*</source>' "$work/check.ts" | grep -E '[[:alpha:]]\((s|en|e|n)\)' || true)
if [[ -n "$makeshift" ]]; then
    echo "Plurals written as \"(s)\" or \"(en)\": use %n with qsTr(text, \"\", n) and give its forms in the .ts files:"
    echo "$makeshift"
    exit 1
fi
echo "Every string in $(basename "$ts") has its translation."
