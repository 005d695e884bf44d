// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace careportal {

class CareBackend;
class LanguageSettings;

/// "Wachtwoord vergeten?" from the login screen, in two steps: user name and e-mail address
/// (the server mails a code, or says nothing when they do not match), then the code and a
/// new password under the policy. Afterwards the user logs in with the new password.
class PasswordReset : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.passwordReset")
    Q_PROPERTY(Step step READ step NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    Q_PROPERTY(QString username READ username NOTIFY changed)
    /// The code a careportal:// link brought, to fill in; empty otherwise.
    Q_PROPERTY(QString linkCode READ linkCode NOTIFY changed)
public:
    enum class Step { Request, Confirm, Done };
    Q_ENUM(Step)

    PasswordReset(CareBackend *backend, LanguageSettings *language, QObject *parent = nullptr);

    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString username() const { return m_username; }
    [[nodiscard]] QString linkCode() const { return m_linkCode; }

    Q_INVOKABLE void requestCode(const QString &username, const QString &email);
    Q_INVOKABLE void confirm(const QString &code, const QString &newPassword);
    /// careportal://reset-password?user=…&code=… from the e-mail, handed over by the
    /// desktop: straight to the second step with both filled in. False (and nothing
    /// changes) for any other link.
    Q_INVOKABLE bool openLink(const QUrl &link);
    /// Back to the first step (another user name, or leaving the screen).
    Q_INVOKABLE void restart();

Q_SIGNALS:
    void changed();
    /// A reset link was opened: the login side shows the reset screen.
    void linkOpened();

private:
    void finish(Step next, const QString &errorMessage);

    CareBackend *m_backend;
    LanguageSettings *m_language;
    Step m_step = Step::Request;
    bool m_busy = false;
    QString m_errorMessage;
    QString m_username;
    QString m_linkCode;
    int m_generation = 0; // answers that arrive after restart() are dropped
};

} // namespace careportal
