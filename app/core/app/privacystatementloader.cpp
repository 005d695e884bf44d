// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/privacystatementloader.h"

#include "backend/carebackend.h"
#include "settings/languagesettings.h"
#include "util/dateformatter.h"
#include "util/futureresult.h"

namespace careportal {

PrivacyStatementLoader::PrivacyStatementLoader(CareBackend *backend, LanguageSettings *language,
                                               QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_language(language) {
    // The text and the date follow the language switch on the login screen.
    connect(m_language, &LanguageSettings::codeChanged, this, &PrivacyStatementLoader::changed);
}

QString PrivacyStatementLoader::text() const {
    return m_statement.text(m_language->code());
}

QString PrivacyStatementLoader::updatedOnText() const {
    if (!m_statement.updatedOn.isValid())
        return {};
    return DateFormatter(m_language->code()).dayText(m_statement.updatedOn);
}

void PrivacyStatementLoader::load() {
    if (m_status == Status::Loading)
        return;
    m_status = Status::Loading;
    m_errorMessage.clear();
    Q_EMIT changed();
    onResult(m_backend->privacyStatement(), this, [this](const Result<PrivacyStatement> &result) {
        if (result.ok()) {
            m_statement = result.value();
            m_status = Status::Ready;
        } else {
            // What was shown before stays readable; the message says why it is not fresh.
            m_status = m_statement.isValid() ? Status::Ready : Status::Failed;
            m_errorMessage = result.error().message(m_language->code());
        }
        Q_EMIT changed();
    });
}

} // namespace careportal
