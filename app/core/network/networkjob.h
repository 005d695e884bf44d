// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "network/apierror.h"
#include "util/futureresult.h"

#include <QFuture>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <utility>

namespace careportal {

/// A piece of network work with more than one step (a login with its second factor, a
/// token refresh, the delivery of one queued write) as an object of its own, after the
/// Nextcloud desktop client's network jobs: the steps and their half-done state live here,
/// so the objects that keep the app's state (Session, Outbox, RestBackend) only start a
/// job and act on how it ended.
///
/// start() runs it; it ends exactly once, with finished() or failed(), and then deletes
/// itself (deleteLater, so the result can still be read in a slot). Its own timeout fails
/// it with ApiError::Kind::Timeout ("job-timeout") when a step hangs, and an answer that
/// comes after that is ignored. abort() ends it without a word: an aborted job never emits
/// again. A job is owned by its parent until it ends; hold it in a QPointer.
class NetworkJob : public QObject {
    Q_OBJECT
public:
    /// Longer than one request's own limits (TLS pin check 15 s, transfer 20 s), so a job
    /// times out only when something below it hangs without ever answering.
    static constexpr std::chrono::milliseconds kDefaultTimeout{60000};

    explicit NetworkJob(QObject *parent = nullptr);

    /// Before start(). Each step the job waits for a server counts against it afresh.
    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const;

    /// Starts the first step (at once, in this call). A second call does nothing.
    void start();
    /// Ends the job: what is in flight is dropped, no signal follows, the job deletes itself.
    void abort();
    [[nodiscard]] bool isRunning() const { return m_state == State::Running; }
    /// Whether it ended (finished, failed, timed out or aborted).
    [[nodiscard]] bool isDone() const { return m_state == State::Done; }

Q_SIGNALS:
    void finished();
    void failed(const careportal::ApiError &error);

protected:
    /// The first step; called by start().
    virtual void run() = 0;
    /// Called when the job ends early (abort, timeout): drop what is in flight.
    virtual void stop() {}

    void succeed();
    void fail(const ApiError &error);
    /// While the job waits for the user (a code to type) rather than for a server.
    void pauseTimeout();
    /// A new step that waits for a server: the full timeout again.
    void restartTimeout();

    /// Calls `callback(result)` when `future` has a result, if the job is still running:
    /// an answer to an aborted or timed-out job goes nowhere.
    template <typename T, typename Callback>
    void await(const QFuture<T> &future, Callback &&callback) {
        onResult(future, this,
                 [this, callback = std::forward<Callback>(callback)](const T &value) mutable {
                     if (isRunning())
                         callback(value);
                 });
    }

private:
    enum class State { Ready, Running, Done };

    /// True when the job was running and now is not: the one place that ends it.
    bool end();
    void timeOut();

    State m_state = State::Ready;
    QTimer m_timer;
};

} // namespace careportal
