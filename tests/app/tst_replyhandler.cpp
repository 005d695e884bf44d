// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "network/apierror.h"
#include "network/replyhandler.h"

#include <QSet>
#include <QTest>

using careportal::ApiError;
using careportal::ReplyHandler;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(careportal::ApiError::Kind)

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

QTEST_GUILESS_MAIN(TestReplyHandler)
#include "tst_replyhandler.moc"
