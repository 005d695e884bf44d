// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/passwordhasher.h"
#include "auth/tokenservice.h"

#include <QTest>

using careportal::server::PasswordHasher;
using careportal::server::TokenService;

class TestPasswordHasher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parametersMeetOwaspFloor() {
        QVERIFY(PasswordHasher::opsLimit() >= 2);
        QVERIFY(PasswordHasher::memLimit() >= 19u * 1024u * 1024u);
    }

    void hashIsArgon2idAndVerifies() {
        const QString password = QStringLiteral("Welkom!2026");
        const QString hash = PasswordHasher::hash(password);
        QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
        // The parameters are stored in the string itself.
        QVERIFY2(hash.contains(QStringLiteral("m=%1,").arg(PasswordHasher::memLimit() / 1024)),
                 qPrintable(hash));
        QVERIFY(PasswordHasher::verify(hash, password));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("welkom!2026")));
        QVERIFY(!PasswordHasher::verify(hash, QString()));
    }

    void saltMakesEveryHashDifferent() {
        const QString a = PasswordHasher::hash(QStringLiteral("Zelfde#1"));
        const QString b = PasswordHasher::hash(QStringLiteral("Zelfde#1"));
        QVERIFY(a != b);
        QVERIFY(PasswordHasher::verify(b, QStringLiteral("Zelfde#1")));
    }

    void nonArgon2idHashIsRefused() {
        QVERIFY(!PasswordHasher::verify(QStringLiteral("plain"), QStringLiteral("plain")));
        QVERIFY(!PasswordHasher::verify(QString(), QString()));
    }

    void tokenHashIsSha256Hex() {
        const QByteArray hash = TokenService::hashOf(QStringLiteral("abc"));
        QCOMPARE(hash,
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
