// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/tokenservice.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/oidclinkstore.h"
#include "storage/oidcreplaystore.h"
#include "storage/organisationstore.h"
#include "storage/sessionstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace careportal::server;

namespace {

const QString kIssuer = QStringLiteral("https://idp.example.test");
const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

int userVersion(Database &db) {
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

bool addAccount(QSqlQuery &query, const QString &id, const QString &username,
                const QString &email) {
    return query.exec(QStringLiteral("INSERT INTO accounts (id, username, password_hash, "
                                     "salutation, initials, surname, display_name, email) VALUES "
                                     "('%1', '%2', 'x', 'mevrouw', 'E.', 'Een', 'E. Een', '%3')")
                          .arg(id, username, email));
}

} // namespace

/// Schema step 22 on a database of the step before, the account links and the replay store
/// of the login through the identity provider, and step 23, the sessions' login method
/// (issue 21).
class TestOidcStores : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("oidc.sqlite"));
        Database old(m_path);
        QString error;
        QSqlDatabase connection = old.connection();
        const int before = 21; // the step before the OIDC links
        QVERIFY2(Migrations::runUpTo(connection, before, &error), qPrintable(error));
        QCOMPARE(userVersion(old), before);
        QSqlQuery query(old.connection());
        QVERIFY2(addAccount(query, QStringLiteral("a-1"), QStringLiteral("e.een@example.nl"),
                            QStringLiteral("e.een@example.nl")) &&
                     addAccount(query, QStringLiteral("a-2"), QStringLiteral("twee"),
                                QStringLiteral("T.Twee@Example.nl")) &&
                     addAccount(query, QStringLiteral("a-3"), QStringLiteral("drie"),
                                QStringLiteral("gedeeld@example.nl")) &&
                     addAccount(query, QStringLiteral("a-4"), QStringLiteral("vier"),
                                QStringLiteral("gedeeld@example.nl")),
                 qPrintable(query.lastError().text()));
    }

    void migrationAddsTheTablesAndKeepsAccounts() {
        Database db(m_path);
        QString error;
        QVERIFY2(db.initialise(&error), qPrintable(error));
        QCOMPARE(userVersion(db), Migrations::latestVersion());
        QVERIFY(AccountStore(db).accountById(QStringLiteral("a-1")));
        QSqlQuery query(db.connection());
        for (const QString &table :
             {QStringLiteral("oidc_links"), QStringLiteral("oidc_seen_tokens"),
              QStringLiteral("oidc_issuer")})
            QVERIFY2(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)),
                     qPrintable(table));
    }

    void linksBySubjectAndEmail() {
        Database db(m_path);
        QString error;
        QVERIFY2(db.initialise(&error), qPrintable(error));
        OidcLinkStore links(db);
        QVERIFY(!links.accountFor(kIssuer, QStringLiteral("sub-1")));
        QVERIFY(links.link({kIssuer, QStringLiteral("sub-1"), QStringLiteral("a-1"),
                            QStringLiteral("admin"), kNow}));
        QCOMPARE(links.accountFor(kIssuer, QStringLiteral("sub-1")), QStringLiteral("a-1"));
        // The same sub at another issuer is another person.
        QVERIFY(!links.accountFor(QStringLiteral("https://other.example.test"),
                                  QStringLiteral("sub-1")));
        // A new link of the account at the same issuer replaces the old one.
        QVERIFY(links.link({kIssuer, QStringLiteral("sub-9"), QStringLiteral("a-1"),
                            QStringLiteral("email"), kNow}));
        QVERIFY(!links.accountFor(kIssuer, QStringLiteral("sub-1")));
        const auto listed = links.linksOf(QStringLiteral("a-1"));
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().subject, QStringLiteral("sub-9"));
        QCOMPARE(listed.first().linkedBy, QStringLiteral("email"));
        QCOMPARE(listed.first().linkedAt, kNow);
        // A subject moves to another account when staff link it there.
        QVERIFY(links.link({kIssuer, QStringLiteral("sub-9"), QStringLiteral("a-2"),
                            QStringLiteral("admin"), kNow}));
        QCOMPARE(links.accountFor(kIssuer, QStringLiteral("sub-9")), QStringLiteral("a-2"));
        QVERIFY(links.linksOf(QStringLiteral("a-1")).isEmpty());
        QCOMPARE(links.unlinkAccount(QStringLiteral("a-2")), 1);
        QCOMPARE(links.unlinkAccount(QStringLiteral("a-2")), 0);

        // By e-mail: user name or address, any case; never when two accounts share it.
        QCOMPARE(links.accountByEmail(QStringLiteral("E.Een@example.NL")), QStringLiteral("a-1"));
        QCOMPARE(links.accountByEmail(QStringLiteral("t.twee@example.nl")), QStringLiteral("a-2"));
        QVERIFY(!links.accountByEmail(QStringLiteral("gedeeld@example.nl")));
        QVERIFY(!links.accountByEmail(QStringLiteral("niemand@example.nl")));
        QVERIFY(!links.accountByEmail(QString()));

        QCOMPARE(links.currentIssuer(), QString());
        QVERIFY(links.setCurrentIssuer(kIssuer));
        QVERIFY(links.setCurrentIssuer(kIssuer + QStringLiteral("/realm")));
        QCOMPARE(links.currentIssuer(), kIssuer + QStringLiteral("/realm"));

        // A deleted account takes its links with it.
        QVERIFY(links.link({kIssuer, QStringLiteral("sub-4"), QStringLiteral("a-4"),
                            QStringLiteral("admin"), kNow}));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        if (query.value(0).toInt() == 1) {
            QVERIFY(query.exec(QStringLiteral("DELETE FROM accounts WHERE id = 'a-4'")));
            QVERIFY(!links.accountFor(kIssuer, QStringLiteral("sub-4")));
        }
    }

    void replaysAreRefusedUntilExpiryAndAfterRestart() {
        const QByteArray first = TokenService::hashOf(QStringLiteral("token-1"));
        const QByteArray second = TokenService::hashOf(QStringLiteral("token-2"));
        {
            Database db(m_path);
            QString error;
            QVERIFY2(db.initialise(&error), qPrintable(error));
            OidcReplayStore replays(db);
            QCOMPARE(replays.remember(first, kNow.addSecs(600), kNow),
                     OidcReplayStore::Seen::First);
            QCOMPARE(replays.remember(first, kNow.addSecs(600), kNow.addSecs(10)),
                     OidcReplayStore::Seen::Replayed);
            QCOMPARE(replays.remember(second, kNow.addSecs(60), kNow),
                     OidcReplayStore::Seen::First);
            QCOMPARE(replays.count(), 2);
        }
        Database db(m_path); // a restart
        QString error;
        QVERIFY2(db.initialise(&error), qPrintable(error));
        OidcReplayStore replays(db);
        QCOMPARE(replays.remember(first, kNow.addSecs(600), kNow.addSecs(30)),
                 OidcReplayStore::Seen::Replayed);
        // Expired entries go as new ones come.
        QCOMPARE(replays.remember(TokenService::hashOf(QStringLiteral("token-3")),
                                  kNow.addSecs(1200), kNow.addSecs(601)),
                 OidcReplayStore::Seen::First);
        QCOMPARE(replays.count(), 1);
    }
    void sessionsFromBeforeTheLoginMethodKeepWorking() {
        // A session and its access token as the server of the step before wrote them.
        const QString path = m_dir.filePath(QStringLiteral("sessions.sqlite"));
        const int before = Migrations::latestVersion() - 1;
        const QString token = QStringLiteral("token-from-before-step-23");
        {
            Database old(path);
            QString error;
            QSqlDatabase connection = old.connection();
            QVERIFY2(Migrations::runUpTo(connection, before, &error), qPrintable(error));
            QCOMPARE(userVersion(old), before);
            QSqlQuery query(old.connection());
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            QVERIFY2(addAccount(query, QStringLiteral("s-1"), QStringLiteral("sessie"),
                                QStringLiteral("s.sessie@example.nl")) &&
                         query.exec(QStringLiteral("INSERT INTO sessions (id, account_id, "
                                                   "created_utc, last_active_utc) VALUES "
                                                   "('old-session', 's-1', %1, %1)")
                                        .arg(now)) &&
                         query.exec(QStringLiteral("INSERT INTO tokens (token_hash, account_id, "
                                                   "created_utc, expires_utc, session_id) VALUES "
                                                   "('%1', 's-1', %2, %3, 'old-session')")
                                        .arg(QString::fromLatin1(TokenService::hashOf(token)))
                                        .arg(now)
                                        .arg(now + 600)),
                     qPrintable(query.lastError().text()));
        }
        Database db(path);
        QString error;
        QVERIFY2(db.initialise(&error), qPrintable(error));
        QCOMPARE(userVersion(db), Migrations::latestVersion());
        OrganisationStore organisation(db);
        SessionStore sessions(db);
        const auto record = sessions.session(QStringLiteral("old-session"));
        QVERIFY(record);
        QVERIFY(record->loginMethod == LoginMethod::Password);
        TokenService tokens(organisation, sessions, 600);
        const auto session = tokens.resolve(token);
        QVERIFY(session);
        QCOMPARE(session->accountId, QStringLiteral("s-1"));
        QVERIFY(session->loginMethod == LoginMethod::Password);
        // A password login's session is still held back by a pending change.
        AccountRecord account;
        account.mustChangePassword = true;
        QVERIFY(session->heldByPasswordChange(account));
        // New sessions keep their method; only "password" and "oidc" are stored.
        const auto issued = tokens.startSession(QStringLiteral("s-1"), {}, {}, LoginMethod::Oidc);
        QVERIFY(issued);
        const auto oidc = tokens.resolve(issued->token);
        QVERIFY(oidc);
        QVERIFY(oidc->loginMethod == LoginMethod::Oidc);
        QVERIFY(!oidc->heldByPasswordChange(account));
        QSqlQuery query(db.connection());
        QVERIFY(!query.exec(
            QStringLiteral("UPDATE sessions SET login_method = 'magic' WHERE id = 'old-session'")));
    }
};

QTEST_GUILESS_MAIN(TestOidcStores)
#include "tst_oidcstores.moc"
