// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "backend/restrequests.h"
#include "network/apierror.h"
#include "network/replyhandler.h"
#include "network/requestbuilder.h"

#include <QNetworkReply>
#include <QSet>
#include <QTest>

using careportal::ApiError;
using careportal::ApiResponse;
using careportal::ReplyHandler;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(careportal::ApiError::Kind)

namespace {

/// A finished HTTP answer as QNetworkAccessManager would hand it over.
class FakeReply : public QNetworkReply {
public:
    FakeReply(int status, const QByteArray &contentType, const QByteArray &body,
              const QByteArray &disposition = {})
        : m_body(body) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(contentType));
        if (!disposition.isEmpty())
            setRawHeader("Content-Disposition", disposition);
        open(QIODevice::ReadOnly);
        setFinished(true);
    }
    void abort() override {}
    [[nodiscard]] qint64 bytesAvailable() const override {
        return m_body.size() - m_read + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        const qint64 n = qMin(maxSize, qint64(m_body.size()) - m_read);
        memcpy(data, m_body.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_read = 0;
};

const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");

} // namespace

/// How every HTTP answer is sorted into success or a typed error, and what the user reads.
class TestReplyHandler : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindForStatus_data();
    void kindForStatus();
    void readProblem();
    void readProblemWithoutBody();
    void messagePrefersServerText();
    void messageFallsBackPerKind_data();
    void messageFallsBackPerKind();
    void genericTextsAreDistinct();
    void messageOnlyOneLanguageFromServer();
    void kindNames();
    // The business API's documents (issue 19): an invoice's PDF.
    void pdfAnswerIsTheDocumentWithItsFileName();
    void pdfWithoutFileName();
    void anotherContentTypeIsRefused();
    void jsonAnswerIsStillJson();
    void pdfRequestAcceptsPdf();
    void organisationPaths();
};

void TestReplyHandler::kindForStatus_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("200") << 200 << Kind::None;
    QTest::newRow("201") << 201 << Kind::None;
    QTest::newRow("204") << 204 << Kind::None;
    QTest::newRow("304") << 304 << Kind::None;
    QTest::newRow("400") << 400 << Kind::Validation;
    QTest::newRow("401") << 401 << Kind::Unauthorized;
    QTest::newRow("403") << 403 << Kind::Forbidden;
    QTest::newRow("404") << 404 << Kind::NotFound;
    QTest::newRow("409") << 409 << Kind::Conflict;
    QTest::newRow("412") << 412 << Kind::Conflict;
    QTest::newRow("413") << 413 << Kind::Validation;
    QTest::newRow("415") << 415 << Kind::Validation;
    QTest::newRow("422") << 422 << Kind::Validation;
    QTest::newRow("429") << 429 << Kind::Throttled;
    QTest::newRow("500") << 500 << Kind::Server;
    QTest::newRow("502") << 502 << Kind::Server;
    QTest::newRow("503") << 503 << Kind::Server;
    QTest::newRow("302") << 302 << Kind::BadResponse;
    QTest::newRow("100") << 100 << Kind::BadResponse;
}

void TestReplyHandler::kindForStatus() {
    QFETCH(int, status);
    QFETCH(Kind, kind);
    QCOMPARE(ReplyHandler::kindForStatus(status), kind);
}

void TestReplyHandler::readProblem() {
    const QByteArray body = QByteArrayLiteral(R"({
        "type": "about:blank",
        "status": 422,
        "code": "password-policy",
        "messages": {
            "nl": "Het wachtwoord voldoet niet aan de eisen.",
            "en": "The password does not meet the requirements."
        },
        "violations": ["digit", "special"]
    })");
    ApiError error;
    error.kind = Kind::Validation;
    ReplyHandler::readProblem(body, error);
    QCOMPARE(error.code, QStringLiteral("password-policy"));
    QCOMPARE(error.messageNl, QStringLiteral("Het wachtwoord voldoet niet aan de eisen."));
    QCOMPARE(error.messageEn, QStringLiteral("The password does not meet the requirements."));
    QCOMPARE(error.violations, (QStringList{QStringLiteral("digit"), QStringLiteral("special")}));
    QCOMPARE(error.kind, Kind::Validation); // readProblem does not change the kind
}

void TestReplyHandler::readProblemWithoutBody() {
    for (const QByteArray &body :
         {QByteArray(), QByteArrayLiteral("<html>Bad gateway</html>"), QByteArrayLiteral("[]")}) {
        ApiError error;
        error.kind = Kind::Server;
        ReplyHandler::readProblem(body, error);
        QCOMPARE(error.code, QString());
        QCOMPARE(error.messageNl, QString());
        QCOMPARE(error.messageEn, QString());
        QCOMPARE(error.violations, QStringList());
        QVERIFY(!error.message(QStringLiteral("nl")).isEmpty());
    }
}

void TestReplyHandler::messagePrefersServerText() {
    ApiError error = ApiError::make(Kind::Unauthorized, QStringLiteral("invalid-credentials"));
    error.messageNl = QStringLiteral("Gebruikersnaam of wachtwoord onjuist.");
    error.messageEn = QStringLiteral("Username or password incorrect.");
    QCOMPARE(error.message(QStringLiteral("nl")),
             QStringLiteral("Gebruikersnaam of wachtwoord onjuist."));
    QCOMPARE(error.message(QStringLiteral("en")),
             QStringLiteral("Username or password incorrect."));
    QCOMPARE(error.message(QStringLiteral("en-GB")),
             QStringLiteral("Username or password incorrect."));
    QCOMPARE(error.code, QStringLiteral("invalid-credentials"));
    QVERIFY(error.isError());
}

void TestReplyHandler::messageFallsBackPerKind_data() {
    QTest::addColumn<Kind>("kind");
    QTest::newRow("offline") << Kind::Offline;
    QTest::newRow("timeout") << Kind::Timeout;
    QTest::newRow("tls") << Kind::Tls;
    QTest::newRow("unauthorized") << Kind::Unauthorized;
    QTest::newRow("forbidden") << Kind::Forbidden;
    QTest::newRow("not-found") << Kind::NotFound;
    QTest::newRow("validation") << Kind::Validation;
    QTest::newRow("conflict") << Kind::Conflict;
    QTest::newRow("throttled") << Kind::Throttled;
    QTest::newRow("server") << Kind::Server;
    QTest::newRow("bad-response") << Kind::BadResponse;
}

void TestReplyHandler::messageFallsBackPerKind() {
    QFETCH(Kind, kind);
    const ApiError error = ApiError::make(kind);
    const QString nl = error.message(QStringLiteral("nl"));
    const QString en = error.message(QStringLiteral("en"));
    QVERIFY(!nl.isEmpty());
    QVERIFY(!en.isEmpty());
    QVERIFY2(nl != en, qPrintable(nl));
}

void TestReplyHandler::genericTextsAreDistinct() {
    // Each kind says something of its own ("you are offline" is not "the server broke").
    QSet<QString> nl;
    QSet<QString> en;
    const QList<Kind> kinds{Kind::Offline,   Kind::Timeout,  Kind::Tls,        Kind::Unauthorized,
                            Kind::Forbidden, Kind::NotFound, Kind::Validation, Kind::Conflict,
                            Kind::Throttled, Kind::Server,   Kind::BadResponse};
    for (const Kind kind : kinds) {
        nl.insert(ApiError::make(kind).message(QStringLiteral("nl")));
        en.insert(ApiError::make(kind).message(QStringLiteral("en")));
    }
    QCOMPARE(nl.size(), kinds.size());
    QCOMPARE(en.size(), kinds.size());
}

void TestReplyHandler::messageOnlyOneLanguageFromServer() {
    ApiError error = ApiError::make(Kind::Offline);
    error.messageNl = QStringLiteral("Alleen Nederlands.");
    QCOMPARE(error.message(QStringLiteral("nl")), QStringLiteral("Alleen Nederlands."));
    QCOMPARE(error.message(QStringLiteral("en")),
             QStringLiteral("No connection to the server. Please check your internet connection."));
    QCOMPARE(ApiError::make(Kind::Offline).message(QStringLiteral("nl")),
             QStringLiteral("Geen verbinding met de server. Controleer uw internetverbinding."));
    QCOMPARE(ApiError().message(QStringLiteral("nl")), QString()); // no error, no text
    QVERIFY(!ApiError().isError());
}

void TestReplyHandler::kindNames() {
    QCOMPARE(ApiError::kindName(Kind::None), QStringLiteral("none"));
    QCOMPARE(ApiError::kindName(Kind::Offline), QStringLiteral("offline"));
    QCOMPARE(ApiError::kindName(Kind::Unauthorized), QStringLiteral("unauthorized"));
    QCOMPARE(ApiError::kindName(Kind::NotFound), QStringLiteral("not-found"));
    QCOMPARE(ApiError::kindName(Kind::BadResponse), QStringLiteral("bad-response"));
}

void TestReplyHandler::pdfAnswerIsTheDocumentWithItsFileName() {
    FakeReply reply(200, "application/pdf", kPdf,
                    R"(attachment; filename="factuur-F2026-0500.pdf")");
    const ApiResponse response = ReplyHandler::interpret(&reply);
    QVERIFY(!response.error.isError());
    QCOMPARE(response.document, kPdf);
    QCOMPARE(response.fileName, QStringLiteral("factuur-F2026-0500.pdf"));
    QVERIFY(response.body.isNull());
}

void TestReplyHandler::pdfWithoutFileName() {
    // No name, or one with a path in it: no file name is taken from the server.
    for (const QByteArray &disposition :
         {QByteArray(), QByteArrayLiteral(R"(attachment; filename="../etc/x.pdf")")}) {
        FakeReply reply(200, "application/pdf", kPdf, disposition);
        const ApiResponse response = ReplyHandler::interpret(&reply);
        QVERIFY(!response.error.isError());
        QCOMPARE(response.document, kPdf);
        QVERIFY2(response.fileName.isEmpty(), qPrintable(response.fileName));
    }
}

void TestReplyHandler::anotherContentTypeIsRefused() {
    for (const QByteArray &type : {QByteArrayLiteral("text/html"),
                                   QByteArrayLiteral("application/octet-stream"), QByteArray()}) {
        FakeReply reply(200, type, kPdf, R"(attachment; filename="f.pdf")");
        const ApiResponse response = ReplyHandler::interpret(&reply);
        QCOMPARE(response.error.kind, Kind::BadResponse);
        QVERIFY(response.document.isEmpty());
    }
    // An error answer stays an error, whatever it carries.
    FakeReply notFound(404, "application/problem+json",
                       R"({"code":"not-found","messages":{"nl":"Niet gevonden."}})");
    const ApiResponse response = ReplyHandler::interpret(&notFound);
    QCOMPARE(response.error.kind, Kind::NotFound);
    QCOMPARE(response.error.messageNl, QStringLiteral("Niet gevonden."));
    QVERIFY(response.document.isEmpty());
}

void TestReplyHandler::jsonAnswerIsStillJson() {
    FakeReply reply(200, "application/json; charset=utf-8", R"({"items":[]})");
    const ApiResponse response = ReplyHandler::interpret(&reply);
    QVERIFY(!response.error.isError());
    QVERIFY(response.body.isObject());
    QVERIFY(response.document.isEmpty());
}

void TestReplyHandler::pdfRequestAcceptsPdf() {
    const careportal::RequestBuilder builder(QUrl(QStringLiteral("https://example.nl/api/v1")));
    careportal::ApiRequest request;
    request.path = careportal::rest::organisationPath(QStringLiteral("org-1")) +
                   QStringLiteral("/invoices/i1/pdf");
    request.accept = QByteArrayLiteral("application/pdf");
    const QNetworkRequest pdf = builder.build(request);
    QVERIFY(pdf.rawHeader("Accept").startsWith("application/pdf"));
    QCOMPARE(pdf.url().path(),
             QStringLiteral("/api/v1/business/organisations/org-1/invoices/i1/pdf"));

    careportal::ApiRequest list = careportal::rest::conditionalGet(
        careportal::rest::organisationPath(QStringLiteral("org-1")) + QStringLiteral("/invoices"),
        "\"v1\"");
    list.query.addQueryItem(QStringLiteral("status"), QStringLiteral("open"));
    const QNetworkRequest json = builder.build(list);
    QVERIFY(json.rawHeader("Accept").startsWith("application/json"));
    QCOMPARE(json.url().query(), QStringLiteral("status=open"));
    QCOMPARE(json.rawHeader("If-None-Match"), QByteArray("\"v1\""));
}

void TestReplyHandler::organisationPaths() {
    QCOMPARE(careportal::rest::organisationPath(QStringLiteral("demo-business-de-kade")),
             QStringLiteral("/business/organisations/demo-business-de-kade"));
    // An id is one path segment, whatever it holds.
    QCOMPARE(careportal::rest::organisationPath(QStringLiteral("a/../b")),
             QStringLiteral("/business/organisations/a%2F..%2Fb"));
}

QTEST_GUILESS_MAIN(TestReplyHandler)
#include "tst_replyhandler.moc"
