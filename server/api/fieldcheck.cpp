// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fieldcheck.h"

namespace careportal::server {

QString FieldCheck::text(const QString &key) {
    return read(key, false);
}

QString FieldCheck::multiLineText(const QString &key) {
    return read(key, true);
}

QString FieldCheck::read(const QString &key, bool newLines) {
    const QJsonValue value = m_body.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        add(key, ContactValidation::Issue::UnknownOption);
        return {};
    }
    QString text = value.toString().trimmed();
    if (ContactValidation::hasUnsafeCharacters(text, newLines))
        add(key, ContactValidation::Issue::UnknownOption);
    return text;
}

bool FieldCheck::flag(const QString &key) {
    const QJsonValue value = m_body.value(key);
    if (value.isUndefined() || value.isNull())
        return false;
    if (!value.isBool()) {
        add(key, ContactValidation::Issue::UnknownOption);
        return false;
    }
    return value.toBool();
}

void FieldCheck::add(const QString &field, ContactValidation::Issue issue, int maxLength) {
    if (issue == ContactValidation::Issue::None)
        return;
    for (const Problem::FieldError &existing : std::as_const(m_errors)) {
        if (existing.field == field)
            return; // the first problem of a field is the one worth reading
    }
    m_errors.append({field, ContactValidation::codeName(issue),
                     ContactValidation::message(issue, QStringLiteral("nl"), maxLength),
                     ContactValidation::message(issue, QStringLiteral("en"), maxLength)});
}

void FieldCheck::addPhone(const QString &field, const QString &value, bool required) {
    add(field, ContactValidation::checkPhone(value, required), ContactValidation::kPhoneMaxLength);
}

void FieldCheck::addEmail(const QString &field, const QString &value, bool required) {
    add(field, ContactValidation::checkEmail(value, required), ContactValidation::kEmailMaxLength);
}

} // namespace careportal::server
