// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/lockoutpolicy.h"

#include <QTest>

using careportal::server::LockoutPolicy;
using careportal::server::LoginFailureState;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);

/// Fails `count` times, `stepSeconds` apart, starting at `at`; returns the state and moves `at`.
LoginFailureState failTimes(const LockoutPolicy &policy, LoginFailureState state, int count,
                            QDateTime &at, qint64 stepSeconds = 1) {
    for (int i = 0; i < count; ++i) {
        state = policy.afterFailure(state, at);
        at = at.addSecs(stepSeconds);
    }
    return state;
}

} // namespace

/// The lockout rules on a fake clock: a lock at the threshold, each next lock twice as long
/// (up to a day), forgiveness after a quiet day, and the ceiling of failures an hour.
class TestLockoutPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void locksAtThresholdNotBefore() {
        const LockoutPolicy policy({5, 15, 100});
        QDateTime at = kStart;
        LoginFailureState state = failTimes(policy, {}, 4, at);
        QCOMPARE(policy.lockedForSeconds(state, at), 0);
        state = failTimes(policy, state, 1, at);
        QCOMPARE(policy.lockedForSeconds(state, kStart.addSecs(4)), 15 * 60);
    }

    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        const LockoutPolicy policy({5, 15, 100});
        QDateTime at = kStart;
        const LoginFailureState state = failTimes(policy, {}, 10, at, 4 * 60);
        QCOMPARE(policy.lockedForSeconds(state, at), 0);
    }

    void eachNextLockDoublesUpToADay() {
        const LockoutPolicy policy({5, 15, 100});
        QDateTime at = kStart;
        LoginFailureState state;
        const QList<qint64> expectedMinutes{15, 30, 60, 120, 240, 480, 960, 1440, 1440};
        for (const qint64 minutes : expectedMinutes) {
            state = failTimes(policy, state, 4, at);
            state = policy.afterFailure(state, at);
            QCOMPARE(policy.lockedForSeconds(state, at), minutes * 60);
            at = state.lockedUntil; // try again the moment the lock ends
        }
    }

    void aLockThatEndedADayAgoIsForgiven() {
        const LockoutPolicy policy({5, 15, 100});
        QDateTime at = kStart;
        LoginFailureState state = failTimes(policy, {}, 10, at); // two locks: 15 then 30 min
        at = state.lockedUntil.addSecs(LockoutPolicy::kLongestLockSeconds + 1);
        state = failTimes(policy, state, 5, at);
        QCOMPARE(state.lockCount, 1);
        QCOMPARE(policy.lockedForSeconds(state, at.addSecs(-1)), 15 * 60);
    }

    void hundredFailuresInAnHourLockForTheRestOfTheHour() {
        // A threshold so high that only the hourly ceiling can lock.
        const LockoutPolicy policy({1000, 15, 100});
        QDateTime at = kStart;
        LoginFailureState state = failTimes(policy, {}, 99, at, 30);
        QCOMPARE(policy.lockedForSeconds(state, at), 0);
        state = failTimes(policy, state, 1, at, 30);
        // 100 failures, 30 s apart: the hour began at kStart and ends at 10:00.
        QCOMPARE(state.lockedUntil, kStart.addSecs(3600));
        QVERIFY(policy.lockedForSeconds(state, at) > 0);
        QCOMPARE(policy.lockedForSeconds(state, kStart.addSecs(3600)), 0);
    }

    void theHourlyCountStartsAgainAfterTheHour() {
        const LockoutPolicy policy({1000, 15, 100});
        QDateTime at = kStart;
        LoginFailureState state = failTimes(policy, {}, 99, at, 30);
        at = kStart.addSecs(3600);
        state = failTimes(policy, state, 1, at);
        QCOMPARE(state.hourFailedCount, 1);
        QCOMPARE(policy.lockedForSeconds(state, at), 0);
    }

    void spentOnlyWhenNothingCanLockAnymore() {
        const LockoutPolicy policy({5, 15, 100});
        QDateTime at = kStart;
        LoginFailureState state = failTimes(policy, {}, 2, at);
        QVERIFY(!policy.isSpent(state, at));
        // After the hour, with no lock ever, the state is spent.
        QVERIFY(policy.isSpent(state, kStart.addSecs(3600)));
        state = failTimes(policy, state, 3, at);
        // A lock that ended is remembered for a day, so the next lock can double.
        QVERIFY(!policy.isSpent(state, state.lockedUntil.addSecs(3600)));
        QVERIFY(policy.isSpent(state,
                               state.lockedUntil.addSecs(LockoutPolicy::kLongestLockSeconds + 1)));
        QVERIFY(policy.isSpent({}, kStart));
    }
};

QTEST_GUILESS_MAIN(TestLockoutPolicy)
#include "tst_lockoutpolicy.moc"
