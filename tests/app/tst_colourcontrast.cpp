// WCAG 2.2 contrast: the formula, the brand-colour fallback, and every text colour of the
// theme (read from qml/Theme.qml itself) on every background it is used on.
#include "colourcontrast.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

using careportal::ColourContrast;

namespace {

/// The fixed colours of Theme.qml: `readonly property color name: "#RRGGBB"`.
QHash<QString, QColor> themeColours() {
    QFile file(QStringLiteral(CAREPORTAL_THEME_QML));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression colour(
        QStringLiteral(R"re(readonly property color (\w+): "(#[0-9A-Fa-f]{6})")re"));
    QHash<QString, QColor> colours;
    auto matches = colour.globalMatch(QString::fromUtf8(file.readAll()));
    while (matches.hasNext()) {
        const auto match = matches.next();
        colours.insert(match.captured(1), QColor(match.captured(2)));
    }
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
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("background");
        // Every pairing the screens use (see the QML: text on pages, cards, banners, rows).
        for (const QString &background :
             {QStringLiteral("background"), QStringLiteral("surface"),
              QStringLiteral("noticeBackground"), QStringLiteral("todayBackground")}) {
            for (const QString &text : {QStringLiteral("text"), QStringLiteral("mutedText")})
                QTest::newRow(qPrintable(text + QStringLiteral(" on ") + background))
                    << text << background;
        }
        QTest::newRow("error on errorBackground") << "error"
                                                  << "errorBackground";
        QTest::newRow("error on surface") << "error"
                                          << "surface";
        QTest::newRow("error on background") << "error"
                                             << "background";
        QTest::newRow("success on surface") << "success"
                                            << "surface";
        QTest::newRow("success on background") << "success"
                                               << "background";
    }
    void themeTextColours() {
        QFETCH(QString, text);
        QFETCH(QString, background);
        const auto colours = themeColours();
        QVERIFY2(colours.contains(text) && colours.contains(background), "colour not in Theme.qml");
        const double ratio = ColourContrast::ratio(colours[text], colours[background]);
        QVERIFY2(ratio >= ColourContrast::kTextMinimum, qPrintable(QString::number(ratio)));
    }
};

QTEST_GUILESS_MAIN(TestColourContrast)
#include "tst_colourcontrast.moc"
