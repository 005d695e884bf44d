// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <atomic>
#include <functional>

class QQuickWindow;

namespace bench {

/// Stamps the first frame that shows what the benchmark waits for. `ready` is asked on the
/// render thread in beforeSynchronizing (the GUI thread is blocked there, so it may read
/// items); the next frameSwapped after it said yes is the frame the user sees. Prints the
/// figures and quits the application.
class FrameStamp : public QObject {
    Q_OBJECT
public:
    FrameStamp(QQuickWindow *window, std::function<bool()> ready, QObject *parent = nullptr);

private:
    void report(double ms, double procStatMs);

    QQuickWindow *m_window;
    std::function<bool()> m_ready;
    std::atomic<bool> m_armed = false;
    std::atomic<bool> m_done = false;
};

/// Prints the scene graph backend, the time of the frame and the peak RSS as key=value
/// lines on stdout for bench/run.sh.
void printFigures(QQuickWindow *window, double ms, double procStatMs);

} // namespace bench
