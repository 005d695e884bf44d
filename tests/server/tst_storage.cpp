// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/demoseeder.h"
#include "storage/accountstore.h"
#include "storage/contactrequeststore.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "storage/linkrights.h"
#include "storage/migrations.h"
#include "storage/organisationstore.h"
#include "storage/privacystatementstore.h"
#include "storage/visitstore.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <sys/stat.h>
#include <thread>

using namespace careportal::server;

class TestStorage : public QObject {
    Q_OBJECT

private:
    static int userVersion(Database &db) {
        QSqlQuery query(db.connection());
        return query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    }

    static int countWeekdays(const QDate &from, const QDate &to, const QList<int> &days) {
        int count = 0;
        for (QDate d = from; d <= to; d = d.addDays(1))
            count += days.contains(d.dayOfWeek()) ? 1 : 0;
        return count;
    }

    QTemporaryDir m_dir;

    static int modeOf(const QString &path) {
        struct stat info {};
        return ::stat(QFile::encodeName(path).constData(), &info) == 0
                   ? static_cast<int>(info.st_mode & 07777)
                   : -1;
    }

private Q_SLOTS:
    void dataDirectoryAndDatabaseAreOwnerOnly() {
        // The usual umask, which would give 0755 and 0644 if we relied on it.
        const mode_t previous = ::umask(022);
        const QString dir = m_dir.filePath(QStringLiteral("private/data"));
        QString error;
        QVERIFY2(Database::prepareDirectory(dir, &error), qPrintable(error));
        QCOMPARE(modeOf(dir), 0700);
        const QString path = QDir(dir).filePath(QStringLiteral("careportal.sqlite"));
        {
            Database db(path);
            QVERIFY2(db.initialise(&error), qPrintable(error));
            AccountStore store(db);
            QVERIFY(store.insertClient({QStringLiteral("c-mode"), QStringLiteral("mevrouw"),
                                        QStringLiteral("M."), QStringLiteral("Mode"),
                                        QStringLiteral("mevrouw M. Mode")}));
            QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
            QCOMPARE(modeOf(path), 0600);
            QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
            QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
        }
        // An existing database left readable by an older server is tightened on open.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        {
            Database again(path);
            QVERIFY2(again.initialise(&error), qPrintable(error));
            QCOMPARE(modeOf(path), 0600);
        }
        ::umask(previous);
    }

    void freshDatabaseMigratesToLatest() {
        Database db(m_dir.filePath(QStringLiteral("fresh.sqlite")));
        QString error;
        QVERIFY2(db.initialise(&error), qPrintable(error));
        QVERIFY(Migrations::latestVersion() >= 2);
        QCOMPARE(userVersion(db), Migrations::latestVersion());
        QSqlQuery mode(db.connection());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    }

    void reopeningKeepsData() {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        QString error;
        {
            Database db(path);
            QVERIFY2(db.initialise(&error), qPrintable(error));
            AccountStore store(db);
            QVERIFY(store.insertClient({QStringLiteral("c1"), QStringLiteral("mevrouw"),
                                        QStringLiteral("A."), QStringLiteral("Een"),
                                        QStringLiteral("mevrouw A. Een")}));
        }
        Database again(path);
        QVERIFY2(again.initialise(&error), qPrintable(error));
        QCOMPARE(userVersion(again), Migrations::latestVersion());
        QSqlQuery query(again.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT display_name FROM clients")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("mevrouw A. Een"));
    }

    void newerSchemaIsRefused() {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Database db(path);
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        Database db(path);
        QString error;
        QVERIFY(!db.initialise(&error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    }

    void connectionsArePerThread() {
        Database db(m_dir.filePath(QStringLiteral("threads.sqlite")));
        QString error;
        QVERIFY2(db.initialise(&error), qPrintable(error));
        const QString mainName = db.connection().connectionName();
        QString otherName;
        int otherVersion = 0;
        std::thread worker([&] {
            otherName = db.connection().connectionName();
            otherVersion = userVersion(db);
        });
        worker.join();
        QVERIFY(!otherName.isEmpty());
        QVERIFY(otherName != mainName);
        QCOMPARE(otherVersion, Migrations::latestVersion());
        QCOMPARE(db.connection().connectionName(), mainName);
    }

    /// Migration 18 (issue 25): links from before the rights existed keep working; a
    /// representative keeps every part, a contact loses the dossier and the access log until
    /// staff allow them.
    void linkRightsMigrationKeepsExistingLinks() {
        const QString path = m_dir.filePath(QStringLiteral("rights.sqlite"));
        {
            Database old(path);
            QString error;
            QSqlDatabase connection = old.connection();
            QVERIFY2(Migrations::runUpTo(connection, 17, &error), qPrintable(error));
            QCOMPARE(userVersion(old), 17);
            QSqlQuery query(old.connection());
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO clients (id, salutation, initials, surname, display_name) VALUES "
                "('c-1', 'mevrouw', 'E.', 'Een', 'mevrouw E. Een')")));
            for (const QString &account :
                 {QStringLiteral("a-self"), QStringLiteral("a-rep"), QStringLiteral("a-contact")})
                QVERIFY2(query.exec(QStringLiteral("INSERT INTO accounts (id, username, "
                                                   "password_hash, salutation, initials, "
                                                   "surname, display_name) VALUES ('%1', '%1', "
                                                   "'x', 'mevrouw', 'E.', 'Een', 'E. Een')")
                                        .arg(account)),
                         qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO account_clients (account_id, client_id, relation) VALUES ('a-self', "
                "'c-1', 'self'), ('a-rep', 'c-1', 'representative'), ('a-contact', 'c-1', "
                "'contact')")));
        }
        Database db(path);
        QString error;
        QVERIFY2(db.initialise(&error), qPrintable(error));
        QCOMPARE(userVersion(db), Migrations::latestVersion());
        AccountStore store(db);
        const auto access = [&](const QString &account) {
            return store.accessToClient(account, QStringLiteral("c-1"));
        };
        QVERIFY(access(QStringLiteral("a-self")) && access(QStringLiteral("a-rep")) &&
                access(QStringLiteral("a-contact")));
        QCOMPARE(access(QStringLiteral("a-self"))->rights, LinkRights::all());
        QCOMPARE(access(QStringLiteral("a-rep"))->relation, QStringLiteral("representative"));
        QCOMPARE(access(QStringLiteral("a-rep"))->rights, LinkRights::all());
        const LinkRights contact = access(QStringLiteral("a-contact"))->rights;
        QCOMPARE(contact, LinkRights::contactDefault());
        QVERIFY(contact.has(LinkRight::Planning) && contact.has(LinkRight::ContactRequests));
        QVERIFY(!contact.has(LinkRight::Dossier) && !contact.has(LinkRight::AccessLog));
        QCOMPARE(store.clientsOfAccount(QStringLiteral("a-contact")).first().rights, contact);

        // Staff choose a contact's parts; a representative's are not a choice.
        QVERIFY(store.setLinkRights(QStringLiteral("a-contact"), QStringLiteral("c-1"),
                                    LinkRights::all()));
        QCOMPARE(access(QStringLiteral("a-contact"))->rights, LinkRights::all());
        QVERIFY(
            store.setLinkRights(QStringLiteral("a-contact"), QStringLiteral("c-1"), LinkRights()));
        QCOMPARE(access(QStringLiteral("a-contact"))->rights, LinkRights());
        QVERIFY(store.setLinkRights(QStringLiteral("a-contact"), QStringLiteral("c-1"),
                                    LinkRights::all()));
        QVERIFY(!store.setLinkRights(QStringLiteral("a-rep"), QStringLiteral("c-1"), LinkRights()));
        QCOMPARE(access(QStringLiteral("a-rep"))->rights, LinkRights::all());
        // A new link: the relation's default unless a contact's parts are given.
        QVERIFY(store.insertClient({QStringLiteral("c-2"), QStringLiteral("mevrouw"),
                                    QStringLiteral("T."), QStringLiteral("Twee"),
                                    QStringLiteral("mevrouw T. Twee")}));
        QVERIFY(store.linkAccountToClient(QStringLiteral("a-contact"), QStringLiteral("c-2"),
                                          QStringLiteral("contact")));
        QVERIFY(store.linkAccountToClient(QStringLiteral("a-rep"), QStringLiteral("c-2"),
                                          QStringLiteral("representative"), LinkRights()));
        QVERIFY(store.linkAccountToClient(QStringLiteral("a-self"), QStringLiteral("c-2"),
                                          QStringLiteral("contact"),
                                          LinkRights::parse(QStringLiteral("dossier"))));
        QCOMPARE(store.accessToClient(QStringLiteral("a-contact"), QStringLiteral("c-2"))->rights,
                 LinkRights::contactDefault());
        QCOMPARE(store.accessToClient(QStringLiteral("a-rep"), QStringLiteral("c-2"))->rights,
                 LinkRights::all());
        QCOMPARE(
            store.accessToClient(QStringLiteral("a-self"), QStringLiteral("c-2"))->rights.names(),
            QStringList{QStringLiteral("dossier")});
    }

    void linkRightsParse() {
        QStringList unknown;
        QCOMPARE(LinkRights::parse(QStringLiteral(" access-log , planning"))->names(),
                 (QStringList{QStringLiteral("planning"), QStringLiteral("access-log")}));
        QCOMPARE(LinkRights::parse(QStringLiteral("none")), std::optional(LinkRights()));
        QVERIFY(!LinkRights::parse(QStringLiteral("planning,medisch,"), &unknown));
        QCOMPARE(unknown, (QStringList{QStringLiteral("medisch"), QString()}));
        QCOMPARE(LinkRights().display(), QStringLiteral("none"));
        QCOMPARE(LinkRights::fromStored(LinkRights::all().toStored()), LinkRights::all());
        QCOMPARE(LinkRights::defaultFor(QStringLiteral("self")), LinkRights::all());
        QCOMPARE(LinkRights::defaultFor(QStringLiteral("contact")), LinkRights::contactDefault());
    }

    void monthQueryUsesTheClientStartIndex() {
        // The planning's month read must not scan every visit of every client: with a
        // million visits a year that is the difference between a lookup and a table scan.
        Database db(m_dir.filePath(QStringLiteral("plan.sqlite")));
        QString error;
        QVERIFY2(db.initialise(&error), qPrintable(error));
        QSqlQuery plan(db.connection());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") +
                             VisitStore::appointmentsStatement()));
        plan.addBindValue(QStringLiteral("client-c-test"));
        plan.addBindValue(1'764'547'200);
        plan.addBindValue(1'767'225'600);
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(3).toString());
        const QString joined = steps.join(QLatin1Char('\n'));
        QVERIFY2(joined.contains(QStringLiteral("USING INDEX appointments_by_client_start")),
                 qPrintable(joined));
        QVERIFY2(!joined.contains(QStringLiteral("SCAN appointments")), qPrintable(joined));
    }

    void demoSeederMakesAYearOfVisits() {
        Database db(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QString error;
        QVERIFY2(db.initialise(&error), qPrintable(error));
        OrganisationStore organisation(db);
        AccountStore store(db);
        VisitStore visits(db);
        ContactStore contacts(db);
        ContactRequestStore requests(db);
        DossierStore dossiers(db);
        PrivacyStatementStore privacy(db);
        DemoSeeder seeder(organisation, store, visits, contacts, requests, dossiers, privacy);
        const QDate today(2026, 11, 25);
        // An older demo database gets the parts it lacks, the privacy statement among them.
        QVERIFY(seeder.addMissing(today));
        QVERIFY(privacy.statement());
        QVERIFY(privacy.statement()->nl.startsWith(QStringLiteral("Privacyverklaring")));
        QCOMPARE(privacy.statement()->updatedOn, today);
        const auto logins = seeder.seedIfEmpty(today);
        QVERIFY(logins);
        QCOMPARE(logins->size(), 3);
        // The demo representative acts for both clients, each in its own role.
        const auto representative =
            store.accountByUsername(QStringLiteral("r.vertegenwoordiger@example.nl"));
        QVERIFY(representative);
        const QList<ClientLink> links = store.clientsOfAccount(representative->id);
        QCOMPARE(links.size(), 2);
        QCOMPARE(store.relationToClient(representative->id, QStringLiteral("client-j-voorbeeld")),
                 std::optional<QString>(QStringLiteral("representative")));
        QCOMPARE(store.relationToClient(representative->id, QStringLiteral("client-c-test")),
                 std::optional<QString>(QStringLiteral("contact")));
        // ...the contact link without the dossier and the access log (seed 002).
        QCOMPARE(store.accessToClient(representative->id, QStringLiteral("client-c-test"))->rights,
                 LinkRights::contactDefault());
        QCOMPARE(
            store.accessToClient(representative->id, QStringLiteral("client-j-voorbeeld"))->rights,
            LinkRights::all());
        QVERIFY(logins->at(0).mustChangePassword);
        QVERIFY(!logins->at(1).mustChangePassword);

        const auto test = store.accountByUsername(QStringLiteral("C.TEST@example.nl"));
        const auto voorbeeld = store.accountByUsername(QStringLiteral("j.voorbeeld@example.nl"));
        QVERIFY(test && voorbeeld);
        QVERIFY(test->mustChangePassword);
        QCOMPARE(test->displayName, QStringLiteral("mevrouw C. Test"));
        const auto testClients = store.clientsOfAccount(test->id);
        const auto voorbeeldClients = store.clientsOfAccount(voorbeeld->id);
        QCOMPARE(testClients.size(), 1);
        QCOMPARE(voorbeeldClients.size(), 1);
        QCOMPARE(testClients.first().relation, QStringLiteral("self"));
        QVERIFY(testClients.first().clientId != voorbeeldClients.first().clientId);

        const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
        const QDate from = today.addMonths(-6);
        const QDate to = today.addMonths(6);
        const QDateTime fromUtc = QDateTime(from, QTime(0, 0), amsterdam).toUTC();
        const QDateTime toUtc = QDateTime(to.addDays(1), QTime(0, 0), amsterdam).toUTC();

        const auto weekly = visits.appointments(testClients.first().clientId, fromUtc, toUtc);
        QCOMPARE(weekly.size(), countWeekdays(from, to, {Qt::Wednesday}));
        QVERIFY(weekly.size() >= 52);
        QSet<QString> carers;
        for (const AppointmentRecord &a : weekly) {
            const QDateTime local = a.start.toTimeZone(amsterdam);
            QCOMPARE(local.date().dayOfWeek(), int(Qt::Wednesday));
            QCOMPARE(local.time(), QTime(9, 0));
            QCOMPARE(a.start.secsTo(a.end), 2 * 3600);
            QCOMPARE(a.helpType, QStringLiteral("HV 1"));
            carers.insert(a.carerName);
        }
        QVERIFY(carers.contains(QStringLiteral("Sanne")) &&
                carers.contains(QStringLiteral("Joris")) &&
                carers.contains(QStringLiteral("Fleur")));
        QVERIFY2(carers.size() > 3, "an occasional stand-in carer");

        const auto twiceWeekly =
            visits.appointments(voorbeeldClients.first().clientId, fromUtc, toUtc);
        QCOMPARE(twiceWeekly.size(), countWeekdays(from, to, {Qt::Monday, Qt::Thursday}));
        QVERIFY(twiceWeekly.size() >= 104);
        for (const AppointmentRecord &a : twiceWeekly) {
            const QDateTime local = a.start.toTimeZone(amsterdam);
            QVERIFY(local.date().dayOfWeek() == Qt::Monday ||
                    local.date().dayOfWeek() == Qt::Thursday);
            QCOMPARE(local.time(), QTime(13, 30));
            QCOMPARE(a.helpType, QStringLiteral("HV 2"));
        }
        for (qsizetype i = 1; i < twiceWeekly.size(); ++i)
            QVERIFY(twiceWeekly.at(i - 1).start < twiceWeekly.at(i).start);

        // A second run must not duplicate anything.
        const auto again = seeder.seedIfEmpty(today);
        QVERIFY(again && again->isEmpty());
        QCOMPARE(visits.appointments(testClients.first().clientId, fromUtc, toUtc).size(),
                 weekly.size());

        // One client has a dossier, the other none (the app shows the seeds' text).
        const QString withDossier = QStringLiteral("client-j-voorbeeld");
        QVERIFY(dossiers.dossier(withDossier));
        QVERIFY(!dossiers.dossier(testClients.first().clientId));
        QCOMPARE(dossiers.reports(withDossier, {}, std::nullopt, 100).size(), 13);
        QCOMPARE(dossiers.carePlan(withDossier).size(), 3);
        // A demo database from before the dossier existed gets it on the next start, once.
        QSqlQuery drop(db.connection());
        QVERIFY(drop.exec(QStringLiteral("DELETE FROM dossiers")));
        QVERIFY(dossiers.reports(withDossier, {}, std::nullopt, 100).isEmpty());
        QVERIFY(seeder.addMissing(today));
        QVERIFY(seeder.addMissing(today));
        QCOMPARE(dossiers.reports(withDossier, {}, std::nullopt, 100).size(), 13);
        QVERIFY(!dossiers.dossier(testClients.first().clientId));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
