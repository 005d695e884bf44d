// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planning/planningspeech.h"

#include "planning/planningmodel.h"

#include <QLocale>

namespace careportal {

namespace {

QLocale localeFor(const QString &language) {
    return QLocale(language == QLatin1String("en") ? QLocale::English : QLocale::Dutch);
}

/// "donderdag 3 december" / "Thursday 3 December"
QString spokenDate(QDate date, const QLocale &locale) {
    return locale.toString(date, QStringLiteral("dddd d MMMM"));
}

/// A sentence starts with a capital, also a Dutch weekday ("Donderdag 3 december").
QString capitalised(QString text) {
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString countText(qsizetype count) {
    return count == 1 ? PlanningSpeech::tr("1 bezoek")
                      : PlanningSpeech::tr("%1 bezoeken").arg(count);
}

} // namespace

PlanningSpeech::PlanningSpeech(QObject *parent)
    : QObject(parent) {}

void PlanningSpeech::setPlanning(PlanningModel *planning) {
    if (planning == m_planning)
        return;
    m_planning = planning;
    Q_EMIT planningChanged();
}

QString PlanningSpeech::month() const {
    if (!m_planning)
        return {};
    return monthText(m_planning->appointments(), m_planning->month(), m_language);
}

QString PlanningSpeech::day(QDate date) const {
    if (!m_planning)
        return {};
    const QDate today = QDate::currentDate();
    const QDate day = date.isValid() ? date : today;
    // Only the month on screen is loaded: of another month's day nothing true can be said.
    const QDate shown = m_planning->month();
    if (day.year() != shown.year() || day.month() != shown.month())
        return {};
    return dayText(m_planning->appointments(), day, today, m_language);
}

QString PlanningSpeech::visitSentence(const Appointment &visit, const QLocale &locale,
                                      bool withDate) {
    const QDateTime start = visit.start.toLocalTime();
    const QString times =
        tr("van %1 tot %2")
            .arg(locale.toString(start.time(), QStringLiteral("HH:mm")),
                 locale.toString(visit.end.toLocalTime().time(), QStringLiteral("HH:mm")));
    QString sentence = capitalised(
        withDate ? spokenDate(start.date(), locale) + QStringLiteral(", ") + times : times);
    if (!visit.helpType.isEmpty())
        sentence += QStringLiteral(", ") + visit.helpType;
    if (!visit.carerName.isEmpty())
        sentence += QStringLiteral(", ") + tr("met %1").arg(visit.carerName);
    return sentence + QLatin1Char('.');
}

QString PlanningSpeech::monthText(const QList<Appointment> &visits, QDate month,
                                  const QString &language) {
    const QLocale locale = localeFor(language);
    const QString title = locale.toString(month, QStringLiteral("MMMM yyyy"));
    if (visits.isEmpty())
        return tr("Planning voor %1: er zijn geen bezoeken gepland.").arg(title);
    QStringList sentences{tr("Planning voor %1: %2.").arg(title, countText(visits.size()))};
    for (const Appointment &visit : visits)
        sentences << visitSentence(visit, locale, true);
    return sentences.join(QLatin1Char(' '));
}

QString PlanningSpeech::dayText(const QList<Appointment> &visits, QDate day, QDate today,
                                const QString &language) {
    const QLocale locale = localeFor(language);
    QList<Appointment> ofDay;
    for (const Appointment &visit : visits)
        if (visit.start.toLocalTime().date() == day)
            ofDay << visit;
    const QString date = spokenDate(day, locale);
    const QString when = day == today ? tr("Vandaag, %1").arg(date) : capitalised(date);
    if (ofDay.isEmpty())
        return tr("%1: geen bezoeken gepland.").arg(when);
    QStringList sentences{tr("%1: %2.").arg(when, countText(ofDay.size()))};
    for (const Appointment &visit : ofDay)
        sentences << visitSentence(visit, locale, false);
    return sentences.join(QLatin1Char(' '));
}

} // namespace careportal
