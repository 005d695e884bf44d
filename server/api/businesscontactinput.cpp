// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "businesscontactinput.h"

#include "fieldcheck.h"

namespace careportal::server::businessinput {

namespace {

using Issue = ContactValidation::Issue;

void line(FieldCheck &check, const QString &field, const QString &value, bool required = false) {
    check.add(field, ContactValidation::checkLine(value, kMaxLineLength, required), kMaxLineLength);
}

} // namespace

bool isKnownGender(const QString &gender) {
    return gender.isEmpty() || gender == QLatin1String("man") || gender == QLatin1String("vrouw") ||
           gender == QLatin1String("onbekend");
}

bool isKnownFunction(const QList<LabelledOption> &functions, const QString &code) {
    return code.isEmpty() || std::any_of(functions.cbegin(), functions.cend(),
                                         [&](const LabelledOption &f) { return f.code == code; });
}

std::optional<ApiResponse> readContact(const QJsonObject &body,
                                       const QList<LabelledOption> &functions,
                                       BusinessContactRecord &c) {
    FieldCheck check(body);
    c.initials = check.text(QStringLiteral("initials"));
    c.firstName = check.text(QStringLiteral("firstName"));
    c.prefix = check.text(QStringLiteral("prefix"));
    c.surname = check.text(QStringLiteral("surname"));
    c.nickname = check.text(QStringLiteral("nickname"));
    const QString birthDate = check.text(QStringLiteral("birthDate"));
    c.birthDate = QDate::fromString(birthDate, Qt::ISODate);
    c.gender = check.text(QStringLiteral("gender"));
    c.address = check.text(QStringLiteral("address"));
    c.postalAddress = check.text(QStringLiteral("postalAddress"));
    c.phone = check.text(QStringLiteral("phone"));
    c.mobile = check.text(QStringLiteral("mobile"));
    c.email = check.text(QStringLiteral("email"));
    c.department = check.text(QStringLiteral("department"));
    c.functionCode = check.text(QStringLiteral("function"));
    c.functionOnCard = check.text(QStringLiteral("functionOnCard"));
    c.rights.emailServices = check.flag(QStringLiteral("emailServices"));
    c.rights.allProjects = check.flag(QStringLiteral("allProjects"));
    for (const auto &[field, value] : {std::pair{QStringLiteral("initials"), c.initials},
                                       {QStringLiteral("firstName"), c.firstName},
                                       {QStringLiteral("prefix"), c.prefix},
                                       {QStringLiteral("nickname"), c.nickname},
                                       {QStringLiteral("address"), c.address},
                                       {QStringLiteral("postalAddress"), c.postalAddress},
                                       {QStringLiteral("department"), c.department},
                                       {QStringLiteral("functionOnCard"), c.functionOnCard}})
        line(check, field, value);
    line(check, QStringLiteral("surname"), c.surname, true);
    check.addPhone(QStringLiteral("phone"), c.phone, false);
    check.addPhone(QStringLiteral("mobile"), c.mobile, false);
    check.addEmail(QStringLiteral("email"), c.email, true);
    if (!birthDate.isEmpty() &&
        (!c.birthDate.isValid() || c.birthDate > QDate::currentDate() || c.birthDate.year() < 1900))
        check.add(QStringLiteral("birthDate"), Issue::UnknownOption);
    if (!isKnownGender(c.gender))
        check.add(QStringLiteral("gender"), Issue::UnknownOption);
    if (!isKnownFunction(functions, c.functionCode))
        check.add(QStringLiteral("function"), Issue::UnknownOption);
    if (!check.ok())
        return check.problem();
    return std::nullopt;
}

} // namespace careportal::server::businessinput
