// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kiosk/idlemonitor.h"

#include <QCoreApplication>
#include <QEvent>

namespace careportal {

namespace {

bool isInput(QEvent::Type type) {
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::TabletPress:
    case QEvent::InputMethod: // an on-screen keyboard typing
        return true;
    default:
        return false;
    }
}

} // namespace

IdleMonitor::IdleMonitor(int timeoutSeconds, IdleClock *clock, QObject *parent)
    : QObject(parent)
    , m_timeoutSeconds(qMax(timeoutSeconds, kWarningSeconds + 1)) {
    setClock(clock);
}

void IdleMonitor::setClock(IdleClock *clock) {
    if (m_clock == clock || !clock)
        return;
    if (m_clock)
        disconnect(m_clock, nullptr, this, nullptr);
    m_clock = clock;
    connect(m_clock, &IdleClock::ticked, this, &IdleMonitor::check);
    m_lastInputMs = m_clock->nowMs();
    Q_EMIT clockChanged();
}

void IdleMonitor::setEnabled(bool enabled) {
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (enabled)
        QCoreApplication::instance()->installEventFilter(this);
    else
        QCoreApplication::instance()->removeEventFilter(this);
    reset();
    Q_EMIT enabledChanged();
}

void IdleMonitor::reset() {
    if (m_clock)
        m_lastInputMs = m_clock->nowMs();
    setWarning(false, 0);
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event) {
    if (isInput(event->type())) {
        // A kiosk that slept past its time is woken by a touch: that touch is the next
        // person's, and must not keep the last one's session open.
        if (m_enabled && m_clock && msLeft() <= 0)
            timeOut();
        else
            reset();
    }
    return QObject::eventFilter(watched, event);
}

qint64 IdleMonitor::msLeft() const {
    return qint64(m_timeoutSeconds) * 1000 - (m_clock->nowMs() - m_lastInputMs);
}

void IdleMonitor::timeOut() {
    reset();
    Q_EMIT timedOut();
}

void IdleMonitor::check() {
    if (!m_enabled || !m_clock)
        return;
    const qint64 leftMs = msLeft();
    if (leftMs <= 0) {
        timeOut();
    } else if (leftMs <= qint64(kWarningSeconds) * 1000) {
        setWarning(true, int((leftMs + 999) / 1000));
    } else {
        setWarning(false, 0);
    }
}

void IdleMonitor::setWarning(bool warning, int secondsLeft) {
    if (m_secondsLeft != secondsLeft) {
        m_secondsLeft = secondsLeft;
        Q_EMIT secondsLeftChanged();
    }
    if (m_warning != warning) {
        m_warning = warning;
        Q_EMIT warningChanged();
    }
}

} // namespace careportal
