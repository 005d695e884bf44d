// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "taskoptions.h"

#include "adminoutput.h"
#include "api/dutchtime.h"
#include "contactvalidation.h"
#include "storage/linkrights.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QUuid>
#include <utility>

namespace careportal::server::admin {

QCommandLineOption taskOption(const char *name, const char *description, const char *value) {
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                              QString::fromLatin1(value));
}

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDate todayInAmsterdam() {
    return QDateTime::currentDateTimeUtc().toTimeZone(amsterdam()).date();
}

TaskOptions::TaskOptions(const QCommandLineParser &parser, QString task)
    : m_parser(parser)
    , m_task(std::move(task)) {}

bool TaskOptions::isSet(const QString &option) const {
    return m_parser.isSet(option);
}

QString TaskOptions::required(const QString &option, qsizetype maxLength) {
    if (m_parser.value(option).trimmed().isEmpty()) {
        refuse(QStringLiteral("--%1 is required").arg(option));
        return {};
    }
    return checked(option, maxLength);
}

QString TaskOptions::optional(const QString &option, qsizetype maxLength) {
    if (!isSet(option))
        return {};
    if (m_parser.value(option).trimmed().isEmpty()) {
        refuse(QStringLiteral("--%1 must not be empty").arg(option));
        return {};
    }
    return checked(option, maxLength);
}

QString TaskOptions::checked(const QString &option, qsizetype maxLength) {
    QString value = m_parser.value(option).trimmed();
    if (value.size() > maxLength) {
        refuse(QStringLiteral("--%1 is limited to %2 characters").arg(option).arg(maxLength));
        return {};
    }
    // Staff text reaches the client's screen (a reply, a carer's name): the same characters
    // are refused as in the API's fields, format characters such as U+202E included.
    if (ContactValidation::hasUnsafeCharacters(value, false)) {
        refuse(QStringLiteral("--%1 must be a single line without tabs or control characters")
                   .arg(option));
        return {};
    }
    return value;
}

QDateTime TaskOptions::localTime(const QString &option) {
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$"));
    const QString text = m_parser.value(option).trimmed();
    if (text.isEmpty()) {
        refuse(isSet(option) ? QStringLiteral("--%1 must not be empty").arg(option)
                             : QStringLiteral("--%1 is required (YYYY-MM-DDTHH:MM)").arg(option));
        return {};
    }
    const QDate day = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11), QStringLiteral("HH:mm"));
    if (!shape.match(text).hasMatch() || !day.isValid() || !time.isValid()) {
        refuse(QStringLiteral("--%1 must be a Dutch local time as YYYY-MM-DDTHH:MM, not \"%2\"")
                   .arg(option, text.left(40)));
        return {};
    }
    const QDateTime local(day, time, amsterdam());
    // On the last Sunday of March 02:00-02:59 does not exist; Qt would quietly move it an
    // hour, and a visit an hour off is worse than a refusal.
    if (!local.isValid() || local.date() != day || local.time() != time) {
        refuse(QStringLiteral("--%1 %2 does not exist in Europe/Amsterdam (clock change)")
                   .arg(option, text));
        return {};
    }
    return local.toUTC();
}

QDate TaskOptions::date(const QString &option) {
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = m_parser.value(option).trimmed();
    const QDate day = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!day.isValid())
        refuse(QStringLiteral("--%1 must be a date as YYYY-MM-DD, not \"%2\"")
                   .arg(option, text.left(40)));
    return day;
}

void TaskOptions::refuse(const QString &message) {
    m_errors.append(message);
}

int TaskOptions::fail() const {
    for (const QString &error : m_errors)
        admin::fail(QStringLiteral("%1: %2").arg(m_task, error));
    return kExitRefused;
}

std::optional<LinkRights> linkRightsOption(TaskOptions &options, bool required) {
    constexpr qsizetype kRightsMax = 200;
    const QString text = required ? options.required(QStringLiteral("rights"), kRightsMax)
                                  : options.optional(QStringLiteral("rights"), kRightsMax);
    if (text.isEmpty())
        return std::nullopt;
    QStringList unknown;
    const auto rights = LinkRights::parse(text, &unknown);
    if (!rights)
        options.refuse(
            QStringLiteral("--rights: unknown %1 %2; use \"none\" or a comma "
                           "separated list of %3")
                .arg(unknown.size() == 1 ? QStringLiteral("part") : QStringLiteral("parts"),
                     unknown.join(QStringLiteral(", ")),
                     LinkRights::allNames().join(QLatin1Char(','))));
    return rights;
}

} // namespace careportal::server::admin
