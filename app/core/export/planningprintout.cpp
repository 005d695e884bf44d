// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/planningprintout.h"

#include "util/dateformatter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>

namespace careportal {

namespace {

constexpr int kResolution = 300; // dots per inch of the page's coordinates
constexpr qreal kMarginMm = 15;

QLocale localeFor(const QString &language) {
    return language.startsWith(QLatin1String("en"))
               ? QLocale(QLocale::English, QLocale::UnitedKingdom)
               : QLocale(QLocale::Dutch, QLocale::Netherlands);
}

QFont font(qreal pointSize, bool bold = false) {
    QFont result(QStringLiteral("DejaVu Sans"));
    result.setStyleHint(QFont::SansSerif);
    result.setPointSizeF(pointSize);
    result.setBold(bold);
    return result;
}

/// One unit of the page: a day's heading, a visit, or the "no visits" line. A page break
/// only ever falls between blocks.
struct Block {
    enum class Kind { DayHeading, Visit, Message };
    Kind kind = Kind::Message;
    QStringList texts; ///< The heading or message; a visit's time, help type and carer.
    qreal height = 0;
};

/// Where things go on the page, in device pixels, and the fonts they are set in.
class PageGeometry {
public:
    explicit PageGeometry(QPaintDevice *device)
        : m_device(device)
        , title(font(28, true))
        , subtitle(font(PlanningPrintout::kBodyPointSize))
        , heading(font(24, true))
        , body(font(PlanningPrintout::kBodyPointSize))
        , columnHeader(font(PlanningPrintout::kBodyPointSize, true)) {
        width = device->width();
        height = device->height();
        gap = points(12);
        padding = points(7);
        const QFontMetricsF metrics(body, device);
        timeWidth = metrics.horizontalAdvance(QStringLiteral("00:00 – 00:00")) + gap;
        helpTypeWidth = (width - timeWidth) * 0.4;
        carerWidth = width - timeWidth - helpTypeWidth;
    }

    [[nodiscard]] qreal points(qreal pt) const { return pt * m_device->logicalDpiY() / 72.0; }
    [[nodiscard]] qreal textHeight(const QFont &f, const QString &text, qreal w) const {
        return QFontMetricsF(f, m_device)
            .boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap, text)
            .height();
    }
    [[nodiscard]] qreal lineHeight(const QFont &f) const {
        return QFontMetricsF(f, m_device).height();
    }

    QPaintDevice *m_device;
    QFont title, subtitle, heading, body, columnHeader;
    qreal width = 0, height = 0, gap = 0, padding = 0;
    qreal timeWidth = 0, helpTypeWidth = 0, carerWidth = 0;
};

} // namespace

PlanningPrintout::PlanningPrintout(QDate month, QList<Appointment> appointments,
                                   const QString &language)
    : m_month(month.year(), month.month(), 1)
    , m_appointments(std::move(appointments))
    , m_language(language)
    , m_printedAt(QDateTime::currentDateTime()) {
    std::stable_sort(m_appointments.begin(), m_appointments.end(),
                     [](const Appointment &a, const Appointment &b) { return a.start < b.start; });
}

QString PlanningPrintout::title() const {
    const QLocale locale = localeFor(m_language);
    //: The heading of the printed month: "Planning december 2026".
    return tr("Planning %1 %2")
        .arg(locale.standaloneMonthName(m_month.month(), QLocale::LongFormat))
        .arg(m_month.year());
}

bool PlanningPrintout::write(QIODevice *device) const {
    QPdfWriter writer(device);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                     QPageLayout::Millimeter));
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("CarePortal"));
    const PageGeometry page(&writer);
    const QLocale locale = localeFor(m_language);
    const DateFormatter dates(m_language);

    // The top of every page: the month, the organisation, the column names.
    const qreal titleHeight = page.lineHeight(page.title);
    const qreal subtitleHeight = m_organisationName.isEmpty() ? 0 : page.lineHeight(page.subtitle);
    const qreal columnsTop = titleHeight + subtitleHeight + page.points(14);
    const qreal headerHeight = columnsTop + page.lineHeight(page.columnHeader) + page.padding;
    const qreal footerHeight = page.lineHeight(page.body) + page.points(10);
    const qreal bodyHeight = page.height - headerHeight - footerHeight;

    const auto dayHeading = [&](QDate day, bool continued) {
        const QString text = dates.weekdayName(day) + QLatin1Char(' ') +
                             QString::number(day.day()) + QLatin1Char(' ') +
                             locale.monthName(day.month(), QLocale::LongFormat);
        //: A day's heading repeated at the top of the next page.
        const QString shown = continued ? tr("%1 (vervolg)").arg(text) : text;
        return Block{Block::Kind::DayHeading,
                     {shown},
                     page.points(10) + page.textHeight(page.heading, shown, page.width) +
                         page.padding};
    };
    const auto visitBlock = [&](const Appointment &visit) {
        const QStringList texts{DateFormatter::timeText(visit.start) + QStringLiteral(" – ") +
                                    DateFormatter::timeText(visit.end),
                                visit.helpType, visit.carerName};
        const qreal tallest =
            std::max({page.textHeight(page.body, texts.at(0), page.timeWidth - page.gap),
                      page.textHeight(page.body, texts.at(1), page.helpTypeWidth - page.gap),
                      page.textHeight(page.body, texts.at(2), page.carerWidth)});
        return Block{Block::Kind::Visit, texts, tallest + 2 * page.padding};
    };

    // Pages of blocks: a day's heading always has its first visit under it, and a day that
    // goes on over a page break gets its heading again.
    QList<QList<Block>> pages{QList<Block>()};
    qreal used = 0;
    const auto place = [&](const Block &block) {
        pages.last().append(block);
        used += block.height;
    };
    if (m_appointments.isEmpty()) {
        const QString text = tr("Er zijn in deze maand geen bezoeken gepland.");
        place({Block::Kind::Message,
               {text},
               page.points(10) + page.textHeight(page.body, text, page.width)});
    }
    QDate currentDay;
    for (const Appointment &visit : m_appointments) {
        const QDate day = visit.start.date();
        const bool newDay = day != currentDay;
        currentDay = day;
        const Block row = visitBlock(visit);
        const Block heading = dayHeading(day, !newDay);
        const qreal needed = row.height + (newDay ? heading.height : 0);
        if (used + needed > bodyHeight && !pages.last().isEmpty()) {
            pages.append(QList<Block>());
            used = 0;
            place(heading); // new day, or the same day continued
        } else if (newDay) {
            place(heading);
        }
        place(row);
    }
    m_pageCount = static_cast<int>(pages.size());

    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.setPen(Qt::black);
    const QPen rule(Qt::black, page.points(2));
    const QPen thinRule(Qt::black, page.points(0.75));
    for (int number = 0; number < pages.size(); ++number) {
        if (number > 0)
            writer.newPage();
        // Header.
        painter.setFont(page.title);
        painter.drawText(QRectF(0, 0, page.width, titleHeight), Qt::AlignLeft | Qt::AlignTop,
                         title());
        if (!m_organisationName.isEmpty()) {
            painter.setFont(page.subtitle);
            painter.drawText(QRectF(0, titleHeight, page.width, subtitleHeight),
                             Qt::AlignLeft | Qt::AlignTop, m_organisationName);
        }
        painter.setFont(page.columnHeader);
        const qreal columnHeight = page.lineHeight(page.columnHeader);
        painter.drawText(QRectF(0, columnsTop, page.timeWidth, columnHeight), tr("Tijd"));
        painter.drawText(QRectF(page.timeWidth, columnsTop, page.helpTypeWidth, columnHeight),
                         tr("Soort hulp"));
        painter.drawText(
            QRectF(page.timeWidth + page.helpTypeWidth, columnsTop, page.carerWidth, columnHeight),
            tr("Naam"));
        painter.setPen(rule);
        painter.drawLine(QPointF(0, headerHeight - page.padding / 2),
                         QPointF(page.width, headerHeight - page.padding / 2));

        // The visits.
        qreal y = headerHeight;
        for (const Block &block : pages.at(number)) {
            const QRectF area(0, y, page.width, block.height);
            painter.setPen(Qt::black);
            switch (block.kind) {
            case Block::Kind::Message:
                painter.setFont(page.body);
                painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                                 block.texts.at(0));
                break;
            case Block::Kind::DayHeading:
                painter.setFont(page.heading);
                painter.drawText(area.adjusted(0, 0, 0, -page.padding),
                                 Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                                 block.texts.at(0));
                painter.setPen(rule);
                painter.drawLine(area.bottomLeft(), area.bottomRight());
                break;
            case Block::Kind::Visit: {
                painter.setFont(page.body);
                const qreal top = y + page.padding;
                const qreal textHeight = block.height - 2 * page.padding;
                const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
                painter.drawText(QRectF(0, top, page.timeWidth - page.gap, textHeight), flags,
                                 block.texts.at(0));
                painter.drawText(
                    QRectF(page.timeWidth, top, page.helpTypeWidth - page.gap, textHeight), flags,
                    block.texts.at(1));
                painter.drawText(
                    QRectF(page.timeWidth + page.helpTypeWidth, top, page.carerWidth, textHeight),
                    flags, block.texts.at(2));
                painter.setPen(thinRule);
                painter.drawLine(area.bottomLeft(), area.bottomRight());
                break;
            }
            }
            y += block.height;
        }

        // Footer.
        const QRectF footer(0, page.height - page.lineHeight(page.body), page.width,
                            page.lineHeight(page.body));
        painter.setPen(thinRule);
        painter.drawLine(QPointF(0, footer.top() - page.points(5)),
                         QPointF(page.width, footer.top() - page.points(5)));
        painter.setPen(Qt::black);
        painter.setFont(page.body);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Gedrukt op %1").arg(dates.dayText(m_printedAt.date())));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Pagina %1 van %2").arg(number + 1).arg(pages.size()));
    }
    return painter.end();
}

} // namespace careportal
