// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

namespace {

const QString kVoorbeeld = QStringLiteral("j.voorbeeld@example.nl");
const QString kRepresentative = QStringLiteral("r.vertegenwoordiger@example.nl");
const QString kPassword = QStringLiteral("Welkom!2026");
const QString kOwnClient = QStringLiteral("client-j-voorbeeld");

QString path(const QString &client, const QString &collection, const QString &id = {}) {
    return QStringLiteral("/clients/%1/%2").arg(client, collection) +
           (id.isEmpty() ? QString() : QLatin1Char('/') + id);
}

HttpsJsonClient::Headers keyed(const QString &key) {
    return {{"Idempotency-Key", key.toLatin1()}};
}

QString newKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject absence(int daysAhead) {
    const QString day = QDate::currentDate().addDays(daysAhead).toString(Qt::ISODate);
    return {{QLatin1String("type"), QStringLiteral("vakantie")},
            {QLatin1String("startDate"), day},
            {QLatin1String("endDate"), day},
            {QLatin1String("wholeDay"), true}};
}

QJsonObject detail(const QString &value) {
    return {{QLatin1String("kind"), QStringLiteral("email-private")},
            {QLatin1String("value"), value},
            {QLatin1String("remark"), QString()}};
}

QJsonObject request(const QString &message) {
    return {{QLatin1String("subject"), QStringLiteral("planning")},
            {QLatin1String("message"), message}};
}

} // namespace

/// Idempotency-Key and ETags over real HTTPS against the real server: a retried write is
/// answered from the store (also after a restart) and written once, a reused key with
/// another body is refused, concurrent duplicates write once, keys are per account; lists
/// answer 304 to their ETag and edits with a stale If-Match get 412 with the current version.
class TestIdempotencyApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_token;               // j.voorbeeld
    QString m_representativeToken; // r.vertegenwoordiger, also acts for j.voorbeeld

    int absenceCount(HttpsJsonClient &client) {
        return int(client.get(path(kOwnClient, QStringLiteral("absences")), m_token)
                       .json.value(QLatin1String("items"))
                       .toArray()
                       .size());
    }

    void login() {
        HttpsJsonClient client(m_server);
        m_token = client.login(kVoorbeeld, kPassword);
        m_representativeToken = client.login(kRepresentative, kPassword);
        QVERIFY(!m_token.isEmpty());
        QVERIFY(!m_representativeToken.isEmpty());
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        login();
    }

    void aRetriedWriteIsAnsweredAgainAndWrittenOnce() {
        HttpsJsonClient client(m_server);
        const int before = absenceCount(client);
        const QString key = newKey();
        const auto first = client.post(path(kOwnClient, QStringLiteral("absences")), absence(20),
                                       m_token, keyed(key));
        QCOMPARE(first.status, 201);
        QVERIFY(first.header("idempotent-replayed").isEmpty());
        const auto again = client.post(path(kOwnClient, QStringLiteral("absences")), absence(20),
                                       m_token, keyed(key));
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(again.json, first.json);
        QCOMPARE(absenceCount(client), before + 1);
    }

    void theAnswerIsKeptAcrossARestart() {
        HttpsJsonClient client(m_server);
        const QString key = newKey();
        const auto first =
            client.post(path(kOwnClient, QStringLiteral("contact-requests")),
                        request(QStringLiteral("Voor de herstart")), m_token, keyed(key));
        QCOMPARE(first.status, 201);
        m_server.stop();
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        login();
        HttpsJsonClient after(m_server);
        const auto again =
            after.post(path(kOwnClient, QStringLiteral("contact-requests")),
                       request(QStringLiteral("Voor de herstart")), m_token, keyed(key));
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json.value(QLatin1String("id")), first.json.value(QLatin1String("id")));
        QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
    }

    void aKeyReusedWithAnotherBodyIsRefused() {
        HttpsJsonClient client(m_server);
        const int before = absenceCount(client);
        const QString key = newKey();
        QCOMPARE(client
                     .post(path(kOwnClient, QStringLiteral("absences")), absence(30), m_token,
                           keyed(key))
                     .status,
                 201);
        const auto refused = client.post(path(kOwnClient, QStringLiteral("absences")), absence(31),
                                         m_token, keyed(key));
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.problemCode(), QStringLiteral("idempotency-key-reused"));
        QVERIFY(!refused.json.value(QLatin1String("messages"))
                     .toObject()
                     .value(QLatin1String("nl"))
                     .toString()
                     .isEmpty());
        QCOMPARE(absenceCount(client), before + 1);
    }

    void concurrentDuplicatesWriteOnce() {
        HttpsJsonClient client(m_server);
        const int before = absenceCount(client);
        const QString key = newKey();
        const QList<QJsonObject> bodies(8, absence(40));
        const auto replies = client.postConcurrently(path(kOwnClient, QStringLiteral("absences")),
                                                     bodies, m_token, keyed(key));
        QSet<QString> ids;
        int written = 0;
        for (const auto &reply : replies) {
            // Each duplicate either waited for the first (409, to retry) or came after it
            // (the first's answer again).
            QVERIFY2(reply.status == 201 || reply.status == 409, qPrintable(reply.body));
            if (reply.status == 409)
                QCOMPARE(reply.problemCode(), QStringLiteral("request-in-progress"));
            if (reply.status == 201) {
                ids.insert(reply.json.value(QLatin1String("id")).toString());
                written += reply.header("idempotent-replayed").isEmpty() ? 1 : 0;
            }
        }
        QCOMPARE(written, 1);
        QCOMPARE(ids.size(), 1);
        QCOMPARE(absenceCount(client), before + 1);
    }

    void anotherAccountsKeyNeverReplaysItsAnswer() {
        HttpsJsonClient client(m_server);
        const QString key = newKey();
        const auto mine = client.post(path(kOwnClient, QStringLiteral("contact-requests")),
                                      request(QStringLiteral("Van mij")), m_token, keyed(key));
        QCOMPARE(mine.status, 201);
        // The representative sends the very same request, for the same client, with the
        // same key: a request of their own, not a replay of the client's answer.
        const auto theirs =
            client.post(path(kOwnClient, QStringLiteral("contact-requests")),
                        request(QStringLiteral("Van mij")), m_representativeToken, keyed(key));
        QCOMPARE(theirs.status, 201);
        QVERIFY(theirs.header("idempotent-replayed").isEmpty());
        QVERIFY(theirs.json.value(QLatin1String("id")) != mine.json.value(QLatin1String("id")));
    }

    void aBadKeyIsRefused() {
        HttpsJsonClient client(m_server);
        const auto refused = client.post(path(kOwnClient, QStringLiteral("absences")), absence(50),
                                         m_token, {{"Idempotency-Key", QByteArray(300, 'k')}});
        QCOMPARE(refused.status, 400);
    }

    void listsAnswerNotModifiedToTheirEtag_data() {
        QTest::addColumn<QString>("collection");
        QTest::newRow("contact details") << QStringLiteral("contact-details");
        QTest::newRow("contact persons") << QStringLiteral("contact-persons");
        QTest::newRow("contact requests") << QStringLiteral("contact-requests");
        QTest::newRow("absences") << QStringLiteral("absences");
    }

    void listsAnswerNotModifiedToTheirEtag() {
        QFETCH(QString, collection);
        HttpsJsonClient client(m_server);
        const auto first = client.get(path(kOwnClient, collection), m_token);
        QCOMPARE(first.status, 200);
        const QByteArray etag = first.header("etag");
        QVERIFY(!etag.isEmpty());
        const auto again =
            client.get(path(kOwnClient, collection), m_token, {{"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        const auto other =
            client.get(path(kOwnClient, collection), m_token, {{"If-None-Match", "\"other\""}});
        QCOMPARE(other.status, 200);
    }

    void editsWithAStaleIfMatchAreRefusedWithTheCurrentVersion() {
        HttpsJsonClient client(m_server);
        const auto created = client.post(path(kOwnClient, QStringLiteral("contact-details")),
                                         detail(QStringLiteral("eerst@example.nl")), m_token);
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(QLatin1String("id")).toString();
        const QByteArray seen = created.json.value(QLatin1String("etag")).toString().toLatin1();
        QVERIFY(!seen.isEmpty());

        // Someone else changes it (on another device) with the version they saw.
        const auto theirs =
            client.put(path(kOwnClient, QStringLiteral("contact-details"), id),
                       detail(QStringLiteral("ander@example.nl")), m_token, {{"If-Match", seen}});
        QCOMPARE(theirs.status, 200);
        const QByteArray current = theirs.json.value(QLatin1String("etag")).toString().toLatin1();
        QVERIFY(current != seen);

        // This device still edits the version it saw: refused, with the current one.
        const auto stale =
            client.put(path(kOwnClient, QStringLiteral("contact-details"), id),
                       detail(QStringLiteral("mijn@example.nl")), m_token, {{"If-Match", seen}});
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.problemCode(), QStringLiteral("precondition-failed"));
        const QJsonObject shown = stale.json.value(QLatin1String("current")).toObject();
        QCOMPARE(shown.value(QLatin1String("value")).toString(),
                 QStringLiteral("ander@example.nl"));
        QCOMPARE(shown.value(QLatin1String("etag")).toString().toLatin1(), current);
        QCOMPARE(stale.header("etag"), current);

        // Deleting the old version is refused too; with the current version both work.
        QCOMPARE(client
                     .remove(path(kOwnClient, QStringLiteral("contact-details"), id), m_token,
                             {{"If-Match", seen}})
                     .status,
                 412);
        const auto mine =
            client.put(path(kOwnClient, QStringLiteral("contact-details"), id),
                       detail(QStringLiteral("mijn@example.nl")), m_token, {{"If-Match", current}});
        QCOMPARE(mine.status, 200);
        QCOMPARE(client
                     .remove(path(kOwnClient, QStringLiteral("contact-details"), id), m_token,
                             {{"If-Match",
                               mine.json.value(QLatin1String("etag")).toString().toLatin1()}})
                     .status,
                 204);
    }

    void listItemsCarryTheEtagThatEditsCheck() {
        HttpsJsonClient client(m_server);
        const auto list = client.get(path(kOwnClient, QStringLiteral("contact-persons")), m_token);
        const QJsonArray items = list.json.value(QLatin1String("items")).toArray();
        QVERIFY(!items.isEmpty());
        const QJsonObject person = items.first().toObject();
        const QByteArray etag = person.value(QLatin1String("etag")).toString().toLatin1();
        QVERIFY(etag.startsWith('"'));
        QJsonObject body = person;
        body.remove(QLatin1String("id"));
        body.remove(QLatin1String("etag"));
        const auto updated = client.put(path(kOwnClient, QStringLiteral("contact-persons"),
                                             person.value(QLatin1String("id")).toString()),
                                        body, m_token, {{"If-Match", etag}});
        QVERIFY2(updated.status == 200, qPrintable(updated.body));
        // Nothing changed, so the version is the same.
        QCOMPARE(updated.json.value(QLatin1String("etag")).toString().toLatin1(), etag);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestIdempotencyApi)
#include "tst_idempotencyapi.moc"
