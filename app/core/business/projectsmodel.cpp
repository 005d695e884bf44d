// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "business/projectsmodel.h"

#include "backend/carebackend.h"
#include "contactvalidation.h"
#include "util/dateformatter.h"

namespace careportal {

namespace {

QString dayText(const QJsonObject &json, const char *member, const QString &language) {
    const QDate date = QDate::fromString(json.value(QLatin1String(member)).toString(), Qt::ISODate);
    return date.isValid() ? DateFormatter(language).dayText(date) : QString();
}

} // namespace

ProjectsModel::ProjectsModel(Session *session, CareBackend *backend, LanguageSettings *language,
                             QObject *parent)
    : BusinessListModel(session, backend, language,
                        {"id", "number", "name", "location", "description", "startDate", "endDate",
                         "member", "projectLead"},
                        parent) {}

void ProjectsModel::setMineOnly(bool mineOnly) {
    if (mineOnly == m_mineOnly)
        return;
    m_mineOnly = mineOnly;
    Q_EMIT mineOnlyChanged();
    reloadDroppingPending();
}

void ProjectsModel::fetch(const QString &orgId) {
    const bool mineOnly = m_mineOnly;
    list(mineOnly ? QStringLiteral("business-projects-mine")
                  : QStringLiteral("business-projects-all"),
         [this, orgId, mineOnly](const QByteArray &etag) {
             return backend()->projects(orgId, mineOnly, etag);
         });
}

QList<QByteArray> ProjectsModel::derivedRoleNames() const {
    return {"startText", "endText", "leadName", "leadPhone", "leadEmail"};
}

QVariant ProjectsModel::derived(const BusinessRecord &record, int which) const {
    const QJsonObject lead = record.json.value(QLatin1String("projectLead")).toObject();
    switch (which) {
    case 0:
        return dayText(record.json, "startDate", language());
    case 1:
        return dayText(record.json, "endDate", language());
    case 2:
        return lead.value(QLatin1String("name")).toString();
    case 3:
        return lead.value(QLatin1String("phone")).toString();
    case 4:
        return lead.value(QLatin1String("email")).toString();
    default:
        return {};
    }
}

ProjectQuestionsModel::ProjectQuestionsModel(Session *session, CareBackend *backend,
                                             LanguageSettings *language, QObject *parent)
    : BusinessListModel(session, backend, language, {"id", "projectId", "question", "askedAt"},
                        parent) {
    setWriteKind(QueuedWrite::Kind::ProjectQuestion);
    setNewestFirst(true);
}

void ProjectQuestionsModel::fetch(const QString &) {
    // The server lists no open questions: the rows are the outbox's and this session's,
    // all at hand, so the list is ready at once.
    rebuildRows();
    showingCached();
}

void ProjectQuestionsModel::ask(const QString &projectId, const QString &question) {
    if (!canWrite() || projectId.isEmpty())
        return;
    // The project travels in the fields too (the server reads only `question`), so a
    // question still waiting shows under its project.
    const QJsonObject fields{{QLatin1String("question"), question.trimmed()},
                             {QLatin1String("projectId"), projectId}};
    queueWrite(QueuedWrite::Operation::Create, projectId, fields, {});
}

QString ProjectQuestionsModel::questionError(const QString &question) const {
    return ContactValidation::message(
        ContactValidation::checkText(question, kMaxQuestionLength, true), language(),
        kMaxQuestionLength);
}

QVariantList ProjectQuestionsModel::forProject(const QString &projectId) const {
    QVariantList questions;
    for (const BusinessRecord &record : shownRows()) {
        if (record.json.value(QLatin1String("projectId")).toString() == projectId)
            questions.append(item(record.id));
    }
    return questions;
}

QList<QByteArray> ProjectQuestionsModel::derivedRoleNames() const {
    return {"askedText"};
}

QVariant ProjectQuestionsModel::derived(const BusinessRecord &record, int which) const {
    if (which != 0)
        return {};
    const QString asked = record.json.value(QLatin1String("askedAt")).toString();
    const QString created = record.json.value(QLatin1String("createdAt")).toString();
    const QDateTime at = QDateTime::fromString(asked.isEmpty() ? created : asked, Qt::ISODate);
    return at.isValid() ? DateFormatter(language()).dateTimeText(at.toLocalTime()) : QString();
}

QList<QPair<QString, QString>> ProjectQuestionsModel::fieldLabels() const {
    return {{QStringLiteral("question"), tr("Uw vraag")}};
}

} // namespace careportal
