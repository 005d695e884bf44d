#pragma once

class QSettings;
class QWindow;

namespace careportal {

/// Where the window was and how large, kept between runs (QSettings, nothing personal):
/// the next start opens the same way. A place no longer on any screen (a monitor
/// unplugged) is moved back onto the primary one.
struct WindowPlacement {
    static void save(const QWindow &window, QSettings &settings);
    static void restore(QWindow &window, const QSettings &settings);
};

} // namespace careportal
