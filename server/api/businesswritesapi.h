// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "storage/businessrecords.h"

namespace careportal::server {

class BusinessGuard;
class BusinessProjectStore;
class BusinessStore;
class HttpServer;
class IdempotentWrites;
class MessageSender;

/// The writes of a business contact (seed 004, phase 2 of issue 19), each through
/// BusinessGuard (its access-log row written first) and IdempotentWrites:
/// "Aanpassen persoonsgegevens" (PUT .../contact, with If-Match) and a question to a
/// project's leader (POST .../projects/{id}/questions), which reaches the leader by e-mail.
/// Only a beheerder switches "Contactpersoon voor alle projecten": for a medewerker it
/// would open every project.
class BusinessWritesApi {
public:
    static constexpr int kMaxQuestionLength = 2000;

    BusinessWritesApi(BusinessStore &store, BusinessProjectStore &projects, BusinessGuard &guard,
                      IdempotentWrites &writes, MessageSender &sender);
    void registerRoutes(HttpServer &server);

private:
    [[nodiscard]] ApiResponse updateOwn(const ApiRequest &request,
                                        const BusinessContactRecord &self);
    [[nodiscard]] ApiResponse ask(const ApiRequest &request, const BusinessContactRecord &self);

    BusinessStore &m_store;
    BusinessProjectStore &m_projects;
    BusinessGuard &m_guard;
    IdempotentWrites &m_writes;
    MessageSender &m_sender;
};

} // namespace careportal::server
