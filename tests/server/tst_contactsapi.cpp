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
const QString kOtherDetailId = QStringLiteral("demo-cd-1"); // belongs to client-c-test
const QString kOtherPersonId = QStringLiteral("demo-cp-1"); // belongs to client-c-test
const QString kOwnPrimaryId = QStringLiteral("demo-cp-3");  // j.voorbeeld's primary person

QString detailsPath(const QString &client) {
    return QStringLiteral("/clients/%1/contact-details").arg(client);
}

QString personsPath(const QString &client) {
    return QStringLiteral("/clients/%1/contact-persons").arg(client);
}

QJsonObject detail(const QString &kind, const QString &value, const QString &remark = {}) {
    return {{QLatin1String("kind"), kind},
            {QLatin1String("value"), value},
            {QLatin1String("remark"), remark}};
}

QJsonObject person(const QString &name, const QString &phone1, bool primary = false) {
    return {{QLatin1String("name"), name},
            {QLatin1String("phone1"), phone1},
            {QLatin1String("phone2"), QString()},
            {QLatin1String("email"), QString()},
            {QLatin1String("type"), QStringLiteral("kennis")},
            {QLatin1String("primary"), primary},
            {QLatin1String("remarks"), QString()}};
}

// The field errors of a 422 validation answer, field -> code.
QHash<QString, QString> fieldErrors(const HttpsJsonClient::Reply &reply) {
    QHash<QString, QString> result;
    for (const auto &value : reply.json.value(QLatin1String("fieldErrors")).toArray()) {
        const QJsonObject error = value.toObject();
        const QJsonObject messages = error.value(QLatin1String("messages")).toObject();
        if (messages.value(QLatin1String("nl")).toString().isEmpty() ||
            messages.value(QLatin1String("en")).toString().isEmpty())
            result.insert(error.value(QLatin1String("field")).toString(), QStringLiteral("?"));
        else
            result.insert(error.value(QLatin1String("field")).toString(),
                          error.value(QLatin1String("code")).toString());
    }
    return result;
}

QJsonObject findById(const QJsonArray &items, const QString &id) {
    for (const auto &item : items) {
        if (item.toObject().value(QLatin1String("id")).toString() == id)
            return item.toObject();
    }
    return {};
}

} // namespace

/// Mijn contactdetails and Contactpersonen over real HTTPS: the happy paths, every field
/// rule, the one-primary rule and the authorisation matrix (another client's ids are 404).
class TestContactsApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_token; // j.voorbeeld, who may see client-j-voorbeeld only

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        HttpsJsonClient client(m_server);
        m_token =
            client.login(QStringLiteral("j.voorbeeld@example.nl"), QStringLiteral("Welkom!2026"));
        QVERIFY(!m_token.isEmpty());
    }

    void organisationOffersBothFeatures() {
        HttpsJsonClient client(m_server);
        const QJsonArray features = client.get(QStringLiteral("/organisation"))
                                        .json.value(QLatin1String("features"))
                                        .toArray();
        QVERIFY(features.contains(QStringLiteral("contactDetails")));
        QVERIFY(features.contains(QStringLiteral("contactPersons")));
    }

    void contactDetailsLifecycle() {
        HttpsJsonClient client(m_server);
        const auto list = client.get(detailsPath(kOwnClient), m_token);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(QLatin1String("items")).toArray().size(), 1);

        const auto created =
            client.post(detailsPath(kOwnClient),
                        detail(QStringLiteral("mobile-phone-private"),
                               QStringLiteral(" +31 6 1234 5678 "), QStringLiteral("Na 18:00")),
                        m_token);
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(created.json.value(QLatin1String("value")).toString(),
                 QStringLiteral("+31 6 1234 5678"));

        const auto updated = client.put(
            detailsPath(kOwnClient) + QLatin1Char('/') + id,
            detail(QStringLiteral("email-private"), QStringLiteral("j@example.nl")), m_token);
        QCOMPARE(updated.status, 200);
        const QJsonObject stored = findById(client.get(detailsPath(kOwnClient), m_token)
                                                .json.value(QLatin1String("items"))
                                                .toArray(),
                                            id);
        QCOMPARE(stored.value(QLatin1String("kind")).toString(), QStringLiteral("email-private"));
        QCOMPARE(stored.value(QLatin1String("remark")).toString(), QString());

        QCOMPARE(client.remove(detailsPath(kOwnClient) + QLatin1Char('/') + id, m_token).status,
                 204);
        QCOMPARE(client.remove(detailsPath(kOwnClient) + QLatin1Char('/') + id, m_token).status,
                 404);
    }

    void contactDetailFieldRules_data() {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("phone letters")
            << detail(QStringLiteral("home-phone"), QStringLiteral("bel mij")) << "value"
            << "phone";
        QTest::newRow("phone too short")
            << detail(QStringLiteral("mobile-phone"), QStringLiteral("06-123")) << "value"
            << "phone";
        QTest::newRow("email without domain")
            << detail(QStringLiteral("email"), QStringLiteral("jan@")) << "value"
            << "email";
        QTest::newRow("empty value")
            << detail(QStringLiteral("email"), QStringLiteral("  ")) << "value"
            << "required";
        QTest::newRow("unknown kind")
            << detail(QStringLiteral("fax"), QStringLiteral("020-1234567")) << "kind"
            << "invalid";
        QTest::newRow("remark too long")
            << detail(QStringLiteral("home-phone"), QStringLiteral("020-1234567"),
                      QString(501, QLatin1Char('x')))
            << "remark"
            << "too-long";
        QTest::newRow("value not a string")
            << QJsonObject{{QLatin1String("kind"), QStringLiteral("email")},
                           {QLatin1String("value"), 12}}
            << "value"
            << "invalid";
    }

    void contactDetailFieldRules() {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        QFETCH(QString, code);
        HttpsJsonClient client(m_server);
        const auto reply = client.post(detailsPath(kOwnClient), body, m_token);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.problemCode(), QStringLiteral("validation"));
        QCOMPARE(fieldErrors(reply).value(field), code);
        // Nothing was stored.
        QCOMPARE(client.get(detailsPath(kOwnClient), m_token)
                     .json.value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 1);
    }

    void contactDetailsHaveALimit() {
        HttpsJsonClient client(m_server);
        QList<QString> ids;
        for (int i = 1; i < 20; ++i) {
            const auto reply =
                client.post(detailsPath(kOwnClient),
                            detail(QStringLiteral("home-phone"),
                                   QStringLiteral("020-12345%1").arg(i, 2, 10, QLatin1Char('0'))),
                            m_token);
            QCOMPARE(reply.status, 201);
            ids.append(reply.json.value(QLatin1String("id")).toString());
        }
        const auto refused = client.post(
            detailsPath(kOwnClient),
            detail(QStringLiteral("home-phone"), QStringLiteral("020-1234599")), m_token);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.problemCode(), QStringLiteral("limit-reached"));
        for (const QString &id : std::as_const(ids))
            QCOMPARE(client.remove(detailsPath(kOwnClient) + QLatin1Char('/') + id, m_token).status,
                     204);
    }

    void contactPersonTypesComeFromTheServer() {
        HttpsJsonClient client(m_server);
        const auto reply = client.get(QStringLiteral("/contact-person-types"), m_token);
        QCOMPARE(reply.status, 200);
        const QStringList labels = reply.dutchLabels();
        // The seed's list, in its order, first.
        QCOMPARE(labels.mid(0, 6),
                 (QStringList{QStringLiteral("Apotheek"), QStringLiteral("Diëtist"),
                              QStringLiteral("Familie"), QStringLiteral("Fysiotherapeut"),
                              QStringLiteral("Huisarts"), QStringLiteral("Kennis")}));
        QCOMPARE(client.get(QStringLiteral("/contact-person-types")).status, 401);
    }

    void aNewPrimaryClearsTheOldOne() {
        HttpsJsonClient client(m_server);
        const auto created = client.post(
            personsPath(kOwnClient),
            person(QStringLiteral("B. Buur"), QStringLiteral("06-11223344"), true), m_token);
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(QLatin1String("id")).toString();
        const QJsonArray items = client.get(personsPath(kOwnClient), m_token)
                                     .json.value(QLatin1String("items"))
                                     .toArray();
        QCOMPARE(items.size(), 2);
        QVERIFY(findById(items, id).value(QLatin1String("primary")).toBool());
        QVERIFY(!findById(items, kOwnPrimaryId).value(QLatin1String("primary")).toBool());
        // Primary first.
        QCOMPARE(items.first().toObject().value(QLatin1String("id")).toString(), id);

        // Editing the old one back to primary clears the new one.
        QJsonObject old = findById(items, kOwnPrimaryId);
        old.insert(QLatin1String("primary"), true);
        QCOMPARE(
            client.put(personsPath(kOwnClient) + QLatin1Char('/') + kOwnPrimaryId, old, m_token)
                .status,
            200);
        const auto single = client.get(personsPath(kOwnClient) + QLatin1Char('/') + id, m_token);
        QCOMPARE(single.status, 200);
        QVERIFY(!single.json.value(QLatin1String("primary")).toBool());
        QCOMPARE(client.remove(personsPath(kOwnClient) + QLatin1Char('/') + id, m_token).status,
                 204);
    }

    void contactPersonFieldRules() {
        HttpsJsonClient client(m_server);
        QJsonObject body = person(QString(), QString());
        body.insert(QLatin1String("phone2"), QStringLiteral("abc"));
        body.insert(QLatin1String("email"), QStringLiteral("no-at-sign"));
        body.insert(QLatin1String("type"), QStringLiteral("butler"));
        const auto reply = client.post(personsPath(kOwnClient), body, m_token);
        QCOMPARE(reply.status, 422);
        const auto errors = fieldErrors(reply);
        QCOMPARE(errors.value(QStringLiteral("name")), QStringLiteral("required"));
        QCOMPARE(errors.value(QStringLiteral("phone1")), QStringLiteral("required"));
        QCOMPARE(errors.value(QStringLiteral("phone2")), QStringLiteral("phone"));
        QCOMPARE(errors.value(QStringLiteral("email")), QStringLiteral("email"));
        QCOMPARE(errors.value(QStringLiteral("type")), QStringLiteral("invalid"));
    }

    void anotherClientsDataIsNotFound_data() {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        const QString detailsOfOther = detailsPath(kOtherClient);
        const QString personsOfOther = personsPath(kOtherClient);
        QTest::newRow("list details of other client") << QByteArray("GET") << detailsOfOther;
        QTest::newRow("add detail to other client") << QByteArray("POST") << detailsOfOther;
        QTest::newRow("edit other's detail via other client")
            << QByteArray("PUT") << detailsOfOther + QLatin1Char('/') + kOtherDetailId;
        QTest::newRow("edit other's detail via own client")
            << QByteArray("PUT") << detailsPath(kOwnClient) + QLatin1Char('/') + kOtherDetailId;
        QTest::newRow("delete other's detail via own client")
            << QByteArray("DELETE") << detailsPath(kOwnClient) + QLatin1Char('/') + kOtherDetailId;
        QTest::newRow("list persons of other client") << QByteArray("GET") << personsOfOther;
        QTest::newRow("read other's person via own client")
            << QByteArray("GET") << personsPath(kOwnClient) + QLatin1Char('/') + kOtherPersonId;
        QTest::newRow("edit other's person via own client")
            << QByteArray("PUT") << personsPath(kOwnClient) + QLatin1Char('/') + kOtherPersonId;
        QTest::newRow("delete other's person via other client")
            << QByteArray("DELETE") << personsOfOther + QLatin1Char('/') + kOtherPersonId;
        QTest::newRow("unknown client")
            << QByteArray("GET") << detailsPath(QStringLiteral("nobody"));
    }

    void anotherClientsDataIsNotFound() {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        HttpsJsonClient client(m_server);
        HttpsJsonClient::Reply reply;
        const QJsonObject validDetail =
            detail(QStringLiteral("home-phone"), QStringLiteral("020-1234567"));
        const QJsonObject body = path.contains(QLatin1String("contact-persons"))
                                     ? person(QStringLiteral("X"), QStringLiteral("06-12345678"))
                                     : validDetail;
        if (verb == "GET")
            reply = client.get(path, m_token);
        else if (verb == "POST")
            reply = client.post(path, body, m_token);
        else if (verb == "PUT")
            reply = client.put(path, body, m_token);
        else
            reply = client.remove(path, m_token);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.problemCode(), QStringLiteral("not-found"));
        QVERIFY(!reply.body.contains("06-12345678"));
        QVERIFY(!reply.body.contains("D. Test"));
    }

    void everythingNeedsALogin() {
        HttpsJsonClient client(m_server);
        QCOMPARE(client.get(detailsPath(kOwnClient)).status, 401);
        QCOMPARE(client.get(personsPath(kOwnClient)).status, 401);
        QCOMPARE(
            client.remove(personsPath(kOwnClient) + QLatin1Char('/') + kOwnPrimaryId, {}).status,
            401);
    }
};

QTEST_GUILESS_MAIN(TestContactsApi)
#include "tst_contactsapi.moc"
