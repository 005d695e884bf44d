// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/dossier.h"

#include <QJsonArray>

namespace careportal {

namespace {

QString stringAt(const QJsonObject &json, const char *key) {
    return json.value(QLatin1String(key)).toString();
}

QString textIn(const QJsonObject &json, const char *object, const char *key) {
    return json.value(QLatin1String(object)).toObject().value(QLatin1String(key)).toString();
}

} // namespace

ReportKind ReportKind::fromJson(const QJsonObject &json) {
    return {LabelledOption::fromJson(json), textIn(json, "explanations", "nl"),
            textIn(json, "explanations", "en")};
}

DossierGeneral DossierGeneral::fromJson(const QJsonObject &json) {
    return {stringAt(json, "address"),
            stringAt(json, "postcode"),
            stringAt(json, "city"),
            QDate::fromString(stringAt(json, "birthDate"), Qt::ISODate),
            textIn(json, "generalPractitioner", "name"),
            textIn(json, "generalPractitioner", "phone"),
            textIn(json, "pharmacy", "name"),
            textIn(json, "pharmacy", "phone")};
}

DossierOverview DossierOverview::fromJson(const QJsonObject &json, bool *valid) {
    DossierOverview overview;
    *valid = json.value(QLatin1String("available")).isBool();
    overview.available = json.value(QLatin1String("available")).toBool();
    if (!*valid || !overview.available)
        return overview;
    overview.general = DossierGeneral::fromJson(json.value(QLatin1String("general")).toObject());
    for (const auto &value : json.value(QLatin1String("reportKinds")).toArray()) {
        ReportKind kind = ReportKind::fromJson(value.toObject());
        *valid = *valid && kind.isValid();
        overview.kinds.append(std::move(kind));
    }
    for (const auto &value : json.value(QLatin1String("disciplines")).toArray()) {
        LabelledOption discipline = LabelledOption::fromJson(value.toObject());
        *valid = *valid && discipline.isValid();
        overview.disciplines.append(std::move(discipline));
    }
    return overview;
}

DossierReport DossierReport::fromJson(const QJsonObject &json) {
    DossierReport report{stringAt(json, "id"),
                         stringAt(json, "kind"),
                         stringAt(json, "discipline"),
                         stringAt(json, "author"),
                         QDateTime::fromString(stringAt(json, "writtenAt"), Qt::ISODate),
                         stringAt(json, "title"),
                         stringAt(json, "text")};
    return report.isValid() ? report : DossierReport{};
}

CareGoal CareGoal::fromJson(const QJsonObject &json) {
    CareGoal goal{
        stringAt(json, "id"), stringAt(json, "title"), stringAt(json, "careQuestion"), {}};
    for (const auto &value : json.value(QLatin1String("actions")).toArray()) {
        const QJsonObject action = value.toObject();
        goal.actions.append({stringAt(action, "id"), stringAt(action, "description"),
                             stringAt(action, "frequency")});
    }
    return goal.isValid() ? goal : CareGoal{};
}

} // namespace careportal
