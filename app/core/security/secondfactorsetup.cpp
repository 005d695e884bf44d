// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "security/secondfactorsetup.h"

#include "auth/session.h"
#include "backend/carebackend.h"
#include "contactvalidation.h"
#include "settings/languagesettings.h"
#include "util/futureresult.h"

#include <QRegularExpression>

namespace careportal {

namespace {

bool isSixDigits(const QString &code) {
    static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
    return sixDigits.match(code.trimmed()).hasMatch();
}

} // namespace

SecondFactorSetup::SecondFactorSetup(Session *session, CareBackend *backend,
                                     LanguageSettings *language, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_backend(backend)
    , m_language(language) {
    connect(m_session, &Session::loggedOut, this, &SecondFactorSetup::clear);
}

QString SecondFactorSetup::groupedSecret() const {
    QString grouped;
    for (qsizetype i = 0; i < m_setup.secret.size(); i += 4) {
        if (i > 0)
            grouped += QLatin1Char(' ');
        grouped += m_setup.secret.mid(i, 4);
    }
    return grouped;
}

template <typename T, typename Then>
void SecondFactorSetup::run(QFuture<Result<T>> future, Then then, bool keepMessages) {
    if (!keepMessages)
        setMessages({}, {});
    setBusy(true);
    onResult(future, this, [this, then, generation = m_generation](const Result<T> &result) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!result.ok()) {
            if (result.error().kind == ApiError::Kind::Unauthorized)
                m_session->expire(); // e.g. five wrong passwords ended the session
            else
                setMessages(result.error().message(m_language->code()), {});
            return;
        }
        then(result.value());
    });
}

void SecondFactorSetup::reload() {
    run(
        m_backend->secondFactorSettings(),
        [this](const SecondFactorSettings &settings) {
            m_settings = settings;
            m_loaded = true;
            Q_EMIT settingsChanged();
        },
        m_loaded); // the first load starts clean; later ones follow a change and its notice
}

void SecondFactorSetup::sendCode() {
    run(m_backend->sendStepUpCode(), [this](const Done &) {
        // A non-breaking hyphen: "06-" and the rest stay on one line.
        setMessages({}, tr("Er is een sms met een code gestuurd naar %1.")
                            .arg(QString(m_settings.phone).replace(u'-', QChar(0x2011))));
    });
}

void SecondFactorSetup::begin(const QString &password, const QString &code) {
    if (password.isEmpty()) {
        setMessages(tr("Vul uw huidige wachtwoord in."), {});
        return;
    }
    if (m_settings.changeNeedsCode && !isSixDigits(code)) {
        setMessages(tr("Vul de zes cijfers van de code in."), {});
        return;
    }
    run(m_backend->beginAuthenticator(password, code), [this](const AuthenticatorSetup &setup) {
        m_setup = setup;
        Q_EMIT stepChanged();
    });
}

void SecondFactorSetup::confirm(const QString &code) {
    if (!isSixDigits(code)) {
        setMessages(tr("Vul de zes cijfers van de code uit de app in."), {});
        return;
    }
    run(m_backend->confirmAuthenticator(code), [this](const Done &) {
        m_setup = {};
        Q_EMIT stepChanged();
        setMessages({}, tr("De authenticator-app is gekoppeld. Voortaan vult u bij het inloggen "
                           "de code uit de app in."));
        Q_EMIT changeDone();
        reload();
    });
}

void SecondFactorSetup::remove(const QString &password, const QString &code) {
    if (password.isEmpty() || !isSixDigits(code)) {
        setMessages(tr("Vul uw huidige wachtwoord en de code uit de app in."), {});
        return;
    }
    run(m_backend->removeAuthenticator(password, code), [this](const Done &) {
        setMessages({}, tr("De authenticator-app is ontkoppeld. U krijgt de code weer per sms."));
        Q_EMIT changeDone();
        reload();
    });
}

void SecondFactorSetup::changePhone(const QString &password, const QString &code,
                                    const QString &phone) {
    if (password.isEmpty() || (m_settings.changeNeedsCode && !isSixDigits(code))) {
        setMessages(m_settings.changeNeedsCode
                        ? tr("Vul uw huidige wachtwoord en de code van 6 cijfers in.")
                        : tr("Vul uw huidige wachtwoord in."),
                    {});
        return;
    }
    if (const QString problem = phoneError(phone); !problem.isEmpty()) {
        setMessages(problem, {});
        return;
    }
    run(m_backend->changePhone(password, code, phone), [this](const Done &) {
        setMessages({}, tr("Uw mobiele nummer is gewijzigd. De codes komen voortaan daar."));
        Q_EMIT changeDone();
        reload();
    });
}

QString SecondFactorSetup::phoneError(const QString &phone) const {
    return ContactValidation::message(ContactValidation::checkPhone(phone, true),
                                      m_language->code(), ContactValidation::kPhoneMaxLength);
}

void SecondFactorSetup::cancel() {
    m_setup = {};
    setMessages({}, {});
    Q_EMIT stepChanged();
}

void SecondFactorSetup::clear() {
    ++m_generation;
    m_settings = {};
    m_setup = {};
    m_loaded = false;
    setBusy(false);
    setMessages({}, {});
    Q_EMIT settingsChanged();
    Q_EMIT stepChanged();
}

void SecondFactorSetup::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void SecondFactorSetup::setMessages(const QString &error, const QString &notice) {
    if (m_errorMessage == error && m_notice == notice)
        return;
    m_errorMessage = error;
    m_notice = notice;
    Q_EMIT messagesChanged();
}

} // namespace careportal
