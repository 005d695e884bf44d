// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "firstlogin.h"
#include "httpsjsonclient.h"
#include "serverprocess.h"

#include <QTest>

using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

namespace {

const QString kKadeId = QStringLiteral("demo-business-de-kade");
const QString kKade = QStringLiteral("/business/organisations/") + kKadeId;
const QString kTom = QStringLiteral("demo-contact-havenaar");
const QString kMarieke = QStringLiteral("demo-contact-kademaker");
const QString kDirector = QStringLiteral("demo-contact-directeur");
const QString kProject = QStringLiteral("demo-project-kade-noord");

QString s(const char *text) {
    return QString::fromUtf8(text);
}

} // namespace

/// The staff side of a business customer's contacts (seed 004, issue 19) against the real
/// binary on the demo's Woonstichting De Kade: edit-business-contact and
/// remove-business-contact with the portal's rule that the last beheerder who can log in
/// keeps the right and stays, list-project-questions, and the NEN 7513 rows each leaves.
class TestBusinessAdminTasks : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server{{true, {}}};
    std::unique_ptr<HttpsJsonClient> m_client;
    careportal::test::BusinessLogins m_logins;

    int admin(const QStringList &args, QString *output = nullptr) {
        return m_server.admin(args, output);
    }
    /// A contact as the beheerder sees it in "Mijn contactpersonen".
    QJsonObject colleague(const QString &id) {
        return m_client->get(kKade + QStringLiteral("/colleagues/") + id, m_logins.marieke).json;
    }
    int staffRows(const QString &event, const QString &object) {
        return m_server.queryCount(
            QStringLiteral("SELECT COUNT(*) FROM access_log WHERE role = 'staff' AND client_id = "
                           "'%1' AND event = '%2' AND object = '%3'")
                .arg(kKadeId, event, object));
    }
    int securityEvents(const QString &event) {
        return m_server.queryCount(
            QStringLiteral("SELECT COUNT(*) FROM security_events WHERE event = '%1'").arg(event));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        m_client = std::make_unique<HttpsJsonClient>(m_server);
        m_logins =
            careportal::test::businessLogins(m_server, *m_client, QStringLiteral("Beheer!2026x"));
        for (const QString &token : {m_logins.tom, m_logins.marieke, m_logins.other})
            QVERIFY(!token.isEmpty());
    }

    void editChangesOnlyWhatIsGiven() {
        const QJsonObject before = colleague(kTom);
        const int rows = staffRows(s("change"), s("colleagues/") + kTom);
        QString output;
        QCOMPARE(
            admin({s("edit-business-contact"), s("--contact"), kTom, s("--department"),
                   s("Wijkbeheer"), s("--mobile"), s("0612345678"), s("--staff"), s("B. Beheer")},
                  &output),
            0);
        QVERIFY2(output.startsWith(s("contact\t") + kTom), qPrintable(output));
        const QJsonObject after = colleague(kTom);
        QCOMPARE(after.value(QLatin1String("department")).toString(), s("Wijkbeheer"));
        QCOMPARE(after.value(QLatin1String("mobile")).toString(), s("0612345678"));
        for (const char *kept : {"surname", "firstName", "email", "function", "birthDate"})
            QCOMPARE(after.value(QLatin1String(kept)), before.value(QLatin1String(kept)));
        QCOMPARE(after.value(QLatin1String("rights")), before.value(QLatin1String("rights")));
        // NEN 7513: the staff member's change of the organisation's data, before it was made.
        QCOMPARE(staffRows(s("change"), s("colleagues/") + kTom), rows + 1);
    }

    void refusesWhatThePortalRefuses() {
        const QJsonObject before = colleague(kTom);
        const QList<QStringList> refused{
            {s("--contact"), s("no-such-contact"), s("--department"), s("X")},
            {s("--contact"), kTom, s("--surname"), QString()},
            {s("--contact"), kTom, s("--gender"), s("anders")},
            {s("--contact"), kTom, s("--function"), s("999")},
            {s("--contact"), kTom, s("--email"), s("geen-adres")},
            {s("--contact"), kTom, s("--mobile"), s("bel maar")},
            {s("--contact"), kTom, s("--portal-rights"), s("eigenaar")},
            // The director has no login: staff cannot make one a medewerker here.
            {s("--contact"), kDirector, s("--portal-rights"), s("medewerker")},
        };
        for (const QStringList &args : refused)
            QVERIFY2(admin(QStringList{s("edit-business-contact")} + args) != 0,
                     qPrintable(args.join(u' ')));
        QCOMPARE(colleague(kTom), before);
        QVERIFY(admin({s("remove-business-contact"), s("--contact"), s("no-such-contact")}) != 0);
    }

    void rightsChangeRecordsASecurityEvent() {
        const int events = securityEvents(s("business-rights-changed"));
        QCOMPARE(admin({s("edit-business-contact"), s("--contact"), kTom, s("--portal-rights"),
                        s("medewerker,alle-projecten")}),
                 0);
        const QJsonObject rights = colleague(kTom).value(QLatin1String("rights")).toObject();
        QCOMPARE(rights.value(QLatin1String("allProjects")).toBool(), true);
        QCOMPARE(rights.value(QLatin1String("emailServices")).toBool(), false);
        QCOMPARE(securityEvents(s("business-rights-changed")), events + 1);
        // Details alone change no rights, and leave no such event.
        QCOMPARE(admin({s("edit-business-contact"), s("--contact"), kTom, s("--phone"),
                        s("010-1234567")}),
                 0);
        QCOMPARE(securityEvents(s("business-rights-changed")), events + 1);
    }

    void theLastBeheerderKeepsTheRight() {
        QString output;
        QVERIFY(admin({s("edit-business-contact"), s("--contact"), kMarieke, s("--portal-rights"),
                       s("medewerker")},
                      &output) != 0);
        QVERIFY2(output.contains(s("last beheerder")), qPrintable(output));
        QVERIFY(admin({s("edit-business-contact"), s("--contact"), kMarieke, s("--portal-rights"),
                       s("beheerder")}) != 0); // no login then: no beheerder who can log in
        QCOMPARE(colleague(kMarieke)
                     .value(QLatin1String("rights"))
                     .toObject()
                     .value(QLatin1String("administrator"))
                     .toBool(),
                 true);
        QCOMPARE(m_client->get(kKade + QStringLiteral("/colleagues"), m_logins.marieke).status,
                 200);
    }

    void theLastBeheerderCannotBeRemoved() {
        const int events = securityEvents(s("business-contact-removed"));
        QString output;
        QVERIFY(admin({s("remove-business-contact"), s("--contact"), kMarieke}, &output) != 0);
        QVERIFY2(output.contains(s("last beheerder")), qPrintable(output));
        QCOMPARE(m_client->get(kKade + QStringLiteral("/colleagues"), m_logins.marieke).status,
                 200);
        QCOMPARE(securityEvents(s("business-contact-removed")), events);
    }

    void listsOpenQuestionsToAnswer() {
        QString output;
        QCOMPARE(admin({s("add-project-question"), s("--project"), kProject, s("--contact"), kTom,
                        s("--text"), s("Komt de schilder ook op zaterdag?")},
                       &output),
                 0);
        const QString id = output.trimmed().section(u'\t', 1);
        QVERIFY(!id.isEmpty());
        const int reads = staffRows(s("read"), s("correspondence"));
        QCOMPARE(admin({s("list-project-questions")}, &output), 0);
        const QString line = output.split(u'\n').filter(id).value(0);
        QVERIFY2(line.contains(kKadeId) && line.contains(kProject) &&
                     line.contains(s("Tom Havenaar")) && line.contains(s("op zaterdag")),
                 qPrintable(output));
        QCOMPARE(staffRows(s("read"), s("correspondence")), reads + 1);
        // Another customer's questions only: not this one, and no read of De Kade logged.
        QCOMPARE(admin({s("list-project-questions"), s("--customer"), s("someone-else")}, &output),
                 0);
        QVERIFY(!output.contains(id));
        QCOMPARE(staffRows(s("read"), s("correspondence")), reads + 1);
        // Answered, it is no longer open.
        QCOMPARE(admin({s("answer-project-question"), s("--id"), id, s("--answer"),
                        s("Ja, van 9 tot 13 uur."), s("--staff"), s("J. Teamleider")}),
                 0);
        QCOMPARE(admin({s("list-project-questions"), s("--customer"), kKadeId}, &output), 0);
        QVERIFY(!output.contains(id));
    }

    void anotherBeheerderLetsTheFirstGo() {
        // The director stays a contact without login; removing him is a detail change.
        QCOMPARE(admin({s("remove-business-contact"), s("--contact"), kDirector}), 0);
        QCOMPARE(m_client->get(kKade + QStringLiteral("/colleagues/") + kDirector, m_logins.marieke)
                     .status,
                 404);
        QCOMPARE(staffRows(s("change"), s("colleagues/") + kDirector), 1);
        // With Tom beheerder too, Marieke may go; her login no longer reaches De Kade.
        QCOMPARE(admin({s("edit-business-contact"), s("--contact"), kTom, s("--portal-rights"),
                        s("beheerder,medewerker")}),
                 0);
        const int events = securityEvents(s("business-contact-removed"));
        QString output;
        QCOMPARE(admin({s("remove-business-contact"), s("--contact"), kMarieke}, &output), 0);
        QVERIFY2(output.startsWith(s("removed\t") + kMarieke), qPrintable(output));
        QCOMPARE(securityEvents(s("business-contact-removed")), events + 1);
        QCOMPARE(m_client->get(kKade + QStringLiteral("/colleagues"), m_logins.marieke).status,
                 404);
        QCOMPARE(m_client->get(kKade + QStringLiteral("/colleagues"), m_logins.tom).status, 200);
        // And now Tom is the last one.
        QVERIFY(admin({s("remove-business-contact"), s("--contact"), kTom}) != 0);
    }

    void anotherOrganisationIsUntouched() {
        QString output;
        QCOMPARE(admin({s("list-business-customers")}, &output), 0);
        const QString ander =
            output.split(u'\n').filter(s("Gemeente Ander")).value(0).section(u'\t', 0, 0);
        QVERIFY(!ander.isEmpty());
        QCOMPARE(admin({s("list-business-contacts"), s("--customer"), ander}, &output), 0);
        QVERIFY2(output.contains(s("beheerder")), qPrintable(output));
        QCOMPARE(m_client
                     ->get(QStringLiteral("/business/organisations/") + ander +
                               QStringLiteral("/colleagues"),
                           m_logins.other)
                     .status,
                 200);
    }
};

QTEST_GUILESS_MAIN(TestBusinessAdminTasks)
#include "tst_businessadmintasks.moc"
