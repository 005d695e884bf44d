// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/account.h"
#include "domain/appointment.h"
#include "domain/organisation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace careportal;

/// The domain types as the API sends them (docs/api/openapi.yaml) and as the cache keeps them.
class TestJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void organisationFromJson();
    void organisationWithoutSvgLogo();
    void organisationRoundTrip();
    void organisationWithoutBrandingStaysNeutral();
    void accountFromJson();
    void accountRoundTrip();
    void accountEmptyIsInvalid();
    void loginResultFromJson();
    void appointmentKeepsLocalTime();
    void appointmentInvalid_data();
    void appointmentInvalid();
    void appointmentRoundTrip();
};

namespace {

const QByteArray logo = QByteArrayLiteral(
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" "
    "height=\"10\" fill=\"#1a6fb0\"/></svg>");

QJsonObject organisationJson() {
    return QJsonDocument::fromJson(QByteArrayLiteral(R"({
        "id": "axxicom",
        "name": "Axxicom Thuishulp",
        "phone": "088 - 123 45 67",
        "branding": {
            "primaryColor": "#1a6fb0",
            "accentColor": "#F39200",
            "logo": { "mediaType": "image/svg+xml", "data": "LOGO" }
        },
        "passwordPolicy": { "minLength": 10, "requireSpecial": false },
        "features": ["planning", "messages"]
    })")
                                       .replace("LOGO", logo.toBase64()))
        .object();
}

QJsonObject appointmentJson() {
    return {{QLatin1String("id"), QStringLiteral("a-1")},
            {QLatin1String("start"), QStringLiteral("2021-04-14T09:00:00+01:00")},
            {QLatin1String("end"), QStringLiteral("2021-04-14T10:30:00+01:00")},
            {QLatin1String("helpType"), QStringLiteral("HV 1")},
            {QLatin1String("carerName"), QStringLiteral("Fatima")}};
}

} // namespace

void TestJson::organisationFromJson() {
    const Organisation organisation = Organisation::fromJson(organisationJson());
    QVERIFY(organisation.isValid());
    QCOMPARE(organisation.id, QStringLiteral("axxicom"));
    QCOMPARE(organisation.name, QStringLiteral("Axxicom Thuishulp"));
    QCOMPARE(organisation.phone, QStringLiteral("088 - 123 45 67"));
    QCOMPARE(organisation.primaryColor, QColor(0x1a, 0x6f, 0xb0));
    QCOMPARE(organisation.accentColor, QColor(0xf3, 0x92, 0x00));
    QCOMPARE(organisation.logoSvg, logo);
    QCOMPARE(organisation.passwordPolicy.minLength, 10);
    QCOMPARE(organisation.passwordPolicy.requireSpecial, false);
    QCOMPARE(organisation.passwordPolicy.requireUppercase, true); // missing key: default
    QCOMPARE(organisation.passwordPolicy.forbiddenCharacters, QStringLiteral("?"));
    QCOMPARE(organisation.features,
             (QStringList{QStringLiteral("planning"), QStringLiteral("messages")}));
}

void TestJson::organisationWithoutSvgLogo() {
    QJsonObject json = organisationJson();
    QJsonObject branding = json.value(QLatin1String("branding")).toObject();
    branding.insert(QLatin1String("logo"),
                    QJsonObject{{QLatin1String("mediaType"), QStringLiteral("image/png")},
                                {QLatin1String("data"), QStringLiteral("iVBORw0KGgo=")}});
    json.insert(QLatin1String("branding"), branding);
    const Organisation organisation = Organisation::fromJson(json);
    QCOMPARE(organisation.logoSvg, QByteArray()); // only SVG logos are taken
    QCOMPARE(organisation.name, QStringLiteral("Axxicom Thuishulp"));

    QVERIFY(!Organisation::fromJson({}).isValid());
}

// An organisation without colours or logo, cached for the login screen, must come back
// without them (the app's neutral look), not black.
void TestJson::organisationWithoutBrandingStaysNeutral() {
    QJsonObject json = organisationJson();
    json.remove(QLatin1String("branding"));
    const Organisation neutral = Organisation::fromJson(json);
    QVERIFY(!neutral.primaryColor.isValid());
    const Organisation back = Organisation::fromJson(neutral.toJson());
    QVERIFY(!back.primaryColor.isValid());
    QVERIFY(!back.accentColor.isValid());
    QVERIFY(back.logoSvg.isEmpty());
    QCOMPARE(back.name, neutral.name);
}

void TestJson::organisationRoundTrip() {
    const Organisation original = Organisation::fromJson(organisationJson());
    const QJsonObject json = original.toJson();
    const QJsonObject branding = json.value(QLatin1String("branding")).toObject();
    QCOMPARE(branding.value(QLatin1String("primaryColor")).toString(), QStringLiteral("#1a6fb0"));
    QCOMPARE(branding.value(QLatin1String("accentColor")).toString(), QStringLiteral("#f39200"));
    QCOMPARE(branding.value(QLatin1String("logo"))
                 .toObject()
                 .value(QLatin1String("mediaType"))
                 .toString(),
             QStringLiteral("image/svg+xml"));

    const Organisation back = Organisation::fromJson(json);
    QCOMPARE(back.id, original.id);
    QCOMPARE(back.name, original.name);
    QCOMPARE(back.phone, original.phone);
    QCOMPARE(back.primaryColor, original.primaryColor);
    QCOMPARE(back.accentColor, original.accentColor);
    QCOMPARE(back.logoSvg, logo);
    QCOMPARE(back.passwordPolicy.toJson(), original.passwordPolicy.toJson());
    QCOMPARE(back.features, original.features);
    QCOMPARE(back.toJson(), json);
}

void TestJson::accountFromJson() {
    const QJsonObject json = QJsonDocument::fromJson(QByteArrayLiteral(R"({
        "accountId": "acc-7",
        "username": "ctest",
        "displayName": "mevrouw C. Test",
        "mustChangePassword": true,
        "clients": [
            { "id": "c-1", "displayName": "mevrouw C. Test", "relation": "self" },
            { "id": "c-2", "displayName": "de heer B. Test", "relation": "contact",
              "rights": ["planning", "contact-requests"] }
        ]
    })"))
                                 .object();
    const Account account = Account::fromJson(json);
    QVERIFY(account.isValid());
    QCOMPARE(account.accountId, QStringLiteral("acc-7"));
    QCOMPARE(account.username, QStringLiteral("ctest"));
    QCOMPARE(account.displayName, QStringLiteral("mevrouw C. Test"));
    QCOMPARE(account.mustChangePassword, true);
    QCOMPARE(account.clients.size(), 2);
    // A link without rights (an account an older version kept) has every part.
    QCOMPARE(account.clients.at(0),
             (ClientRef{QStringLiteral("c-1"), QStringLiteral("mevrouw C. Test"),
                        QStringLiteral("self"), ClientRef::allRights()}));
    QCOMPARE(account.clients.at(1).id, QStringLiteral("c-2"));
    QCOMPARE(account.clients.at(1).displayName, QStringLiteral("de heer B. Test"));
    QCOMPARE(account.clients.at(1).relation, QStringLiteral("contact"));
    // An authorised contact person: only the parts the organisation chose.
    QCOMPARE(account.clients.at(1).rights,
             (QStringList{QStringLiteral("planning"), QStringLiteral("contact-requests")}));
}

void TestJson::accountRoundTrip() {
    Account account;
    account.accountId = QStringLiteral("acc-1");
    account.username = QStringLiteral("jansen");
    account.displayName = QStringLiteral("de heer J. Jansen");
    account.clients = {{QStringLiteral("c-9"),
                        QStringLiteral("de heer J. Jansen"),
                        QStringLiteral("self"),
                        {QStringLiteral("planning")}}};
    const Account back = Account::fromJson(account.toJson());
    QCOMPARE(back.accountId, account.accountId);
    QCOMPARE(back.username, account.username);
    QCOMPARE(back.displayName, account.displayName);
    QCOMPARE(back.mustChangePassword, false);
    QCOMPARE(back.clients, account.clients);
    QCOMPARE(back.toJson(), account.toJson());
}

void TestJson::accountEmptyIsInvalid() {
    const Account account = Account::fromJson({});
    QVERIFY(!account.isValid());
    QCOMPARE(account.clients.size(), 0);
    QCOMPARE(account.mustChangePassword, false);
}

void TestJson::loginResultFromJson() {
    const LoginResult result =
        LoginResult::fromJson({{QLatin1String("token"), QStringLiteral("tok-abc.def")},
                               {QLatin1String("expiresAt"), QStringLiteral("2021-04-14T18:00:00Z")},
                               {QLatin1String("mustChangePassword"), true}});
    QCOMPARE(result.token, QByteArrayLiteral("tok-abc.def"));
    QCOMPARE(result.expiresAt, QStringLiteral("2021-04-14T18:00:00Z"));
    QCOMPARE(result.mustChangePassword, true);

    const LoginResult empty = LoginResult::fromJson({});
    QCOMPARE(empty.token, QByteArray());
    QCOMPARE(empty.mustChangePassword, false);
}

void TestJson::appointmentKeepsLocalTime() {
    const Appointment appointment = Appointment::fromJson(appointmentJson());
    QVERIFY(appointment.isValid());
    QCOMPARE(appointment.id, QStringLiteral("a-1"));
    // The organisation's wall-clock time, whatever the time zone of this machine.
    QCOMPARE(appointment.start.date(), QDate(2021, 4, 14));
    QCOMPARE(appointment.start.time(), QTime(9, 0));
    QCOMPARE(appointment.start.offsetFromUtc(), 3600);
    QCOMPARE(appointment.end.time(), QTime(10, 30));
    QCOMPARE(appointment.start.toUTC().time(), QTime(8, 0));
    QCOMPARE(appointment.helpType, QStringLiteral("HV 1"));
    QCOMPARE(appointment.carerName, QStringLiteral("Fatima"));
}

void TestJson::appointmentInvalid_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // Undefined: remove the key

    QTest::newRow("missing id") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("empty id") << QStringLiteral("id") << QJsonValue(QString());
    QTest::newRow("missing start") << QStringLiteral("start") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("bad start") << QStringLiteral("start") << QJsonValue(QStringLiteral("morgen"));
    QTest::newRow("bad date") << QStringLiteral("start")
                              << QJsonValue(QStringLiteral("2021-02-30T09:00:00+01:00"));
    QTest::newRow("bad end") << QStringLiteral("end") << QJsonValue(QStringLiteral("14-04-2021"));
    QTest::newRow("end before start")
        << QStringLiteral("end") << QJsonValue(QStringLiteral("2021-04-14T08:59:00+01:00"));
    QTest::newRow("end before start in UTC")
        << QStringLiteral("end") << QJsonValue(QStringLiteral("2021-04-14T09:30:00+02:00"));
}

void TestJson::appointmentInvalid() {
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject json = appointmentJson();
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    const Appointment appointment = Appointment::fromJson(json);
    QVERIFY(!appointment.isValid());
    QCOMPARE(appointment.id, QString());
}

void TestJson::appointmentRoundTrip() {
    const Appointment original = Appointment::fromJson(appointmentJson());
    const QJsonObject json = original.toJson();
    QCOMPARE(json.value(QLatin1String("start")).toString(),
             QStringLiteral("2021-04-14T09:00:00+01:00"));
    QCOMPARE(json.value(QLatin1String("end")).toString(),
             QStringLiteral("2021-04-14T10:30:00+01:00"));
    const Appointment back = Appointment::fromJson(json);
    QCOMPARE(back, original);
    QCOMPARE(back.start.time(), QTime(9, 0));
    QCOMPARE(back.start.offsetFromUtc(), 3600);
    QCOMPARE(back.toJson(), json);
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
