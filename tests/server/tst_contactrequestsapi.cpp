// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QTest>

using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

namespace {

const QString kOwnClient = QStringLiteral("client-j-voorbeeld");
const QString kOtherClient = QStringLiteral("client-c-test");
const QString kOtherOpenRequest = QStringLiteral("demo-cr-2");      // c.test's, open
const QString kOwnAnsweredRequest = QStringLiteral("demo-cr-jv-1"); // j.voorbeeld's, done

QString requestsPath(const QString &client, const QString &suffix = {}) {
    return QStringLiteral("/clients/%1/contact-requests%2").arg(client, suffix);
}

QJsonObject body(const QString &subject, const QString &message) {
    return {{QLatin1String("subject"), subject}, {QLatin1String("message"), message}};
}

} // namespace

/// Contact zorgorganisatie over real HTTPS: subjects, newest-first cursor paging, create,
/// edit and delete while open, 409 once answered, the staff side through
/// `careportal-server admin`, and the authorisation matrix.
class TestContactRequestsApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_token; // j.voorbeeld

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        HttpsJsonClient client(m_server);
        m_token =
            client.login(QStringLiteral("j.voorbeeld@example.nl"), QStringLiteral("Welkom!2026"));
        QVERIFY(!m_token.isEmpty());
    }

    void subjectsAreTheSeedsFour() {
        HttpsJsonClient client(m_server);
        const auto reply = client.get(QStringLiteral("/contact-request-subjects"), m_token);
        QCOMPARE(reply.status, 200);
        const QStringList labels = reply.dutchLabels();
        QCOMPARE(labels, (QStringList{QStringLiteral("Ik heb een vraag over mijn planning"),
                                      QStringLiteral("Ik heb een vraag over mijn indicatie"),
                                      QStringLiteral("Ik heb een vraag over het klantportaal"),
                                      QStringLiteral("Ik heb een andere vraag")}));
    }

    void pagesGoNewestFirstWithoutGapsOrRepeats() {
        HttpsJsonClient client(m_server);
        QStringList ids;
        QString cursor;
        QDateTime previous;
        int pages = 0;
        do {
            const QString query =
                QStringLiteral("?limit=5") +
                (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor);
            const auto reply = client.get(requestsPath(kOwnClient, query), m_token);
            QCOMPARE(reply.status, 200);
            for (const auto &item : reply.json.value(QLatin1String("items")).toArray()) {
                const QJsonObject request = item.toObject();
                ids.append(request.value(QLatin1String("id")).toString());
                const QDateTime created = QDateTime::fromString(
                    request.value(QLatin1String("createdAt")).toString(), Qt::ISODate);
                QVERIFY(created.isValid());
                QVERIFY(!previous.isValid() || created <= previous);
                previous = created;
                QCOMPARE(request.value(QLatin1String("status")).toString(), QStringLiteral("done"));
                QVERIFY(!request.value(QLatin1String("answer")).toString().isEmpty());
                QVERIFY(!request.value(QLatin1String("answeredBy")).toString().isEmpty());
            }
            cursor = reply.json.value(QLatin1String("nextCursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3); // 12 demo requests by 5
        QCOMPARE(ids.size(), 12);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 12);
        QCOMPARE(
            client.get(requestsPath(kOwnClient, QStringLiteral("?cursor=%%%")), m_token).status,
            400);
        QCOMPARE(client.get(requestsPath(kOwnClient, QStringLiteral("?limit=0")), m_token).status,
                 400);
    }

    void createEditDeleteWhileOpen() {
        HttpsJsonClient client(m_server);
        const auto created =
            client.post(requestsPath(kOwnClient),
                        body(QStringLiteral("klantportaal"),
                             QStringLiteral("Waar kan ik mijn contactgegevens wijzigen?")),
                        m_token);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(QLatin1String("status")).toString(), QStringLiteral("open"));
        const QString id = created.json.value(QLatin1String("id")).toString();
        // Newest first: the new request heads the list.
        const auto list = client.get(requestsPath(kOwnClient), m_token);
        QCOMPARE(list.json.value(QLatin1String("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("id")),
                 id);

        const auto edited =
            client.put(requestsPath(kOwnClient, QLatin1Char('/') + id),
                       body(QStringLiteral("anders"), QStringLiteral("Nieuwe tekst")), m_token);
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.json.value(QLatin1String("message")).toString(),
                 QStringLiteral("Nieuwe tekst"));
        QCOMPARE(client.remove(requestsPath(kOwnClient, QLatin1Char('/') + id), m_token).status,
                 204);
        QCOMPARE(client.get(requestsPath(kOwnClient, QLatin1Char('/') + id), m_token).status, 404);
    }

    void fieldRules() {
        HttpsJsonClient client(m_server);
        auto reply =
            client.post(requestsPath(kOwnClient), body(QStringLiteral("weer"), QString()), m_token);
        QCOMPARE(reply.status, 422);
        const QJsonArray errors = reply.json.value(QLatin1String("fieldErrors")).toArray();
        QCOMPARE(errors.size(), 2);
        reply =
            client.post(requestsPath(kOwnClient),
                        body(QStringLiteral("anders"), QString(4001, QLatin1Char('x'))), m_token);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json.value(QLatin1String("fieldErrors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("code")),
                 QStringLiteral("too-long"));
    }

    void answeredRequestsCannotChange() {
        HttpsJsonClient client(m_server);
        const QString path = requestsPath(kOwnClient, QLatin1Char('/') + kOwnAnsweredRequest);
        const auto edit =
            client.put(path, body(QStringLiteral("anders"), QStringLiteral("x")), m_token);
        QCOMPARE(edit.status, 409);
        QCOMPARE(edit.problemCode(), QStringLiteral("request-closed"));
        QCOMPARE(client.remove(path, m_token).status, 409);
        QCOMPARE(client.get(path, m_token).json.value(QLatin1String("status")).toString(),
                 QStringLiteral("done"));
        // An edit made before the answer (an older version) is told the same, not offered
        // a choice between versions (412) that cannot be made.
        const auto stale = client.put(path, body(QStringLiteral("anders"), QStringLiteral("x")),
                                      m_token, {{"If-Match", QByteArrayLiteral("\"older\"")}});
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.problemCode(), QStringLiteral("request-closed"));
        QCOMPARE(
            client.remove(path, m_token, {{"If-Match", QByteArrayLiteral("\"older\"")}}).status,
            409);
    }

    void staffAnswerReachesTheClient() {
        HttpsJsonClient client(m_server);
        const auto created =
            client.post(requestsPath(kOwnClient),
                        body(QStringLiteral("planning"),
                             QStringLiteral("Komt de hulp ook op tweede kerstdag?")),
                        m_token);
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(QLatin1String("id")).toString();

        QString output;
        QCOMPARE(
            m_server.admin(
                {QStringLiteral("list-requests"), QStringLiteral("--client"), kOwnClient}, &output),
            0);
        QVERIFY(output.contains(id + QStringLiteral("\topenstaand")));
        QCOMPARE(m_server.admin({QStringLiteral("answer-request"), QStringLiteral("--id"), id,
                                 QStringLiteral("--staff"), QStringLiteral("Marloes (planning)"),
                                 QStringLiteral("--answer"),
                                 QStringLiteral("Ja, Eva komt om 13:30 uur.")},
                                &output),
                 0);
        // Answering twice is refused, and the first answer stays.
        QCOMPARE(m_server.admin({QStringLiteral("answer-request"), QStringLiteral("--id"), id,
                                 QStringLiteral("--staff"), QStringLiteral("X"),
                                 QStringLiteral("--answer"), QStringLiteral("Y")}),
                 2);

        const auto seen = client.get(requestsPath(kOwnClient, QLatin1Char('/') + id), m_token);
        QCOMPARE(seen.json.value(QLatin1String("status")).toString(), QStringLiteral("done"));
        QCOMPARE(seen.json.value(QLatin1String("answer")).toString(),
                 QStringLiteral("Ja, Eva komt om 13:30 uur."));
        QCOMPARE(seen.json.value(QLatin1String("answeredBy")).toString(),
                 QStringLiteral("Marloes (planning)"));
        QVERIFY(QDateTime::fromString(seen.json.value(QLatin1String("answeredAt")).toString(),
                                      Qt::ISODate)
                    .isValid());
        QCOMPARE(
            m_server.admin({QStringLiteral("answer-request"), QStringLiteral("--id"),
                            QStringLiteral("nope"), QStringLiteral("--staff"), QStringLiteral("X"),
                            QStringLiteral("--answer"), QStringLiteral("Y")}),
            2);
    }

    // Read markers are the account's own and kept on the server: opened once, an answer
    // stays read for that account on every device and after every login, and stays new
    // for another account acting for the same client.
    void answerReadMarkersArePerAccount() {
        HttpsJsonClient client(m_server);
        const QString path = requestsPath(kOwnClient, QLatin1Char('/') + kOwnAnsweredRequest);
        const QString marker = path + QStringLiteral("/answer-read");
        const auto readAt = [](const HttpsJsonClient::Reply &reply) {
            return reply.json.value(QLatin1String("answerReadAt")).toString();
        };
        const auto listed = [&](const QString &token) {
            const auto list =
                client.get(requestsPath(kOwnClient, QStringLiteral("?limit=50")), token);
            for (const auto &item : list.json.value(QLatin1String("items")).toArray()) {
                if (item.toObject().value(QLatin1String("id")).toString() == kOwnAnsweredRequest)
                    return item.toObject().value(QLatin1String("answerReadAt")).toString();
            }
            return QStringLiteral("(not listed)");
        };
        QCOMPARE(readAt(client.get(path, m_token)), QString());
        QCOMPARE(listed(m_token), QString());
        const QByteArray etagBefore = client.get(requestsPath(kOwnClient), m_token).header("etag");

        const auto marked = client.put(marker, {}, m_token);
        QCOMPARE(marked.status, 200);
        const QString first = readAt(marked);
        QVERIFY(QDateTime::fromString(first, Qt::ISODate).isValid());
        QCOMPARE(readAt(client.get(path, m_token)), first);
        QCOMPARE(listed(m_token), first);
        // The list's version follows this account's markers: a cached copy is not "current".
        const auto list =
            client.get(requestsPath(kOwnClient), m_token, {{"If-None-Match", etagBefore}});
        QCOMPARE(list.status, 200);
        QVERIFY(list.header("etag") != etagBefore);

        // Again (an app that did not hear the answer): the first time stays.
        QTest::qWait(1100);
        const auto again = client.put(marker, {}, m_token);
        QCOMPARE(again.status, 200);
        QCOMPARE(readAt(again), first);

        // A new login of the same account still sees it read.
        const QString nextLogin =
            client.login(QStringLiteral("j.voorbeeld@example.nl"), QStringLiteral("Welkom!2026"));
        QVERIFY(!nextLogin.isEmpty());
        QCOMPARE(listed(nextLogin), first);

        // The legal representative acting for the same client has not read it.
        const QString representative = client.login(
            QStringLiteral("r.vertegenwoordiger@example.nl"), QStringLiteral("Welkom!2026"));
        QVERIFY(!representative.isEmpty());
        QCOMPARE(listed(representative), QString());
        QCOMPARE(readAt(client.get(path, representative)), QString());
    }

    void onlyAnAnswerCanBeMarkedRead() {
        HttpsJsonClient client(m_server);
        const auto created = client.post(
            requestsPath(kOwnClient),
            body(QStringLiteral("anders"), QStringLiteral("Nog geen antwoord")), m_token);
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(QLatin1String("id")).toString();
        const auto open = client.put(
            requestsPath(kOwnClient, QStringLiteral("/%1/answer-read").arg(id)), {}, m_token);
        QCOMPARE(open.status, 409);
        QCOMPARE(open.problemCode(), QStringLiteral("request-open"));
        QCOMPARE(
            client.put(requestsPath(kOwnClient, QStringLiteral("/nope/answer-read")), {}, m_token)
                .status,
            404);
        // Another client's request through one's own client: unknown, as everywhere.
        QCOMPARE(client
                     .put(requestsPath(kOwnClient,
                                       QStringLiteral("/%1/answer-read").arg(kOtherOpenRequest)),
                          {}, m_token)
                     .status,
                 404);
        QCOMPARE(client
                     .put(requestsPath(kOwnClient,
                                       QStringLiteral("/%1/answer-read").arg(kOwnAnsweredRequest)),
                          {}, QString())
                     .status,
                 401);
        QCOMPARE(client.remove(requestsPath(kOwnClient, QLatin1Char('/') + id), m_token).status,
                 204);
    }

    void anotherClientsRequestsAreNotFound() {
        HttpsJsonClient client(m_server);
        QCOMPARE(client.get(requestsPath(kOtherClient), m_token).status, 404);
        QCOMPARE(client
                     .post(requestsPath(kOtherClient),
                           body(QStringLiteral("anders"), QStringLiteral("x")), m_token)
                     .status,
                 404);
        const QString viaOwn = requestsPath(kOwnClient, QLatin1Char('/') + kOtherOpenRequest);
        const auto read = client.get(viaOwn, m_token);
        QCOMPARE(read.status, 404);
        QVERIFY(!read.body.contains("contactgegevens"));
        QCOMPARE(
            client.put(viaOwn, body(QStringLiteral("anders"), QStringLiteral("x")), m_token).status,
            404);
        QCOMPARE(client.remove(viaOwn, m_token).status, 404);
        QCOMPARE(client.get(requestsPath(kOwnClient)).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestContactRequestsApi)
#include "tst_contactrequestsapi.moc"
