// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"
#include "serverprocess.h"

#include <QTest>

using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

namespace {

const QString kVoorbeeld = QStringLiteral("j.voorbeeld@example.nl");
const QString kTest = QStringLiteral("c.test@example.nl");
const QString kDemoPassword = QStringLiteral("Welkom!2026");
const QString kWrong = QStringLiteral("Fout!1234");
const QString kLogin = QStringLiteral("/auth/login");

QJsonObject credentials(const QString &username, const QString &password) {
    return {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
}

int countStatus(const QList<HttpsJsonClient::Reply> &replies, int status) {
    return int(std::count_if(replies.cbegin(), replies.cend(),
                             [status](const auto &reply) { return reply.status == status; }));
}

QString statuses(const QList<HttpsJsonClient::Reply> &replies) {
    QStringList list;
    for (const auto &reply : replies)
        list.append(QString::number(reply.status));
    return list.join(QLatin1Char(' '));
}

} // namespace

/// Lockout under parallel guessing, unknown names that lock like real ones, and 503 busy
/// when no password-hashing slot comes free.
class TestAuthApiLockout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parallelWrongLoginsLockAtThreshold() {
        // A long busy wait: this test is about counting, not about shedding load.
        ServerProcess server({true,
                              {QStringLiteral("--lockout-threshold"), QStringLiteral("5"),
                               QStringLiteral("--busy-wait-ms"), QStringLiteral("30000")}});
        QVERIFY2(server.start(), qPrintable(server.standardError()));
        HttpsJsonClient client(server);

        const QList<QJsonObject> guesses(12, credentials(kVoorbeeld, kWrong));
        const auto replies = client.postConcurrently(kLogin, guesses);
        const QString seen = statuses(replies);
        QVERIFY2(countStatus(replies, 401) <= 5, qPrintable(seen));
        QVERIFY2(countStatus(replies, 401) + countStatus(replies, 429) == 12, qPrintable(seen));
        QVERIFY2(countStatus(replies, 429) >= 7, qPrintable(seen));
        for (const auto &reply : replies) {
            if (reply.status == 429)
                QCOMPARE(reply.problemCode(), QStringLiteral("account-locked"));
        }

        const auto right = client.post(kLogin, credentials(kVoorbeeld, kDemoPassword));
        QCOMPARE(right.status, 429);
        QCOMPARE(right.problemCode(), QStringLiteral("account-locked"));
        QVERIFY(right.header("retry-after").toInt() > 0);
    }

    void rightPasswordAmongParallelGuessesDoesNotUnlock() {
        ServerProcess server({true,
                              {QStringLiteral("--lockout-threshold"), QStringLiteral("5"),
                               QStringLiteral("--busy-wait-ms"), QStringLiteral("30000")}});
        QVERIFY2(server.start(), qPrintable(server.standardError()));
        HttpsJsonClient client(server);

        QList<QJsonObject> attempts(11, credentials(kVoorbeeld, kWrong));
        attempts.insert(5, credentials(kVoorbeeld, kDemoPassword));
        const auto replies = client.postConcurrently(kLogin, attempts);
        const QString seen = statuses(replies);
        // Whenever the right one ran, at least five wrong ones ran before or after it.
        QVERIFY2(countStatus(replies, 401) <= 9, qPrintable(seen));
        QVERIFY2(countStatus(replies, 429) >= 2, qPrintable(seen));
        QCOMPARE(client.post(kLogin, credentials(kVoorbeeld, kDemoPassword)).status, 429);
    }

    void unknownNameLocksLikeKnownAccount() {
        ServerProcess server({true,
                              {QStringLiteral("--lockout-threshold"), QStringLiteral("5"),
                               QStringLiteral("--lockout-minutes"), QStringLiteral("2")}});
        QVERIFY2(server.start(), qPrintable(server.standardError()));
        HttpsJsonClient client(server);
        const auto known = credentials(kVoorbeeld, kWrong);
        const auto unknown = credentials(QStringLiteral("niemand@example.nl"), kWrong);

        for (int i = 1; i <= 5; ++i) {
            const auto knownReply = client.post(kLogin, known);
            const auto unknownReply = client.post(kLogin, unknown);
            QCOMPARE(knownReply.status, 401);
            QCOMPARE(unknownReply.status, 401);
            QCOMPARE(unknownReply.body, knownReply.body);
            QCOMPARE(unknownReply.header("content-type"), knownReply.header("content-type"));
        }
        for (int i = 6; i <= 7; ++i) {
            const auto knownReply = client.post(kLogin, known);
            const auto unknownReply = client.post(kLogin, unknown);
            QCOMPARE(knownReply.status, 429);
            QCOMPARE(unknownReply.status, 429);
            QCOMPARE(unknownReply.problemCode(), QStringLiteral("account-locked"));
            QCOMPARE(unknownReply.body, knownReply.body);
            QCOMPARE(unknownReply.header("content-type"), knownReply.header("content-type"));
            const int knownRetry = knownReply.header("retry-after").toInt();
            const int unknownRetry = unknownReply.header("retry-after").toInt();
            QVERIFY2(unknownRetry > 100 && unknownRetry <= 120,
                     unknownReply.header("retry-after").constData());
            QVERIFY(qAbs(knownRetry - unknownRetry) <= 2);
        }
        // Spelling variants of the unknown name are the same name, as for real accounts.
        QCOMPARE(
            client.post(kLogin, credentials(QStringLiteral(" Niemand@Example.NL "), kWrong)).status,
            429);
        // Another unknown name is not affected.
        QCOMPARE(
            client.post(kLogin, credentials(QStringLiteral("ander@example.nl"), kWrong)).status,
            401);
    }

    void hundredAndOneWrongPasswordsInAnHourLockEvenTheRightOne() {
        // A threshold so high that only the hourly ceiling (100) can lock.
        ServerProcess server(
            {true,
             {QStringLiteral("--lockout-threshold"), QStringLiteral("1000"),
              QStringLiteral("--address-failure-limit"), QStringLiteral("100000")}});
        QVERIFY2(server.start(), qPrintable(server.standardError()));
        HttpsJsonClient client(server);

        // One after another, as a patient attacker would: none is shed as busy.
        for (int i = 1; i <= 100; ++i) {
            const auto reply = client.post(kLogin, credentials(kVoorbeeld, kWrong));
            QVERIFY2(reply.status == 401,
                     qPrintable(QStringLiteral("attempt %1: %2").arg(i).arg(reply.status)));
        }
        const auto hundredAndFirst = client.post(kLogin, credentials(kVoorbeeld, kWrong));
        QCOMPARE(hundredAndFirst.status, 429);
        const auto right = client.post(kLogin, credentials(kVoorbeeld, kDemoPassword));
        QCOMPARE(right.status, 429);
        QCOMPARE(right.problemCode(), QStringLiteral("account-locked"));
        const int retry = right.header("retry-after").toInt();
        QVERIFY2(retry > 3000 && retry <= 3600, right.header("retry-after").constData());
        // Another account is not affected.
        QCOMPARE(client.post(kLogin, credentials(kTest, kDemoPassword)).status, 200);
    }

    /// Over its limit an address is slowed down, not shut out: a care home's residents share
    /// one address, and one person guessing must not lock them all out for an hour. Its
    /// attempts then go one per 3600 / limit seconds (at most a minute apart); a right
    /// password in its turn is let in.
    void oneAddressGuessingOverManyNamesIsSlowedDown() {
        ServerProcess server(
            {true, {QStringLiteral("--address-failure-limit"), QStringLiteral("8")}});
        QVERIFY2(server.start(), qPrintable(server.standardError()));
        HttpsJsonClient client(server);

        // Eight names, one wrong guess each: no name reaches its own threshold.
        for (int i = 0; i < 8; ++i) {
            const auto reply =
                client.post(kLogin, credentials(QStringLiteral("gok%1@example.nl").arg(i), kWrong));
            QCOMPARE(reply.status, 401);
        }
        // Another account's right password from the same address still gets in.
        QCOMPARE(client.post(kLogin, credentials(kTest, kDemoPassword)).status, 200);
        // The next attempt waits its turn: a short Retry-After, not an hour.
        const auto guess =
            client.post(kLogin, credentials(QStringLiteral("gok9@example.nl"), kWrong));
        QCOMPARE(guess.status, 429);
        QCOMPARE(guess.problemCode(), QStringLiteral("account-locked"));
        const int retry = guess.header("retry-after").toInt();
        QVERIFY2(retry > 0 && retry <= 60, guess.header("retry-after").constData());
    }

    void floodWithoutHashingSlotAnswersBusy() {
        // No wait at all for a hashing slot: with two slots, parallel logins must shed load.
        ServerProcess server({true, {QStringLiteral("--busy-wait-ms"), QStringLiteral("0")}});
        QVERIFY2(server.start(), qPrintable(server.standardError()));
        HttpsJsonClient client(server);
        const QString token = client.login(kTest, kDemoPassword);
        QVERIFY(!token.isEmpty());

        QList<QJsonObject> flood;
        for (int i = 0; i < 16; ++i)
            flood.append(credentials(QStringLiteral("flood%1@example.nl").arg(i), kWrong));
        const auto replies = client.postConcurrently(kLogin, flood);
        const QString seen = statuses(replies);
        QVERIFY2(countStatus(replies, 503) >= 1, qPrintable(seen));
        QVERIFY2(countStatus(replies, 503) + countStatus(replies, 401) == 16, qPrintable(seen));
        for (const auto &reply : replies) {
            if (reply.status != 503)
                continue;
            QCOMPARE(reply.problemCode(), QStringLiteral("busy"));
            QCOMPARE(reply.header("retry-after"), QByteArray("1"));
            QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
            QCOMPARE(reply.json.value(QLatin1String("messages"))
                         .toObject()
                         .value(QLatin1String("nl"))
                         .toString(),
                     QStringLiteral("De server is op dit moment druk. Probeer het zo opnieuw."));
        }
        // Sessions are unaffected: an authenticated GET needs no hashing slot.
        QCOMPARE(client.get(QStringLiteral("/me"), token).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestAuthApiLockout)
#include "tst_authapilockout.moc"
