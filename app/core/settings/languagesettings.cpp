// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settings/languagesettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

namespace careportal {

LanguageSettings::LanguageSettings(QObject *parent)
    : QObject(parent) {}

QString LanguageSettings::storedCode() {
    return QSettings().value(QStringLiteral("language"), QStringLiteral("nl")).toString();
}

void LanguageSettings::setCode(const QString &requested) {
    apply(requested);
    if (m_remembersChoice)
        QSettings().setValue(QStringLiteral("language"), m_code);
}

void LanguageSettings::apply(const QString &requested) {
    const QString code =
        requested.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("nl");
    // Calendars and Qt.locale() in QML follow the chosen language, not the system's (also
    // for the first, default language, which returns early below).
    QLocale::setDefault(
        QLocale(code == QLatin1String("en") ? QStringLiteral("en_GB") : QStringLiteral("nl_NL")));
    if (code == m_code)
        return;
    m_code = code;
    QCoreApplication::removeTranslator(&m_translator);
    // The source texts are Dutch; only English needs a translation file.
    if (code == QLatin1String("en") && m_translator.load(QStringLiteral(":/i18n/careportal_en.qm")))
        QCoreApplication::installTranslator(&m_translator);
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT codeChanged();
}

} // namespace careportal
