#include "idleclock.h"

namespace careportal {

SystemIdleClock::SystemIdleClock(QObject *parent)
    : IdleClock(parent) {
    m_elapsed.start();
    // Once a second: the countdown shows whole seconds.
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleClock::ticked);
    m_timer.start();
}

} // namespace careportal
