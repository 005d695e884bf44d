// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"
#include "serverprocess.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

namespace {
const QString kUser = QStringLiteral("j.voorbeeld@example.nl");
} // namespace

/// "Wachtwoord vergeten?" over real HTTPS: the same answer for a known and an unknown
/// account, the code in the reference server's outbox (a file, 0600), a wrong code refused,
/// the right one sets the new password and ends the sessions that were open.
class TestPasswordResetApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;

    QStringList outbox() const {
        return QDir(QDir(m_server.dataDir()).filePath(QStringLiteral("outbox")))
            .entryList(QDir::Files, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.standardError())); }

    void resetByCodeFromTheOutbox() {
        HttpsJsonClient client(m_server);
        const QString oldToken = client.login(kUser, QStringLiteral("Welkom!2026"));
        QVERIFY(!oldToken.isEmpty());

        const auto unknown =
            client.post(QStringLiteral("/auth/password-reset"),
                        {{QStringLiteral("username"), QStringLiteral("nobody@example.nl")},
                         {QStringLiteral("email"), QStringLiteral("nobody@example.nl")}});
        const auto known =
            client.post(QStringLiteral("/auth/password-reset"),
                        {{QStringLiteral("username"), kUser}, {QStringLiteral("email"), kUser}});
        QCOMPARE(unknown.status, 202);
        QCOMPARE(known.status, 202);
        QCOMPARE(known.body, unknown.body); // no hint whether the account exists
        QCOMPARE(
            client
                .post(QStringLiteral("/auth/password-reset"), {{QStringLiteral("username"), kUser}})
                .status,
            400);

        const QStringList files = outbox();
        QCOMPARE(files.size(), 1);
        QFile mail(QDir(QDir(m_server.dataDir()).filePath(QStringLiteral("outbox")))
                       .filePath(files.first()));
        QCOMPARE(mail.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(mail.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(mail.readAll());
        QVERIFY(text.startsWith(QStringLiteral("To: ") + kUser));
        const QString code =
            QRegularExpression(QStringLiteral("\\b(\\d{8})\\b")).match(text).captured(1);
        QCOMPARE(code.size(), 8);
        // The same code in the careportal:// link that opens the app's reset screen.
        QVERIFY2(text.contains(QStringLiteral("careportal://reset-password?user=") +
                               QString::fromLatin1(QUrl::toPercentEncoding(kUser)) +
                               QStringLiteral("&code=") + code),
                 qPrintable(text));

        const QString wrong = code == QStringLiteral("11111111") ? QStringLiteral("22222222")
                                                                 : QStringLiteral("11111111");
        const auto refused =
            client.post(QStringLiteral("/auth/password-reset/confirm"),
                        {{QStringLiteral("username"), kUser},
                         {QStringLiteral("code"), wrong},
                         {QStringLiteral("newPassword"), QStringLiteral("Nieuw#Wachtwoord26")}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.problemCode(), QStringLiteral("reset-code-invalid"));
        const auto weak = client.post(QStringLiteral("/auth/password-reset/confirm"),
                                      {{QStringLiteral("username"), kUser},
                                       {QStringLiteral("code"), code},
                                       {QStringLiteral("newPassword"), QStringLiteral("kort")}});
        QCOMPARE(weak.problemCode(), QStringLiteral("password-policy"));
        const auto done =
            client.post(QStringLiteral("/auth/password-reset/confirm"),
                        {{QStringLiteral("username"), kUser},
                         {QStringLiteral("code"), code},
                         {QStringLiteral("newPassword"), QStringLiteral("Nieuw#Wachtwoord26")}});
        QCOMPARE(done.status, 204);

        QCOMPARE(client.get(QStringLiteral("/me"), oldToken).status, 401);
        QVERIFY(client.login(kUser, QStringLiteral("Welkom!2026")).isEmpty());
        QVERIFY(!client.login(kUser, QStringLiteral("Nieuw#Wachtwoord26")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPasswordResetApi)
#include "tst_passwordresetapi.moc"
