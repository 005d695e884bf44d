// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The language: Dutch by default, English when chosen; only the user's own choice is
// remembered (a --lang on the command line is for that run only).
#include "settings/languagesettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using careportal::LanguageSettings;

class TestLanguageSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CarePortalTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languagesettings"));
    }
    void init() { QSettings().clear(); }

    void dutchByDefault() {
        QCOMPARE(LanguageSettings::storedCode(), QStringLiteral("nl"));
        LanguageSettings language;
        QCOMPARE(language.code(), QStringLiteral("nl"));
    }

    void applyIsNotRemembered() {
        LanguageSettings language;
        QSignalSpy changed(&language, &LanguageSettings::codeChanged);
        language.apply(QStringLiteral("en_GB"));
        QCOMPARE(language.code(), QStringLiteral("en"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(LanguageSettings::storedCode(), QStringLiteral("nl"));
    }

    void userChoiceIsRemembered() {
        LanguageSettings language;
        language.setCode(QStringLiteral("en"));
        QCOMPARE(LanguageSettings::storedCode(), QStringLiteral("en"));
        language.setCode(QStringLiteral("nl"));
        QCOMPARE(LanguageSettings::storedCode(), QStringLiteral("nl"));
    }

    void englishTranslationIsLoaded() {
        LanguageSettings language;
        language.apply(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("careportal::Session", "Uw wachtwoord is gewijzigd."),
                 QStringLiteral("Your password has been changed."));
        language.apply(QStringLiteral("nl"));
        QCOMPARE(QCoreApplication::translate("careportal::Session", "Uw wachtwoord is gewijzigd."),
                 QStringLiteral("Uw wachtwoord is gewijzigd."));
    }

    // "%n" texts in their real forms, in Dutch (the source language's own plural forms,
    // careportal_nl.ts) and in English.
    void pluralForms() {
        LanguageSettings language;
        language.apply(QStringLiteral("nl"));
        const auto visits = [](int n) {
            return QCoreApplication::translate("PlanningPage", "Nog %n bezoeken", nullptr, n);
        };
        const auto actions = [](int n) {
            return QCoreApplication::translate("DossierCarePlan", "%n acties", nullptr, n);
        };
        QCOMPARE(visits(1), QStringLiteral("Nog 1 bezoek"));
        QCOMPARE(visits(3), QStringLiteral("Nog 3 bezoeken"));
        QCOMPARE(actions(1), QStringLiteral("1 actie"));
        QCOMPARE(actions(2), QStringLiteral("2 acties"));
        language.apply(QStringLiteral("en"));
        QCOMPARE(visits(1), QStringLiteral("1 more visit"));
        QCOMPARE(visits(3), QStringLiteral("3 more visits"));
        QCOMPARE(actions(1), QStringLiteral("1 action"));
        QCOMPARE(actions(2), QStringLiteral("2 actions"));
        language.apply(QStringLiteral("nl"));
        QCOMPARE(visits(1), QStringLiteral("Nog 1 bezoek"));
    }

    void unknownLanguageFallsBackToDutch() {
        LanguageSettings language;
        language.apply(QStringLiteral("fr"));
        QCOMPARE(language.code(), QStringLiteral("nl"));
    }
};

QTEST_GUILESS_MAIN(TestLanguageSettings)
#include "tst_languagesettings.moc"
