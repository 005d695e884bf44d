// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDeadlineTimer>
#include <QList>
#include <QMutex>
#include <QWaitCondition>
#include <functional>
#include <thread>
#include <vector>

namespace careportal::test {

/// Holds every caller until `expected` callers have arrived (or a few seconds passed), then
/// lets them all go. Put into a service's injected clock, it makes parallel requests read
/// their state before any of them writes: the widest a read-compare-write race can open,
/// every run, instead of now and then.
class ArrivalBarrier {
public:
    void expect(int callers) {
        const QMutexLocker lock(&m_mutex);
        m_expected = callers;
        m_arrived = 0;
    }
    void arrive() {
        const QMutexLocker lock(&m_mutex);
        if (m_expected == 0)
            return;
        ++m_arrived;
        m_allHere.wakeAll();
        // Bounded, so code that never reaches the barrier from every caller still finishes.
        const QDeadlineTimer deadline(3000);
        while (m_arrived < m_expected && m_allHere.wait(&m_mutex, deadline)) {
        }
    }

private:
    QMutex m_mutex;
    QWaitCondition m_allHere;
    int m_expected = 0;
    int m_arrived = 0;
};

/// Runs `call` on `count` threads at once and returns their results in thread order.
template <typename Result>
QList<Result> inParallel(int count, const std::function<Result()> &call) {
    QList<Result> results(count);
    std::vector<std::thread> threads;
    threads.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        threads.emplace_back([&results, &call, i] { results[i] = call(); });
    for (auto &thread : threads)
        thread.join();
    return results;
}

} // namespace careportal::test
