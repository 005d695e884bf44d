// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/organisation.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace careportal {

class CareBackend;
class LanguageSettings;

/// The organisation's "Privacyverklaring" for the screen reachable from login: fetched
/// when asked (no session needed), shown in the app's language, with a clear message when
/// the server cannot be reached. Never cached: the organisation's current text counts.
class PrivacyStatementLoader : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.privacyStatement")
    Q_PROPERTY(Status status READ status NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(QString updatedOnText READ updatedOnText NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
public:
    enum class Status { Idle, Loading, Ready, Failed };
    Q_ENUM(Status)

    PrivacyStatementLoader(CareBackend *backend, LanguageSettings *language,
                           QObject *parent = nullptr);

    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] QString text() const;
    /// "25 nov 2026" in the app's language; empty before it is loaded.
    [[nodiscard]] QString updatedOnText() const;
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    /// Fetches the statement (again); a load in flight is not doubled.
    Q_INVOKABLE void load();

Q_SIGNALS:
    void changed();

private:
    CareBackend *m_backend;
    LanguageSettings *m_language;
    Status m_status = Status::Idle;
    PrivacyStatement m_statement;
    QString m_errorMessage;
};

} // namespace careportal
