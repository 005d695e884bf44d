// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kiosk/idleclock.h"

#include <chrono>

// QElapsedTimer and std::chrono::steady_clock use CLOCK_MONOTONIC on Linux, which stands
// still while the computer is suspended; CLOCK_BOOTTIME does not. On macOS
// CLOCK_MONOTONIC counts sleep; on Windows steady_clock (QueryPerformanceCounter) does.
#if defined(Q_OS_LINUX)
#include <time.h>
#define SUSPEND_COUNTING_CLOCK CLOCK_BOOTTIME
#elif defined(Q_OS_MACOS)
#include <time.h>
#define SUSPEND_COUNTING_CLOCK CLOCK_MONOTONIC
#endif

namespace careportal {

SystemIdleClock::SystemIdleClock(QObject *parent)
    : IdleClock(parent) {
    // Once a second: the countdown shows whole seconds.
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleClock::ticked);
    m_timer.start();
}

qint64 SystemIdleClock::sinceBootMs() {
#ifdef SUSPEND_COUNTING_CLOCK
    timespec now{};
    if (clock_gettime(SUSPEND_COUNTING_CLOCK, &now) == 0)
        return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
#endif
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace careportal
