// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"
#include "serverprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

namespace {

const QString kRequester = QStringLiteral("a.aanvrager@example.nl");

QJsonObject representativeRequest(const QString &email,
                                  const QString &relation = QStringLiteral("representative")) {
    return {{QStringLiteral("requesterFirstName"), QStringLiteral("Anna")},
            {QStringLiteral("requesterSurname"), QStringLiteral("Aanvrager")},
            {QStringLiteral("requesterPhone"), QStringLiteral("06-11223344")},
            {QStringLiteral("requesterEmail"), email},
            {QStringLiteral("relation"), relation},
            {QStringLiteral("clientFirstName"), QStringLiteral("Cor")},
            {QStringLiteral("clientSurname"), QStringLiteral("Test")},
            {QStringLiteral("clientPhone"), QStringLiteral("010-1234567")},
            {QStringLiteral("clientEmail"), QString()}};
}

} // namespace

/// "Aanmelden cliëntportaal" over the real binary: every wrong field named at once, the
/// request stored for staff, approval making an account linked to the client with the user
/// name and the one-time password in two separate e-mails, rejection with its reason, and
/// the limit per address.
class TestRegistrationApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<HttpsJsonClient> m_client;

    [[nodiscard]] QStringList mailsTo(const QString &to) const {
        return m_server.outboxMessages(to);
    }
    QString submit(const QJsonObject &body) {
        const auto reply = m_client->post(QStringLiteral("/registrations"), body);
        return reply.status == 202 ? reply.json.value(QLatin1String("id")).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        m_client = std::make_unique<HttpsJsonClient>(m_server);
    }

    void everyWrongFieldIsNamed() {
        const auto reply =
            m_client->post(QStringLiteral("/registrations"),
                           {{QStringLiteral("requesterFirstName"), QString()},
                            {QStringLiteral("requesterSurname"), QStringLiteral("Aanvrager")},
                            {QStringLiteral("requesterPhone"), QStringLiteral("12")},
                            {QStringLiteral("requesterEmail"), QStringLiteral("geen-adres")},
                            {QStringLiteral("relation"), QStringLiteral("buurman")}});
        QCOMPARE(reply.status, 422);
        QStringList fields;
        for (const auto &error : reply.json.value(QLatin1String("fieldErrors")).toArray())
            fields.append(error.toObject().value(QLatin1String("field")).toString());
        fields.sort();
        QCOMPARE(
            fields,
            (QStringList{QStringLiteral("clientFirstName"), QStringLiteral("clientSurname"),
                         QStringLiteral("relation"), QStringLiteral("requesterEmail"),
                         QStringLiteral("requesterFirstName"), QStringLiteral("requesterPhone")}));
    }

    void approvalSendsTwoSeparateMessages() {
        const QString id = submit(representativeRequest(kRequester));
        QVERIFY(!id.isEmpty());
        QString listing;
        QCOMPARE(m_server.admin({QStringLiteral("list-registrations")}, &listing), 0);
        QVERIFY2(listing.contains(id) && listing.contains(QStringLiteral("Anna Aanvrager")) &&
                     listing.contains(QStringLiteral("representative")),
                 qPrintable(listing));

        QCOMPARE(m_server.admin({QStringLiteral("approve-registration"), QStringLiteral("--id"), id,
                                 QStringLiteral("--client"), QStringLiteral("no-such-client")}),
                 2);
        // A representative has every part: there is nothing to choose.
        QCOMPARE(m_server.admin({QStringLiteral("approve-registration"), QStringLiteral("--id"), id,
                                 QStringLiteral("--client"), QStringLiteral("client-c-test"),
                                 QStringLiteral("--rights"), QStringLiteral("planning")}),
                 2);
        QVERIFY(mailsTo(kRequester).isEmpty());
        QString output;
        QCOMPARE(m_server.admin({QStringLiteral("approve-registration"), QStringLiteral("--id"), id,
                                 QStringLiteral("--client"), QStringLiteral("client-c-test"),
                                 QStringLiteral("--staff"), QStringLiteral("Medewerker Test")},
                                &output),
                 0);
        QVERIFY2(output.contains(QStringLiteral("approved")), qPrintable(output));
        QVERIFY2(output.startsWith(QStringLiteral("approved")), qPrintable(output));

        const QStringList mails = mailsTo(kRequester);
        QCOMPARE(mails.size(), 2);
        const auto withUsername = std::find_if(mails.cbegin(), mails.cend(), [](const QString &m) {
            return m.contains(QStringLiteral("gebruikersnaam is: ") + kRequester);
        });
        const auto withPassword = std::find_if(mails.cbegin(), mails.cend(), [](const QString &m) {
            return m.contains(QStringLiteral("wachtwoord is: "));
        });
        QVERIFY(withUsername != mails.cend() && withPassword != mails.cend());
        QVERIFY(withUsername != withPassword);
        const QString password = QRegularExpression(QStringLiteral("wachtwoord is: (\\S+)"))
                                     .match(*withPassword)
                                     .captured(1);
        QVERIFY(password.size() >= 12); // the policy asks 8
        QVERIFY(!withUsername->contains(password));
        QVERIFY(!withPassword->contains(QStringLiteral("gebruikersnaam is: ")));

        // The new account logs in with both, must choose its own password, and acts for
        // the client as representative.
        const auto login =
            m_client->post(QStringLiteral("/auth/login"), {{QStringLiteral("username"), kRequester},
                                                           {QStringLiteral("password"), password}});
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json.value(QLatin1String("mustChangePassword")).toBool(), true);
        const auto me = m_client->get(QStringLiteral("/me"),
                                      login.json.value(QLatin1String("token")).toString());
        const QJsonArray clients = me.json.value(QLatin1String("clients")).toArray();
        QCOMPARE(clients.size(), 1);
        QCOMPARE(clients.first().toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("client-c-test"));
        QCOMPARE(clients.first().toObject().value(QLatin1String("relation")).toString(),
                 QStringLiteral("representative"));

        // Decided once.
        QCOMPARE(m_server.admin({QStringLiteral("approve-registration"), QStringLiteral("--id"), id,
                                 QStringLiteral("--client"), QStringLiteral("client-c-test")}),
                 2);
        QCOMPARE(m_server.admin({QStringLiteral("list-registrations")}, &listing), 0);
        QVERIFY(!listing.contains(id));
    }

    // Issue 25: staff choose an authorised contact's parts at approval, as with link-account.
    void approvalChoosesAContactsParts() {
        const QString to = QStringLiteral("d.contact@example.nl");
        const QString id = submit(representativeRequest(to, QStringLiteral("contact")));
        QVERIFY(!id.isEmpty());
        QString output;
        QCOMPARE(m_server.admin({QStringLiteral("approve-registration"), QStringLiteral("--id"), id,
                                 QStringLiteral("--client"), QStringLiteral("client-c-test"),
                                 QStringLiteral("--rights"), QStringLiteral("planning,medisch")},
                                &output),
                 2);
        QVERIFY2(output.contains(QStringLiteral("medisch")), qPrintable(output));
        QCOMPARE(m_server.admin({QStringLiteral("approve-registration"), QStringLiteral("--id"), id,
                                 QStringLiteral("--client"), QStringLiteral("client-c-test"),
                                 QStringLiteral("--rights"), QStringLiteral("dossier, planning")},
                                &output),
                 0);
        QVERIFY2(output.trimmed().endsWith(QStringLiteral("\tcontact\tplanning,dossier")),
                 qPrintable(output));
        QString password;
        for (const QString &mail : mailsTo(to)) {
            const auto match =
                QRegularExpression(QStringLiteral("wachtwoord is: (\\S+)")).match(mail);
            if (match.hasMatch())
                password = match.captured(1);
        }
        const QString token = m_client->login(to, password);
        QVERIFY(!token.isEmpty());
        const QJsonArray clients = m_client->get(QStringLiteral("/me"), token)
                                       .json.value(QLatin1String("clients"))
                                       .toArray();
        QCOMPARE(clients.size(), 1);
        QStringList rights;
        for (const auto &right :
             clients.first().toObject().value(QLatin1String("rights")).toArray())
            rights.append(right.toString());
        QCOMPARE(rights, (QStringList{QStringLiteral("planning"), QStringLiteral("dossier")}));
    }

    void rejectionSaysWhy() {
        const QString to = QStringLiteral("b.aanvrager@example.nl");
        const QString id = submit(representativeRequest(to));
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_server.admin({QStringLiteral("reject-registration"), QStringLiteral("--id"), id,
                                 QStringLiteral("--reason"),
                                 QStringLiteral("U staat niet bij ons als vertegenwoordiger "
                                                "geregistreerd.")}),
                 0);
        const QStringList mails = mailsTo(to);
        QCOMPARE(mails.size(), 1);
        QVERIFY(mails.first().contains(QStringLiteral("niet bij ons als vertegenwoordiger")));
        QCOMPARE(m_client
                     ->post(QStringLiteral("/auth/login"),
                            {{QStringLiteral("username"), to},
                             {QStringLiteral("password"), QStringLiteral("Welkom!2026")}})
                     .status,
                 401);
    }

    void onlyAFewPerAddressAnHour() {
        // Three were sent above; the limit is five an hour from one address.
        for (int i = 4; i <= 5; ++i)
            QVERIFY(
                !submit(representativeRequest(QStringLiteral("c%1@example.nl").arg(i))).isEmpty());
        const auto refused = m_client->post(QStringLiteral("/registrations"),
                                            representativeRequest(QStringLiteral("c6@example.nl")));
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.problemCode(), QStringLiteral("limit-reached"));
    }
};

QTEST_GUILESS_MAIN(TestRegistrationApi)
#include "tst_registrationapi.moc"
