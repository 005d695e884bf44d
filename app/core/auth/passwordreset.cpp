#include "passwordreset.h"

#include "carebackend.h"
#include "futureresult.h"
#include "languagesettings.h"

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

void PasswordReset::restart() {
    ++m_generation;
    m_step = Step::Request;
    m_busy = false;
    m_errorMessage.clear();
    m_username.clear();
    Q_EMIT changed();
}

void PasswordReset::finish(Step next, const QString &errorMessage) {
    m_step = next;
    m_busy = false;
    m_errorMessage = errorMessage;
    Q_EMIT changed();
}

} // namespace careportal
