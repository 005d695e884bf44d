// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/dateformatter.h"

#include <QObject>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;

namespace careportal {

/// The user's language: Dutch first, English complete. Switching reloads the translators
/// and re-evaluates every qsTr() binding; dates follow through DateFormatter. Qt's own
/// texts (standard buttons, the non-native file dialog) follow the same choice.
class LanguageSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.language")
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)
public:
    explicit LanguageSettings(QObject *parent = nullptr);

    [[nodiscard]] QString code() const { return m_code; }
    /// The user's choice (the menu's language switch): applied and remembered.
    void setCode(const QString &code);
    /// Applies a language for this run only (start-up, --lang): nothing is remembered.
    void apply(const QString &code);
    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    /// A kiosk remembers no one's choice: the next person starts in the default language.
    void setRemembersChoice(bool remembers) { m_remembersChoice = remembers; }
    [[nodiscard]] DateFormatter formatter() const { return DateFormatter(m_code); }
    /// Saved choice, or Dutch.
    [[nodiscard]] static QString storedCode();

Q_SIGNALS:
    void codeChanged();

private:
    void loadTranslators(const QString &code);

    QString m_code = QStringLiteral("nl");
    QTranslator m_translator;
    // In Dutch, the texts Qt itself draws: its dialogs' buttons (qtbase) and Qt Quick
    // Dialogs' labels where no native file dialog exists (ours, :/i18n/qtdialogs_nl.qm).
    QTranslator m_qtBaseTranslator;
    QTranslator m_qtDialogsTranslator;
    QQmlEngine *m_engine = nullptr;
    bool m_remembersChoice = true;
    bool m_translatorsLoaded = false; // the first apply() loads them, also for Dutch
};

} // namespace careportal
