// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settings/languagesettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
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
    if (code == m_code && m_translatorsLoaded)
        return;
    m_code = code;
    loadTranslators(code);
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT codeChanged();
}

void LanguageSettings::loadTranslators(const QString &code) {
    m_translatorsLoaded = true;
    for (QTranslator *translator : {&m_translator, &m_qtBaseTranslator, &m_qtDialogsTranslator})
        QCoreApplication::removeTranslator(translator);
    // CarePortal's source texts are Dutch: English has every text in its file, Dutch only
    // the plural forms of the %n texts ("%n acties": "1 actie").
    if (m_translator.load(code == QLatin1String("en") ? QStringLiteral(":/i18n/careportal_en.qm")
                                                      : QStringLiteral(":/i18n/careportal_nl.qm")))
        QCoreApplication::installTranslator(&m_translator);
    if (code == QLatin1String("en"))
        return;
    // Qt's source texts are English. qtbase_nl comes with Debian's qt6-translations-l10n;
    // without it the buttons stay English, nothing else is lost.
    if (m_qtBaseTranslator.load(QLocale(QStringLiteral("nl_NL")), QStringLiteral("qtbase"),
                                QStringLiteral("_"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtBaseTranslator);
    if (m_qtDialogsTranslator.load(QStringLiteral(":/i18n/qtdialogs_nl.qm")))
        QCoreApplication::installTranslator(&m_qtDialogsTranslator);
}

} // namespace careportal
