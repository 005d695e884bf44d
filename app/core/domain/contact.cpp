// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/contact.h"

namespace careportal {

namespace {

QString text(const QJsonObject &json, const char *key) {
    return json.value(QLatin1String(key)).toString();
}

QByteArray etagOf(const QJsonObject &json) {
    return json.value(QLatin1String("etag")).toString().toUtf8();
}

// The members every stored item has besides its body.
QJsonObject withIdentity(QJsonObject json, const QString &id, const QByteArray &etag) {
    json.insert(QLatin1String("id"), id);
    if (!etag.isEmpty())
        json.insert(QLatin1String("etag"), QString::fromUtf8(etag));
    return json;
}

QString isoTime(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

ContactDetail ContactDetail::fromJson(const QJsonObject &json) {
    ContactDetail detail{text(json, "id"), text(json, "kind"), text(json, "value"),
                         text(json, "remark"), etagOf(json)};
    return detail.isValid() ? detail : ContactDetail{};
}

QJsonObject ContactDetail::toJson() const {
    return {{QLatin1String("kind"), kind},
            {QLatin1String("value"), value},
            {QLatin1String("remark"), remark}};
}

ContactPerson ContactPerson::fromJson(const QJsonObject &json) {
    ContactPerson person{text(json, "id"),
                         text(json, "name"),
                         text(json, "phone1"),
                         text(json, "phone2"),
                         text(json, "email"),
                         text(json, "type"),
                         json.value(QLatin1String("primary")).toBool(),
                         text(json, "remarks"),
                         etagOf(json)};
    return person.isValid() ? person : ContactPerson{};
}

QJsonObject ContactPerson::toJson() const {
    return {{QLatin1String("name"), name},      {QLatin1String("phone1"), phone1},
            {QLatin1String("phone2"), phone2},  {QLatin1String("email"), email},
            {QLatin1String("type"), type},      {QLatin1String("primary"), primary},
            {QLatin1String("remarks"), remarks}};
}

LabelledOption LabelledOption::fromJson(const QJsonObject &json) {
    const QJsonObject labels = json.value(QLatin1String("labels")).toObject();
    return {text(json, "code"), labels.value(QLatin1String("nl")).toString(),
            labels.value(QLatin1String("en")).toString()};
}

AbsenceReport AbsenceReport::fromJson(const QJsonObject &json) {
    AbsenceReport report;
    report.id = text(json, "id");
    report.type = text(json, "type");
    report.startDate = QDate::fromString(text(json, "startDate"), Qt::ISODate);
    report.endDate = QDate::fromString(text(json, "endDate"), Qt::ISODate);
    report.wholeDay = json.value(QLatin1String("wholeDay")).toBool(true);
    report.startTime = QTime::fromString(text(json, "startTime"), QStringLiteral("HH:mm"));
    report.endTime = QTime::fromString(text(json, "endTime"), QStringLiteral("HH:mm"));
    report.late = json.value(QLatin1String("late")).toBool();
    report.processed = text(json, "status") == QLatin1String("processed");
    report.createdAt = QDateTime::fromString(text(json, "createdAt"), Qt::ISODate);
    report.etag = etagOf(json);
    return report.isValid() ? report : AbsenceReport{};
}

bool AbsenceReport::covers(const QDateTime &visitStart) const {
    const QDate day = visitStart.date();
    if (!startDate.isValid() || day < startDate)
        return false;
    if (!wholeDay) {
        const QTime begins = visitStart.time();
        return day == startDate && startTime.isValid() && endTime.isValid() &&
               begins >= startTime && begins < endTime;
    }
    return !endDate.isValid() || day <= endDate;
}

QJsonObject AbsenceReport::toJson() const {
    QJsonObject json{{QLatin1String("type"), type},
                     {QLatin1String("startDate"), startDate.toString(Qt::ISODate)},
                     {QLatin1String("wholeDay"), wholeDay}};
    if (endDate.isValid())
        json.insert(QLatin1String("endDate"), endDate.toString(Qt::ISODate));
    if (!wholeDay) {
        json.insert(QLatin1String("startTime"), startTime.toString(QStringLiteral("HH:mm")));
        json.insert(QLatin1String("endTime"), endTime.toString(QStringLiteral("HH:mm")));
    }
    return json;
}

ContactRequest ContactRequest::fromJson(const QJsonObject &json) {
    ContactRequest request;
    request.id = text(json, "id");
    request.subject = text(json, "subject");
    request.message = text(json, "message");
    request.done = text(json, "status") == QLatin1String("done");
    request.createdAt = QDateTime::fromString(text(json, "createdAt"), Qt::ISODate);
    request.answeredAt = QDateTime::fromString(text(json, "answeredAt"), Qt::ISODate);
    request.answer = text(json, "answer");
    request.answeredBy = text(json, "answeredBy");
    request.answerReadAt = QDateTime::fromString(text(json, "answerReadAt"), Qt::ISODate);
    request.etag = etagOf(json);
    return request.isValid() ? request : ContactRequest{};
}

QJsonObject ContactRequest::toJson() const {
    return {{QLatin1String("subject"), subject}, {QLatin1String("message"), message}};
}

} // namespace careportal

namespace careportal {

QJsonObject ContactDetail::toRecord() const {
    return withIdentity(toJson(), id, etag);
}

QJsonObject ContactPerson::toRecord() const {
    return withIdentity(toJson(), id, etag);
}

QJsonObject LabelledOption::toRecord() const {
    return {{QLatin1String("code"), code},
            {QLatin1String("labels"),
             QJsonObject{{QLatin1String("nl"), labelNl}, {QLatin1String("en"), labelEn}}}};
}

QJsonObject ContactRequest::toRecord() const {
    QJsonObject json = withIdentity(toJson(), id, etag);
    json.insert(QLatin1String("status"), done ? QLatin1String("done") : QLatin1String("open"));
    json.insert(QLatin1String("createdAt"), isoTime(createdAt));
    if (answeredAt.isValid())
        json.insert(QLatin1String("answeredAt"), isoTime(answeredAt));
    if (!answer.isEmpty())
        json.insert(QLatin1String("answer"), answer);
    if (!answeredBy.isEmpty())
        json.insert(QLatin1String("answeredBy"), answeredBy);
    if (answerReadAt.isValid())
        json.insert(QLatin1String("answerReadAt"), isoTime(answerReadAt));
    return json;
}

QJsonObject AbsenceReport::toRecord() const {
    QJsonObject json = withIdentity(toJson(), id, etag);
    json.insert(QLatin1String("late"), late);
    json.insert(QLatin1String("status"),
                processed ? QLatin1String("processed") : QLatin1String("submitted"));
    json.insert(QLatin1String("createdAt"), isoTime(createdAt));
    return json;
}

} // namespace careportal
