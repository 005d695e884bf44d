// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace careportal {

/// The password rules of the portals (seed 000): at least 8 characters, an upper-case
/// letter, a digit, a special character such as ! * # — and never a "?".
/// The server enforces it and serves it; the app shows it as a live checklist.
class PasswordPolicy {
public:
    enum class Rule { MinLength, Uppercase, Digit, Special, NoForbiddenCharacter };

    /// The policy every portal in the seeds uses.
    [[nodiscard]] static PasswordPolicy portalDefault();
    /// Reads the `passwordPolicy` object of getOrganisation; missing keys keep the defaults.
    [[nodiscard]] static PasswordPolicy fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;

    /// The rules this policy actually asks for, in the order a checklist shows them.
    [[nodiscard]] QList<Rule> rules() const;
    [[nodiscard]] bool satisfies(Rule rule, const QString &password) const;
    [[nodiscard]] QList<Rule> violations(const QString &password) const;
    [[nodiscard]] bool accepts(const QString &password) const {
        return violations(password).isEmpty();
    }

    /// Stable machine name of a rule, as used in the API's `violations` list.
    [[nodiscard]] static QString ruleCode(Rule rule);

    int minLength = 8;
    bool requireUppercase = true;
    bool requireDigit = true;
    bool requireSpecial = true;
    QString forbiddenCharacters = QStringLiteral("?");
};

} // namespace careportal
