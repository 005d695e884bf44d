// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "firstlogin.h"
#include "httpsjsonclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

namespace {

const QString kNewPassword = QStringLiteral("Kade!2026x");
const QString kClient = QStringLiteral("j.voorbeeld@example.nl");
const QString kDemoPassword = QStringLiteral("Welkom!2026");

QString field(const QString &output, const QString &kind, int column = 1) {
    for (const QString &line : output.split(u'\n'))
        if (line.startsWith(kind + u'\t'))
            return line.section(u'\t', column, column);
    return {};
}

} // namespace

/// The read API of business customers (seed 004) over TLS: what a business contact sees of
/// its organisation by its rights, and every refusal — another organisation's data, a
/// medewerker's invoices and other projects, client accounts on /business and business
/// contacts on the client routes — answered 404 like the client IDOR tests.
class TestBusinessApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server{{true, {}}};
    std::unique_ptr<HttpsJsonClient> m_client;
    QTemporaryDir m_dir;
    QString m_x, m_y;              // customers
    QString m_anne, m_bob, m_yara; // contact ids: X's beheerder and medewerker, Y's
    QString m_anneToken, m_bobToken, m_yaraToken, m_clientToken;
    QString m_p1, m_p2, m_p3; // X's projects (bob is in p1) and Y's
    QString m_invoiceX, m_invoiceY, m_question;

    QString admin(const QStringList &args) {
        QString output;
        const int code = m_server.admin(args, &output);
        if (code != 0)
            qWarning().noquote() << args.first() << "failed:" << output;
        return code == 0 ? output : QString();
    }

    QString firstLogin(const QString &username) {
        return careportal::test::firstLogin(m_server, *m_client, username, kNewPassword);
    }

    QString path(const QString &customer, const QString &rest = {}) const {
        return QStringLiteral("/business/organisations/") + customer + rest;
    }

    /// Every read route of organisation X, with X's own ids in it.
    QStringList routesOfX() const {
        return {path(m_x),
                path(m_x, QStringLiteral("/contact")),
                path(m_x, QStringLiteral("/functions")),
                path(m_x, QStringLiteral("/colleagues")),
                path(m_x, QStringLiteral("/colleagues/") + m_bob),
                path(m_x, QStringLiteral("/invoices")),
                path(m_x, QStringLiteral("/invoices/") + m_invoiceX),
                path(m_x, QStringLiteral("/invoices/") + m_invoiceX + QStringLiteral("/pdf")),
                path(m_x, QStringLiteral("/projects")),
                path(m_x, QStringLiteral("/projects/") + m_p1),
                path(m_x, QStringLiteral("/correspondence"))};
    }

    int count(const QString &sql) const { return m_server.queryCount(sql); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        m_client = std::make_unique<HttpsJsonClient>(m_server);
        QString out = admin(
            {QStringLiteral("create-business-customer"), QStringLiteral("--name"),
             QStringLiteral("Woonstichting Test X"), QStringLiteral("--kvk"),
             QStringLiteral("99000001"), QStringLiteral("--city"), QStringLiteral("Utrecht"),
             QStringLiteral("--username"), QStringLiteral("anne@x.example"),
             QStringLiteral("--first-name"), QStringLiteral("Anne"), QStringLiteral("--surname"),
             QStringLiteral("Beheer"), QStringLiteral("--function"), QStringLiteral("100")});
        m_x = field(out, QStringLiteral("customer"));
        m_anne = field(out, QStringLiteral("contact"));
        out = admin({QStringLiteral("add-business-contact"), QStringLiteral("--customer"), m_x,
                     QStringLiteral("--first-name"), QStringLiteral("Bob"),
                     QStringLiteral("--surname"), QStringLiteral("Medewerker"),
                     QStringLiteral("--birth-date"), QStringLiteral("1975-03-04"),
                     QStringLiteral("--portal-rights"), QStringLiteral("medewerker"),
                     QStringLiteral("--username"), QStringLiteral("bob@x.example")});
        m_bob = field(out, QStringLiteral("contact"));
        QVERIFY(!admin({QStringLiteral("add-business-contact"), QStringLiteral("--customer"), m_x,
                        QStringLiteral("--first-name"), QStringLiteral("Carl"),
                        QStringLiteral("--surname"), QStringLiteral("Zondertoegang"),
                        QStringLiteral("--portal-rights"), QStringLiteral("none"),
                        QStringLiteral("--username"), QStringLiteral("carl@x.example")})
                     .isEmpty());
        out = admin({QStringLiteral("create-business-customer"), QStringLiteral("--name"),
                     QStringLiteral("Gemeente Test Y"), QStringLiteral("--username"),
                     QStringLiteral("yara@y.example"), QStringLiteral("--first-name"),
                     QStringLiteral("Yara"), QStringLiteral("--surname"), QStringLiteral("Ander")});
        m_y = field(out, QStringLiteral("customer"));
        m_yara = field(out, QStringLiteral("contact"));
        const auto project = [&](const QString &customer, const QString &name) {
            return field(admin({QStringLiteral("add-project"), QStringLiteral("--customer"),
                                customer, QStringLiteral("--name"), name,
                                QStringLiteral("--lead-name"), QStringLiteral("Mirjam Leiding")}),
                         QStringLiteral("project"));
        };
        m_p1 = project(m_x, QStringLiteral("Kade Noord"));
        m_p2 = project(m_x, QStringLiteral("Kade Zuid"));
        m_p3 = project(m_y, QStringLiteral("Wijk Y"));
        QVERIFY(!admin({QStringLiteral("add-project-member"), QStringLiteral("--project"), m_p1,
                        QStringLiteral("--contact"), m_bob})
                     .isEmpty());
        // Another customer's project never gets a member of this one.
        QVERIFY(admin({QStringLiteral("add-project-member"), QStringLiteral("--project"), m_p3,
                       QStringLiteral("--contact"), m_bob})
                    .isEmpty());
        QFile pdf(m_dir.filePath(QStringLiteral("f.pdf")));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4\n% test\n%%EOF\n");
        pdf.close();
        const auto invoice = [&](const QString &customer, const QString &number) {
            return field(admin({QStringLiteral("add-invoice"), QStringLiteral("--customer"),
                                customer, QStringLiteral("--number"), number,
                                QStringLiteral("--date"), QStringLiteral("2026-01-31"),
                                QStringLiteral("--due"), QStringLiteral("2026-03-02"),
                                QStringLiteral("--line"), QStringLiteral("Begeleiding;10;50;21"),
                                QStringLiteral("--line"), QStringLiteral("Reiskosten;1;12,50;9"),
                                QStringLiteral("--pdf-file"), pdf.fileName()}),
                         QStringLiteral("invoice"));
        };
        m_invoiceX = invoice(m_x, QStringLiteral("X-0001"));
        m_invoiceY = invoice(m_y, QStringLiteral("Y-0001"));
        m_question =
            field(admin({QStringLiteral("add-project-question"), QStringLiteral("--project"), m_p1,
                         QStringLiteral("--contact"), m_bob, QStringLiteral("--text"),
                         QStringLiteral("Wanneer start de nachtzorg?")}),
                  QStringLiteral("question"));
        QVERIFY(!admin({QStringLiteral("answer-project-question"), QStringLiteral("--id"),
                        m_question, QStringLiteral("--answer"), QStringLiteral("Op 1 maart."),
                        QStringLiteral("--staff"), QStringLiteral("Mirjam Leiding")})
                     .isEmpty());
        for (const QString &id : {m_x, m_anne, m_bob, m_y, m_yara, m_p1, m_p2, m_p3, m_invoiceX,
                                  m_invoiceY, m_question})
            QVERIFY(!id.isEmpty());

        m_anneToken = firstLogin(QStringLiteral("anne@x.example"));
        m_bobToken = firstLogin(QStringLiteral("bob@x.example"));
        m_yaraToken = firstLogin(QStringLiteral("yara@y.example"));
        m_clientToken = m_client->login(kClient, kDemoPassword);
        for (const QString &token : {m_anneToken, m_bobToken, m_yaraToken, m_clientToken})
            QVERIFY(!token.isEmpty());
    }

    void loginMessagesComeApart() {
        // User name and one-time password in two messages: one alone does not log in.
        // The first two: the answer's notice came later.
        const QStringList messages =
            m_server.outboxMessages(QStringLiteral("bob@x.example")).mid(0, 2);
        QCOMPARE(messages.size(), 2);
        int withName = 0;
        int withPassword = 0;
        for (const QString &message : messages) {
            const bool name = message.contains(QStringLiteral("gebruikersnaam is: bob@x.example"));
            const bool password = message.contains(QStringLiteral("wachtwoord is:"));
            QVERIFY(name != password);
            withName += name ? 1 : 0;
            withPassword += password ? 1 : 0;
        }
        QCOMPARE(withName, 1);
        QCOMPARE(withPassword, 1);
    }

    void meTellsTheKindAndTheOrganisations() {
        const auto anne = m_client->get(QStringLiteral("/me"), m_anneToken);
        QCOMPARE(anne.status, 200);
        QCOMPARE(anne.json.value(QLatin1String("kind")).toString(), QStringLiteral("business"));
        const QJsonArray organisations = anne.json.value(QLatin1String("organisations")).toArray();
        QCOMPARE(organisations.size(), 1);
        const QJsonObject x = organisations.first().toObject();
        QCOMPARE(x.value(QLatin1String("id")).toString(), m_x);
        QCOMPARE(x.value(QLatin1String("name")).toString(), QStringLiteral("Woonstichting Test X"));
        QVERIFY(x.value(QLatin1String("rights"))
                    .toObject()
                    .value(QLatin1String("administrator"))
                    .toBool());
        const auto client = m_client->get(QStringLiteral("/me"), m_clientToken);
        QCOMPARE(client.json.value(QLatin1String("kind")).toString(), QStringLiteral("client"));
        QVERIFY(client.json.value(QLatin1String("organisations")).toArray().isEmpty());
    }

    void withoutMedewerkerKlantportaalNoLogin() {
        const QString oneTime =
            careportal::test::oneTimePassword(m_server, QStringLiteral("carl@x.example"));
        QVERIFY(!oneTime.isEmpty());
        const auto reply =
            m_client->post(QStringLiteral("/auth/login"),
                           {{QStringLiteral("username"), QStringLiteral("carl@x.example")},
                            {QStringLiteral("password"), oneTime}});
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.problemCode(), QStringLiteral("no-portal-access"));
        // The wrong password still answers as for anyone.
        const auto wrong =
            m_client->post(QStringLiteral("/auth/login"),
                           {{QStringLiteral("username"), QStringLiteral("carl@x.example")},
                            {QStringLiteral("password"), QStringLiteral("fout")}});
        QCOMPARE(wrong.status, 401);
    }

    void myOrganisationAndMyContactDetails() {
        const auto organisation = m_client->get(path(m_x), m_anneToken);
        QCOMPARE(organisation.status, 200);
        QCOMPARE(organisation.json.value(QLatin1String("kvkNumber")).toString(),
                 QStringLiteral("99000001"));
        QCOMPARE(organisation.json.value(QLatin1String("city")).toString(),
                 QStringLiteral("Utrecht"));
        QVERIFY(!organisation.header("etag").isEmpty());
        const auto again =
            m_client->get(path(m_x), m_anneToken, {{"If-None-Match", organisation.header("etag")}});
        QCOMPARE(again.status, 304);

        const auto mine = m_client->get(path(m_x, QStringLiteral("/contact")), m_bobToken);
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.json.value(QLatin1String("id")).toString(), m_bob);
        QCOMPARE(mine.json.value(QLatin1String("birthDate")).toString(),
                 QStringLiteral("1975-03-04"));
        QCOMPARE(mine.json.value(QLatin1String("email")).toString(),
                 QStringLiteral("bob@x.example"));
        QVERIFY(!mine.json.value(QLatin1String("rights"))
                     .toObject()
                     .value(QLatin1String("administrator"))
                     .toBool());
    }

    void colleaguesAndFunctions() {
        const auto list = m_client->get(path(m_x, QStringLiteral("/colleagues")), m_bobToken);
        QCOMPARE(list.status, 200);
        const QJsonArray items = list.json.value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 3);
        for (const auto &value : items) {
            const QJsonObject colleague = value.toObject();
            // A medewerker sees a colleague's work details, not the private ones.
            const bool self = colleague.value(QLatin1String("id")).toString() == m_bob;
            QCOMPARE(colleague.contains(QLatin1String("birthDate")), self);
        }
        const auto detail =
            m_client->get(path(m_x, QStringLiteral("/colleagues/") + m_bob), m_anneToken);
        QCOMPARE(detail.status, 200);
        QCOMPARE(detail.json.value(QLatin1String("birthDate")).toString(),
                 QStringLiteral("1975-03-04"));
        const auto anne =
            m_client->get(path(m_x, QStringLiteral("/colleagues/") + m_anne), m_bobToken);
        QCOMPARE(anne.json.value(QLatin1String("function")).toString(), QStringLiteral("100"));

        const auto functions = m_client->get(path(m_x, QStringLiteral("/functions")), m_bobToken);
        QCOMPARE(functions.status, 200);
        QCOMPARE(functions.dutchLabels(),
                 (QStringList{QStringLiteral("Administratief medewerker"),
                              QStringLiteral("Directeur"), QStringLiteral("P&O Adviseur"),
                              QStringLiteral("P&O Manager"), QStringLiteral("Planner"),
                              QStringLiteral("Systeem/applicatiebeheerder")}));
    }

    void invoicesForTheBeheerderOnly() {
        const auto list = m_client->get(path(m_x, QStringLiteral("/invoices")), m_anneToken);
        QCOMPARE(list.status, 200);
        const QJsonArray items = list.json.value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject summary = items.first().toObject();
        QCOMPARE(summary.value(QLatin1String("number")).toString(), QStringLiteral("X-0001"));
        QCOMPARE(summary.value(QLatin1String("amountCents")).toInteger(), 51250);
        QCOMPARE(summary.value(QLatin1String("vatCents")).toInteger(), 10500 + 113);
        QCOMPARE(summary.value(QLatin1String("status")).toString(), QStringLiteral("open"));
        const auto detail =
            m_client->get(path(m_x, QStringLiteral("/invoices/") + m_invoiceX), m_anneToken);
        QCOMPARE(detail.status, 200);
        QCOMPARE(detail.json.value(QLatin1String("lines")).toArray().size(), 2);
        QCOMPARE(detail.json.value(QLatin1String("dueDate")).toString(),
                 QStringLiteral("2026-03-02"));
        const auto pdf = m_client->get(
            path(m_x, QStringLiteral("/invoices/") + m_invoiceX + QStringLiteral("/pdf")),
            m_anneToken);
        QCOMPARE(pdf.status, 200);
        QCOMPARE(pdf.header("content-type"), QByteArrayLiteral("application/pdf"));
        QCOMPARE(pdf.header("cache-control"), QByteArrayLiteral("no-store"));
        QVERIFY(pdf.body.startsWith("%PDF-"));
        QVERIFY(pdf.header("content-disposition").contains("factuur-X-0001.pdf"));

        QCOMPARE(
            m_client->get(path(m_x, QStringLiteral("/invoices?status=open")), m_anneToken).status,
            200);
        QCOMPARE(
            m_client->get(path(m_x, QStringLiteral("/invoices?status=paid")), m_anneToken).status,
            400);
        // A medewerker: as if there were no invoices at all.
        for (const QString &route :
             {path(m_x, QStringLiteral("/invoices")),
              path(m_x, QStringLiteral("/invoices/") + m_invoiceX),
              path(m_x, QStringLiteral("/invoices/") + m_invoiceX + QStringLiteral("/pdf"))})
            QCOMPARE(m_client->get(route, m_bobToken).status, 404);
    }

    void projectsByMembership() {
        const auto ids = [&](const QString &query, const QString &token) {
            QStringList result;
            const auto reply = m_client->get(path(m_x, QStringLiteral("/projects") + query), token);
            for (const auto &value : reply.json.value(QLatin1String("items")).toArray())
                result.append(value.toObject().value(QLatin1String("id")).toString());
            return result;
        };
        QCOMPARE(ids(QStringLiteral("?scope=mine"), m_bobToken), QStringList{m_p1});
        QCOMPARE(ids(QStringLiteral("?scope=all"), m_bobToken), QStringList{m_p1});
        QCOMPARE(ids(QStringLiteral("?scope=all"), m_anneToken), (QStringList{m_p1, m_p2}));
        QVERIFY(ids(QStringLiteral("?scope=mine"), m_anneToken).isEmpty());
        const auto own = m_client->get(path(m_x, QStringLiteral("/projects/") + m_p1), m_bobToken);
        QCOMPARE(own.status, 200);
        QVERIFY(own.json.value(QLatin1String("member")).toBool());
        QCOMPARE(own.json.value(QLatin1String("projectLead"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Mirjam Leiding"));
        // Not a member: as if the project did not exist.
        QCOMPARE(m_client->get(path(m_x, QStringLiteral("/projects/") + m_p2), m_bobToken).status,
                 404);
        QCOMPARE(m_client->get(path(m_x, QStringLiteral("/projects/") + m_p2), m_anneToken).status,
                 200);
    }

    void correspondenceReadAndUnread() {
        auto list = m_client->get(path(m_x, QStringLiteral("/correspondence")), m_bobToken);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(QLatin1String("unread")).toInt(), 1);
        const QJsonObject item =
            list.json.value(QLatin1String("items")).toArray().first().toObject();
        QCOMPARE(item.value(QLatin1String("answer")).toString(), QStringLiteral("Op 1 maart."));
        QCOMPARE(item.value(QLatin1String("projectName")).toString(), QStringLiteral("Kade Noord"));
        QVERIFY(!item.value(QLatin1String("read")).toBool());
        const QString markRead =
            path(m_x, QStringLiteral("/correspondence/") + m_question + QStringLiteral("/read"));
        QCOMPARE(m_client->put(markRead, {}, m_anneToken).status, 404); // not hers
        const auto read = m_client->put(markRead, {}, m_bobToken);
        QCOMPARE(read.status, 200);
        QVERIFY(read.json.value(QLatin1String("read")).toBool());
        list = m_client->get(path(m_x, QStringLiteral("/correspondence")), m_bobToken);
        QCOMPARE(list.json.value(QLatin1String("unread")).toInt(), 0);
        // The notice e-mail went out without the answer in it.
        const QStringList mail = m_server.outboxMessages(QStringLiteral("bob@x.example"));
        QVERIFY(mail.last().contains(QStringLiteral("Kade Noord")));
        QVERIFY(!mail.last().contains(QStringLiteral("Op 1 maart.")));
    }

    void anotherOrganisationsContactReachesNothing_data() {
        QTest::addColumn<QString>("route");
        for (const QString &route : routesOfX())
            QTest::newRow(route == path(m_x) ? "organisation"
                                             : qPrintable(route.mid(path(m_x).size())))
                << route;
        QTest::newRow("/correspondence/{id}/read (PUT)") << QString();
    }

    void anotherOrganisationsContactReachesNothing() {
        QFETCH(QString, route);
        if (route.isEmpty()) {
            QCOMPARE(m_client
                         ->put(path(m_x, QStringLiteral("/correspondence/") + m_question +
                                             QStringLiteral("/read")),
                               {}, m_yaraToken)
                         .status,
                     404);
            return;
        }
        // Y's beheerder with X's ids: nothing, as if it did not exist.
        QCOMPARE(m_client->get(route, m_yaraToken).status, 404);
        // And under its own organisation, X's ids are unknown too.
        QString own = route;
        own.replace(m_x, m_y);
        if (own != path(m_y) && !own.endsWith(QStringLiteral("/contact")) &&
            !own.endsWith(QStringLiteral("/functions")) &&
            !own.endsWith(QStringLiteral("/colleagues")) &&
            !own.endsWith(QStringLiteral("/invoices")) &&
            !own.endsWith(QStringLiteral("/projects")) &&
            !own.endsWith(QStringLiteral("/correspondence")))
            QCOMPARE(m_client->get(own, m_yaraToken).status, 404);
    }

    void clientAccountsGetNothingFromBusiness() {
        for (const QString &route : routesOfX())
            QCOMPARE(m_client->get(route, m_clientToken).status, 404);
    }

    void businessContactsGetNothingFromClientRoutes() {
        for (const QString &client :
             {QStringLiteral("client-j-voorbeeld"), QStringLiteral("client-c-test")})
            for (const QString &part :
                 {QStringLiteral("appointments?from=2026-01-01&to=2026-01-02"),
                  QStringLiteral("contact-persons"), QStringLiteral("contact-details"),
                  QStringLiteral("contact-requests"), QStringLiteral("dossier"),
                  QStringLiteral("access-log")})
                QCOMPARE(
                    m_client->get(QStringLiteral("/clients/%1/%2").arg(client, part), m_anneToken)
                        .status,
                    404);
        const auto me = m_client->get(QStringLiteral("/me"), m_anneToken);
        QVERIFY(me.json.value(QLatin1String("clients")).toArray().isEmpty());
    }

    void oneAccountForTwoOrganisationsWithRightsEach() {
        QVERIFY(
            !admin({QStringLiteral("add-business-contact"), QStringLiteral("--customer"), m_y,
                    QStringLiteral("--first-name"), QStringLiteral("Anne"),
                    QStringLiteral("--surname"), QStringLiteral("Beheer"),
                    QStringLiteral("--portal-rights"), QStringLiteral("medewerker,alle-projecten"),
                    QStringLiteral("--username"), QStringLiteral("anne@x.example")})
                 .isEmpty());
        const auto me = m_client->get(QStringLiteral("/me"), m_anneToken);
        QCOMPARE(me.json.value(QLatin1String("organisations")).toArray().size(), 2);
        // At Y she is a medewerker for all projects: every project, no invoices.
        const auto projects =
            m_client->get(path(m_y, QStringLiteral("/projects?scope=mine")), m_anneToken);
        QCOMPARE(projects.json.value(QLatin1String("items")).toArray().size(), 1);
        QCOMPARE(m_client->get(path(m_y, QStringLiteral("/projects/") + m_p3), m_anneToken).status,
                 200);
        QCOMPARE(m_client->get(path(m_y, QStringLiteral("/invoices")), m_anneToken).status, 404);
        QCOMPARE(m_client->get(path(m_x, QStringLiteral("/invoices")), m_anneToken).status, 200);
        // A client-portal account is never made a business contact.
        QVERIFY(admin({QStringLiteral("add-business-contact"), QStringLiteral("--customer"), m_y,
                       QStringLiteral("--first-name"), QStringLiteral("J."),
                       QStringLiteral("--surname"), QStringLiteral("Voorbeeld"),
                       QStringLiteral("--portal-rights"), QStringLiteral("medewerker"),
                       QStringLiteral("--username"), kClient})
                    .isEmpty());
    }

    void theDemoBusinessCustomer() {
        QVERIFY(m_server.standardOutput().contains(
            QStringLiteral("Demo login: t.havenaar@example.nl / Welkom!2026")));
        const QString tom = m_client->login(QStringLiteral("t.havenaar@example.nl"), kDemoPassword);
        const QString marieke =
            m_client->login(QStringLiteral("m.kademaker@example.nl"), kDemoPassword);
        QVERIFY(!tom.isEmpty() && !marieke.isEmpty());
        const QString kade = QStringLiteral("demo-business-de-kade");
        const auto projects = [&](const QString &token) {
            return m_client->get(path(kade, QStringLiteral("/projects")), token)
                .json.value(QLatin1String("items"))
                .toArray()
                .size();
        };
        QCOMPARE(projects(tom), 2);
        QCOMPARE(projects(marieke), 3);
        QCOMPARE(m_client->get(path(kade, QStringLiteral("/correspondence")), tom)
                     .json.value(QLatin1String("unread"))
                     .toInt(),
                 1);
        QCOMPARE(m_client->get(path(kade, QStringLiteral("/invoices")), tom).status, 404);
        const auto invoices = m_client->get(path(kade, QStringLiteral("/invoices")), marieke);
        QCOMPARE(invoices.json.value(QLatin1String("items")).toArray().size(), 5);
        const auto pdf =
            m_client->get(path(kade, QStringLiteral("/invoices/demo-invoice-1/pdf")), marieke);
        QCOMPARE(pdf.status, 200);
        QVERIFY(pdf.body.startsWith("%PDF-1.4"));
        // The demo's contacts are of De Kade only.
        QCOMPARE(m_client->get(path(m_x), tom).status, 404);
        QCOMPARE(m_client->get(path(kade), m_anneToken).status, 404);
    }

    void everyAccessLoggedEveryRefusalRecorded() {
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM access_log WHERE client_id = '%1' AND "
                                     "role = 'beheerder' AND object = 'invoices'")
                          .arg(m_x)) >= 1);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM access_log WHERE client_id = '%1' AND "
                                     "role = 'medewerker' AND object = 'contact'")
                          .arg(m_x)) >= 1);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM security_events WHERE event = "
                                     "'organisation-refused'")) >= 11);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM security_events WHERE event = "
                                     "'right-refused'")) >= 3);
    }
};

QTEST_GUILESS_MAIN(TestBusinessApi)
#include "tst_businessapi.moc"
