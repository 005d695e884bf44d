// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/loginoptions.h"
#include "passwordpolicy.h"

#include <QColor>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace careportal {

/// What the organisation tells every visitor before login: its name, colours, rules and
/// which parts of the portal it offers.
struct Organisation {
    QString id;
    QString name;
    QString phone;
    QColor primaryColor;
    QColor accentColor;
    QByteArray logoSvg;
    PasswordPolicy passwordPolicy;
    QStringList features;
    /// Working days' notice an absence report needs ("tenminste 3 werkdagen").
    int absenceNoticeDays = 3;
    LoginOptions login;
    /// The account (password, second factor, registration) is not the portal's to manage:
    /// a FHIR server has none of it, the organisation's own systems do. The app then says
    /// where a user would look for them.
    bool accountManagedElsewhere = false;

    [[nodiscard]] static Organisation fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] bool isValid() const { return !name.isEmpty(); }
};

/// The organisation's privacy statement: plain text, paragraphs split by blank lines.
struct PrivacyStatement {
    QDate updatedOn;
    QString nl;
    QString en;

    [[nodiscard]] static PrivacyStatement fromJson(const QJsonObject &json);
    [[nodiscard]] bool isValid() const { return !nl.isEmpty(); }
    [[nodiscard]] QString text(const QString &language) const {
        return language == QLatin1String("en") && !en.isEmpty() ? en : nl;
    }
};

} // namespace careportal
