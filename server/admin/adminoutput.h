// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// How every admin task talks to staff and scripts: results on stdout, one problem per line
// on stderr, and one exit code for "refused", so scripts can tell success from failure.
namespace careportal::server::admin {

/// The exit code of a refused or failed task (bad options, unknown ids, a failed write).
inline constexpr int kExitRefused = 2;

/// `text` with every control and format character except the tab written as \xHH or
/// \uHHHH, so stored data cannot drive a staff member's terminal (reset it, overwrite what
/// it shows) or hide and reorder text; a NUL no longer cuts a line short.
[[nodiscard]] QString escaped(const QString &text);
/// One line on stdout (UTF-8: the letters contain ë), escaped: whatever data it holds.
void print(const QString &line);
/// "careportal-server admin: <message>" on stderr, each line escaped; returns kExitRefused.
int fail(const QString &message);
/// The heading of a section in the readable listings (list-client): "== title ==".
void printHeading(const QString &title);

} // namespace careportal::server::admin
