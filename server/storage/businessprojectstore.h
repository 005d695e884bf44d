// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "businessrecords.h"

#include <optional>

namespace careportal::server {

class Database;

/// A business customer's projects, their members and the questions asked about them, whose
/// answers are the asking contact's correspondence (seed 004).
class BusinessProjectStore {
public:
    explicit BusinessProjectStore(Database &database);

    [[nodiscard]] bool insertProject(const BusinessProjectRecord &project);
    /// The project `projectId` of `customerId`; nullopt when it is another customer's.
    [[nodiscard]] std::optional<BusinessProjectRecord> project(const QString &customerId,
                                                               const QString &projectId);
    /// The customer's projects, by name.
    [[nodiscard]] QList<BusinessProjectRecord> projects(const QString &customerId);
    /// The projects of `customerId` the contact is a member of, by name.
    [[nodiscard]] QList<BusinessProjectRecord> projectsOfMember(const QString &customerId,
                                                                const QString &contactId);
    /// Makes the contact a member; adding a member twice is adding it once.
    [[nodiscard]] bool addMember(const QString &projectId, const QString &contactId);
    [[nodiscard]] bool isMember(const QString &projectId, const QString &contactId);
    /// The ids of the project's members.
    [[nodiscard]] QStringList memberIds(const QString &projectId);

    [[nodiscard]] bool insertQuestion(const BusinessQuestionRecord &question);
    [[nodiscard]] std::optional<BusinessQuestionRecord> question(const QString &questionId);
    /// Questions not answered yet, oldest first (staff listings).
    [[nodiscard]] QList<BusinessQuestionRecord> openQuestions();
    /// The contact's answered questions, newest answer first: its correspondence.
    [[nodiscard]] QList<BusinessQuestionRecord> answeredQuestions(const QString &contactId);
    /// Staff: the answer to an open question; false when it is unknown or answered already.
    [[nodiscard]] bool answer(const QString &questionId, const QString &answer,
                              const QString &answeredBy, const QDateTime &at);
    /// The contact opened the answer; marking it twice keeps the first time.
    [[nodiscard]] bool markRead(const QString &questionId, const QDateTime &at);

private:
    Database &m_database;
};

} // namespace careportal::server
