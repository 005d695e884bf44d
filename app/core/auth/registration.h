// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace careportal {

class CareBackend;
class LanguageSettings;

/// "Aanmelden cliëntportaal" (seed 002) from the login screen: the requester's name, phone
/// and e-mail, their relation to the client and (unless it is themselves) the client's.
/// Fields are checked as the user types with the server's own rules (ContactValidation);
/// what the server still refuses comes back per field.
class Registration : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.registration")
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool sent READ sent NOTIFY changed)
public:
    static constexpr int kMaxNameLength = 100;

    Registration(CareBackend *backend, LanguageSettings *language, QObject *parent = nullptr);

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool sent() const { return m_sent; }

    Q_INVOKABLE [[nodiscard]] QString nameError(const QString &name) const;
    Q_INVOKABLE [[nodiscard]] QString phoneError(const QString &phone, bool required) const;
    Q_INVOKABLE [[nodiscard]] QString emailError(const QString &email, bool required) const;

    /// `fields`: requesterFirstName, requesterSurname, requesterPhone, requesterEmail,
    /// relation (self, representative, contact), clientFirstName, clientSurname,
    /// clientPhone, clientEmail — as the API names them.
    Q_INVOKABLE void submit(const QVariantMap &fields);
    /// Back to an empty form (leaving the screen).
    Q_INVOKABLE void restart();

Q_SIGNALS:
    void changed();
    /// The server refused: messages per field (by API name), or one message for the form.
    void failed(const QVariantMap &fieldErrors, const QString &message);

private:
    CareBackend *m_backend;
    LanguageSettings *m_language;
    bool m_busy = false;
    bool m_sent = false;
    int m_generation = 0;
};

} // namespace careportal
