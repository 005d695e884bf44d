// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secondfactortasks.h"

#include "adminoutput.h"
#include "contactvalidation.h"
#include "storage/accountstore.h"
#include "storage/secondfactorstore.h"
#include "storage/sessionstore.h"
#include "taskoptions.h"

#include <QCommandLineParser>

namespace careportal::server::admin {

namespace {

constexpr qsizetype kUsernameMax = 254;

int setSecondFactor(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("set-second-factor"));
    const QString required = options.required(QStringLiteral("required"), 3);
    if (!required.isEmpty() && required != QLatin1String("yes") && required != QLatin1String("no"))
        options.refuse(QStringLiteral("--required must be yes or no"));
    if (!options.ok())
        return options.fail();
    SecondFactorStore store(database);
    if (!store.setRequired(required == QLatin1String("yes")))
        return fail(QStringLiteral("set-second-factor: could not store the setting"));
    print(QStringLiteral("second-factor\t%1")
              .arg(required == QLatin1String("yes") ? QStringLiteral("required")
                                                    : QStringLiteral("off")));
    return 0;
}

int setPhone(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("set-phone"));
    const QString username = options.required(QStringLiteral("username"), kUsernameMax);
    QString phone = options.required(QStringLiteral("phone"), ContactValidation::kPhoneMaxLength);
    if (phone == QLatin1String("none"))
        phone.clear();
    else if (!phone.isEmpty() &&
             ContactValidation::checkPhone(phone, true) != ContactValidation::Issue::None)
        options.refuse(QStringLiteral("--phone is not a Dutch or international phone number"));
    AccountStore store(database);
    const auto account = username.isEmpty() ? std::nullopt : store.accountByUsername(username);
    if (!username.isEmpty() && !account)
        options.refuse(QStringLiteral("no account with user name %1").arg(username));
    if (!options.ok())
        return options.fail();
    SecondFactorStore factors(database);
    if (!factors.setPhone(account->id, phone))
        return fail(QStringLiteral("set-phone: could not update the account"));
    print(QStringLiteral("phone\t%1\t%2")
              .arg(account->username, phone.isEmpty() ? QStringLiteral("none") : phone));
    return 0;
}

int resetSecondFactor(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("reset-second-factor"));
    const QString username = options.required(QStringLiteral("username"), kUsernameMax);
    AccountStore store(database);
    const auto account = username.isEmpty() ? std::nullopt : store.accountByUsername(username);
    if (!username.isEmpty() && !account)
        options.refuse(QStringLiteral("no account with user name %1").arg(username));
    if (!options.ok())
        return options.fail();
    SecondFactorStore factors(database);
    // Whoever holds the lost phone may be logged in: every session ends with the app.
    if (!factors.removeTotp(account->id) || !SessionStore(database).revokeAllTokens(account->id))
        return fail(QStringLiteral("reset-second-factor: could not update the account"));
    print(QStringLiteral("second-factor-reset\t%1\tauthenticator removed, every session ended")
              .arg(account->username));
    return 0;
}

} // namespace

TaskList secondFactorTasks() {
    return {
        {QStringLiteral("set-second-factor"), QStringLiteral("set-second-factor --required yes|no"),
         setSecondFactor},
        {QStringLiteral("set-phone"),
         QStringLiteral("set-phone --username USER --phone NUMBER|none"), setPhone},
        {QStringLiteral("reset-second-factor"),
         QStringLiteral("reset-second-factor --username USER"), resetSecondFactor},
    };
}

} // namespace careportal::server::admin
