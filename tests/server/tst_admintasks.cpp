// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "admin/clienttasks.h"
#include "httpsjsonclient.h"
#include "passwordpolicy.h"
#include "serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using careportal::PasswordPolicy;
using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

namespace {

const QString kVoorbeeld = QStringLiteral("client-j-voorbeeld"); // visits Mon and Thu 13:30

QString iso(const QDate &date) {
    return date.toString(Qt::ISODate);
}

QString local(const QDate &day, const QString &time) {
    return iso(day) + QLatin1Char('T') + time;
}

QDateTime amsterdamTime(const QDate &day, const QTime &time) {
    return QDateTime(day, time, QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
}

QDate todayInAmsterdam() {
    return QDateTime::currentDateTimeUtc()
        .toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Amsterdam")))
        .date();
}

/// J. Voorbeeld's seeded visits in [from, to]: one every Monday and Thursday.
int voorbeeldVisits(const QDate &from, const QDate &to) {
    int count = 0;
    for (QDate day = from; day <= to; day = day.addDays(1))
        count += day.dayOfWeek() == Qt::Monday || day.dayOfWeek() == Qt::Thursday ? 1 : 0;
    return count;
}

QDate nextWeekday(QDate from, int weekday) {
    while (from.dayOfWeek() != weekday)
        from = from.addDays(1);
    return from;
}

/// The one-time password as the letter prints it.
QString passwordInLetter(const QString &letter) {
    static const QRegularExpression line(QStringLiteral("Eenmalig wachtwoord:\\s+(\\S+)"));
    return line.match(letter).captured(1);
}

QJsonObject passwordChange(const QString &current, const QString &proposed) {
    return {{QStringLiteral("currentPassword"), current},
            {QStringLiteral("newPassword"), proposed}};
}

} // namespace

/// The staff side of `careportal-server admin` against the real binary: a new client's
/// account and letter, visits added, changed and cancelled as the app's API then shows
/// them, refusals of bad input (exit code 2, a message), and the per-client overview.
class TestAdminTasks : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_clientId; // a client created here, whose own account is logged in
    QString m_token;

    struct Created {
        int exitCode = -1;
        QString output;
        QString clientId;
        QString password;
    };

    Created createClient(const QString &username, const QString &surname = QStringLiteral("Test"),
                         const QString &salutation = QStringLiteral("mevrouw")) {
        Created result;
        result.exitCode = m_server.admin(
            {QStringLiteral("create-client"), QStringLiteral("--salutation"), salutation,
             QStringLiteral("--initials"), QStringLiteral("A.B."), QStringLiteral("--surname"),
             surname, QStringLiteral("--username"), username},
            &result.output);
        const QString firstLine = result.output.section(QLatin1Char('\n'), 0, 0);
        if (firstLine.startsWith(QLatin1String("client-id\t")))
            result.clientId = firstLine.section(QLatin1Char('\t'), 1);
        result.password = passwordInLetter(result.output);
        return result;
    }

    /// Logs in with the letter's password and replaces it, as the API demands first.
    QString loginAndChoosePassword(const QString &username, const QString &oneTimePassword) {
        HttpsJsonClient client(m_server);
        const QString token = client.login(username, oneTimePassword);
        if (token.isEmpty())
            return {};
        const auto changed = client.post(
            QStringLiteral("/account/password"),
            passwordChange(oneTimePassword, QStringLiteral("Eigen#Wachtwoord1")), token);
        return changed.status == 204 ? token : QString();
    }

    QJsonArray appointmentsOn(const QDate &from, const QDate &to) {
        HttpsJsonClient client(m_server);
        return client
            .get(QStringLiteral("/clients/%1/appointments?from=%2&to=%3")
                     .arg(m_clientId, iso(from), iso(to)),
                 m_token)
            .json.value(QLatin1String("appointments"))
            .toArray();
    }

    int admin(const QStringList &arguments, QString *output = nullptr) {
        return m_server.admin(arguments, output);
    }

    QString addVisit(const QDate &day, const QString &start, const QString &end,
                     const QString &carer) {
        QString output;
        const int code =
            admin({QStringLiteral("add-visit"), QStringLiteral("--client"), m_clientId,
                   QStringLiteral("--start"), local(day, start), QStringLiteral("--end"),
                   local(day, end), QStringLiteral("--help-type"), QStringLiteral("HV 1"),
                   QStringLiteral("--carer"), carer},
                  &output);
        static const QRegularExpression added(QStringLiteral("^added (\\S+)$"),
                                              QRegularExpression::MultilineOption);
        const auto match = added.match(output);
        return code == 0 && match.hasMatch() ? match.captured(1) : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        const Created created = createClient(QStringLiteral("planning.test@example.nl"));
        QVERIFY2(created.exitCode == 0, qPrintable(created.output));
        m_clientId = created.clientId;
        m_token =
            loginAndChoosePassword(QStringLiteral("planning.test@example.nl"), created.password);
        QVERIFY(!m_token.isEmpty());
    }

    void oneTimePasswordsAreStrongAndFollowThePolicy() {
        const PasswordPolicy policy = PasswordPolicy::portalDefault();
        static const QRegularExpression lookAlike(QStringLiteral("[0O1lI?]"));
        QSet<QString> seen;
        for (int i = 0; i < 300; ++i) {
            const QString password = careportal::server::admin::oneTimePassword();
            QVERIFY2(password.size() >= 12, qPrintable(password));
            QVERIFY2(policy.accepts(password), qPrintable(password));
            QVERIFY2(!lookAlike.match(password).hasMatch(), qPrintable(password));
            seen.insert(password);
        }
        QCOMPARE(seen.size(), 300);
    }

    void createClientPrintsTheLetterAndTheAccountLogsIn() {
        const QString username = QStringLiteral("a.vandenberg@example.nl");
        const Created created =
            createClient(username, QStringLiteral("van den Berg"), QStringLiteral("de heer"));
        QVERIFY2(created.exitCode == 0, qPrintable(created.output));
        QVERIFY(!QUuid::fromString(created.clientId).isNull());
        QVERIFY(!created.clientId.startsWith(QLatin1Char('{')));
        const QString &letter = created.output;
        QVERIFY(letter.contains(QLatin1String("Thuiszorg De Linde")));
        QVERIFY(letter.contains(QLatin1String("Geachte heer Van den Berg,")));
        QVERIFY(letter.contains(QStringLiteral("Cliëntportaal")));
        QVERIFY(letter.contains(QLatin1String("CarePortal")));
        QVERIFY(letter.contains(QStringLiteral("Gebruikersnaam:       ") + username));
        QVERIFY(letter.contains(QLatin1String("nieuw wachtwoord")));
        QVERIFY(letter.contains(QLatin1String("deel uw inloggegevens met niemand")));
        QVERIFY(letter.contains(QLatin1String("088 123 45 67")));
        QVERIFY(PasswordPolicy::portalDefault().accepts(created.password));

        HttpsJsonClient client(m_server);
        const auto login = client.post(QStringLiteral("/auth/login"),
                                       {{QStringLiteral("username"), username},
                                        {QStringLiteral("password"), created.password}});
        QCOMPARE(login.status, 200);
        QVERIFY(login.json.value(QLatin1String("mustChangePassword")).toBool());
        const QString token = login.json.value(QLatin1String("token")).toString();
        const auto me = client.get(QStringLiteral("/me"), token);
        QCOMPARE(me.json.value(QLatin1String("displayName")).toString(),
                 QStringLiteral("de heer A.B. van den Berg"));
        const QJsonArray clients = me.json.value(QLatin1String("clients")).toArray();
        QCOMPARE(clients.size(), 1);
        QCOMPARE(clients.first().toObject().value(QLatin1String("id")).toString(),
                 created.clientId);
        QCOMPARE(clients.first().toObject().value(QLatin1String("relation")).toString(),
                 QStringLiteral("self"));
        // The planning stays closed until the one-time password is replaced.
        QCOMPARE(client
                     .get(QStringLiteral("/clients/%1/appointments?from=2026-01-01&to=2026-01-31")
                              .arg(created.clientId),
                          token)
                     .problemCode(),
                 QStringLiteral("password-change-required"));
    }

    void existingUsernameIsRefusedAndNothingIsCreated() {
        QString before;
        QCOMPARE(admin({QStringLiteral("list-clients")}, &before), 0);
        for (const QString &taken :
             {QStringLiteral("j.voorbeeld@example.nl"), QStringLiteral("J.Voorbeeld@Example.NL")}) {
            const Created created = createClient(taken);
            QCOMPARE(created.exitCode, 2);
            QVERIFY2(created.output.contains(QLatin1String("already taken")),
                     qPrintable(created.output));
            QVERIFY(created.password.isEmpty());
        }
        QString after;
        QCOMPARE(admin({QStringLiteral("list-clients")}, &after), 0);
        QCOMPARE(after, before);
    }

    void createClientNamesEveryBadOption() {
        QString output;
        QCOMPARE(admin({QStringLiteral("create-client"), QStringLiteral("--salutation"),
                        QStringLiteral("meneer"), QStringLiteral("--initials"),
                        QStringLiteral("AB"), QStringLiteral("--username"), QStringLiteral("x y"),
                        QStringLiteral("--relation"), QStringLiteral("zoon")},
                       &output),
                 2);
        for (const char *fragment :
             {"--salutation must be", "--initials must be", "--surname is required",
              "--username must not contain spaces", "--relation: only \"self\""})
            QVERIFY2(output.contains(QLatin1String(fragment)), qPrintable(output));
        QCOMPARE(
            admin({QStringLiteral("create-client"), QStringLiteral("--salutation"),
                   QStringLiteral("mevrouw"), QStringLiteral("--initials"), QStringLiteral("A."),
                   QStringLiteral("--surname"), QString(101, QLatin1Char('x')),
                   QStringLiteral("--username"), QStringLiteral("long.name@example.nl")},
                  &output),
            2);
        QVERIFY2(output.contains(QLatin1String("--surname is limited to 100 characters")),
                 qPrintable(output));
    }

    void addedVisitAppearsInThePlanning() {
        const QDate day = QDate::currentDate().addDays(10);
        const QString id = addVisit(day, QStringLiteral("09:15"), QStringLiteral("10:45"),
                                    QStringLiteral("Sanne"));
        QVERIFY(!id.isEmpty());
        const QJsonArray visits = appointmentsOn(day, day);
        QCOMPARE(visits.size(), 1);
        const QJsonObject visit = visits.first().toObject();
        QCOMPARE(visit.value(QLatin1String("id")).toString(), id);
        QCOMPARE(QDateTime::fromString(visit.value(QLatin1String("start")).toString(), Qt::ISODate),
                 amsterdamTime(day, QTime(9, 15)));
        QCOMPARE(QDateTime::fromString(visit.value(QLatin1String("end")).toString(), Qt::ISODate),
                 amsterdamTime(day, QTime(10, 45)));
        QCOMPARE(visit.value(QLatin1String("helpType")).toString(), QStringLiteral("HV 1"));
        QCOMPARE(visit.value(QLatin1String("carerName")).toString(), QStringLiteral("Sanne"));
    }

    void changedVisitIsSeenThroughTheApi() {
        const QDate day = QDate::currentDate().addDays(12);
        const QString id = addVisit(day, QStringLiteral("09:00"), QStringLiteral("10:00"),
                                    QStringLiteral("Joris"));
        QVERIFY(!id.isEmpty());
        QString output;
        QCOMPARE(admin({QStringLiteral("change-visit"), QStringLiteral("--id"), id,
                        QStringLiteral("--carer"), QStringLiteral("Fleur"),
                        QStringLiteral("--start"), local(day, QStringLiteral("11:00")),
                        QStringLiteral("--end"), local(day, QStringLiteral("12:30"))},
                       &output),
                 0);
        QVERIFY2(output.contains(QStringLiteral("changed %1\n").arg(id)), qPrintable(output));
        QJsonObject visit = appointmentsOn(day, day).first().toObject();
        QCOMPARE(visit.value(QLatin1String("carerName")).toString(), QStringLiteral("Fleur"));
        QCOMPARE(QDateTime::fromString(visit.value(QLatin1String("start")).toString(), Qt::ISODate),
                 amsterdamTime(day, QTime(11, 0)));
        QCOMPARE(QDateTime::fromString(visit.value(QLatin1String("end")).toString(), Qt::ISODate),
                 amsterdamTime(day, QTime(12, 30)));

        // Only the end: checked against the stored start, and refused when before it.
        QCOMPARE(admin({QStringLiteral("change-visit"), QStringLiteral("--id"), id,
                        QStringLiteral("--end"), local(day, QStringLiteral("10:30"))},
                       &output),
                 2);
        QVERIFY2(output.contains(QLatin1String("the end must be after the start")),
                 qPrintable(output));
        QCOMPARE(admin({QStringLiteral("change-visit"), QStringLiteral("--id"), id}, &output), 2);
        QVERIFY2(output.contains(QLatin1String("give at least one of")), qPrintable(output));
        QCOMPARE(
            admin({QStringLiteral("change-visit"), QStringLiteral("--id"),
                   QStringLiteral("no-such-visit"), QStringLiteral("--carer"), QStringLiteral("X")},
                  &output),
            2);
        QVERIFY2(output.contains(QLatin1String("no visit no-such-visit")), qPrintable(output));
        visit = appointmentsOn(day, day).first().toObject();
        QCOMPARE(QDateTime::fromString(visit.value(QLatin1String("end")).toString(), Qt::ISODate),
                 amsterdamTime(day, QTime(12, 30)));
    }

    void cancelledVisitLeavesThePlanningAndStaysCancelled() {
        const QDate day = QDate::currentDate().addDays(14);
        const QString id =
            addVisit(day, QStringLiteral("14:00"), QStringLiteral("15:00"), QStringLiteral("Mo"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(appointmentsOn(day, day).size(), 1);
        QString output;
        QCOMPARE(admin({QStringLiteral("cancel-visit"), QStringLiteral("--id"), id,
                        QStringLiteral("--staff"), QStringLiteral("Marloes (planning)")},
                       &output),
                 0);
        QVERIFY2(output.contains(QStringLiteral("cancelled %1\n").arg(id)), qPrintable(output));
        QCOMPARE(appointmentsOn(day, day).size(), 0);
        QCOMPARE(admin({QStringLiteral("change-visit"), QStringLiteral("--id"), id,
                        QStringLiteral("--carer"), QStringLiteral("Eva")},
                       &output),
                 2);
        QVERIFY2(output.contains(QLatin1String("is cancelled (staff:Marloes (planning))")),
                 qPrintable(output));
        QCOMPARE(admin({QStringLiteral("cancel-visit"), QStringLiteral("--id"), id,
                        QStringLiteral("--staff"), QStringLiteral("X")}),
                 2);
        QCOMPARE(appointmentsOn(day, day).size(), 0);
        // Staff still see it, marked.
        QCOMPARE(admin({QStringLiteral("list-client"), QStringLiteral("--client"), m_clientId,
                        QStringLiteral("--from"), iso(day), QStringLiteral("--to"), iso(day)},
                       &output),
                 0);
        QVERIFY2(output.contains(id + QStringLiteral("\tcancelled (staff:Marloes (planning))")),
                 qPrintable(output));
    }

    void badVisitInputIsRefused_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QDate day = QDate::currentDate().addDays(20);
        const auto visit = [&](const QString &client, const QString &start, const QString &end) {
            return QStringList{QStringLiteral("add-visit"),
                               QStringLiteral("--client"),
                               client,
                               QStringLiteral("--start"),
                               start,
                               QStringLiteral("--end"),
                               end,
                               QStringLiteral("--help-type"),
                               QStringLiteral("HV 1"),
                               QStringLiteral("--carer"),
                               QStringLiteral("Sanne")};
        };
        const QString nine = local(day, QStringLiteral("09:00"));
        const QString ten = local(day, QStringLiteral("10:00"));
        QTest::newRow("end before start")
            << visit(m_clientId, ten, nine) << QStringLiteral("the end must be after the start");
        QTest::newRow("end equals start")
            << visit(m_clientId, nine, nine) << QStringLiteral("the end must be after the start");
        QTest::newRow("next day") << visit(m_clientId, nine,
                                           local(day.addDays(1), QStringLiteral("08:00")))
                                  << QStringLiteral("must end on the day it starts");
        QTest::newRow("unknown client") << visit(QStringLiteral("client-nobody"), nine, ten)
                                        << QStringLiteral("no client client-nobody");
        QTest::newRow("malformed time")
            << visit(m_clientId, iso(day) + QStringLiteral(" 9:00"), ten)
            << QStringLiteral("--start must be a Dutch local time as YYYY-MM-DDTHH:MM");
        QTest::newRow("impossible date")
            << visit(m_clientId, QStringLiteral("2027-02-30T09:00"), ten)
            << QStringLiteral("--start must be a Dutch local time");
        // The last Sunday of March 2027: 02:00 jumps to 03:00.
        QTest::newRow("summer time gap") << visit(m_clientId, QStringLiteral("2027-03-28T02:30"),
                                                  QStringLiteral("2027-03-28T04:00"))
                                         << QStringLiteral("does not exist in Europe/Amsterdam");
        QStringList noCarer = visit(m_clientId, nine, ten);
        noCarer.removeLast();
        noCarer.removeLast();
        QTest::newRow("no carer") << noCarer << QStringLiteral("--carer is required");
        QStringList longHelpType = visit(m_clientId, nine, ten);
        longHelpType[8] = QString(41, QLatin1Char('H'));
        QTest::newRow("long help type")
            << longHelpType << QStringLiteral("--help-type is limited to 40 characters");
        QStringList tab = visit(m_clientId, nine, ten);
        tab[10] = QStringLiteral("San\tne");
        QTest::newRow("tab in carer") << tab << QStringLiteral("--carer must be a single line");
        // The client reads the carer's name in the app: no hidden or reordering characters.
        QStringList override = visit(m_clientId, nine, ten);
        override[10] = QStringLiteral("San") + QChar(0x202E) + QStringLiteral("ne");
        QTest::newRow("right-to-left override in carer")
            << override << QStringLiteral("--carer must be a single line");
    }

    void badVisitInputIsRefused() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QString output;
        QCOMPARE(admin(arguments, &output), 2);
        QVERIFY2(output.contains(message), qPrintable(output));
        QVERIFY(!output.contains(QLatin1String("added")));
        const QDate day = QDate::currentDate().addDays(20);
        QCOMPARE(appointmentsOn(day, day.addDays(1)).size(), 0);
    }

    void listClientShowsEverySectionOfTheSeededClient() {
        QString output;
        QCOMPARE(
            admin({QStringLiteral("list-client"), QStringLiteral("--client"), kVoorbeeld}, &output),
            0);
        const QStringList headings{QStringLiteral("== Client =="),
                                   QStringLiteral("== Accounts =="),
                                   QStringLiteral("== Visits "),
                                   QStringLiteral("== Contact details =="),
                                   QStringLiteral("== Contact persons =="),
                                   QStringLiteral("== Contact requests =="),
                                   QStringLiteral("== Absence reports ==")};
        qsizetype previous = -1;
        for (const QString &heading : headings) {
            const qsizetype at = output.indexOf(heading);
            QVERIFY2(at > previous, qPrintable(heading + QLatin1Char('\n') + output));
            previous = at;
        }
        const QDate today = todayInAmsterdam();
        QVERIFY(output.contains(QStringLiteral("== Visits %1 to %2 (Europe/Amsterdam) ==")
                                    .arg(iso(today.addDays(-7)), iso(today.addDays(28)))));
        for (const char *row :
             {"  name\tde heer J. Voorbeeld",
              "  j.voorbeeld@example.nl\tself\tsees: planning,contact-details,contact-persons,"
              "contact-requests,absences,dossier,access-log\town password chosen",
              "13:30-15:30\tHV 2\t", "  home-phone\t030-7654321",
              "  A. Voorbeeld\tFamilie\tprimary\t06-87654321\t030-1112233",
              "  demo-cr-jv-1\tafgerond\t", "== Absence reports ==\n  (none)"})
            QVERIFY2(output.contains(QLatin1String(row)),
                     qPrintable(row + QLatin1Char('\n') + output));
        // Every Monday and Thursday of the window; other clients' visits never show.
        QCOMPARE(output.count(QLatin1String("\tHV 2\t")),
                 voorbeeldVisits(today.addDays(-7), today.addDays(28)));
        QVERIFY(!output.contains(QLatin1String("HV 1")));
    }

    void listClientRangeShowsExactlyThoseDays() {
        const QDate monday = nextWeekday(QDate::currentDate().addDays(40), Qt::Monday);
        QString output;
        QCOMPARE(admin({QStringLiteral("list-client"), QStringLiteral("--client"), kVoorbeeld,
                        QStringLiteral("--from"), iso(monday), QStringLiteral("--to"),
                        iso(monday.addDays(3))},
                       &output),
                 0);
        QCOMPARE(output.count(QLatin1String("\tHV 2\t")), 2);
        QVERIFY(output.contains(iso(monday) + QStringLiteral(" ma 13:30-15:30\tHV 2\t")));
        QVERIFY(output.contains(iso(monday.addDays(3)) + QStringLiteral(" do 13:30-15:30")));

        QCOMPARE(admin({QStringLiteral("list-client"), QStringLiteral("--client"), kVoorbeeld,
                        QStringLiteral("--from"), iso(monday), QStringLiteral("--to"),
                        iso(monday.addDays(-1))},
                       &output),
                 2);
        QVERIFY2(output.contains(QLatin1String("--to must be on or after --from")),
                 qPrintable(output));
        QCOMPARE(admin({QStringLiteral("list-client"), QStringLiteral("--client"),
                        QStringLiteral("client-nobody")},
                       &output),
                 2);
        QVERIFY2(output.contains(QLatin1String("no client client-nobody")), qPrintable(output));
    }

    void listClientsShowsNamesAndUsernames() {
        QString output;
        QCOMPARE(admin({QStringLiteral("list-clients")}, &output), 0);
        QVERIFY2(
            output.contains(QLatin1String("client-c-test\tmevrouw C. Test\tc.test@example.nl")),
            qPrintable(output));
        QVERIFY(output.contains(QLatin1String("client-j-voorbeeld\tde heer J. Voorbeeld\t"
                                              "j.voorbeeld@example.nl")));
        QVERIFY(output.contains(m_clientId + QStringLiteral("\tmevrouw A.B. Test\t"
                                                            "planning.test@example.nl")));
    }

    void unknownTaskShowsTheTasks() {
        QString output;
        QCOMPARE(admin({QStringLiteral("frobnicate")}, &output), 2);
        QVERIFY(output.contains(QLatin1String("unknown task frobnicate")));
        for (const char *task :
             {"list-requests", "answer-request", "list-absences", "process-absence", "list-clients",
              "list-client", "create-client", "add-visit", "change-visit", "cancel-visit"})
            QVERIFY2(output.contains(QStringLiteral("\n  ") + QLatin1String(task)),
                     qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestAdminTasks)
#include "tst_admintasks.moc"
