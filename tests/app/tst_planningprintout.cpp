// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exportfile.h"
#include "export/planningprintout.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace careportal;

/// The large-print PDF of a month, read back with poppler (pdftotext, pdftoppm): the
/// title, every visit's times and carer, page numbers, page breaks between rows only,
/// text of 20 pt and more, nothing outside the page.
class TestPlanningPrintout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void monthWithVisits();
    void manyVisitsGoOverSeveralPages();
    void longDayGoesOnWithItsHeading();
    void emptyMonthSaysSo();
    void englishPrintout();
    void renderedPage();

private:
    /// Writes the printout to a file in m_dir; its path.
    QString writePdf(const PlanningPrintout &printout, const QString &name);
    /// pdftotext of `pdf` (all pages, or one).
    static QString pdfText(const QString &pdf, int page = 0);

    QTemporaryDir m_dir;
};

namespace {

const QTimeZone kOffset(3600); // "+01:00", as the server sends it in December

Appointment visit(int number, QDate day, QTime start, const QString &carer,
                  const QString &helpType = QStringLiteral("HV 2")) {
    const QDateTime begin(day, start, kOffset);
    return {QStringLiteral("a-%1").arg(number), begin, begin.addSecs(qint64{90} * 60), helpType,
            carer};
}

QList<Appointment> fourVisits() {
    return {visit(1, QDate(2026, 12, 1), QTime(9, 0), QStringLiteral("Daan")),
            visit(2, QDate(2026, 12, 1), QTime(14, 15), QStringLiteral("Fatima"),
                  QStringLiteral("HV 1")),
            visit(3, QDate(2026, 12, 8), QTime(9, 0), QStringLiteral("Daan")),
            visit(4, QDate(2026, 12, 17), QTime(10, 45), QStringLiteral("Piet"))};
}

QString run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

void TestPlanningPrintout::initTestCase() {
    QVERIFY(m_dir.isValid());
    for (const char *tool : {"pdftotext", "pdftoppm"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 "poppler-utils is missing: run scripts/install-deps.sh");
}

QString TestPlanningPrintout::writePdf(const PlanningPrintout &printout, const QString &name) {
    QString path = m_dir.filePath(name);
    ExportFile file(path);
    if (!file.write([&printout](QIODevice *device) { return printout.write(device); }))
        return {};
    // For a person to look at: CAREPORTAL_TEST_ARTIFACTS=dir keeps every PDF.
    const QString keep = qEnvironmentVariable("CAREPORTAL_TEST_ARTIFACTS");
    if (!keep.isEmpty()) {
        QFile::remove(keep + QLatin1Char('/') + name);
        QFile::copy(path, keep + QLatin1Char('/') + name);
    }
    return path;
}

QString TestPlanningPrintout::pdfText(const QString &pdf, int page) {
    QStringList arguments{QStringLiteral("-layout")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments);
}

void TestPlanningPrintout::monthWithVisits() {
    PlanningPrintout printout(QDate(2026, 12, 14), fourVisits());
    printout.setOrganisationName(QStringLiteral("Thuiszorg De Linde"));
    printout.setPrintedAt(QDateTime(QDate(2026, 11, 23), QTime(19, 53)));
    QCOMPARE(printout.title(), QStringLiteral("Planning december 2026"));
    const QString pdf = writePdf(printout, QStringLiteral("december.pdf"));
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(printout.pageCount(), 1);

    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Planning december 2026")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Thuiszorg De Linde")));
    // Grouped by day: weekday and date once per day, in order.
    const qsizetype first = text.indexOf(QStringLiteral("Dinsdag 1 december"));
    const qsizetype second = text.indexOf(QStringLiteral("Dinsdag 8 december"));
    const qsizetype third = text.indexOf(QStringLiteral("Donderdag 17 december"));
    QVERIFY(first > 0 && second > first && third > second);
    QCOMPARE(text.count(QStringLiteral("Dinsdag 1 december")), 1);
    // Each visit on one line: start–end, kind of help, carer.
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto lineWith = [&lines](const QString &start) {
        for (const QString &line : lines)
            if (line.contains(start))
                return line.simplified();
        return QString();
    };
    QCOMPARE(lineWith(QStringLiteral("14:15")), QStringLiteral("14:15 – 15:45 HV 1 Fatima"));
    QCOMPARE(lineWith(QStringLiteral("10:45")), QStringLiteral("10:45 – 12:15 HV 2 Piet"));
    QCOMPARE(text.count(QStringLiteral("09:00 – 10:30 HV 2 Daan")), 0); // -layout keeps gaps
    QCOMPARE(text.count(QRegularExpression(QStringLiteral("09:00 – 10:30 +HV 2 +Daan"))), 2);
    QVERIFY(text.contains(QStringLiteral("Gedrukt op 23 nov 2026")));
    QVERIFY(text.contains(QStringLiteral("Pagina 1 van 1")));

    // Large print: every word on the page is at least 20 pt high (its box), and inside
    // the A4 page (595 × 842 pt) with margins: nothing cut off.
    const QString boxes =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    int words = 0;
    for (const QRegularExpressionMatch &m : word.globalMatch(boxes)) {
        ++words;
        const double xMin = m.captured(1).toDouble();
        const double yMin = m.captured(2).toDouble();
        const double xMax = m.captured(3).toDouble();
        const double yMax = m.captured(4).toDouble();
        QVERIFY2(yMax - yMin >= 20, qPrintable(m.captured(5)));
        QVERIFY2(xMin >= 30 && xMax <= 565 && yMin >= 30 && yMax <= 812, qPrintable(m.captured(5)));
    }
    QVERIFY(words > 30);
}

void TestPlanningPrintout::manyVisitsGoOverSeveralPages() {
    // Three visits a day, every day: far more than one page holds.
    QList<Appointment> visits;
    for (int day = 1; day <= 31; ++day)
        for (int slot = 0; slot < 3; ++slot) {
            const int number = static_cast<int>(visits.size()) + 1;
            visits.append(visit(number, QDate(2026, 12, day), QTime(8 + 4 * slot, 5 * slot),
                                QStringLiteral("Zorg%1").arg(number, 3, 10, QLatin1Char('0'))));
        }
    PlanningPrintout printout(QDate(2026, 12, 1), visits);
    const QString pdf = writePdf(printout, QStringLiteral("many.pdf"));
    QVERIFY(!pdf.isEmpty());
    const int pages = printout.pageCount();
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    QCOMPARE(run(QStringLiteral("pdfinfo"), {pdf})
                 .contains(QRegularExpression(QStringLiteral("Pages: +%1\\n").arg(pages))),
             true);

    // Every visit's row whole on exactly one page: its time and its carer on one line.
    QStringList pageTexts;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        QVERIFY2(text.contains(QStringLiteral("Pagina %1 van %2").arg(page).arg(pages)),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Planning december 2026")));
        pageTexts.append(text);
    }
    for (const Appointment &v : std::as_const(visits)) {
        const QRegularExpression row(QStringLiteral("%1 – %2 +HV 2 +%3")
                                         .arg(v.start.toString(QStringLiteral("HH:mm")),
                                              v.end.toString(QStringLiteral("HH:mm")),
                                              v.carerName));
        int found = 0;
        for (const QString &text : std::as_const(pageTexts))
            found += static_cast<int>(text.count(row));
        QVERIFY2(found == 1, qPrintable(v.carerName));
    }
    // A page never ends with a day's heading: above the footer is a visit.
    for (int page = 1; page < pages; ++page) {
        const QStringList lines =
            pageTexts.at(page - 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const qsizetype footer =
            lines.indexOf(QRegularExpression(QStringLiteral(".*Pagina \\d+ van.*")));
        QVERIFY(footer >= 1);
        QVERIFY2(lines.at(footer - 1).contains(QStringLiteral("Zorg")),
                 qPrintable(lines.at(footer - 1)));
    }
    // Every next page starts with a day's heading (the same day "(vervolg)" or a new one).
    for (int page = 2; page <= pages; ++page) {
        const QStringList lines =
            pageTexts.at(page - 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const qsizetype header =
            lines.indexOf(QRegularExpression(QStringLiteral("\\s*Tijd +Soort hulp +Naam\\s*")));
        QVERIFY(header >= 0 && header + 1 < lines.size());
        QVERIFY2(lines.at(header + 1)
                     .contains(QRegularExpression(QStringLiteral("^\\s*\\S+dag \\d+ december"))),
                 qPrintable(lines.at(header + 1)));
    }
    QVERIFY(pageTexts.join(QLatin1Char('\n')).contains(QStringLiteral("Donderdag 31 december")));
}

void TestPlanningPrintout::longDayGoesOnWithItsHeading() {
    // More visits on one day than a page holds: the next page repeats the day "(vervolg)".
    QList<Appointment> visits;
    for (int i = 0; i < 24; ++i)
        visits.append(visit(i, QDate(2026, 12, 1), QTime(7, 0).addSecs(i * 1800),
                            QStringLiteral("Zorg%1").arg(i, 3, 10, QLatin1Char('0'))));
    PlanningPrintout printout(QDate(2026, 12, 1), visits);
    const QString pdf = writePdf(printout, QStringLiteral("longday.pdf"));
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(printout.pageCount(), 2);
    QCOMPARE(pdfText(pdf, 1).count(QStringLiteral("Dinsdag 1 december")), 1);
    QVERIFY(!pdfText(pdf, 1).contains(QStringLiteral("(vervolg)")));
    const QString second = pdfText(pdf, 2);
    QVERIFY2(second.contains(QStringLiteral("Dinsdag 1 december (vervolg)")), qPrintable(second));
    QVERIFY(second.contains(QStringLiteral("Zorg023")));
    QVERIFY(second.contains(QStringLiteral("Pagina 2 van 2")));
}

void TestPlanningPrintout::emptyMonthSaysSo() {
    PlanningPrintout printout(QDate(2027, 2, 1), {});
    printout.setOrganisationName(QStringLiteral("Thuiszorg De Linde"));
    const QString pdf = writePdf(printout, QStringLiteral("empty.pdf"));
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(printout.pageCount(), 1);
    const QString text = pdfText(pdf).simplified();
    QVERIFY2(text.contains(QStringLiteral("Planning februari 2027")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Er zijn in deze maand geen bezoeken gepland.")));
    QVERIFY(text.contains(QStringLiteral("Pagina 1 van 1")));
}

void TestPlanningPrintout::englishPrintout() {
    // No translator here: the texts stay Dutch, the dates follow the language.
    PlanningPrintout printout(QDate(2026, 12, 1), fourVisits(), QStringLiteral("en"));
    QCOMPARE(printout.title(), QStringLiteral("Planning December 2026"));
    const QString text = pdfText(writePdf(printout, QStringLiteral("english.pdf")));
    QVERIFY2(text.contains(QStringLiteral("Tuesday 1 December")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Thursday 17 December")));
}

void TestPlanningPrintout::renderedPage() {
    PlanningPrintout printout(QDate(2026, 12, 1), fourVisits());
    printout.setOrganisationName(QStringLiteral("Thuiszorg De Linde"));
    const QString pdf = writePdf(printout, QStringLiteral("render.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                  QStringLiteral("-singlefile"), pdf, prefix});
    QVERIFY(render.waitForFinished(30000));
    QCOMPARE(render.exitCode(), 0);
    QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    // A4 portrait at 50 dpi: 413 × 585 pixels.
    QVERIFY(qAbs(page.width() - 413) <= 2);
    QVERIFY(qAbs(page.height() - 585) <= 2);
    // Black on white: the corners are white, and there is black text in the top band (the
    // title) and in the bottom band (the page number), none in the margins.
    page = page.convertToFormat(QImage::Format_Grayscale8);
    QCOMPARE(qGray(page.pixel(2, 2)), 255);
    const auto darkPixels = [&page](int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; ++y)
            for (int x = x0; x < x1; ++x)
                count += qGray(page.pixel(x, y)) < 96 ? 1 : 0;
        return count;
    };
    QVERIFY(darkPixels(0, 0, page.width(), 60) > 200);
    QVERIFY(darkPixels(0, page.height() - 60, page.width(), page.height()) > 100);
    QCOMPARE(darkPixels(0, 0, 20, page.height()), 0);
    QCOMPARE(darkPixels(page.width() - 20, 0, page.width(), page.height()), 0);
    // CAREPORTAL_TEST_ARTIFACTS=dir keeps the rendered page too.
    const QString keep = qEnvironmentVariable("CAREPORTAL_TEST_ARTIFACTS");
    if (!keep.isEmpty())
        QVERIFY(page.save(keep + QStringLiteral("/planning-pdf-page1.png")));
}

QTEST_MAIN(TestPlanningPrintout)

#include "tst_planningprintout.moc"
