// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QSettings;
class QWindow;

namespace careportal {

/// Where the window was and how large, kept between runs (QSettings, nothing personal):
/// the next start opens the same way, on the screen that showed most of it. A place no
/// longer on any screen (a monitor unplugged) comes back onto the primary one, and a window
/// larger than its screen now is (a laptop undocked) is made to fit it.
struct WindowPlacement {
    static void save(const QWindow &window, QSettings &settings);
    static void restore(QWindow &window, const QSettings &settings);
};

} // namespace careportal
