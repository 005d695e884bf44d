// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/registration.h"

#include "backend/carebackend.h"
#include "contactvalidation.h"
#include "settings/languagesettings.h"
#include "util/futureresult.h"

#include <QJsonObject>

namespace careportal {

namespace {

const QStringList kFields{QStringLiteral("requesterFirstName"), QStringLiteral("requesterSurname"),
                          QStringLiteral("requesterPhone"),     QStringLiteral("requesterEmail"),
                          QStringLiteral("relation"),           QStringLiteral("clientFirstName"),
                          QStringLiteral("clientSurname"),      QStringLiteral("clientPhone"),
                          QStringLiteral("clientEmail")};

} // namespace

Registration::Registration(CareBackend *backend, LanguageSettings *language, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_language(language) {}

QString Registration::nameError(const QString &name) const {
    return ContactValidation::message(ContactValidation::checkText(name, kMaxNameLength, true),
                                      m_language->code(), kMaxNameLength);
}

QString Registration::phoneError(const QString &phone, bool required) const {
    return ContactValidation::message(ContactValidation::checkPhone(phone, required),
                                      m_language->code(), ContactValidation::kPhoneMaxLength);
}

QString Registration::emailError(const QString &email, bool required) const {
    return ContactValidation::message(ContactValidation::checkEmail(email, required),
                                      m_language->code(), ContactValidation::kEmailMaxLength);
}

void Registration::submit(const QVariantMap &fields) {
    if (m_busy || m_sent)
        return;
    QJsonObject body;
    for (const QString &field : kFields)
        body.insert(field, fields.value(field).toString().trimmed());
    m_busy = true;
    Q_EMIT changed();
    onResult(m_backend->requestRegistration(body), this,
             [this, generation = m_generation](const Result<Done> &result) {
                 if (generation != m_generation)
                     return;
                 m_busy = false;
                 m_sent = result.ok();
                 Q_EMIT changed();
                 if (!result.ok())
                     Q_EMIT failed(result.error().fieldMessages(m_language->code()),
                                   result.error().message(m_language->code()));
             });
}

void Registration::restart() {
    ++m_generation;
    m_busy = false;
    m_sent = false;
    Q_EMIT changed();
}

} // namespace careportal
