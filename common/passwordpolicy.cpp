// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "passwordpolicy.h"

#include <algorithm>

namespace careportal {

namespace {

bool isSpecial(QChar c, const QString &forbidden) {
    return !c.isLetterOrNumber() && !c.isSpace() && c.isPrint() && !forbidden.contains(c);
}

} // namespace

PasswordPolicy PasswordPolicy::portalDefault() {
    return {};
}

PasswordPolicy PasswordPolicy::fromJson(const QJsonObject &json) {
    PasswordPolicy policy;
    policy.minLength = json.value(QLatin1String("minLength")).toInt(policy.minLength);
    policy.requireUppercase =
        json.value(QLatin1String("requireUppercase")).toBool(policy.requireUppercase);
    policy.requireDigit = json.value(QLatin1String("requireDigit")).toBool(policy.requireDigit);
    policy.requireSpecial =
        json.value(QLatin1String("requireSpecial")).toBool(policy.requireSpecial);
    policy.forbiddenCharacters =
        json.value(QLatin1String("forbiddenCharacters")).toString(policy.forbiddenCharacters);
    return policy;
}

QJsonObject PasswordPolicy::toJson() const {
    return {{QLatin1String("minLength"), minLength},
            {QLatin1String("requireUppercase"), requireUppercase},
            {QLatin1String("requireDigit"), requireDigit},
            {QLatin1String("requireSpecial"), requireSpecial},
            {QLatin1String("forbiddenCharacters"), forbiddenCharacters}};
}

QList<PasswordPolicy::Rule> PasswordPolicy::rules() const {
    QList<Rule> result{Rule::MinLength};
    if (requireUppercase)
        result.append(Rule::Uppercase);
    if (requireSpecial)
        result.append(Rule::Special);
    if (requireDigit)
        result.append(Rule::Digit);
    if (!forbiddenCharacters.isEmpty())
        result.append(Rule::NoForbiddenCharacter);
    return result;
}

bool PasswordPolicy::satisfies(Rule rule, const QString &password) const {
    switch (rule) {
    case Rule::MinLength:
        return password.size() >= minLength;
    case Rule::Uppercase:
        return std::any_of(password.begin(), password.end(), [](QChar c) { return c.isUpper(); });
    case Rule::Digit:
        return std::any_of(password.begin(), password.end(), [](QChar c) { return c.isDigit(); });
    case Rule::Special:
        return std::any_of(password.begin(), password.end(),
                           [this](QChar c) { return isSpecial(c, forbiddenCharacters); });
    case Rule::NoForbiddenCharacter:
        return std::none_of(password.begin(), password.end(),
                            [this](QChar c) { return forbiddenCharacters.contains(c); });
    }
    return false;
}

QList<PasswordPolicy::Rule> PasswordPolicy::violations(const QString &password) const {
    QList<Rule> result;
    const auto all = rules();
    std::copy_if(all.begin(), all.end(), std::back_inserter(result),
                 [&](Rule rule) { return !satisfies(rule, password); });
    return result;
}

QString PasswordPolicy::ruleCode(Rule rule) {
    switch (rule) {
    case Rule::MinLength:
        return QStringLiteral("min-length");
    case Rule::Uppercase:
        return QStringLiteral("uppercase");
    case Rule::Digit:
        return QStringLiteral("digit");
    case Rule::Special:
        return QStringLiteral("special");
    case Rule::NoForbiddenCharacter:
        return QStringLiteral("forbidden-character");
    }
    return {};
}

} // namespace careportal
