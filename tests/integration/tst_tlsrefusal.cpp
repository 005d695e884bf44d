// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The client refuses every certificate it must not trust, with the TLS error type, before
// a single byte of the request (and so the password) is sent.
#include "backend/restbackend.h"
#include "network/apiclient.h"
#include "network/servertrust.h"
#include "recordingtlsserver.h"
#include "tls/certificategenerator.h"
#include "util/futureresult.h"

#include <QTest>

using namespace careportal;
using careportal::server::CertificateGenerator;
using careportal::test::RecordingTlsServer;

namespace {

const QString secretPassword = QStringLiteral("Geheim!2026");

enum class Pin { Correct, None, Wrong };

struct LoginOutcome {
    bool finished = false;
    Result<LoginResult> result;
};

} // namespace

Q_DECLARE_METATYPE(Pin)

class TlsRefusalTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void refusesBadCertificates_data();
    void refusesBadCertificates();
    void acceptsThePinnedCertificate();
    void refusesPlainHttp();
    void pinnedSelfSignedCertificateIsTheOnlyAnchor();

private:
    static LoginOutcome login(const QUrl &url, const QString &pin);
};

LoginOutcome TlsRefusalTest::login(const QUrl &url, const QString &pin) {
    ServerTrust trust(pin);
    ApiClient client(url, &trust);
    RestBackend backend(&client);
    LoginOutcome outcome;
    QObject context;
    onResult(backend.login(QStringLiteral("c.test@example.nl"), secretPassword, {}), &context,
             [&outcome](const Result<LoginResult> &result) {
                 outcome.finished = true;
                 outcome.result = result;
             });
    (void)QTest::qWaitFor([&outcome] { return outcome.finished; }, 20000);
    return outcome;
}

void TlsRefusalTest::refusesBadCertificates_data() {
    QTest::addColumn<QStringList>("altNames");
    QTest::addColumn<int>("validDays"); // negative: expired that many days ago
    QTest::addColumn<Pin>("pin");

    const QStringList loopback{QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
    QTest::newRow("expired, pinned") << loopback << -1 << Pin::Correct;
    QTest::newRow("wrong host name, pinned")
        << QStringList{QStringLiteral("zorg.example.org")} << 30 << Pin::Correct;
    QTest::newRow("self-signed, not pinned") << loopback << 30 << Pin::None;
    QTest::newRow("self-signed, other fingerprint pinned") << loopback << 30 << Pin::Wrong;
}

void TlsRefusalTest::refusesBadCertificates() {
    QFETCH(QStringList, altNames);
    QFETCH(int, validDays);
    QFETCH(Pin, pin);

    CertificateGenerator::Options options;
    options.subjectAltNames = altNames;
    options.commonName = altNames.first();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    options.notBefore = validDays < 0 ? now.addDays(-30) : now.addSecs(-3600);
    options.notAfter = now.addDays(validDays);
    const auto certificate = CertificateGenerator::generate(options);
    QVERIFY(certificate);

    RecordingTlsServer server(certificate->certificatePem, certificate->privateKeyPem);
    QVERIFY(server.start());
    const QString fingerprint = CertificateGenerator::fingerprint(certificate->certificatePem);
    const QString pinned = pin == Pin::Correct ? fingerprint
                           : pin == Pin::Wrong
                               ? QString(fingerprint).replace(0, 2, QStringLiteral("00"))
                               : QString();
    QVERIFY(pin != Pin::Wrong || pinned != fingerprint);

    const QUrl url(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(server.port()));
    const LoginOutcome outcome = login(url, pinned);
    QVERIFY(outcome.finished);

    QVERIFY(!outcome.result.ok());
    QCOMPARE(outcome.result.error().kind, ApiError::Kind::Tls);
    QCOMPARE(server.received(), QByteArray()); // not one byte of the request arrived
    QVERIFY(!server.received().contains(secretPassword.toUtf8()));
}

void TlsRefusalTest::acceptsThePinnedCertificate() {
    // The control: the same server set-up with a good pinned certificate does get the
    // request, so the empty recordings above mean refusal, not a deaf server.
    const auto certificate = CertificateGenerator::generate({});
    QVERIFY(certificate);
    RecordingTlsServer server(certificate->certificatePem, certificate->privateKeyPem);
    QVERIFY(server.start());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(server.port()));
    const LoginOutcome outcome =
        login(url, CertificateGenerator::fingerprint(certificate->certificatePem));

    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error().code));
    QCOMPARE(outcome.result.value().token, QByteArray("abc"));
    QVERIFY(server.received().startsWith("POST /api/v1/auth/login"));
}

void TlsRefusalTest::refusesPlainHttp() {
    const LoginOutcome outcome = login(QUrl(QStringLiteral("http://127.0.0.1:9/api/v1")), {});
    QCOMPARE(outcome.result.error().kind, ApiError::Kind::Tls);
}

void TlsRefusalTest::pinnedSelfSignedCertificateIsTheOnlyAnchor() {
    // After the pin is matched, no system CA can vouch for another certificate: every
    // handshake (also on a shared HTTP/2 connection) must present the pinned one.
    const auto certificate = CertificateGenerator::generate({});
    QVERIFY(certificate);
    RecordingTlsServer server(certificate->certificatePem, certificate->privateKeyPem);
    QVERIFY(server.start());
    ServerTrust trust(CertificateGenerator::fingerprint(certificate->certificatePem));
    QVERIFY(!trust.isReady());
    bool prepared = false;
    trust.prepare(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(server.port())),
                  [&prepared](bool ok) { prepared = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(prepared, 20000);
    QVERIFY(trust.isReady());
    const QList<QSslCertificate> anchors = trust.sslConfiguration().caCertificates();
    QCOMPARE(anchors.size(), 1);
    QCOMPARE(anchors.first(), QSslCertificate(certificate->certificatePem, QSsl::Pem));
    QCOMPARE(server.received(), QByteArray()); // the pin check itself sends nothing
}

QTEST_MAIN(TlsRefusalTest)
#include "tst_tlsrefusal.moc"
