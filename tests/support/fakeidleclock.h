// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "kiosk/idleclock.h"

#include <QtQml/qqmlregistration.h>

namespace careportal::test {

/// A clock the test moves forward: advance() adds time and ticks once, as the system
/// clock would have done (at least) once in that time; sleep() adds time without a tick,
/// as a suspended computer does until it wakes.
class FakeIdleClock : public IdleClock {
    Q_OBJECT
    QML_ELEMENT
public:
    using IdleClock::IdleClock;
    [[nodiscard]] qint64 nowMs() const override { return m_nowMs; }
    Q_INVOKABLE void advance(int ms) {
        m_nowMs += ms;
        Q_EMIT ticked();
    }
    Q_INVOKABLE void sleep(int ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs = 0;
};

} // namespace careportal::test
