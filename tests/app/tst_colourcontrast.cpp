// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// WCAG 2.2 contrast: the formula, the brand-colour fallback, and every text colour of the
// theme (read from the colour files in qml/, standard and high contrast) on every background
// it is used on.
#include "util/colourcontrast.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

using careportal::ColourContrast;

namespace {

/// `name: "#RRGGBB"` assignments and declarations of a colours file in qml/.
QHash<QString, QColor> coloursIn(const QString &fileName) {
    QFile file(QStringLiteral(CAREPORTAL_QML_DIR "/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression colour(
        QStringLiteral(R"re((?:property color )?(\w+): "(#[0-9A-Fa-f]{6})")re"));
    QHash<QString, QColor> colours;
    auto matches = colour.globalMatch(QString::fromUtf8(file.readAll()));
    while (matches.hasNext()) {
        const auto match = matches.next();
        colours.insert(match.captured(1), QColor(match.captured(2)));
    }
    return colours;
}

/// The theme's colours: the standard ones, or the high-contrast ones laid over them.
QHash<QString, QColor> themeColours(bool highContrast) {
    QHash<QString, QColor> colours = coloursIn(QStringLiteral("ThemeColours.qml"));
    if (highContrast)
        colours.insert(coloursIn(QStringLiteral("HighContrastColours.qml")));
    return colours;
}

} // namespace

class TestColourContrast : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formula() {
        QCOMPARE(ColourContrast::ratio(Qt::black, Qt::white), 21.0);
        QCOMPARE(ColourContrast::ratio(Qt::white, Qt::white), 1.0);
        // The classic borderline: #777777 on white is 4.48, just failing AA.
        QVERIFY(qAbs(ColourContrast::ratio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
        QVERIFY(qAbs(ColourContrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
        // Order does not matter.
        QCOMPARE(ColourContrast::ratio(Qt::white, QColor(0x1B, 0x6E, 0x8A)),
                 ColourContrast::ratio(QColor(0x1B, 0x6E, 0x8A), Qt::white));
    }

    void brandFallback_data() {
        QTest::addColumn<QColor>("brand");
        QTest::addColumn<bool>("keptAsIs");
        QTest::newRow("dark teal passes") << QColor(0x1B, 0x6E, 0x8A) << true;
        QTest::newRow("gold fails") << QColor(0xFF, 0xD7, 0x00) << false;
        QTest::newRow("light green fails") << QColor(0x7C, 0xD9, 0x8B) << false;
        QTest::newRow("white fails") << QColor(Qt::white) << false;
        QTest::newRow("black passes") << QColor(Qt::black) << true;
    }
    void brandFallback() {
        QFETCH(QColor, brand);
        QFETCH(bool, keptAsIs);
        const QList<QColor> backgrounds{Qt::white, QColor(0xF4, 0xF6, 0xF7)};
        const QColor readable =
            ColourContrast::readableAgainst(brand, backgrounds, ColourContrast::kTextMinimum);
        for (const QColor &background : backgrounds)
            QVERIFY2(ColourContrast::ratio(readable, background) >= ColourContrast::kTextMinimum,
                     qPrintable(readable.name()));
        QCOMPARE(readable == brand, keptAsIs);
        if (!keptAsIs && brand != QColor(Qt::white)) // the hue stays: still the brand
            QVERIFY(qAbs(readable.toHsl().hslHue() - brand.toHsl().hslHue()) <= 2);
    }

    void themeTextColours_data() {
        QTest::addColumn<bool>("highContrast");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("background");
        for (const bool highContrast : {false, true})
            addPairings(highContrast);
    }
    void themeTextColours() {
        QFETCH(bool, highContrast);
        QFETCH(QString, text);
        QFETCH(QString, background);
        const auto colours = themeColours(highContrast);
        QVERIFY2(colours.contains(text) && colours.contains(background), "colour not in qml/");
        const double ratio = ColourContrast::ratio(colours[text], colours[background]);
        // High contrast aims at AAA (7:1); the standard colours at AA.
        const double minimum = highContrast ? 7.0 : ColourContrast::kTextMinimum;
        QVERIFY2(ratio >= minimum, qPrintable(QString::number(ratio)));
    }

    void highContrastReplacesTheBrand() {
        const auto colours = themeColours(true);
        QVERIFY(colours.contains(QStringLiteral("primary")));
        // White text on the header and the main buttons.
        QVERIFY(ColourContrast::ratio(colours[QStringLiteral("primary")], Qt::white) >= 7.0);
        // Lines are as dark as text: every card and field edge stands out.
        QCOMPARE(colours[QStringLiteral("divider")], QColor(Qt::black));
        QVERIFY(themeColours(false)[QStringLiteral("divider")] != QColor(Qt::black));
    }

private:
    static void addPairings(bool highContrast) {
        const QString theme = highContrast ? QStringLiteral("high contrast: ") : QString();
        // Every pairing the screens use (see the QML: text on pages, cards, banners, rows).
        for (const QString &background :
             {QStringLiteral("background"), QStringLiteral("surface"),
              QStringLiteral("noticeBackground"), QStringLiteral("todayBackground"),
              QStringLiteral("successBackground")}) {
            for (const QString &text : {QStringLiteral("text"), QStringLiteral("mutedText")})
                QTest::newRow(qPrintable(theme + text + QStringLiteral(" on ") + background))
                    << highContrast << text << background;
        }
        QTest::newRow(qPrintable(theme + QStringLiteral("error on errorBackground")))
            << highContrast << QStringLiteral("error") << QStringLiteral("errorBackground");
        QTest::newRow(qPrintable(theme + QStringLiteral("error on surface")))
            << highContrast << QStringLiteral("error") << QStringLiteral("surface");
        QTest::newRow(qPrintable(theme + QStringLiteral("error on background")))
            << highContrast << QStringLiteral("error") << QStringLiteral("background");
        QTest::newRow(qPrintable(theme + QStringLiteral("success on surface")))
            << highContrast << QStringLiteral("success") << QStringLiteral("surface");
        QTest::newRow(qPrintable(theme + QStringLiteral("success on background")))
            << highContrast << QStringLiteral("success") << QStringLiteral("background");
        QTest::newRow(qPrintable(theme + QStringLiteral("success on successBackground")))
            << highContrast << QStringLiteral("success") << QStringLiteral("successBackground");
    }
};

QTEST_GUILESS_MAIN(TestColourContrast)
#include "tst_colourcontrast.moc"
