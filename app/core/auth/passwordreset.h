#pragma once

#include <QObject>
#include <QString>
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
public:
    enum class Step { Request, Confirm, Done };
    Q_ENUM(Step)

    PasswordReset(CareBackend *backend, LanguageSettings *language, QObject *parent = nullptr);

    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString username() const { return m_username; }

    Q_INVOKABLE void requestCode(const QString &username, const QString &email);
    Q_INVOKABLE void confirm(const QString &code, const QString &newPassword);
    /// Back to the first step (another user name, or leaving the screen).
    Q_INVOKABLE void restart();

Q_SIGNALS:
    void changed();

private:
    void finish(Step next, const QString &errorMessage);

    CareBackend *m_backend;
    LanguageSettings *m_language;
    Step m_step = Step::Request;
    bool m_busy = false;
    QString m_errorMessage;
    QString m_username;
    int m_generation = 0; // answers that arrive after restart() are dropped
};

} // namespace careportal
