// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "businessguard.h"

#include "guardrecords.h"
#include "http/problem.h"
#include "storage/accesslogstore.h"
#include "storage/businessstore.h"

namespace careportal::server {

namespace {

// What was touched: the route after /business/organisations/{id}/, or "organisation".
QString objectOf(const ApiRequest &request) {
    const QString marker =
        QStringLiteral("/business/organisations/") + request.pathParams.value(0) + u'/';
    const qsizetype at = request.path.indexOf(marker);
    return at < 0 ? QStringLiteral("organisation") : request.path.mid(at + marker.size());
}

} // namespace

BusinessGuard::BusinessGuard(SessionGuard &sessions, BusinessStore &store,
                             AccessLogStore &accessLog, AccessLogWriter *readLog)
    : m_sessions(sessions)
    , m_store(store)
    , m_accessLog(accessLog)
    , m_readLog(readLog) {}

QString BusinessGuard::roleOf(const BusinessRights &rights) {
    return rights.administrator ? QStringLiteral("beheerder") : QStringLiteral("medewerker");
}

std::variant<BusinessGuard::Admitted, ApiResponse> BusinessGuard::admit(const ApiRequest &request,
                                                                        Need need) const {
    auto result = m_sessions.authenticate(request, SessionGuard::Access::Full);
    if (auto *problem = std::get_if<ApiResponse>(&result))
        return std::move(*problem);
    const AccountRecord &account = std::get<AuthenticatedSession>(result).account;
    const QString organisationId = request.pathParams.value(0);
    auto contact = m_store.contactOfAccount(account.id, organisationId);
    // Without "Medewerker klantportaal" the contact is one the organisation knows, not a
    // user of the portal: as if it worked there not at all.
    if (!contact || !contact->rights.portalUser) {
        recordRefusal(request, account, QStringLiteral("organisation-refused"));
        return Problem::make(Problem::Code::NotFound);
    }
    if (need == Need::Administrator && !contact->rights.administrator) {
        recordRefusal(request, account, QStringLiteral("right-refused"));
        return Problem::make(Problem::Code::NotFound);
    }
    AccessLogRecord entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.event =
        request.method == QLatin1String("GET") ? QStringLiteral("read") : QStringLiteral("change");
    entry.clientId = organisationId;
    entry.accountId = account.id;
    entry.userName = account.displayName;
    entry.onBehalfOf = organisationId;
    entry.role = roleOf(contact->rights);
    entry.device = guardrecords::deviceOf(request);
    entry.address = request.remoteAddress;
    entry.object = objectOf(request).left(guardrecords::kMaxObjectLength);
    if (m_readLog && request.method == QLatin1String("GET"))
        return Admitted{*std::move(contact), std::move(entry)};
    if (!m_accessLog.append(entry))
        return Problem::make(Problem::Code::Internal);
    return Admitted{*std::move(contact), std::nullopt};
}

ApiResponse BusinessGuard::afterHandler(Admitted &admitted, ApiResponse response) const {
    return guardrecords::holdUntilLogged(m_readLog, admitted.pendingLog, std::move(response));
}

void BusinessGuard::recordRefusal(const ApiRequest &request, const AccountRecord &account,
                                  const QString &eventName) const {
    guardrecords::recordRefusal(m_accessLog, request, account, eventName,
                                "another organisation's data");
}

} // namespace careportal::server
