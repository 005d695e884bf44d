// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/businessaccount.h"
#include "domain/account.h"
#include "network/apierror.h"
#include "passwordpolicy.h"
#include "storage/cachedatabase.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace careportal {

class CareBackend;
class CacheDatabase;
class DeviceTokens;
struct LoginResult;
class LanguageSettings;
class LoginJob;
class TokenStore;

/// Who is logged in, and the steps to get there: login, the forced first password change,
/// restoring a session from the keychain at start, logout. QML shows the state; all rules
/// live here so that tests can drive them without a screen. The network steps of a login
/// (password, second factor) run in a LoginJob; the Session keeps the state it leads to.
class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.session")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    /// A success, said once where the user lands ("Uw wachtwoord is gewijzigd." on Home):
    /// shown as a success, not as a notice, and gone at logout.
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY confirmationChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY accountChanged)
    Q_PROPERTY(QString clientId READ clientId NOTIFY accountChanged)
    Q_PROPERTY(QString clientName READ clientName NOTIFY accountChanged)
    /// The parts of the shown client's portal this account may use ("planning", "dossier",
    /// …; an authorised contact person may have fewer). Empty while no client is chosen.
    /// For a business contact the switches that are on at the chosen organisation:
    /// "administrator", "portalUser", "emailServices", "allProjects".
    Q_PROPERTY(QStringList rights READ rights NOTIFY accountChanged)
    /// Everyone this account may act for: [{id, displayName, relation}], by name.
    Q_PROPERTY(QVariantList clients READ clientsForQml NOTIFY accountChanged)
    /// More than one client and none chosen yet: the app asks which one first.
    Q_PROPERTY(bool needsClientChoice READ needsClientChoice NOTIFY accountChanged)
    /// Looking at someone else's data (or able to switch): the app says whose.
    Q_PROPERTY(bool actsForOthers READ actsForOthers NOTIFY accountChanged)
    /// "client" (a client-portal account) or "business" (a business contact, seed 004):
    /// which menu and pages the app shows.
    Q_PROPERTY(QString accountKind READ accountKind NOTIFY accountChanged)
    /// A business contact's organisations and the chosen one.
    Q_PROPERTY(careportal::BusinessAccount *business READ business CONSTANT)
    Q_PROPERTY(bool keychainAvailable READ keychainAvailable NOTIFY keychainAvailableChanged)
    /// False on a kiosk: "Dit apparaat onthouden" is not offered there.
    Q_PROPERTY(bool canRememberDevice READ canRememberDevice CONSTANT)
    /// While SecondFactorRequired: "sms" or "totp", and for "sms" the masked phone number.
    Q_PROPERTY(QString factorMethod READ factorMethod NOTIFY factorChanged)
    Q_PROPERTY(QString factorDestination READ factorDestination NOTIFY factorChanged)
public:
    [[nodiscard]] bool canRememberDevice() const;
    enum class State {
        Starting,
        LoggedOut,
        SecondFactorRequired,
        PasswordChangeRequired,
        LoggedIn
    };
    Q_ENUM(State)

    Session(CareBackend *backend, TokenStore *tokens, CacheDatabase *cache,
            LanguageSettings *language, QObject *parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] QString confirmation() const { return m_confirmation; }
    [[nodiscard]] QString displayName() const { return m_account.displayName; }
    [[nodiscard]] QString clientId() const;
    [[nodiscard]] QString clientName() const;
    [[nodiscard]] QStringList rights() const;
    [[nodiscard]] QVariantList clientsForQml() const;
    [[nodiscard]] bool needsClientChoice() const;
    [[nodiscard]] bool actsForOthers() const;
    [[nodiscard]] bool keychainAvailable() const;
    [[nodiscard]] QString accountKind() const {
        return m_account.kind == Account::Kind::Business ? QStringLiteral("business")
                                                         : QStringLiteral("client");
    }
    [[nodiscard]] BusinessAccount *business() const { return m_business; }
    [[nodiscard]] QString factorMethod() const { return m_factorMethod; }
    [[nodiscard]] QString factorDestination() const { return m_factorDestination; }
    [[nodiscard]] const Account &account() const { return m_account; }
    /// The organisation's password rules: a new password must meet them, and the
    /// checklist (PasswordRulesModel) shows them.
    [[nodiscard]] const PasswordPolicy &passwordPolicy() const { return m_policy; }
    void setPasswordPolicy(const PasswordPolicy &policy) {
        m_policy = policy;
        Q_EMIT passwordPolicyChanged();
    }

    /// Picks up a session kept in the keychain by an earlier run.
    Q_INVOKABLE void restore();
    Q_INVOKABLE void login(const QString &username, const QString &password);
    /// The code of the second factor; with `rememberDevice` this device skips it for 90
    /// days (its token goes to the keychain).
    Q_INVOKABLE void completeSecondFactor(const QString &code, bool rememberDevice);
    /// "Géén code ontvangen?": a new text message (rate limited by the server).
    Q_INVOKABLE void resendCode();
    /// A login through the identity provider (ProviderLogin) that the server accepted:
    /// from here on as after a password login.
    void startProviderSession(const LoginResult &result);
    /// Back to the login screen from the code screen.
    Q_INVOKABLE void cancelSecondFactor();
    Q_INVOKABLE void changePassword(const QString &current, const QString &next,
                                    const QString &repeat);
    Q_INVOKABLE void logout();
    /// "Overal uitloggen": ends every session of the account on the server (other devices
    /// included), then this one. Offline it fails with a message and nothing changes.
    Q_INVOKABLE void logoutEverywhere();
    Q_INVOKABLE void clearNotice();
    Q_INVOKABLE void clearConfirmation();
    /// The app already tells that there is no keychain (and what that means for the
    /// session): the session then does not say it a second time.
    void setKeychainNoticeElsewhere(bool elsewhere) { m_keychainNoticeElsewhere = elsewhere; }
    /// A kiosk's next person: in whatever state, nothing of the previous one stays — not
    /// the session, not writes kept after an expiry, not a notice, an error or a second
    /// factor half done.
    void forgetUser();
    /// Acts for this client from now on (one of `clients`); every page starts afresh.
    Q_INVOKABLE void chooseClient(const QString &clientId);
    /// Back to the choice of client (from the menu, Home or the banner).
    Q_INVOKABLE void switchClient();
    /// Called when the server no longer accepts the token: wipe it, back to login.
    void expire();

Q_SIGNALS:
    void stateChanged();
    void passwordPolicyChanged();
    void busyChanged();
    void errorMessageChanged();
    void noticeChanged();
    void confirmationChanged();
    void accountChanged();
    void keychainAvailableChanged();
    void factorChanged();
    void passwordChanged();
    /// The session ended. `queuedWritesKept`: it expired (the user did not choose to leave),
    /// so the writes not sent yet stay, sealed, for this user's next login.
    void loggedOut(bool queuedWritesKept);

private:
    void startLoginJob(const QString &username, const QString &password);
    void beginSecondFactor(const QString &method, const QString &destination);
    void codeRefused(const ApiError &error);
    void loginFailed(const ApiError &error);
    void leaveSecondFactor();
    /// Answers to anything asked before this point are ignored, and a login under way ends.
    void newEpoch();
    /// Tokens of a complete login: kept, then the account (or the forced password change).
    void startSession(const LoginResult &result);
    void fetchAccount();
    void setAccount(const Account &account);
    void setState(State state);
    void setBusy(bool busy);
    void setError(const QString &message);
    void setNotice(const QString &message);
    void setConfirmation(const QString &message);
    void showError(const ApiError &error);
    void storeTokens(const SessionTokens &tokens);
    void clearLocalSession(CacheDatabase::Wipe what = CacheDatabase::Wipe::Everything);
    [[nodiscard]] QString localPasswordProblem(const QString &current, const QString &next,
                                               const QString &repeat) const;

    CareBackend *m_backend;
    TokenStore *m_tokens;
    CacheDatabase *m_cache;
    LanguageSettings *m_language;
    DeviceTokens *m_deviceTokens;
    QPointer<LoginJob> m_loginJob; ///< The login under way, also while it waits for a code.
    QString m_factorMethod;
    QString m_factorDestination;
    [[nodiscard]] const ClientRef *currentClient() const;
    [[nodiscard]] QString relationText(const QString &relation) const;

    Account m_account;
    QString m_chosenClientId; ///< Empty until chosen; with one client that one counts.
    BusinessAccount *m_business;
    PasswordPolicy m_policy;
    State m_state = State::Starting;
    bool m_busy = false;
    quint64 m_epoch = 0; ///< Bumped at login and logout; older answers are ignored.
    bool m_keychainNoticeShown = false;
    bool m_keychainNoticeElsewhere = false;
    QString m_errorMessage;
    QString m_notice;
    QString m_confirmation;
};

} // namespace careportal
