// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/idempotentwrites.h"
#include "http/problem.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/idempotencystore.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace careportal::server;

namespace {

const QString kAccount = QStringLiteral("acc-idem-1");
const QString kOtherAccount = QStringLiteral("acc-idem-2");

ApiRequest postRequest(const QString &key, const QJsonObject &body,
                       const QString &path = QStringLiteral("/clients/c1/absences")) {
    ApiRequest request;
    request.method = QStringLiteral("POST");
    request.path = path;
    request.json = body;
    if (!key.isNull())
        request.headers.insert("idempotency-key", key);
    return request;
}

QJsonObject body(const QString &text) {
    return {{QLatin1String("message"), text}};
}

QString problemCode(const ApiResponse &response) {
    return QJsonDocument::fromJson(response.body).object().value(QLatin1String("code")).toString();
}

bool hasHeader(const ApiResponse &response, const QByteArray &name, const QByteArray &value) {
    return std::any_of(response.headers.cbegin(), response.headers.cend(),
                       [&](const auto &h) { return h.first == name && h.second == value; });
}

} // namespace

/// IdempotentWrites over a real SQLite file: the write and its stored answer commit
/// together, a retry replays, a changed body is refused, a running duplicate gets 409,
/// keys are per account, failed writes leave the key free, and dead claims are taken over.
/// The "write" here inserts a row in a table of its own, so the test can count writes.
class TestIdempotentWrites : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<IdempotencyStore> m_keys;
    QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc());

    IdempotentWrites makeWrites() {
        return IdempotentWrites(*m_keys, [this] { return m_now; });
    }

    // The protected change: one row per executed write, then the handler's answer.
    ApiResponse insertRow(const QString &text, int status = 201) {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("INSERT INTO writes (text) VALUES (?)"));
        query.addBindValue(text);
        if (!query.exec())
            return Problem::make(Problem::Code::Internal);
        if (status >= 400)
            return ApiResponse::json(status, {{QLatin1String("code"), QStringLiteral("x")}});
        return ApiResponse::json(status, {{QLatin1String("id"), query.lastInsertId().toInt()},
                                          {QLatin1String("text"), text}});
    }

    int rows() {
        QSqlQuery query(m_database->connection());
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM writes")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    }

    void addAccount(const QString &id) {
        AccountStore store(*m_database);
        AccountRecord account;
        account.id = id;
        account.username = id + QStringLiteral("@example.nl");
        account.passwordHash = QStringLiteral("x");
        account.salutation = QStringLiteral("mevrouw");
        account.initials = QStringLiteral("I.");
        account.surname = QStringLiteral("Dempotent");
        account.displayName = id;
        QVERIFY(store.insertAccount(account));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("server.db")));
        QString error;
        QVERIFY2(m_database->initialise(&error), qPrintable(error));
        QSqlQuery query(m_database->connection());
        QVERIFY(
            query.exec(QStringLiteral("CREATE TABLE writes (id INTEGER PRIMARY KEY, text TEXT)")));
        m_keys = std::make_unique<IdempotencyStore>(*m_database);
        addAccount(kAccount);
        addAccount(kOtherAccount);
    }

    void init() {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM writes")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM idempotency_keys")));
    }

    void withoutKeyEveryRequestWrites() {
        IdempotentWrites writes = makeWrites();
        const ApiRequest request = postRequest(QString(), body(QStringLiteral("a")));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(writes.run(request, kAccount, [&] { return insertRow(QStringLiteral("a")); })
                         .status,
                     201);
        QCOMPARE(rows(), 2);
    }

    void retryReplaysTheStoredAnswerWithoutWriting() {
        IdempotentWrites writes = makeWrites();
        const ApiRequest request = postRequest(QStringLiteral("key-1"), body(QStringLiteral("a")));
        const ApiResponse first =
            writes.run(request, kAccount, [&] { return insertRow(QStringLiteral("a")); });
        QCOMPARE(first.status, 201);
        QVERIFY(!hasHeader(first, "Idempotent-Replayed", "true"));
        int called = 0;
        const ApiResponse again = writes.run(request, kAccount, [&] {
            ++called;
            return insertRow(QStringLiteral("a"));
        });
        QCOMPARE(called, 0);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.contentType, first.contentType);
        QVERIFY(hasHeader(again, "Idempotent-Replayed", "true"));
        QCOMPARE(rows(), 1);
    }

    void theSameKeyWithAnotherBodyIsRefused() {
        IdempotentWrites writes = makeWrites();
        QCOMPARE(writes
                     .run(postRequest(QStringLiteral("key-2"), body(QStringLiteral("a"))), kAccount,
                          [&] { return insertRow(QStringLiteral("a")); })
                     .status,
                 201);
        for (const ApiRequest &changed :
             {postRequest(QStringLiteral("key-2"), body(QStringLiteral("b"))),
              postRequest(QStringLiteral("key-2"), body(QStringLiteral("a")),
                          QStringLiteral("/clients/c2/absences"))}) {
            const ApiResponse refused =
                writes.run(changed, kAccount, [&] { return insertRow(QStringLiteral("b")); });
            QCOMPARE(refused.status, 422);
            QCOMPARE(problemCode(refused), QStringLiteral("idempotency-key-reused"));
        }
        QCOMPARE(rows(), 1);
    }

    void aDuplicateWhileTheFirstRunsGetsConflict() {
        IdempotentWrites writes = makeWrites();
        const ApiRequest request = postRequest(QStringLiteral("key-3"), body(QStringLiteral("a")));
        ApiResponse duplicate;
        const ApiResponse first = writes.run(request, kAccount, [&] {
            // The same request arrives while this one is still writing.
            duplicate =
                writes.run(request, kAccount, [&] { return insertRow(QStringLiteral("dup")); });
            return insertRow(QStringLiteral("a"));
        });
        QCOMPARE(first.status, 201);
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(problemCode(duplicate), QStringLiteral("request-in-progress"));
        QCOMPARE(rows(), 1);
        // Once the first has finished the duplicate's retry gets its answer.
        QCOMPARE(writes.run(request, kAccount, [&] { return insertRow(QStringLiteral("a")); }).body,
                 first.body);
        QCOMPARE(rows(), 1);
    }

    void anotherAccountsKeyNeverReplaysItsAnswer() {
        IdempotentWrites writes = makeWrites();
        const ApiRequest request = postRequest(QStringLiteral("shared"), body(QStringLiteral("a")));
        const ApiResponse mine =
            writes.run(request, kAccount, [&] { return insertRow(QStringLiteral("mine")); });
        const ApiResponse theirs =
            writes.run(request, kOtherAccount, [&] { return insertRow(QStringLiteral("theirs")); });
        QCOMPARE(theirs.status, 201);
        QVERIFY(theirs.body != mine.body);
        QVERIFY(!hasHeader(theirs, "Idempotent-Replayed", "true"));
        QCOMPARE(rows(), 2);
    }

    void aFailedWriteIsRolledBackAndMayBeRetried() {
        IdempotentWrites writes = makeWrites();
        const ApiRequest request = postRequest(QStringLiteral("key-5"), body(QStringLiteral("a")));
        // The handler changed a row and then failed: the change goes with the failure.
        const ApiResponse failed =
            writes.run(request, kAccount, [&] { return insertRow(QStringLiteral("a"), 500); });
        QCOMPARE(failed.status, 500);
        QCOMPARE(rows(), 0);
        QVERIFY(!m_keys->entry(kAccount, QStringLiteral("key-5")));
        QCOMPARE(
            writes.run(request, kAccount, [&] { return insertRow(QStringLiteral("a")); }).status,
            201);
        QCOMPARE(rows(), 1);
    }

    void refusalsThatDoNotJudgeTheRequestAreNotKept_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("final");
        QTest::newRow("401 session ended") << 401 << false;
        QTest::newRow("403 forbidden now") << 403 << false;
        QTest::newRow("409 conflict") << 409 << false;
        QTest::newRow("429 rate limit") << 429 << false;
        QTest::newRow("503 busy") << 503 << false;
        QTest::newRow("422 validation") << 422 << true;
        QTest::newRow("412 stale") << 412 << true;
        QTest::newRow("404 gone") << 404 << true;
        QTest::newRow("204 deleted") << 204 << true;
    }

    void refusalsThatDoNotJudgeTheRequestAreNotKept() {
        QFETCH(int, status);
        QFETCH(bool, final);
        QCOMPARE(IdempotentWrites::isFinal(status), final);
    }

    void aValidationAnswerIsKeptForTheKey() {
        IdempotentWrites writes = makeWrites();
        const ApiRequest request = postRequest(QStringLiteral("key-6"), body(QStringLiteral("a")));
        const ApiResponse refused = writes.run(request, kAccount, [&] {
            return ApiResponse::json(422, {{QLatin1String("code"), 1}});
        });
        QCOMPARE(refused.status, 422);
        int called = 0;
        QCOMPARE(writes
                     .run(request, kAccount,
                          [&] {
                              ++called;
                              return insertRow(QStringLiteral("a"));
                          })
                     .status,
                 422);
        QCOMPARE(called, 0);
    }

    void aClaimLeftByAStoppedServerIsTakenOver() {
        // A claim by another process without an answer: that process stopped mid-write,
        // and since the answer commits with the write, nothing was written.
        insertClaim(QStringLiteral("key-7"), QStringLiteral("another-process"), m_now);
        IdempotentWrites writes = makeWrites();
        const ApiResponse response =
            writes.run(postRequest(QStringLiteral("key-7"), body(QStringLiteral("a"))), kAccount,
                       [&] { return insertRow(QStringLiteral("a")); });
        QCOMPARE(response.status, 201);
        QCOMPARE(rows(), 1);
    }

    void abandonedClaims_data() {
        QTest::addColumn<QString>("owner");
        QTest::addColumn<qint64>("ageSeconds");
        QTest::addColumn<bool>("abandoned");
        QTest::newRow("own, running") << QStringLiteral("me") << qint64(5) << false;
        QTest::newRow("own, at the lease")
            << QStringLiteral("me") << IdempotentWrites::kLeaseSeconds << false;
        QTest::newRow("own, past the lease")
            << QStringLiteral("me") << IdempotentWrites::kLeaseSeconds + 1 << true;
        QTest::newRow("a stopped process") << QStringLiteral("before-restart") << qint64(1) << true;
    }

    void abandonedClaims() {
        QFETCH(QString, owner);
        QFETCH(qint64, ageSeconds);
        QFETCH(bool, abandoned);
        IdempotencyStore::Entry claim;
        claim.claimedBy = owner;
        claim.claimedAt = m_now.addSecs(-ageSeconds);
        QCOMPARE(IdempotentWrites::isAbandoned(claim, QStringLiteral("me"), m_now), abandoned);
    }

    void badKeysAreRefused_data() {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << QStringLiteral("a b");
        QTest::newRow("non-ascii") << QStringLiteral("sleutel-é");
        QTest::newRow("too long") << QString(IdempotentWrites::kMaxKeyLength + 1, QLatin1Char('k'));
    }

    void badKeysAreRefused() {
        QFETCH(QString, key);
        IdempotentWrites writes = makeWrites();
        ApiRequest request = postRequest(QStringLiteral("x"), body(QStringLiteral("a")));
        request.headers.insert("idempotency-key", key);
        const ApiResponse response =
            writes.run(request, kAccount, [&] { return insertRow(QStringLiteral("a")); });
        QCOMPARE(response.status, 400);
        QCOMPARE(rows(), 0);
    }

    void keysAreForgottenAfterTheKeepPeriod() {
        IdempotentWrites writes = makeWrites();
        (void)writes.run(postRequest(QStringLiteral("old"), body(QStringLiteral("a"))), kAccount,
                         [&] { return insertRow(QStringLiteral("a")); });
        QVERIFY(m_keys->entry(kAccount, QStringLiteral("old")));
        m_now = m_now.addDays(IdempotentWrites::kKeepDays + 1);
        (void)writes.run(postRequest(QStringLiteral("new"), body(QStringLiteral("b"))), kAccount,
                         [&] { return insertRow(QStringLiteral("b")); });
        QVERIFY(!m_keys->entry(kAccount, QStringLiteral("old")));
        QVERIFY(m_keys->entry(kAccount, QStringLiteral("new")));
    }

    void transactionsNestAsSavepoints() {
        Transaction outer(*m_database);
        QVERIFY(outer.isActive());
        (void)insertRow(QStringLiteral("outer"));
        {
            Transaction inner(*m_database);
            QVERIFY(inner.isActive());
            (void)insertRow(QStringLiteral("inner, rolled back"));
        }
        {
            Transaction inner(*m_database);
            (void)insertRow(QStringLiteral("inner, kept"));
            QVERIFY(inner.commit());
        }
        QVERIFY(outer.commit());
        QCOMPARE(rows(), 2);
        QCOMPARE(m_database->transactionDepth(), 0);
    }

private:
    void insertClaim(const QString &key, const QString &owner, const QDateTime &at) {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("INSERT INTO idempotency_keys (account_id, key, fingerprint, "
                                     "claimed_by, claimed_utc) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(kAccount);
        query.addBindValue(key);
        query.addBindValue(QString::fromLatin1(
            IdempotentWrites::fingerprint(postRequest(key, body(QStringLiteral("a"))))));
        query.addBindValue(owner);
        query.addBindValue(at.toSecsSinceEpoch());
        QVERIFY(query.exec());
    }
};

QTEST_GUILESS_MAIN(TestIdempotentWrites)
#include "tst_idempotentwrites.moc"
