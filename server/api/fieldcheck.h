// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "contactvalidation.h"
#include "http/problem.h"

#include <QJsonObject>

namespace careportal::server {

/// Collects what is wrong with the fields of one request body, so the answer names every
/// field at once (the app shows each message beside its field) instead of one per try.
class FieldCheck {
public:
    explicit FieldCheck(const QJsonObject &body)
        : m_body(body) {}

    /// The trimmed string at `key`; "" when absent or null. Any other JSON type, and a
    /// string with a control or format character (ContactValidation::hasUnsafeCharacters,
    /// a new line included), is recorded as an invalid field: every one-line field of the
    /// API is read through here, so none of them stores what could deceive a reader.
    [[nodiscard]] QString text(const QString &key);
    /// As text(), for free text of several lines: new lines are allowed.
    [[nodiscard]] QString multiLineText(const QString &key);
    /// The boolean at `key`; false when absent. Other types are recorded as invalid.
    [[nodiscard]] bool flag(const QString &key);

    /// Records `issue` (if any) for `field`; `maxLength` fills in the too-long message.
    void add(const QString &field, ContactValidation::Issue issue, int maxLength = 0);
    /// Records what is wrong with `value` as a phone number or e-mail address of `field`:
    /// the checks and maximum lengths every contact form of the API shares.
    void addPhone(const QString &field, const QString &value, bool required);
    void addEmail(const QString &field, const QString &value, bool required);

    [[nodiscard]] bool ok() const { return m_errors.isEmpty(); }
    /// 422 with every recorded field error.
    [[nodiscard]] ApiResponse problem() const { return Problem::validation(m_errors); }

private:
    [[nodiscard]] QString read(const QString &key, bool newLines);

    QJsonObject m_body;
    QList<Problem::FieldError> m_errors;
};

} // namespace careportal::server
