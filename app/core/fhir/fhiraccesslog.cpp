// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fhir/fhiraccesslog.h"

#include <QStringList>

namespace careportal::fhir {

namespace {

QString field(const QJsonObject &json, const char *key) {
    return json.value(QLatin1String(key)).toString();
}

// The subtype codes (FHIR restful-interaction, DICOM and our own) and the action
// (C/R/U/D/E) as the log's events: read, search, change, export, print.
QString eventOf(const Resource &auditEvent) {
    for (const auto &value : auditEvent.array(QStringLiteral("subtype"))) {
        const QJsonObject coding = value.toObject();
        const QString code = field(coding, "code").toLower();
        const QString display = field(coding, "display").toLower();
        if (code.startsWith(QLatin1String("search")))
            return QStringLiteral("search");
        if (code == QLatin1String("read") || code == QLatin1String("vread") ||
            code == QLatin1String("history-instance"))
            return QStringLiteral("read");
        if (code == QLatin1String("create") || code == QLatin1String("update") ||
            code == QLatin1String("patch") || code == QLatin1String("delete"))
            return QStringLiteral("change");
        // DICOM 110106 Export; "print"/"afdrukken" and "export" as words in any system.
        if (code == QLatin1String("110106") || code.contains(QLatin1String("export")) ||
            display.contains(QLatin1String("export")))
            return QStringLiteral("export");
        if (code.contains(QLatin1String("print")) || display.contains(QLatin1String("print")) ||
            display.contains(QLatin1String("afgedrukt")) ||
            display.contains(QLatin1String("afdruk")))
            return QStringLiteral("print");
    }
    const QString action = auditEvent.string(QStringLiteral("action"));
    if (action == QLatin1String("C") || action == QLatin1String("U") ||
        action == QLatin1String("D"))
        return QStringLiteral("change");
    if (action == QLatin1String("E"))
        return QStringLiteral("search"); // FHIR logs a search as an execute
    return QStringLiteral("read");
}

// The agent who asked: the one marked requestor, else the first.
QJsonObject requestingAgent(const Resource &auditEvent) {
    const QJsonArray agents = auditEvent.array(QStringLiteral("agent"));
    for (const auto &value : agents)
        if (value.toObject().value(QLatin1String("requestor")).toBool())
            return value.toObject();
    return agents.isEmpty() ? QJsonObject() : agents.first().toObject();
}

// The app's relation codes (AccessLogModel::roleText) when the role has one of them, else
// the role's text, which the screen shows as it is.
QString roleOf(const QJsonObject &agent) {
    static const QStringList known{QStringLiteral("self"), QStringLiteral("representative"),
                                   QStringLiteral("contact"), QStringLiteral("staff")};
    QString text;
    for (const auto &value : agent.value(QLatin1String("role")).toArray()) {
        const QJsonObject role = value.toObject();
        for (const auto &coding : role.value(QLatin1String("coding")).toArray())
            if (known.contains(field(coding.toObject(), "code")))
                return field(coding.toObject(), "code");
        if (text.isEmpty())
            text = conceptText(role);
    }
    return text;
}

// The part of the portal a resource type belongs to, as the API's objects name it
// ("appointments", "contact-persons/<id>", …; AccessLogModel::objectText).
QString objectOf(const QString &type, const QString &id) {
    const auto withId = [&id](const char *part) {
        return id.isEmpty() ? QString::fromLatin1(part)
                            : QString::fromLatin1(part) + QLatin1Char('/') + id;
    };
    if (type == QLatin1String("Appointment"))
        return QStringLiteral("appointments");
    if (type == QLatin1String("RelatedPerson"))
        return withId("contact-persons");
    if (type == QLatin1String("CommunicationRequest") || type == QLatin1String("Communication"))
        return withId("contact-requests");
    if (type == QLatin1String("Task"))
        return withId("absences");
    if (type == QLatin1String("Composition") || type == QLatin1String("CarePlan") ||
        type == QLatin1String("Goal"))
        return QStringLiteral("dossier");
    if (type == QLatin1String("AuditEvent"))
        return QStringLiteral("access-log");
    return {};
}

// The type of a relative, absolute or versioned reference (…/RelatedPerson/1/_history/2).
QString referenceType(const QString &reference) {
    QStringList parts = reference.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype history = parts.indexOf(QStringLiteral("_history"));
    if (history >= 0)
        parts = parts.mid(0, history);
    return parts.size() < 2 ? QString() : parts.at(parts.size() - 2);
}

QString objectOf(const Resource &auditEvent) {
    // The entity that is not the patient says what was looked at; the patient entity is
    // in every event of the client's log.
    QString patientDisplay;
    for (const auto &value : auditEvent.array(QStringLiteral("entity"))) {
        const QJsonObject what = value.toObject().value(QLatin1String("what")).toObject();
        const QString reference = field(what, "reference");
        const QString type = referenceType(reference);
        if (type == QLatin1String("Patient")) {
            patientDisplay = field(what, "display");
            continue;
        }
        QString object = objectOf(type, referencedId(what, type));
        if (!object.isEmpty())
            return object;
        if (!field(what, "display").isEmpty())
            return field(what, "display");
    }
    // Only the patient: the event's own description says what of the record it was.
    for (const auto &value : auditEvent.array(QStringLiteral("subtype"))) {
        QString display = field(value.toObject(), "display");
        if (!display.isEmpty())
            return display;
    }
    return patientDisplay.isEmpty() ? QStringLiteral("overview") : patientDisplay;
}

} // namespace

Result<AccessLogEntry> accessLogEntry(const Resource &auditEvent) {
    if (auditEvent.id().isEmpty())
        return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("AuditEvent without id"));
    const QDateTime recorded = dateTime(auditEvent.string(QStringLiteral("recorded")));
    if (!recorded.isValid())
        return ApiError::make(
            ApiError::Kind::BadResponse,
            QStringLiteral("AuditEvent/%1 without recorded").arg(auditEvent.id()));

    const QJsonObject agent = requestingAgent(auditEvent);
    const QJsonObject who = agent.value(QLatin1String("who")).toObject();
    AccessLogEntry entry;
    entry.id = auditEvent.id();
    entry.at = recorded;
    entry.event = eventOf(auditEvent);
    entry.user = field(who, "display");
    if (entry.user.isEmpty())
        entry.user = field(agent, "name");
    entry.role = roleOf(agent);
    entry.device = field(
        auditEvent.object(QStringLiteral("source")).value(QLatin1String("observer")).toObject(),
        "display");
    entry.address = field(agent.value(QLatin1String("network")).toObject(), "address");
    entry.object = objectOf(auditEvent);
    return entry;
}

} // namespace careportal::fhir
