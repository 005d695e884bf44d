// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "network/networkjob.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcJob, "careportal.job")

namespace careportal {

NetworkJob::NetworkJob(QObject *parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultTimeout);
    connect(&m_timer, &QTimer::timeout, this, &NetworkJob::timeOut);
}

void NetworkJob::timeOut() {
    // Ended first, so that nothing stop() sets off can end the job a second time.
    if (!end())
        return;
    qCInfo(lcJob) << metaObject()->className() << "timed out after"
                  << m_timer.intervalAsDuration().count() << "ms";
    stop();
    Q_EMIT failed(ApiError::make(ApiError::Kind::Timeout, QStringLiteral("job-timeout")));
}

void NetworkJob::setTimeout(std::chrono::milliseconds timeout) {
    m_timer.setInterval(timeout);
}

std::chrono::milliseconds NetworkJob::timeout() const {
    return m_timer.intervalAsDuration();
}

void NetworkJob::start() {
    if (m_state != State::Ready)
        return;
    m_state = State::Running;
    m_timer.start();
    run();
}

void NetworkJob::abort() {
    const bool wasRunning = m_state == State::Running;
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    m_timer.stop();
    if (wasRunning)
        stop();
    deleteLater();
}

void NetworkJob::succeed() {
    if (end())
        Q_EMIT finished();
}

void NetworkJob::fail(const ApiError &error) {
    if (end())
        Q_EMIT failed(error);
}

bool NetworkJob::end() {
    if (m_state != State::Running)
        return false;
    m_state = State::Done;
    m_timer.stop();
    deleteLater();
    return true;
}

void NetworkJob::pauseTimeout() {
    m_timer.stop();
}

void NetworkJob::restartTimeout() {
    if (isRunning())
        m_timer.start();
}

} // namespace careportal
