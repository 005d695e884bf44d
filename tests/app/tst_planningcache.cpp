// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planning/planningcache.h"
#include "storage/cachedatabase.h"
#include "storage/payloadcipher.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

using careportal::Appointment;
using careportal::CacheDatabase;
using careportal::PlanningCache;

/// The planning per client and month as last fetched, readable offline.
class TestPlanningCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void monthKey();
    void neverFetchedMonth();
    void replaceThenLoad();
    void replaceAgainLeavesNoLeftovers();
    void otherMonthsAndClientsUntouched();
    void emptyMonthIsStillFetched();
    void touchUpdatesFetchedAt();
    void nextVisit();
    void nextVisitNone();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_db;
    std::unique_ptr<PlanningCache> m_cache;
};

namespace {

const QString client = QStringLiteral("c-1");
const QDate april(2021, 4, 1);
const QDate may(2021, 5, 1);

QDateTime at(int month, int day, int hour, int minute = 0) {
    return QDateTime(QDate(2021, month, day), QTime(hour, minute),
                     QTimeZone(month >= 4 && month <= 10 ? 7200 : 3600));
}

Appointment visit(const QString &id, const QDateTime &start, const QString &carer) {
    return {id, start, start.addSecs(90 * 60), QStringLiteral("HV 1"), carer};
}

// Whole seconds: the cache stores fetched_at in seconds.
const QDateTime fetched = QDateTime(QDate(2021, 4, 13), QTime(18, 23, 5));

} // namespace

void TestPlanningCache::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QCOMPARE(m_db->open(), CacheDatabase::OpenResult::Ok);
    QVERIFY(m_db->unlock(careportal::PayloadCipher::generateKey()));
    m_cache = std::make_unique<PlanningCache>(m_db.get());
}

void TestPlanningCache::cleanup() {
    m_cache.reset();
    m_db.reset();
    m_dir.reset();
}

void TestPlanningCache::monthKey() {
    QCOMPARE(PlanningCache::monthKey(QDate(2021, 4, 14)), QStringLiteral("2021-04"));
    QCOMPARE(PlanningCache::monthKey(QDate(2022, 12, 31)), QStringLiteral("2022-12"));
}

void TestPlanningCache::neverFetchedMonth() {
    const PlanningCache::Month month = m_cache->load(client, april);
    QVERIFY(!month.fetchedAt.isValid());
    QCOMPARE(month.appointments.size(), 0);
    QCOMPARE(month.etag, QByteArray());
}

void TestPlanningCache::replaceThenLoad() {
    // Given out of order: the cache hands them back by start time.
    const QList<Appointment> visits{
        visit(QStringLiteral("a-3"), at(4, 20, 14), QStringLiteral("Sanne")),
        visit(QStringLiteral("a-1"), at(4, 14, 9), QStringLiteral("Fatima")),
        visit(QStringLiteral("a-2"), at(4, 14, 13, 30), QStringLiteral("Piet"))};
    QVERIFY(m_cache->replace(client, april, visits, QByteArrayLiteral("W/\"abc\""), fetched));

    const PlanningCache::Month month = m_cache->load(client, april);
    QCOMPARE(month.appointments.size(), 3);
    QCOMPARE(month.appointments.at(0), visits.at(1));
    QCOMPARE(month.appointments.at(1), visits.at(2));
    QCOMPARE(month.appointments.at(2), visits.at(0));
    // Field by field, including the organisation's offset (09:00 stays 09:00).
    const Appointment &first = month.appointments.at(0);
    QCOMPARE(first.id, QStringLiteral("a-1"));
    QCOMPARE(first.start.time(), QTime(9, 0));
    QCOMPARE(first.start.offsetFromUtc(), 7200);
    QCOMPARE(first.end.time(), QTime(10, 30));
    QCOMPARE(first.helpType, QStringLiteral("HV 1"));
    QCOMPARE(first.carerName, QStringLiteral("Fatima"));
    QCOMPARE(month.etag, QByteArrayLiteral("W/\"abc\""));
    QCOMPARE(month.fetchedAt, fetched);
}

void TestPlanningCache::replaceAgainLeavesNoLeftovers() {
    QVERIFY(m_cache->replace(client, april,
                             {visit(QStringLiteral("a-1"), at(4, 14, 9), QStringLiteral("Fatima")),
                              visit(QStringLiteral("a-2"), at(4, 15, 9), QStringLiteral("Piet"))},
                             QByteArrayLiteral("\"v1\""), fetched));
    const Appointment moved = visit(QStringLiteral("a-2"), at(4, 16, 11), QStringLiteral("Sanne"));
    const Appointment added = visit(QStringLiteral("a-9"), at(4, 28, 8), QStringLiteral("Fatima"));
    QVERIFY(m_cache->replace(client, april, {added, moved}, QByteArrayLiteral("\"v2\""),
                             fetched.addSecs(60)));

    const PlanningCache::Month month = m_cache->load(client, april);
    QCOMPARE(month.appointments, (QList<Appointment>{moved, added}));
    QCOMPARE(month.etag, QByteArrayLiteral("\"v2\""));
    QCOMPARE(month.fetchedAt, fetched.addSecs(60));

    QVERIFY(m_cache->replace(client, april, {}, QByteArrayLiteral("\"v3\""), fetched));
    QCOMPARE(m_cache->load(client, april).appointments.size(), 0);
}

void TestPlanningCache::otherMonthsAndClientsUntouched() {
    const Appointment inMay = visit(QStringLiteral("m-1"), at(5, 3, 9), QStringLiteral("Piet"));
    const Appointment otherClient =
        visit(QStringLiteral("o-1"), at(4, 14, 9), QStringLiteral("Kees"));
    QVERIFY(m_cache->replace(client, may, {inMay}, QByteArrayLiteral("\"may\""), fetched));
    QVERIFY(m_cache->replace(QStringLiteral("c-2"), april, {otherClient},
                             QByteArrayLiteral("\"other\""), fetched));

    QVERIFY(m_cache->replace(client, april,
                             {visit(QStringLiteral("a-1"), at(4, 14, 9), QStringLiteral("Fatima"))},
                             QByteArrayLiteral("\"v1\""), fetched));
    QVERIFY(m_cache->replace(client, april, {}, QByteArrayLiteral("\"v2\""), fetched));

    const PlanningCache::Month mayMonth = m_cache->load(client, may);
    QCOMPARE(mayMonth.appointments, QList<Appointment>{inMay});
    QCOMPARE(mayMonth.etag, QByteArrayLiteral("\"may\""));
    const PlanningCache::Month other = m_cache->load(QStringLiteral("c-2"), april);
    QCOMPARE(other.appointments, QList<Appointment>{otherClient});
    QCOMPARE(other.etag, QByteArrayLiteral("\"other\""));
    QVERIFY(!m_cache->load(QStringLiteral("c-2"), may).fetchedAt.isValid());
}

void TestPlanningCache::emptyMonthIsStillFetched() {
    QVERIFY(m_cache->replace(client, april, {}, QByteArray(), fetched));
    const PlanningCache::Month month = m_cache->load(client, april);
    QCOMPARE(month.appointments.size(), 0);
    QCOMPARE(month.fetchedAt, fetched); // known to be empty, unlike a never-fetched month
}

void TestPlanningCache::touchUpdatesFetchedAt() {
    const Appointment first = visit(QStringLiteral("a-1"), at(4, 14, 9), QStringLiteral("Fatima"));
    QVERIFY(m_cache->replace(client, april, {first}, QByteArrayLiteral("\"v1\""), fetched));
    const QDateTime later = fetched.addDays(1);
    QVERIFY(m_cache->touch(client, april, later));

    const PlanningCache::Month month = m_cache->load(client, april);
    QCOMPARE(month.fetchedAt, later);
    QCOMPARE(month.etag, QByteArrayLiteral("\"v1\""));
    QCOMPARE(month.appointments, QList<Appointment>{first});

    // Touching a month that was never fetched does not invent it.
    QVERIFY(m_cache->touch(client, may, later));
    QVERIFY(!m_cache->load(client, may).fetchedAt.isValid());
}

void TestPlanningCache::nextVisit() {
    const Appointment a = visit(QStringLiteral("a-1"), at(4, 14, 9), QStringLiteral("Fatima"));
    const Appointment b = visit(QStringLiteral("a-2"), at(4, 20, 9), QStringLiteral("Piet"));
    const Appointment c = visit(QStringLiteral("m-1"), at(5, 3, 9), QStringLiteral("Sanne"));
    QVERIFY(m_cache->replace(client, may, {c}, {}, fetched));
    QVERIFY(m_cache->replace(client, april, {b, a}, {}, fetched));
    QVERIFY(m_cache->replace(QStringLiteral("c-2"), april,
                             {visit(QStringLiteral("o-1"), at(4, 15, 9), QStringLiteral("Kees"))},
                             {}, fetched));

    QCOMPARE(m_cache->nextVisit(client, at(4, 1, 0)).value_or(Appointment()), a);
    QCOMPARE(m_cache->nextVisit(client, at(4, 14, 9)).value_or(Appointment()), a); // starts now
    QCOMPARE(m_cache->nextVisit(client, at(4, 14, 9, 1)).value_or(Appointment()), b);
    // Across months, and in another time zone than the visits: compared as instants.
    QCOMPARE(m_cache->nextVisit(client, at(4, 21, 0).toUTC()).value_or(Appointment()), c);
    QCOMPARE(m_cache->nextVisit(QStringLiteral("c-2"), at(4, 1, 0)).value_or(Appointment()).id,
             QStringLiteral("o-1"));
}

void TestPlanningCache::nextVisitNone() {
    QVERIFY(!m_cache->nextVisit(client, at(4, 1, 0)).has_value());
    QVERIFY(m_cache->replace(client, april,
                             {visit(QStringLiteral("a-1"), at(4, 14, 9), QStringLiteral("Fatima"))},
                             {}, fetched));
    QVERIFY(!m_cache->nextVisit(client, at(4, 14, 9, 1)).has_value());
    QVERIFY(!m_cache->nextVisit(QStringLiteral("c-unknown"), at(4, 1, 0)).has_value());
}

QTEST_GUILESS_MAIN(TestPlanningCache)
#include "tst_planningcache.moc"
