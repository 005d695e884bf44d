// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/totp.h"
#include "httpsjsonclient.h"
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using careportal::server::Totp;
using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

namespace {

const QString kUser = QStringLiteral("j.voorbeeld@example.nl");
const QString kNoPhone = QStringLiteral("r.vertegenwoordiger@example.nl");
const QString kPassword = QStringLiteral("Welkom!2026");
const QString kClient = QStringLiteral("client-j-voorbeeld");

struct Operation {
    QString method;
    QString path;
};

/// Every operation of the OpenAPI file that needs a bearer token (no `security: []`),
/// except the second factor's own. Parsed by indentation: paths at two spaces, methods at
/// four, so a new endpoint is covered the day it is documented.
QList<Operation> protectedOperations() {
    QFile file(QStringLiteral(CAREPORTAL_OPENAPI_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    const QRegularExpression pathLine(QStringLiteral("^  (/[^:]*):\\s*$"));
    const QRegularExpression methodLine(QStringLiteral("^    (get|post|put|delete|patch):\\s*$"));
    QList<Operation> operations;
    QString path;
    bool inPaths = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QLatin1String("paths:")))
            inPaths = true;
        else if (!lines.at(i).startsWith(u' ') && !lines.at(i).isEmpty())
            inPaths = false;
        if (!inPaths)
            continue;
        if (const auto m = pathLine.match(lines.at(i)); m.hasMatch())
            path = m.captured(1);
        const auto m = methodLine.match(lines.at(i));
        if (!m.hasMatch() || path.startsWith(QLatin1String("/auth/second-factor")))
            continue;
        bool isPublic = false;
        for (qsizetype j = i + 1;
             j < lines.size() &&
             (lines.at(j).startsWith(QLatin1String("      ")) || lines.at(j).trimmed().isEmpty());
             ++j)
            isPublic = isPublic || lines.at(j) == QLatin1String("      security: []");
        if (!isPublic)
            operations.append({m.captured(1).toUpper(), path});
    }
    return operations;
}

} // namespace

/// The second factor over the real binary, with the organisation requiring it: the code by
/// SMS from the outbox, the waiting token refused on every data endpoint, codes bound to
/// their attempt, resend limits, remembered devices (and revoking them), enrolling an
/// authenticator app behind password + current code, and TOTP replay refused.
class TestSecondFactorApi : public QObject {
    Q_OBJECT

private:
    // Wrong codes count in the account's lockout (tst_secondfactorlockout); a higher
    // threshold lets fiveWrongCodesEndTheAttempt end its attempt without locking the
    // account for the tests after it.
    ServerProcess m_server{{true, {QStringLiteral("--lockout-threshold"), QStringLiteral("10")}}};
    std::unique_ptr<HttpsJsonClient> m_client;

    /// The newest message of the outbox to `to`.
    [[nodiscard]] QString newestMessageTo(const QString &to) const {
        const QStringList messages = m_server.outboxMessages(to);
        return messages.isEmpty() ? QString() : messages.last();
    }
    [[nodiscard]] QString newestSmsCode() const {
        return m_server.newestSmsCode(QStringLiteral("06-12345678"));
    }
    HttpsJsonClient::Reply login(const QString &username, const QString &deviceToken = {}) {
        QJsonObject body{{QStringLiteral("username"), username},
                         {QStringLiteral("password"), kPassword}};
        if (!deviceToken.isEmpty())
            body.insert(QStringLiteral("deviceToken"), deviceToken);
        return m_client->post(QStringLiteral("/auth/login"), body);
    }
    HttpsJsonClient::Reply complete(const QString &waiting, const QString &code,
                                    bool remember = false) {
        return m_client->post(QStringLiteral("/auth/second-factor"),
                              {{QStringLiteral("code"), code},
                               {QStringLiteral("rememberDevice"), remember},
                               {QStringLiteral("deviceName"), QStringLiteral("Laptop van Jan")}},
                              waiting);
    }
    /// A full session by SMS code; with `remember`, the reply carries a device token.
    HttpsJsonClient::Reply fullLogin(bool remember = false) {
        const auto challenge = login(kUser);
        return complete(challenge.json.value(QLatin1String("token")).toString(), newestSmsCode(),
                        remember);
    }
    static QString token(const HttpsJsonClient::Reply &reply) {
        return reply.json.value(QLatin1String("token")).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        m_client = std::make_unique<HttpsJsonClient>(m_server);
        QString output;
        QCOMPARE(m_server.admin({QStringLiteral("set-second-factor"), QStringLiteral("--required"),
                                 QStringLiteral("yes")},
                                &output),
                 0);
        QCOMPARE(m_server.admin({QStringLiteral("set-phone"), QStringLiteral("--username"), kUser,
                                 QStringLiteral("--phone"), QStringLiteral("06-12345678")},
                                &output),
                 0);
    }

    void loginAsksForTheCodeSentBySms() {
        const auto reply = login(kUser);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QLatin1String("secondFactorRequired")).toBool(), true);
        QCOMPARE(reply.json.value(QLatin1String("method")).toString(), QStringLiteral("sms"));
        QCOMPARE(reply.json.value(QLatin1String("destination")).toString(),
                 QStringLiteral("06-•••••678"));
        QVERIFY(!reply.json.contains(QLatin1String("refreshToken")));
        QCOMPARE(token(reply).size(), 43);
        const QString sms = newestMessageTo(QStringLiteral("06-12345678"));
        QVERIFY2(sms.contains(QStringLiteral("inlogcode")), qPrintable(sms));
        QCOMPARE(newestSmsCode().size(), 6);
    }

    void waitingTokenOpensNoDataEndpoint() {
        const QString waiting = token(login(kUser));
        const QList<Operation> operations = protectedOperations();
        QVERIFY2(operations.size() >= 25, "the OpenAPI file could not be read");
        for (const Operation &operation : operations) {
            QString path = operation.path;
            path.replace(QStringLiteral("{clientId}"), kClient)
                .replace(QStringLiteral("{id}"), QStringLiteral("any-id"));
            HttpsJsonClient::Reply reply;
            if (operation.method == QLatin1String("GET"))
                reply = m_client->get(path, waiting);
            else if (operation.method == QLatin1String("POST"))
                reply = m_client->post(path, {}, waiting);
            else if (operation.method == QLatin1String("PUT"))
                reply = m_client->put(path, {}, waiting);
            else
                reply = m_client->remove(path, waiting);
            const QString what = operation.method + u' ' + operation.path;
            QVERIFY2(reply.status == 403,
                     qPrintable(what + QStringLiteral(": %1").arg(reply.status)));
            QVERIFY2(reply.problemCode() == QLatin1String("second-factor-required"),
                     qPrintable(what));
        }
        // Nor can it be refreshed or used after the factor: it only completes the factor.
        QCOMPARE(complete(waiting, newestSmsCode()).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/me"), waiting).status, 401);
    }

    void wrongCodeThenRightCode() {
        const QString waiting = token(login(kUser));
        const QString code = newestSmsCode();
        const QString wrong =
            code == QLatin1String("000000") ? QStringLiteral("000001") : QStringLiteral("000000");
        const auto refused = complete(waiting, wrong);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.problemCode(), QStringLiteral("second-factor-invalid"));
        const auto accepted = complete(waiting, code);
        QCOMPARE(accepted.status, 200);
        QCOMPARE(token(accepted).size(), 43);
        QVERIFY(token(accepted) != waiting);
        QCOMPARE(accepted.json.value(QLatin1String("refreshToken")).toString().size(), 43);
        QCOMPARE(m_client->get(QStringLiteral("/me"), token(accepted)).status, 200);
        // The same code a second time: the attempt is complete, its token gone.
        QCOMPARE(complete(waiting, code).status, 401);
    }

    void codeOfAnotherAttemptIsRefused() {
        const QString first = token(login(kUser));
        const QString firstCode = newestSmsCode();
        const QString second = token(login(kUser));
        const QString secondCode = newestSmsCode();
        if (firstCode != secondCode)
            QCOMPARE(complete(second, firstCode).status, 422);
        QCOMPARE(complete(second, secondCode).status, 200);
        QCOMPARE(complete(first, firstCode).status, 200);
    }

    void fiveWrongCodesEndTheAttempt() {
        const QString waiting = token(login(kUser));
        const QString code = newestSmsCode();
        const QString wrong =
            code == QLatin1String("000000") ? QStringLiteral("000001") : QStringLiteral("000000");
        for (int attempt = 1; attempt < 5; ++attempt)
            QCOMPARE(complete(waiting, wrong).status, 422);
        const auto ended = complete(waiting, wrong);
        QCOMPARE(ended.status, 403);
        QCOMPARE(ended.problemCode(), QStringLiteral("second-factor-ended"));
        QCOMPARE(complete(waiting, code).status, 401);
    }

    void resendIsRateLimited() {
        const QString waiting = token(login(kUser));
        const auto tooSoon =
            m_client->post(QStringLiteral("/auth/second-factor/resend"), {}, waiting);
        QCOMPARE(tooSoon.status, 429);
        QCOMPARE(tooSoon.problemCode(), QStringLiteral("resend-too-soon"));
        const int wait = tooSoon.header("retry-after").toInt();
        QVERIFY2(wait > 0 && wait <= 60, tooSoon.header("retry-after").constData());
    }

    void accountWithoutPhoneCannotGetACode() {
        const auto reply = login(kNoPhone);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.problemCode(), QStringLiteral("second-factor-unavailable"));
        QVERIFY(!reply.json.contains(QLatin1String("token")));
    }

    void rememberedDeviceSkipsTheFactorUntilRevoked() {
        const auto remembered = fullLogin(true);
        QCOMPARE(remembered.status, 200);
        const QString deviceToken = remembered.json.value(QLatin1String("deviceToken")).toString();
        QCOMPARE(deviceToken.size(), 43);
        const auto expires = QDateTime::fromString(
            remembered.json.value(QLatin1String("deviceExpiresAt")).toString(), Qt::ISODate);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(expires) - 90) <= 1);
        const QString mail = newestMessageTo(kUser);
        QVERIFY2(mail.contains(QStringLiteral("Laptop van Jan")), qPrintable(mail));
        QVERIFY(mail.contains(QStringLiteral("Subject: Nieuw apparaat onthouden")));

        const auto direct = login(kUser, deviceToken);
        QCOMPARE(direct.status, 200);
        QVERIFY(!direct.json.contains(QLatin1String("secondFactorRequired")));
        const QString onDevice = token(direct);
        const auto devices = m_client->get(QStringLiteral("/account/devices"), onDevice);
        QCOMPARE(devices.status, 200);
        const QJsonArray list = devices.json.value(QLatin1String("devices")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject device = list.first().toObject();
        QCOMPARE(device.value(QLatin1String("name")).toString(), QStringLiteral("Laptop van Jan"));
        QCOMPARE(device.value(QLatin1String("current")).toBool(), true);
        QVERIFY(device.contains(QLatin1String("firstUsedAt")));
        QVERIFY(device.contains(QLatin1String("lastUsedAt")));

        // Another account cannot use the device token.
        QCOMPARE(m_client
                     ->post(QStringLiteral("/auth/login"),
                            {{QStringLiteral("username"), kNoPhone},
                             {QStringLiteral("password"), kPassword},
                             {QStringLiteral("deviceToken"), deviceToken}})
                     .problemCode(),
                 QStringLiteral("second-factor-unavailable"));

        // Revoked from another session: the device's sessions end, the factor is back.
        const QString elsewhere = token(fullLogin());
        const QString id = device.value(QLatin1String("id")).toString();
        QCOMPARE(m_client->remove(QStringLiteral("/account/devices/") + id, elsewhere).status, 204);
        QCOMPARE(m_client->remove(QStringLiteral("/account/devices/") + id, elsewhere).status, 404);
        QCOMPARE(m_client->get(QStringLiteral("/me"), onDevice).status, 401);
        QCOMPARE(m_client->get(QStringLiteral("/me"), elsewhere).status, 200);
        const auto again = login(kUser, deviceToken);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QLatin1String("secondFactorRequired")).toBool(), true);
    }

    /// "Overal uitloggen" means every device: a remembered one needs the code again.
    void logoutEverywhereForgetsRememberedDevices() {
        const auto remembered = fullLogin(true);
        const QString deviceToken = remembered.json.value(QLatin1String("deviceToken")).toString();
        QCOMPARE(deviceToken.size(), 43);
        QVERIFY(!login(kUser, deviceToken).json.contains(QLatin1String("secondFactorRequired")));
        QCOMPARE(
            m_client->post(QStringLiteral("/auth/logout-everywhere"), {}, token(remembered)).status,
            204);
        const auto again = login(kUser, deviceToken);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QLatin1String("secondFactorRequired")).toBool(), true);
        QCOMPARE(complete(token(again), newestSmsCode()).status, 200);
    }

    void authenticatorEnrolmentNeedsPasswordAndCurrentCode() {
        const QString session = token(fullLogin());
        const auto settings = m_client->get(QStringLiteral("/account/second-factor"), session);
        QCOMPARE(settings.json.value(QLatin1String("method")).toString(), QStringLiteral("sms"));
        QCOMPARE(settings.json.value(QLatin1String("required")).toBool(), true);
        QCOMPARE(settings.json.value(QLatin1String("changeNeedsCode")).toBool(), true);
        const QString path = QStringLiteral("/account/second-factor/totp");
        const auto wrongPassword = m_client->post(
            path, {{QStringLiteral("password"), QStringLiteral("Fout!2026")}}, session);
        QCOMPARE(wrongPassword.problemCode(), QStringLiteral("current-password-incorrect"));
        const auto noCode =
            m_client->post(path, {{QStringLiteral("password"), kPassword}}, session);
        QCOMPARE(noCode.problemCode(), QStringLiteral("second-factor-invalid"));
        QCOMPARE(m_client->post(QStringLiteral("/account/second-factor/code"), {}, session).status,
                 204);
        const auto begun = m_client->post(
            path,
            {{QStringLiteral("password"), kPassword}, {QStringLiteral("code"), newestSmsCode()}},
            session);
        QCOMPARE(begun.status, 200);
        const QByteArray secret =
            Totp::fromBase32(begun.json.value(QLatin1String("secret")).toString());
        QCOMPARE(secret.size(), Totp::kSecretBytes);
        QVERIFY(begun.json.value(QLatin1String("uri"))
                    .toString()
                    .startsWith(QStringLiteral("otpauth://totp/")));

        const qint64 step = QDateTime::currentSecsSinceEpoch() / Totp::kStepSeconds;
        QCOMPARE(m_client
                     ->post(QStringLiteral("/account/second-factor/totp/confirm"),
                            {{QStringLiteral("code"), Totp::codeAt(secret, step)}}, session)
                     .status,
                 204);

        // From now on the app gives the code; the enrolment code cannot be replayed.
        const auto challenge = login(kUser);
        QCOMPARE(challenge.json.value(QLatin1String("method")).toString(), QStringLiteral("totp"));
        QVERIFY(!challenge.json.contains(QLatin1String("destination")));
        const auto replay = complete(token(challenge), Totp::codeAt(secret, step));
        QCOMPARE(replay.status, 422);
        const QString next = Totp::codeAt(secret, step + 1);
        QCOMPARE(complete(token(challenge), next).status, 200);
        const auto otherAttempt = login(kUser);
        QCOMPARE(complete(token(otherAttempt), next).status, 422);

        // Changing the phone needs the password and a current authenticator code.
        const auto phoneWithoutCode =
            m_client->put(QStringLiteral("/account/phone"),
                          {{QStringLiteral("password"), kPassword},
                           {QStringLiteral("phone"), QStringLiteral("06-87654321")}},
                          session);
        QCOMPARE(phoneWithoutCode.problemCode(), QStringLiteral("second-factor-invalid"));
        QCOMPARE(m_server.admin(
                     {QStringLiteral("reset-second-factor"), QStringLiteral("--username"), kUser}),
                 0);
        QCOMPARE(m_client->get(QStringLiteral("/me"), session).status, 401);
        QCOMPARE(login(kUser).json.value(QLatin1String("method")).toString(),
                 QStringLiteral("sms"));
    }
};

QTEST_GUILESS_MAIN(TestSecondFactorApi)
#include "tst_secondfactorapi.moc"
