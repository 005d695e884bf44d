// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "businessprojectstore.h"

#include "database.h"
#include "sql.h"

namespace careportal::server {

namespace {

const QString kProjectColumns =
    QStringLiteral("id, customer_id, number, name, location, description, start_date, end_date, "
                   "lead_name, lead_phone, lead_email");

const QString kQuestionColumns =
    QStringLiteral("id, project_id, contact_id, question, asked_utc, answer, answered_utc, "
                   "answered_by, read_utc");

BusinessProjectRecord readProject(const QSqlQuery &q) {
    BusinessProjectRecord p;
    p.id = q.value(0).toString();
    p.customerId = q.value(1).toString();
    p.number = q.value(2).toString();
    p.name = q.value(3).toString();
    p.location = q.value(4).toString();
    p.description = q.value(5).toString();
    p.startDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    p.endDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    p.leadName = q.value(8).toString();
    p.leadPhone = q.value(9).toString();
    p.leadEmail = q.value(10).toString();
    return p;
}

BusinessQuestionRecord readQuestion(const QSqlQuery &q) {
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), fromEpoch(q.value(4)), q.value(5).toString(),
            fromEpoch(q.value(6)), q.value(7).toString(), fromEpoch(q.value(8))};
}

} // namespace

BusinessProjectStore::BusinessProjectStore(Database &database)
    : m_database(database) {}

bool BusinessProjectStore::insertProject(const BusinessProjectRecord &p) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT INTO business_projects (%1, created_utc) VALUES (?, ?, ?, "
                              "?, ?, ?, ?, ?, ?, ?, ?, ?)")
                   .arg(kProjectColumns),
               {p.id, p.customerId, notNull(p.number), p.name, notNull(p.location),
                notNull(p.description), dateOrNull(p.startDate), dateOrNull(p.endDate),
                notNull(p.leadName), notNull(p.leadPhone), notNull(p.leadEmail),
                QDateTime::currentSecsSinceEpoch()});
}

std::optional<BusinessProjectRecord> BusinessProjectStore::project(const QString &customerId,
                                                                   const QString &projectId) {
    return readRow(
        m_database,
        QStringLiteral("SELECT %1 FROM business_projects WHERE id = ? AND customer_id = ?")
            .arg(kProjectColumns),
        {projectId, customerId}, readProject);
}

QList<BusinessProjectRecord> BusinessProjectStore::projects(const QString &customerId) {
    return readRows(
        m_database,
        QStringLiteral("SELECT %1 FROM business_projects WHERE customer_id = ? ORDER BY name "
                       "COLLATE NOCASE, id")
            .arg(kProjectColumns),
        {customerId}, readProject);
}

QList<BusinessProjectRecord> BusinessProjectStore::projectsOfMember(const QString &customerId,
                                                                    const QString &contactId) {
    return readRows(m_database,
                    QStringLiteral("SELECT %1 FROM business_projects p JOIN "
                                   "business_project_members m ON m.project_id = p.id WHERE "
                                   "p.customer_id = ? AND m.contact_id = ? ORDER BY p.name COLLATE "
                                   "NOCASE, p.id")
                        .arg(qualifiedColumns(kProjectColumns, QStringLiteral("p"))),
                    {customerId, contactId}, readProject);
}

bool BusinessProjectStore::addMember(const QString &projectId, const QString &contactId) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT OR IGNORE INTO business_project_members (project_id, "
                              "contact_id) VALUES (?, ?)"),
               {projectId, contactId});
}

bool BusinessProjectStore::isMember(const QString &projectId, const QString &contactId) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("SELECT 1 FROM business_project_members WHERE project_id = ? AND "
                              "contact_id = ?"),
               {projectId, contactId}) &&
           query.next();
}

QStringList BusinessProjectStore::memberIds(const QString &projectId) {
    return QStringList(readRows(m_database,
                                QStringLiteral("SELECT contact_id FROM business_project_members "
                                               "WHERE project_id = ? ORDER BY contact_id"),
                                {projectId},
                                [](const QSqlQuery &q) { return q.value(0).toString(); }));
}

bool BusinessProjectStore::insertQuestion(const BusinessQuestionRecord &q) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT INTO business_project_questions (%1) VALUES (?, ?, ?, ?, ?, "
                              "?, ?, ?, ?)")
                   .arg(kQuestionColumns),
               {q.id, q.projectId, q.contactId, q.question, epoch(q.askedAt), notNull(q.answer),
                epoch(q.answeredAt), notNull(q.answeredBy), epoch(q.readAt)});
}

std::optional<BusinessQuestionRecord> BusinessProjectStore::question(const QString &questionId) {
    return readRow(m_database,
                   QStringLiteral("SELECT %1 FROM business_project_questions WHERE id = ?")
                       .arg(kQuestionColumns),
                   {questionId}, readQuestion);
}

QList<BusinessQuestionRecord> BusinessProjectStore::openQuestions() {
    return readRows(
        m_database,
        QStringLiteral("SELECT %1 FROM business_project_questions WHERE answered_utc IS "
                       "NULL ORDER BY asked_utc, id")
            .arg(kQuestionColumns),
        {}, readQuestion);
}

QList<BusinessQuestionRecord> BusinessProjectStore::answeredQuestions(const QString &contactId) {
    return readRows(
        m_database,
        QStringLiteral("SELECT %1 FROM business_project_questions WHERE contact_id = ? AND "
                       "answered_utc IS NOT NULL ORDER BY answered_utc DESC, id DESC")
            .arg(kQuestionColumns),
        {contactId}, readQuestion);
}

bool BusinessProjectStore::answer(const QString &questionId, const QString &answer,
                                  const QString &answeredBy, const QDateTime &at) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE business_project_questions SET answer = ?, answered_by = ?, "
                              "answered_utc = ? WHERE id = ? AND answered_utc IS NULL"),
               {answer, answeredBy, epoch(at), questionId}) &&
           query.numRowsAffected() == 1;
}

bool BusinessProjectStore::markRead(const QString &questionId, const QDateTime &at) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE business_project_questions SET read_utc = COALESCE(read_utc, "
                              "?) WHERE id = ? AND answered_utc IS NOT NULL"),
               {epoch(at), questionId}) &&
           query.numRowsAffected() == 1;
}

} // namespace careportal::server
