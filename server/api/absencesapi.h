// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "storage/records.h"

#include <QJsonObject>

namespace careportal::server {

class AbsenceStore;
class HttpServer;
class IdempotentWrites;
class SessionGuard;
class OrganisationStore;
class VisitStore;

/// "Afwezigheid": GET /absence-types, GET/POST /clients/{clientId}/absences. The server
/// applies the same rules as the form: dates from today up to a year ahead, an end on or
/// after the start, times only for part of one day. A report inside the notice period
/// (the organisation's working days before the first affected visit, with weekends and
/// Dutch public holidays not counted) is accepted but marked late. Staff process reports
/// with `careportal-server admin process-absence`, which cancels the affected visits.
/// A report sent with an Idempotency-Key is stored once however often it is sent. At most
/// `maxUnprocessed` reports (default kMaxUnprocessedPerClient, `--max-open-absences`) wait
/// for staff at a time (422 `limit-reached`).
class AbsencesApi {
public:
    AbsencesApi(OrganisationStore &organisation, VisitStore &visits, AbsenceStore &absences,
                SessionGuard &guard, IdempotentWrites &writes,
                int maxUnprocessed = kMaxUnprocessedPerClient);
    void registerRoutes(HttpServer &server);

    static constexpr int kMaxDaysAhead = 365;
    /// Like the open contact requests: unprocessed reports per client, so one client (or a
    /// stolen session) cannot flood the staff's list; a processed one makes room.
    static constexpr int kMaxUnprocessedPerClient = 50;
    /// How far ahead visits count as affected when the end date is not known yet.
    static constexpr int kOpenEndLookaheadDays = 56;

    [[nodiscard]] static QJsonObject toJson(const AbsenceRecord &report);

private:
    [[nodiscard]] ApiResponse create(const ApiRequest &request);
    [[nodiscard]] ApiResponse insert(const ApiRequest &request, const QString &accountId);

    OrganisationStore &m_organisation;
    VisitStore &m_visits;
    AbsenceStore &m_absences;
    SessionGuard &m_guard;
    IdempotentWrites &m_writes;
    int m_maxUnprocessed;
};

} // namespace careportal::server
