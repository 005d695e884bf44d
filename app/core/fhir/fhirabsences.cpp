// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fhir/fhirabsences.h"

#include "dutchcalendar.h"

#include <QTimeZone>

namespace careportal::fhir {

namespace {

const QString kLate = QStringLiteral("late");
const QString kTimeFormat = QStringLiteral("HH:mm");

QString absenceTypeSystem() {
    return codeSystem(QStringLiteral("absence-type"));
}

// The organisation's zone: a part of a day is its local times, whatever the device's zone.
QTimeZone organisationZone() {
    return QTimeZone(QByteArrayLiteral("Europe/Amsterdam"));
}

bool isBareDate(const QString &value) {
    return value.size() == 10;
}

ApiError badResponse(const QString &what) {
    return ApiError::make(ApiError::Kind::BadResponse, what);
}

bool saysLate(const QJsonObject &businessStatus) {
    if (businessStatus.value(QLatin1String("text")).toString() == kLate)
        return true;
    for (const auto &coding : businessStatus.value(QLatin1String("coding")).toArray())
        if (coding.toObject().value(QLatin1String("code")).toString() == kLate)
            return true;
    return false;
}

QString typeOf(const Resource &task) {
    // The input that carries an absence-type coding, whatever its Task.input.type says.
    for (const auto &value : task.array(QStringLiteral("input"))) {
        QString code =
            codeIn(value.toObject().value(QLatin1String("valueCodeableConcept")).toObject(),
                   absenceTypeSystem());
        if (!code.isEmpty())
            return code;
    }
    return {};
}

} // namespace

QList<LabelledOption> absenceTypes() {
    // As the reference server's absence_types (server/storage/schemasteps.cpp, step 6).
    return {
        {QStringLiteral("vakantie"), QStringLiteral("Vakantie"), QStringLiteral("Holiday")},
        {QStringLiteral("opname"), QStringLiteral("Opname (ziekenhuis, dagverblijf, etc.)"),
         QStringLiteral("Admission (hospital, day care, etc.)")},
        {QStringLiteral("ander-onderkomen"), QStringLiteral("Tijdelijk ander onderkomen"),
         QStringLiteral("Temporarily staying elsewhere")},
        {QStringLiteral("gezondheidsrisico"), QStringLiteral("I.v.m. actuele gezondheidsrisico's"),
         QStringLiteral("Because of current health risks")},
    };
}

Result<AbsenceReport> absenceReport(const Resource &task) {
    if (task.id().isEmpty())
        return badResponse(QStringLiteral("Task without id"));
    const QJsonObject period = task.object(QStringLiteral("executionPeriod"));
    const QString startText = period.value(QLatin1String("start")).toString();
    const QString endText = period.value(QLatin1String("end")).toString();
    const QDateTime start = dateTime(startText).toTimeZone(organisationZone());
    if (startText.isEmpty() || !start.isValid())
        return badResponse(QStringLiteral("Task/%1 without executionPeriod.start").arg(task.id()));

    AbsenceReport report;
    report.id = task.id();
    report.type = typeOf(task);
    report.startDate =
        isBareDate(startText) ? QDate::fromString(startText, Qt::ISODate) : start.date();
    if (!endText.isEmpty()) {
        const QDateTime end = dateTime(endText).toTimeZone(organisationZone());
        const bool timed = !isBareDate(startText) && !isBareDate(endText) && end.isValid();
        const bool midnightToMidnight = start.time() == QTime(0, 0) &&
                                        (end.time() == QTime(0, 0) || end.time() >= QTime(23, 59));
        if (timed && end.date() == report.startDate && !midnightToMidnight) {
            // Part of one day, in the organisation's local times.
            report.wholeDay = false;
            report.startTime = QTime(start.time().hour(), start.time().minute());
            report.endTime = QTime(end.time().hour(), end.time().minute());
        } else if (isBareDate(endText)) {
            report.endDate = QDate::fromString(endText, Qt::ISODate); // inclusive, as FHIR's
        } else if (end.isValid()) {
            // An instant end is exclusive: midnight ends the day before.
            report.endDate = end.time() == QTime(0, 0) && end.date() > report.startDate
                                 ? end.date().addDays(-1)
                                 : end.date();
        }
    }
    report.late = saysLate(task.object(QStringLiteral("businessStatus")));
    report.processed = task.string(QStringLiteral("status")) == QLatin1String("completed");
    report.createdAt = dateTime(task.string(QStringLiteral("authoredOn")));
    report.etag = task.etag();
    return report;
}

QJsonObject absenceTaskFor(const QJsonObject &fields, const QString &patientId,
                           const QString &requester, const QString &idempotencyKey, QDate today,
                           int noticeWorkingDays) {
    const AbsenceReport report = AbsenceReport::fromJson([&fields] {
        // fromJson wants the identity of a stored report; the fields are its body.
        QJsonObject json = fields;
        json.insert(QLatin1String("id"), QStringLiteral("new"));
        return json;
    }());

    QJsonObject period;
    if (report.wholeDay) {
        // Whole days are dates; FHIR reads a date end as the whole of that day.
        period.insert(QLatin1String("start"), report.startDate.toString(Qt::ISODate));
        if (report.endDate.isValid())
            period.insert(QLatin1String("end"), report.endDate.toString(Qt::ISODate));
    } else {
        const auto local = [&report](QTime time) {
            return QDateTime(report.startDate, time, organisationZone()).toString(Qt::ISODate);
        };
        period.insert(QLatin1String("start"), local(report.startTime));
        period.insert(QLatin1String("end"), local(report.endTime));
    }

    QString label;
    for (const LabelledOption &option : absenceTypes())
        if (option.code == report.type)
            label = option.labelNl;

    QJsonObject task{
        {QLatin1String("resourceType"), QStringLiteral("Task")},
        {QLatin1String("identifier"), QJsonArray{writeIdentifier(idempotencyKey)}},
        {QLatin1String("status"), QStringLiteral("requested")},
        {QLatin1String("intent"), QStringLiteral("order")},
        {QLatin1String("code"),
         codeableConcept(codeSystem(QStringLiteral("task-type")), QStringLiteral("afwezigheid"),
                         QStringLiteral("Afwezigheid"))},
        {QLatin1String("for"),
         QJsonObject{{QLatin1String("reference"), QStringLiteral("Patient/") + patientId}}},
        {QLatin1String("requester"), QJsonObject{{QLatin1String("reference"), requester}}},
        // The time it is sent, as the reference server stamps createdAt on arrival.
        {QLatin1String("authoredOn"), instant(QDateTime::currentDateTimeUtc())},
        {QLatin1String("executionPeriod"), period},
        {QLatin1String("input"),
         QJsonArray{
             QJsonObject{{QLatin1String("type"),
                          QJsonObject{{QLatin1String("text"), QStringLiteral("absence-type")}}},
                         {QLatin1String("valueCodeableConcept"),
                          codeableConcept(absenceTypeSystem(), report.type, label)}}}},
    };
    // As the reference server: late when today is past the notice deadline of the first
    // day (the visits it touches are the server's to know; a FHIR client judges by the day).
    if (report.startDate.isValid() &&
        today > DutchCalendar::noticeDeadline(report.startDate, noticeWorkingDays)) {
        QJsonObject late = codeableConcept(codeSystem(QStringLiteral("task-business-status")),
                                           kLate, QStringLiteral("Te laat gemeld"));
        late.insert(QLatin1String("text"), QStringLiteral("Te laat gemeld"));
        task.insert(QLatin1String("businessStatus"), late);
    }
    return task;
}

} // namespace careportal::fhir
