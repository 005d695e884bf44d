// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/session.h"

#include "auth/devicetokens.h"
#include "auth/loginjob.h"
#include "backend/carebackend.h"
#include "settings/languagesettings.h"
#include "storage/cachedatabase.h"
#include "storage/tokenstore.h"
#include "util/futureresult.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcSession, "careportal.session")

namespace careportal {

namespace {
const QString accountCacheKey = QStringLiteral("account");
}

Session::Session(CareBackend *backend, TokenStore *tokens, CacheDatabase *cache,
                 LanguageSettings *language, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_tokens(tokens)
    , m_cache(cache)
    , m_language(language)
    , m_deviceTokens(new DeviceTokens(tokens->key(), tokens->keeping(), this))
    , m_business(new BusinessAccount(this)) {
    connect(m_business, &BusinessAccount::changed, this, &Session::accountChanged);
    connect(m_tokens, &TokenStore::keychainAvailableChanged, this,
            &Session::keychainAvailableChanged);
    // A refresh spends the old refresh token: keep the new pair, or the next start fails.
    connect(m_backend, &CareBackend::sessionTokensRotated, this,
            [this](const SessionTokens &rotated) {
                if (m_state != State::LoggedOut)
                    storeTokens(rotated);
            });
}

bool Session::keychainAvailable() const {
    return m_tokens->keychainAvailable();
}

void Session::restore() {
    setBusy(true);
    onResult(m_tokens->load(), this, [this, epoch = m_epoch](const QByteArray &stored) {
        if (epoch != m_epoch)
            return; // logged in or out meanwhile
        setBusy(false);
        const SessionTokens tokens = SessionTokens::fromStored(stored);
        if (tokens.isEmpty()) {
            setState(State::LoggedOut);
            return;
        }
        m_backend->setSessionTokens(tokens);
        // Show the cached account at once (the planning is readable offline), then confirm.
        const Account cached = Account::fromJson(
            QJsonDocument::fromJson(m_cache->sealedValue(accountCacheKey)).object());
        if (cached.isValid() && !cached.mustChangePassword) {
            setAccount(cached);
            setState(State::LoggedIn);
        }
        fetchAccount();
    });
}

void Session::login(const QString &username, const QString &password) {
    if (m_busy)
        return; // one attempt at a time (Enter pressed twice must not log in twice)
    setError({});
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        setError(tr("Vul uw gebruikersnaam en wachtwoord in."));
        return;
    }
    setBusy(true);
    newEpoch();
    startLoginJob(username, password);
}

void Session::startLoginJob(const QString &username, const QString &password) {
    auto *job = new LoginJob(m_backend, m_deviceTokens, username, password, this);
    m_loginJob = job;
    connect(job, &LoginJob::secondFactorRequired, this, &Session::beginSecondFactor);
    connect(job, &LoginJob::codeRefused, this, &Session::codeRefused);
    connect(job, &LoginJob::failed, this, &Session::loginFailed);
    connect(job, &LoginJob::finished, this, [this, job] { startSession(job->result()); });
    job->start();
}

void Session::newEpoch() {
    ++m_epoch;
    if (m_loginJob)
        m_loginJob->abort();
}

void Session::startSession(const LoginResult &result) {
    // What was said about the last session (logged out everywhere, a keychain that would
    // not forget it, a code sent again) no longer applies to this one.
    setNotice({});
    m_backend->setSessionTokens(result.tokens());
    storeTokens(result.tokens());
    if (result.mustChangePassword) {
        setBusy(false);
        setState(State::PasswordChangeRequired);
        return;
    }
    fetchAccount();
}

void Session::startProviderSession(const LoginResult &result) {
    // The identity provider did password and second factor; the server's answer is the
    // same session a password login gets.
    setError({});
    setBusy(true);
    newEpoch();
    startSession(result);
}

void Session::beginSecondFactor(const QString &method, const QString &destination) {
    // The job has handed the waiting token to the backend; it is never kept.
    m_factorMethod = method;
    m_factorDestination = destination;
    Q_EMIT factorChanged();
    setBusy(false);
    setState(State::SecondFactorRequired);
}

void Session::codeRefused(const ApiError &error) {
    // A wrong code (or none sent): the code screen stays, with the reason.
    setBusy(false);
    showError(error);
}

void Session::loginFailed(const ApiError &error) {
    // An attempt the server ended cannot go on: log in again.
    if (m_state == State::SecondFactorRequired)
        leaveSecondFactor();
    setBusy(false);
    showError(error);
}

void Session::leaveSecondFactor() {
    newEpoch();
    m_backend->setSessionTokens({});
    m_factorMethod.clear();
    m_factorDestination.clear();
    Q_EMIT factorChanged();
    setBusy(false);
    setState(State::LoggedOut);
}

void Session::forgetUser() {
    if (m_state == State::Starting)
        return;
    cancelSecondFactor();
    if (m_state == State::LoggedOut)
        clearLocalSession(); // everything, also what an expiry kept
    else
        logout();
    setNotice({});
    setError({});
}

bool Session::canRememberDevice() const {
    return m_deviceTokens->canRemember();
}

void Session::completeSecondFactor(const QString &code, bool rememberDevice) {
    rememberDevice = rememberDevice && canRememberDevice();
    if (m_busy || m_state != State::SecondFactorRequired || !m_loginJob ||
        !m_loginJob->waitsForCode())
        return;
    setError({});
    static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
    if (!sixDigits.match(code.trimmed()).hasMatch()) {
        setError(tr("Vul de zes cijfers van de code in."));
        return;
    }
    setBusy(true);
    m_loginJob->submitCode(code.trimmed(), rememberDevice);
}

void Session::resendCode() {
    if (m_busy || m_state != State::SecondFactorRequired)
        return;
    setError({});
    setNotice({});
    setBusy(true);
    onResult(m_backend->resendSecondFactorCode(), this,
             [this, epoch = m_epoch](const Result<Done> &result) {
                 if (epoch != m_epoch)
                     return;
                 setBusy(false);
                 if (!result.ok()) {
                     showError(result.error());
                     return;
                 }
                 // A non-breaking hyphen: "06-" and the rest stay on one line.
                 setNotice(tr("Er is een nieuwe code gestuurd naar %1.")
                               .arg(QString(m_factorDestination).replace(u'-', QChar(0x2011))));
             });
}

void Session::cancelSecondFactor() {
    if (m_state != State::SecondFactorRequired)
        return;
    setError({});
    leaveSecondFactor();
}

QString Session::localPasswordProblem(const QString &current, const QString &next,
                                      const QString &repeat) const {
    if (current.isEmpty())
        return tr("Vul uw huidige wachtwoord in.");
    if (next != repeat)
        return tr("De nieuwe wachtwoorden zijn niet gelijk. Vul tweemaal hetzelfde wachtwoord in.");
    if (!m_policy.accepts(next))
        return tr("Het nieuwe wachtwoord voldoet nog niet aan alle eisen.");
    if (next == current)
        return tr("Kies een nieuw wachtwoord dat anders is dan uw huidige wachtwoord.");
    return {};
}

void Session::changePassword(const QString &current, const QString &next, const QString &repeat) {
    if (m_busy)
        return;
    setError({});
    const QString problem = localPasswordProblem(current, next, repeat);
    if (!problem.isEmpty()) {
        setError(problem);
        return;
    }
    setBusy(true);
    onResult(m_backend->changePassword(current, next), this,
             [this, epoch = m_epoch](const Result<Done> &result) {
                 if (epoch != m_epoch)
                     return;
                 if (!result.ok() && result.error().kind == ApiError::Kind::Unauthorized) {
                     expire(); // e.g. the server ended the session after repeated wrong guesses
                     return;
                 }
                 if (!result.ok()) {
                     setBusy(false);
                     showError(result.error());
                     return;
                 }
                 Q_EMIT passwordChanged();
                 // Said on Home, where both the first login and the menu's change lead.
                 setConfirmation(tr("Uw wachtwoord is gewijzigd."));
                 if (m_state == State::PasswordChangeRequired) {
                     fetchAccount();
                     return;
                 }
                 setBusy(false);
             });
}

void Session::logout() {
    // The request takes the token with it, so the local wipe can happen at once: on a
    // shared PC nothing of this user may stay on screen or on disk while the server is
    // slow or unreachable. The revoke is sent in the background; if the server cannot be
    // reached the token simply expires there.
    const QFuture<Result<Done>> revoke = m_backend->logout();
    onResult(revoke, this, [](const Result<Done> &result) {
        if (!result.ok())
            qCInfo(lcSession) << "token not revoked on the server:" << result.error().code;
    });
    clearLocalSession();
}

void Session::logoutEverywhere() {
    if (m_busy)
        return;
    setError({});
    setBusy(true);
    // Unlike logout(), this must reach the server to mean anything: offline, the user
    // stays logged in here and is told so.
    onResult(m_backend->logoutEverywhere(), this,
             [this, epoch = m_epoch](const Result<Done> &result) {
                 if (epoch != m_epoch)
                     return;
                 if (!result.ok() && result.error().kind != ApiError::Kind::Unauthorized) {
                     setBusy(false);
                     showError(result.error());
                     return;
                 }
                 clearLocalSession();
                 setNotice(tr("U bent op al uw apparaten uitgelogd. Log opnieuw in om verder "
                              "te gaan."));
             });
}

void Session::expire() {
    clearLocalSession(CacheDatabase::Wipe::KeepQueuedWrites);
    setError(ApiError::make(ApiError::Kind::Unauthorized).message(m_language->code()));
}

void Session::clearNotice() {
    setNotice({});
}

void Session::clearConfirmation() {
    setConfirmation({});
}

void Session::fetchAccount() {
    setBusy(true);
    onResult(m_backend->me(), this, [this, epoch = m_epoch](const Result<Account> &result) {
        if (epoch != m_epoch)
            return; // a logout or new login came first
        setBusy(false);
        if (result.ok()) {
            setAccount(result.value());
            setState(result.value().mustChangePassword ? State::PasswordChangeRequired
                                                       : State::LoggedIn);
            return;
        }
        const auto kind = result.error().kind;
        if (kind == ApiError::Kind::Unauthorized) {
            expire();
        } else if (kind == ApiError::Kind::Forbidden) {
            setState(State::PasswordChangeRequired);
        } else if (m_state != State::LoggedIn) {
            // Offline without a cached account: nothing to show, so back to the login screen.
            showError(result.error());
            setState(State::LoggedOut);
        }
    });
}

void Session::setAccount(const Account &account) {
    // Writes kept after an expired session are sent only for the account that made them.
    m_cache->claimQueuedWrites(account.accountId);
    m_account = account;
    // A choice stays only while the server still lists that client (access can end).
    if (!currentClient())
        m_chosenClientId.clear();
    m_business->setOrganisations(account.organisations);
    if (!account.mustChangePassword)
        m_cache->storeSealedValue(accountCacheKey,
                                  QJsonDocument(account.toJson()).toJson(QJsonDocument::Compact));
    Q_EMIT accountChanged();
}

void Session::storeTokens(const SessionTokens &tokens) {
    onResult(m_tokens->save(tokens.toStored()), this, [this](bool inKeychain) {
        // A kiosk keeps the session in memory on purpose: nothing to tell there.
        const bool byDesign = m_tokens->keeping() == TokenStore::Keeping::MemoryOnly;
        if (!inKeychain && !byDesign && !m_keychainNoticeShown && !m_keychainNoticeElsewhere) {
            m_keychainNoticeShown = true;
            setNotice(
                tr("Er is geen beveiligde opslag (sleutelbos) beschikbaar. Uw sessie wordt niet "
                   "bewaard: u moet de volgende keer opnieuw inloggen."));
        }
    });
}

void Session::clearLocalSession(CacheDatabase::Wipe what) {
    newEpoch(); // answers to anything asked before this point are ignored
    // What was said in the session ("Uw wachtwoord is gewijzigd.", a code sent again, no
    // keychain for it) ends with it: the login screen must not repeat it to the next one.
    setNotice({});
    setConfirmation({});
    onResult(m_tokens->remove(), this, [this](bool removed) {
        if (removed)
            return;
        const QString warning =
            tr("Uw sessie kon niet uit de sleutelbos worden verwijderd. Meld u af bij het "
               "besturingssysteem als anderen deze computer gebruiken.");
        // Added to what the logout itself said ("Overal uitloggen"), not in its place, and
        // said once: every further logout on this machine would fail the same way.
        if (m_notice.contains(warning))
            return;
        setNotice(m_notice.isEmpty() ? warning : m_notice + QLatin1Char('\n') + warning);
    });
    m_backend->setSessionTokens({});
    setBusy(false);
    m_cache->wipe(what);
    m_account = {};
    m_chosenClientId.clear();
    m_business->setOrganisations({});
    Q_EMIT accountChanged();
    setState(State::LoggedOut);
    Q_EMIT loggedOut(what == CacheDatabase::Wipe::KeepQueuedWrites);
}

void Session::showError(const ApiError &error) {
    setError(error.message(m_language->code()));
}

void Session::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void Session::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void Session::setError(const QString &message) {
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

void Session::setConfirmation(const QString &message) {
    if (m_confirmation == message)
        return;
    m_confirmation = message;
    Q_EMIT confirmationChanged();
}

void Session::setNotice(const QString &message) {
    if (m_notice == message)
        return;
    m_notice = message;
    Q_EMIT noticeChanged();
}

} // namespace careportal
