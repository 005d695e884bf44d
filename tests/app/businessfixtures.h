// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the business portal's app tests share: a business contact's account and
// organisations, records as the API sends them, and the login through the harness.

#include "domain/account.h"
#include "domain/business.h"
#include "domain/contact.h"
#include "sessionharness.h"

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QTest>

namespace careportal::test {

inline const QString kKade = QStringLiteral("org-kade");
inline const QString kHaven = QStringLiteral("org-haven");

inline OrganisationLink kade() {
    return {kKade,
            QStringLiteral("Woonstichting De Kade"),
            QStringLiteral("contact-m"),
            {true, true, true, false}};
}

inline OrganisationLink haven() {
    return {kHaven,
            QStringLiteral("Gemeente Havenstad, afdeling Wmo"),
            QStringLiteral("contact-m2"),
            {false, true, false, false}};
}

inline Account businessAccount(const QList<OrganisationLink> &organisations) {
    Account account;
    account.accountId = QStringLiteral("acc-b");
    account.kind = Account::Kind::Business;
    account.username = QStringLiteral("m.kademaker@example.nl");
    account.displayName = QStringLiteral("M. Kademaker");
    account.organisations = organisations;
    return account;
}

inline BusinessRecord record(const QJsonObject &json) {
    return BusinessRecord::fromJson(json);
}

inline BusinessRecord invoice(const QString &id, qint64 amount, const QString &status) {
    return record({{QLatin1String("id"), id},
                   {QLatin1String("number"), QStringLiteral("F2026-") + id},
                   {QLatin1String("invoiceDate"), QStringLiteral("2026-04-30")},
                   {QLatin1String("dueDate"), QStringLiteral("2026-05-30")},
                   {QLatin1String("amountCents"), amount},
                   {QLatin1String("vatCents"), 0},
                   {QLatin1String("totalCents"), amount},
                   {QLatin1String("status"), status},
                   {QLatin1String("etag"), QStringLiteral("\"i-") + id + u'"'}});
}

inline BusinessRecord project(const QString &id, const QString &lead) {
    return record({{QLatin1String("id"), id},
                   {QLatin1String("number"), QStringLiteral("P-2025-004")},
                   {QLatin1String("name"), QStringLiteral("Havenhuis – nachtzorg")},
                   {QLatin1String("startDate"), QStringLiteral("2025-01-15")},
                   {QLatin1String("member"), true},
                   {QLatin1String("projectLead"),
                    QJsonObject{{QLatin1String("name"), lead},
                                {QLatin1String("phone"), QStringLiteral("088 123 45 81")},
                                {QLatin1String("email"), QStringLiteral("lead@example.nl")}}}});
}

inline BusinessRecord answer(const QString &id, bool read) {
    return record({{QLatin1String("id"), id},
                   {QLatin1String("projectId"), QStringLiteral("p1")},
                   {QLatin1String("projectName"), QStringLiteral("Havenhuis")},
                   {QLatin1String("question"), QStringLiteral("Extra ronde?")},
                   {QLatin1String("askedAt"), QStringLiteral("2026-05-01T09:10:00Z")},
                   {QLatin1String("answer"), QStringLiteral("Dat kan.")},
                   {QLatin1String("answeredAt"), QStringLiteral("2026-05-02T14:10:00Z")},
                   {QLatin1String("read"), read}});
}

inline BusinessRecord contact(const QString &id, const QString &first) {
    return record({{QLatin1String("id"), id},
                   {QLatin1String("firstName"), first},
                   {QLatin1String("surname"), QStringLiteral("Kademaker")},
                   {QLatin1String("function"), QStringLiteral("210")},
                   {QLatin1String("birthDate"), QStringLiteral("1978-04-12")},
                   {QLatin1String("rights"), BusinessRights{true, true, true, false}.toJson()},
                   {QLatin1String("etag"), QStringLiteral("\"c-") + id + u'"'}});
}

inline QList<LabelledOption> functions() {
    return {{QStringLiteral("210"), QStringLiteral("P&O Manager"), QStringLiteral("HR manager")}};
}

/// The value of the role called `name` in `row`.
inline QVariant value(const QAbstractItemModel &model, int row, const QByteArray &name) {
    return model.data(model.index(row, 0), model.roleNames().key(name, -1));
}

/// Logs the harness's session in as a business contact of `organisations`.
inline void logInAsBusiness(SessionHarness &h, const QList<OrganisationLink> &organisations) {
    h.backend.loginCall.script(SessionHarness::loginResult());
    h.backend.meCall.script(businessAccount(organisations));
    h.session.login(QStringLiteral("m.kademaker@example.nl"), QStringLiteral("Welkom!2026"));
    QTRY_COMPARE(h.session.state(), Session::State::LoggedIn);
    QVERIFY(h.settleKeychain());
    h.outbox.setEnabled(true);
}

} // namespace careportal::test
