// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "kiosk/idleclock.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace careportal {

/// Logs a shared kiosk out when nobody has touched it for a while. The last 30 seconds
/// are a visible countdown (`warning`, `secondsLeft`) that any touch, click, key or wheel
/// cancels; then timedOut(). Input is seen through an event filter on the application,
/// so every window and popup counts, and no screen has to report activity itself.
class IdleMonitor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.idle is made by the app")
    Q_PROPERTY(bool enabled READ isEnabled NOTIFY enabledChanged)
    Q_PROPERTY(int timeoutSeconds READ timeoutSeconds CONSTANT)
    Q_PROPERTY(bool warning READ warning NOTIFY warningChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    /// Replaceable for tests (a clock they move forward themselves).
    Q_PROPERTY(careportal::IdleClock *clock READ clock WRITE setClock NOTIFY clockChanged)
public:
    static constexpr int kWarningSeconds = 30;

    /// `timeoutSeconds` counts from the last input to the logout, countdown included.
    IdleMonitor(int timeoutSeconds, IdleClock *clock, QObject *parent = nullptr);

    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    /// Watching only while there is something to lose (a session, or a half-typed login).
    void setEnabled(bool enabled);
    [[nodiscard]] int timeoutSeconds() const { return m_timeoutSeconds; }
    [[nodiscard]] bool warning() const { return m_warning; }
    [[nodiscard]] int secondsLeft() const { return m_secondsLeft; }
    [[nodiscard]] IdleClock *clock() const { return m_clock; }
    void setClock(IdleClock *clock);

    /// Someone is there: the countdown stops and the time starts again.
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void enabledChanged();
    void warningChanged();
    void secondsLeftChanged();
    void clockChanged();
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();
    [[nodiscard]] qint64 msLeft() const;
    void timeOut();
    void setWarning(bool warning, int secondsLeft);

    int m_timeoutSeconds;
    QPointer<IdleClock> m_clock;
    qint64 m_lastInputMs = 0;
    bool m_enabled = false;
    bool m_warning = false;
    int m_secondsLeft = 0;
};

} // namespace careportal
