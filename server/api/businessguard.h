// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "sessionguard.h"
#include "storage/businessrecords.h"

#include <optional>
#include <utility>
#include <variant>

namespace careportal::server {

class AccessLogStore;
class AccessLogWriter;
class BusinessStore;

/// The preamble of every /business/organisations/{orgId}/... route (seed 004), as
/// SessionGuard::forClient is for client routes: a valid session whose account is a contact
/// of the organisation with "Medewerker klantportaal" on, and for Need::Administrator with
/// "Beheerder klantportaal" on too. An organisation the account does not work for (or
/// that does not exist), and a part its rights do not open, all answer 404 and are recorded
/// as security events (organisation-refused, right-refused). Every access let through gets
/// its NEN 7513 access-log row — the organisation as the one whose data it is, the contact's
/// role (beheerder or medewerker) — before its answer goes out.
class BusinessGuard {
public:
    enum class Need { Contact, Administrator };

    BusinessGuard(SessionGuard &sessions, BusinessStore &store, AccessLogStore &accessLog,
                  AccessLogWriter *readLog = nullptr);

    /// `handler(const BusinessContactRecord &contact)`: the caller's own contact row at the
    /// organisation named by the route's first capture.
    template <typename Handler>
    [[nodiscard]] ApiResponse forOrganisation(const ApiRequest &request, Need need,
                                              Handler &&handler) const {
        auto result = admit(request, need);
        if (auto *problem = std::get_if<ApiResponse>(&result))
            return std::move(*problem);
        auto &admitted = std::get<Admitted>(result);
        return afterHandler(admitted, std::forward<Handler>(handler)(admitted.contact));
    }

    /// The role the access log names: "beheerder" or "medewerker".
    [[nodiscard]] static QString roleOf(const BusinessRights &rights);

private:
    struct Admitted {
        BusinessContactRecord contact;
        std::optional<AccessLogRecord> pendingLog;
    };
    [[nodiscard]] std::variant<Admitted, ApiResponse> admit(const ApiRequest &request,
                                                            Need need) const;
    [[nodiscard]] ApiResponse afterHandler(Admitted &admitted, ApiResponse response) const;
    void recordRefusal(const ApiRequest &request, const AccountRecord &account,
                       const QString &event) const;

    SessionGuard &m_sessions;
    BusinessStore &m_store;
    AccessLogStore &m_accessLog;
    AccessLogWriter *m_readLog;
};

} // namespace careportal::server
