// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/result.h"
#include "domain/security.h"

#include <QFuture>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace careportal {

class CareBackend;
class LanguageSettings;
class Session;

/// The second factor under "Accountbeveiliging": how the codes come now, and linking or
/// unlinking an authenticator app. Linking takes two steps: the current password (and a
/// current code, by SMS or from the app already linked) gives a secret shown as a QR code
/// and as text; the first code from the app confirms it.
class SecondFactorSetup : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.secondFactor")
    Q_PROPERTY(bool loaded READ loaded NOTIFY settingsChanged)
    Q_PROPERTY(bool required READ required NOTIFY settingsChanged)
    Q_PROPERTY(QString method READ method NOTIFY settingsChanged)
    Q_PROPERTY(QString phone READ phone NOTIFY settingsChanged)
    Q_PROPERTY(bool changeNeedsCode READ changeNeedsCode NOTIFY settingsChanged)
    /// "idle", then "scan" while a new secret waits for its first code.
    Q_PROPERTY(QString step READ step NOTIFY stepChanged)
    Q_PROPERTY(QString secret READ secret NOTIFY stepChanged)
    Q_PROPERTY(QString groupedSecret READ groupedSecret NOTIFY stepChanged)
    Q_PROPERTY(QString uri READ uri NOTIFY stepChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messagesChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY messagesChanged)
public:
    SecondFactorSetup(Session *session, CareBackend *backend, LanguageSettings *language,
                      QObject *parent = nullptr);

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] bool required() const { return m_settings.required; }
    [[nodiscard]] QString method() const { return m_settings.method; }
    [[nodiscard]] QString phone() const { return m_settings.phone; }
    [[nodiscard]] bool changeNeedsCode() const { return m_settings.changeNeedsCode; }
    [[nodiscard]] QString step() const {
        return m_setup.isValid() ? QStringLiteral("scan") : QStringLiteral("idle");
    }
    [[nodiscard]] QString secret() const { return m_setup.secret; }
    /// "ABCD EFGH …": easier to copy by hand.
    [[nodiscard]] QString groupedSecret() const;
    [[nodiscard]] QString uri() const { return m_setup.uri; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString notice() const { return m_notice; }

    Q_INVOKABLE void reload();
    /// A text-message code to confirm a change (accounts without an authenticator app).
    Q_INVOKABLE void sendCode();
    Q_INVOKABLE void begin(const QString &password, const QString &code);
    Q_INVOKABLE void confirm(const QString &code);
    Q_INVOKABLE void remove(const QString &password, const QString &code);
    /// A new mobile number for the SMS codes (checked as the server does).
    Q_INVOKABLE void changePhone(const QString &password, const QString &code,
                                 const QString &phone);
    /// What is wrong with `phone` as the SMS number, in the user's language; "" when fine.
    Q_INVOKABLE [[nodiscard]] QString phoneError(const QString &phone) const;
    /// Leaves the scan step without linking.
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void settingsChanged();
    void stepChanged();
    void busyChanged();
    void messagesChanged();
    /// A change went through (app linked or unlinked, number changed): the form can close.
    void changeDone();

private:
    /// Runs `future`; on success `then`, on failure the server's message.
    /// `keepMessages`: a reload after a change must not wipe the notice that reports it.
    template <typename T, typename Then>
    void run(QFuture<Result<T>> future, Then then, bool keepMessages = false);
    void setBusy(bool busy);
    void setMessages(const QString &error, const QString &notice);
    void clear();

    Session *m_session;
    CareBackend *m_backend;
    LanguageSettings *m_language;
    SecondFactorSettings m_settings;
    AuthenticatorSetup m_setup;
    bool m_loaded = false;
    bool m_busy = false;
    quint64 m_generation = 0; ///< Bumped at logout; older answers are ignored.
    QString m_errorMessage;
    QString m_notice;
};

} // namespace careportal
