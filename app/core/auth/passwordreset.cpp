// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/passwordreset.h"

#include "backend/carebackend.h"
#include "settings/languagesettings.h"
#include "util/futureresult.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace careportal {

PasswordReset::PasswordReset(CareBackend *backend, LanguageSettings *language, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_language(language) {}

void PasswordReset::requestCode(const QString &username, const QString &email) {
    if (m_busy || username.trimmed().isEmpty() || email.trimmed().isEmpty())
        return;
    m_username = username.trimmed();
    m_busy = true;
    m_errorMessage.clear();
    Q_EMIT changed();
    const int generation = m_generation;
    onResult(m_backend->requestPasswordReset(m_username, email.trimmed()), this,
             [this, generation](const Result<Done> &result) {
                 if (generation != m_generation)
                     return;
                 finish(result.ok() ? Step::Confirm : Step::Request,
                        result.ok() ? QString() : result.error().message(m_language->code()));
             });
}

void PasswordReset::confirm(const QString &code, const QString &newPassword) {
    if (m_busy || m_step != Step::Confirm)
        return;
    m_busy = true;
    m_errorMessage.clear();
    Q_EMIT changed();
    const int generation = m_generation;
    onResult(m_backend->confirmPasswordReset(m_username, code.trimmed(), newPassword), this,
             [this, generation](const Result<Done> &result) {
                 if (generation != m_generation)
                     return;
                 finish(result.ok() ? Step::Done : Step::Confirm,
                        result.ok() ? QString() : result.error().message(m_language->code()));
             });
}

bool PasswordReset::openLink(const QUrl &link) {
    // Only our own scheme and shape: a link is input from outside the app.
    static const QRegularExpression eightDigits(QStringLiteral("^\\d{8}$"));
    const QUrlQuery query(link);
    const QString user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded).trimmed();
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).trimmed();
    if (link.scheme() != QLatin1String("careportal") ||
        link.host() != QLatin1String("reset-password") || user.isEmpty() || user.size() > 254 ||
        !eightDigits.match(code).hasMatch())
        return false;
    ++m_generation; // a request still on its way belongs to what came before
    m_step = Step::Confirm;
    m_busy = false;
    m_errorMessage.clear();
    m_username = user;
    m_linkCode = code;
    Q_EMIT changed();
    Q_EMIT linkOpened();
    return true;
}

void PasswordReset::restart() {
    ++m_generation;
    m_step = Step::Request;
    m_busy = false;
    m_errorMessage.clear();
    m_username.clear();
    m_linkCode.clear();
    Q_EMIT changed();
}

void PasswordReset::finish(Step next, const QString &errorMessage) {
    m_step = next;
    m_busy = false;
    m_errorMessage = errorMessage;
    Q_EMIT changed();
}

} // namespace careportal
