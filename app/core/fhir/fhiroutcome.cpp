// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fhir/fhiroutcome.h"

#include <QJsonArray>

namespace careportal::fhir {

namespace {

bool isError(const QJsonObject &issue) {
    const QString severity = issue.value(QLatin1String("severity")).toString();
    return severity == QLatin1String("error") || severity == QLatin1String("fatal");
}

QJsonObject firstErrorIssue(const QJsonObject &outcome) {
    const QJsonArray issues = outcome.value(QLatin1String("issue")).toArray();
    for (const auto &value : issues)
        if (isError(value.toObject()))
            return value.toObject();
    return issues.isEmpty() ? QJsonObject() : issues.first().toObject();
}

QString issueText(const QJsonObject &issue) {
    const QString details =
        issue.value(QLatin1String("details")).toObject().value(QLatin1String("text")).toString();
    return details.isEmpty() ? issue.value(QLatin1String("diagnostics")).toString() : details;
}

} // namespace

ApiError errorFromOutcome(ApiError error, const QJsonObject &outcome) {
    if (outcome.value(QLatin1String("resourceType")).toString() !=
        QLatin1String("OperationOutcome"))
        return error;
    const QJsonObject issue = firstErrorIssue(outcome);
    error.code = issue.value(QLatin1String("code")).toString();
    const QString text = issueText(issue).left(300);
    // A refusal of what the user entered or sent is theirs to read; for other kinds the
    // app's own sentence per kind (ApiError::message) says it better than a server's English.
    // (A conflict keeps the app's sentence: the screen shows both versions itself.)
    if (text.isEmpty() || error.kind != ApiError::Kind::Validation)
        return error;
    error.messageNl =
        QStringLiteral("Het systeem van de zorgorganisatie weigerde dit: %1").arg(text);
    error.messageEn = QStringLiteral("The care organisation's system refused this: %1").arg(text);
    error.violations.append(text);
    return error;
}

} // namespace careportal::fhir
