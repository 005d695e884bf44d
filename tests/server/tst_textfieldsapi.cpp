// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

namespace {

const QString kClient = QStringLiteral("client-j-voorbeeld");

// Backspaces and "ESC c" (a terminal reset), a NUL, a right-to-left override and a zero
// width space: what an attacker would hide in a field to deceive a staff member.
const QString kTerminalReset = QStringLiteral("jan\b\b\b\x1b"
                                              "c@example.nl");
const QString kWithNul = QStringLiteral("jan") + QChar(0) + QStringLiteral("@example.nl");
const QString kOverride = QStringLiteral("Jan ") + QChar(0x202E) + QStringLiteral("nav");
const QString kZeroWidth = QStringLiteral("Jan") + QChar(0x200B) + QStringLiteral("sen");

QJsonObject registration(const QString &email, const QString &surname) {
    return {{QStringLiteral("requesterFirstName"), QStringLiteral("Anna")},
            {QStringLiteral("requesterSurname"), surname},
            {QStringLiteral("requesterPhone"), QStringLiteral("06-11223344")},
            {QStringLiteral("requesterEmail"), email},
            {QStringLiteral("relation"), QStringLiteral("self")}};
}

QStringList fieldsOf(const HttpsJsonClient::Reply &reply) {
    QStringList fields;
    for (const auto &error : reply.json.value(QLatin1String("fieldErrors")).toArray())
        fields.append(error.toObject().value(QLatin1String("field")).toString());
    return fields;
}

bool hasRawControl(const QString &text) {
    for (const QChar c : text) {
        if (c != u'\n' && c != u'\t' &&
            (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format))
            return true;
    }
    return false;
}

} // namespace

/// Control and format characters have no place in names, addresses, numbers and one-line
/// texts (and only the new line in free text): the API refuses them field by field, and
/// whatever is stored from before still reaches a staff terminal only escaped.
class TestTextFieldsApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<HttpsJsonClient> m_client;
    QString m_token;

    [[nodiscard]] QString path(const QString &what) const {
        return QStringLiteral("/clients/%1/%2").arg(kClient, what);
    }
    /// Writes `value` into the server's database behind the API's back, as data stored
    /// before the checks existed would be.
    void storeRaw(const QString &sql, const QVariantList &values) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("r"));
        db.setDatabaseName(m_server.databasePath());
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.prepare(sql));
            for (const QVariant &value : values)
                query.addBindValue(value);
            QVERIFY(query.exec());
            QCOMPARE(query.numRowsAffected(), 1);
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("r"));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        m_client = std::make_unique<HttpsJsonClient>(m_server);
        m_token = m_client->login(QStringLiteral("j.voorbeeld@example.nl"),
                                  QStringLiteral("Welkom!2026"));
        QVERIFY(!m_token.isEmpty());
    }

    void registrationRefusesControlCharacters() {
        const auto reply = m_client->post(QStringLiteral("/registrations"),
                                          registration(kTerminalReset, kOverride));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.problemCode(), QStringLiteral("validation"));
        QCOMPARE(fieldsOf(reply), (QStringList{QStringLiteral("requesterSurname"),
                                               QStringLiteral("requesterEmail")}));
    }

    void contactDetailRefusesANul() {
        const auto reply = m_client->post(path(QStringLiteral("contact-details")),
                                          {{QStringLiteral("kind"), QStringLiteral("email")},
                                           {QStringLiteral("value"), kWithNul}},
                                          m_token);
        QCOMPARE(reply.status, 422);
        QCOMPARE(fieldsOf(reply), QStringList{QStringLiteral("value")});
        const auto remark =
            m_client->post(path(QStringLiteral("contact-details")),
                           {{QStringLiteral("kind"), QStringLiteral("home-phone")},
                            {QStringLiteral("value"), QStringLiteral("010-1234567")},
                            {QStringLiteral("remark"), kZeroWidth}},
                           m_token);
        QCOMPARE(fieldsOf(remark), QStringList{QStringLiteral("remark")});
    }

    void contactPersonRefusesFormatCharacters() {
        const auto reply =
            m_client->post(path(QStringLiteral("contact-persons")),
                           {{QStringLiteral("name"), kOverride},
                            {QStringLiteral("phone1"), QStringLiteral("06-1234\n5678")},
                            {QStringLiteral("email"), kZeroWidth + QStringLiteral("@example.nl")},
                            {QStringLiteral("type"), QStringLiteral("kennis")},
                            {QStringLiteral("remarks"), QStringLiteral("Eerste regel\r\nTweede")}},
                           m_token);
        QCOMPARE(reply.status, 422);
        QCOMPARE(fieldsOf(reply),
                 (QStringList{QStringLiteral("name"), QStringLiteral("phone1"),
                              QStringLiteral("email"), QStringLiteral("remarks")}));
    }

    void contactRequestKeepsNewLinesOnly() {
        const auto refused = m_client->post(path(QStringLiteral("contact-requests")),
                                            {{QStringLiteral("subject"), QStringLiteral("anders")},
                                             {QStringLiteral("message"), kZeroWidth}},
                                            m_token);
        QCOMPARE(refused.status, 422);
        QCOMPARE(fieldsOf(refused), QStringList{QStringLiteral("message")});
        const auto accepted =
            m_client->post(path(QStringLiteral("contact-requests")),
                           {{QStringLiteral("subject"), QStringLiteral("anders")},
                            {QStringLiteral("message"), QStringLiteral("Regel één\nRegel twee 👍")}},
                           m_token);
        QCOMPARE(accepted.status, 201);
    }

    void adminListingsEscapeWhatWasStoredBefore() {
        const auto reply = m_client->post(
            QStringLiteral("/registrations"),
            registration(QStringLiteral("anna@example.nl"), QStringLiteral("Aanvrager")));
        QCOMPARE(reply.status, 202);
        storeRaw(QStringLiteral("UPDATE registrations SET requester_email = ?, "
                                "requester_surname = ? WHERE id = ?"),
                 {kTerminalReset, kOverride, reply.json.value(QLatin1String("id")).toString()});
        QString output;
        QCOMPARE(m_server.admin({QStringLiteral("list-registrations")}, &output), 0);
        QVERIFY2(!hasRawControl(output), qPrintable(output.toUtf8().toHex()));
        QVERIFY2(output.contains(QStringLiteral("jan\\x08\\x08\\x08\\x1bc@example.nl")),
                 qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("Jan \\u202enav")), qPrintable(output));

        const auto detail =
            m_client->post(path(QStringLiteral("contact-details")),
                           {{QStringLiteral("kind"), QStringLiteral("email")},
                            {QStringLiteral("value"), QStringLiteral("j@example.nl")}},
                           m_token);
        QCOMPARE(detail.status, 201);
        storeRaw(QStringLiteral("UPDATE contact_details SET value = ? WHERE id = ?"),
                 {kWithNul, detail.json.value(QLatin1String("id")).toString()});
        QCOMPARE(m_server.admin(
                     {QStringLiteral("list-client"), QStringLiteral("--client"), kClient}, &output),
                 0);
        QVERIFY2(!hasRawControl(output), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("jan\\x00@example.nl")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestTextFieldsApi)
#include "tst_textfieldsapi.moc"
