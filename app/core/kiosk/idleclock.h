// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace careportal {

/// The time an IdleMonitor counts in: milliseconds since some start, and a tick whenever
/// the monitor should look again. The system clock ticks every second; tests give a clock
/// they move forward themselves, so a three-minute idle logout takes no three minutes.
class IdleClock : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
public:
    using QObject::QObject;
    [[nodiscard]] virtual qint64 nowMs() const = 0;

Q_SIGNALS:
    void ticked();
};

/// Time since the computer started, suspended time included: a kiosk PC that sleeps
/// through its idle time logs out as it wakes, rather than showing the last user's pages
/// for the rest of the countdown. A clock change on the PC moves no logout either.
class SystemIdleClock : public IdleClock {
    Q_OBJECT
public:
    explicit SystemIdleClock(QObject *parent = nullptr);
    [[nodiscard]] qint64 nowMs() const override { return sinceBootMs(); }

    /// Milliseconds since the computer started, time asleep included (see the .cpp).
    [[nodiscard]] static qint64 sinceBootMs();

private:
    QTimer m_timer;
};

} // namespace careportal
