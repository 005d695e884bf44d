// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tls/certificategenerator.h"

#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>
#include <QTest>

using careportal::server::CertificateGenerator;

/// The generator must make exactly the broken certificates the app's TLS tests need, and a
/// fingerprint in the form people compare by eye.
class TestCertificateGenerator : public QObject {
    Q_OBJECT

private:
    static QSslCertificate make(const CertificateGenerator::Options &options) {
        const auto result = CertificateGenerator::generate(options);
        if (!result)
            return QSslCertificate();
        return QSslCertificate(result->certificatePem, QSsl::Pem);
    }

    static bool hasError(const QList<QSslError> &errors, QSslError::SslError kind) {
        return std::any_of(errors.begin(), errors.end(),
                           [kind](const QSslError &e) { return e.error() == kind; });
    }

private Q_SLOTS:
    void defaultsCoverLoopback() {
        const auto result = CertificateGenerator::generate({});
        QVERIFY(result);
        const QSslCertificate cert(result->certificatePem, QSsl::Pem);
        QVERIFY(!cert.isNull());
        const auto names = cert.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("0:0:0:0:0:0:0:1")) ||
                names.values(QSsl::IpAddressEntry).contains(QStringLiteral("::1")));
        QVERIFY(cert.effectiveDate() <= QDateTime::currentDateTimeUtc());
        QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc().addDays(365));
        const QSslKey key(result->privateKeyPem, QSsl::Ec, QSsl::Pem);
        QVERIFY(!key.isNull());
        QCOMPARE(key.length(), 256);

        const auto errors = QSslCertificate::verify({cert}, QStringLiteral("127.0.0.1"));
        QVERIFY(!hasError(errors, QSslError::CertificateExpired));
        QVERIFY(!hasError(errors, QSslError::HostNameMismatch));
    }

    void expiredCertificateIsExpired() {
        CertificateGenerator::Options options;
        options.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
        options.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
        const QSslCertificate cert = make(options);
        QVERIFY(!cert.isNull());
        QVERIFY(cert.expiryDate() < QDateTime::currentDateTimeUtc());
        const auto errors = QSslCertificate::verify({cert}, QStringLiteral("127.0.0.1"));
        QVERIFY(hasError(errors, QSslError::CertificateExpired));
    }

    void wrongHostnameDoesNotMatchLoopback() {
        CertificateGenerator::Options options;
        options.commonName = QStringLiteral("portal.example.org");
        options.subjectAltNames = {QStringLiteral("portal.example.org"),
                                   QStringLiteral("10.9.8.7")};
        const QSslCertificate cert = make(options);
        QVERIFY(!cert.isNull());
        const auto names = cert.subjectAlternativeNames();
        QCOMPARE(names.values(QSsl::DnsEntry), QStringList{QStringLiteral("portal.example.org")});
        QCOMPARE(names.values(QSsl::IpAddressEntry), QStringList{QStringLiteral("10.9.8.7")});
        QVERIFY(hasError(QSslCertificate::verify({cert}, QStringLiteral("127.0.0.1")),
                         QSslError::HostNameMismatch));
        QVERIFY(hasError(QSslCertificate::verify({cert}, QStringLiteral("localhost")),
                         QSslError::HostNameMismatch));
    }

    void fingerprintIsUppercaseColonSha256OfDer() {
        const auto result = CertificateGenerator::generate({});
        QVERIFY(result);
        const QString fingerprint = CertificateGenerator::fingerprint(result->certificatePem);
        static const QRegularExpression shape(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));
        QVERIFY2(shape.match(fingerprint).hasMatch(), qPrintable(fingerprint));
        const QSslCertificate cert(result->certificatePem, QSsl::Pem);
        QCOMPARE(fingerprint,
                 QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
        QVERIFY(CertificateGenerator::fingerprint("not a certificate").isEmpty());
    }

    void everyCertificateIsUnique() {
        const auto a = CertificateGenerator::generate({});
        const auto b = CertificateGenerator::generate({});
        QVERIFY(a && b);
        QVERIFY(a->privateKeyPem != b->privateKeyPem);
        QVERIFY(QSslCertificate(a->certificatePem).serialNumber() !=
                QSslCertificate(b->certificatePem).serialNumber());
    }
};

QTEST_GUILESS_MAIN(TestCertificateGenerator)
#include "tst_certificategenerator.moc"
