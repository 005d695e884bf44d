// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "storage/businessrecords.h"
#include "storage/records.h"

#include <optional>

namespace careportal::server {

class AccountStore;
class BusinessGuard;
class BusinessStore;
class HttpServer;
class IdempotentWrites;
class MessageSender;
class SecondFactorStore;
class SessionStore;

/// "Mijn contactpersonen" managed by a beheerder (seed 004, phase 2 of issue 19):
/// "Aanmaken contactpersoon", editing a colleague with its rights, and removing one. Only a
/// beheerder; for a medewerker these routes answer 404. A colleague with "Medewerker
/// klantportaal" and an e-mail address gets a login: the user name and a one-time password
/// in two e-mails (as staff's create-business-customer does), or, when the address is a
/// business contact's login already, that login works for this organisation too. The last
/// beheerder with a login can neither lose the right nor be removed (409
/// `last-administrator`). "Twee-factorauthenticatie wissen" removes a colleague's
/// authenticator app and ends its sessions, as staff's reset-second-factor does.
class BusinessColleaguesApi {
public:
    struct Stores {
        AccountStore &accounts;
        BusinessStore &business;
        SecondFactorStore &factors;
        SessionStore &sessions;
    };
    BusinessColleaguesApi(Stores stores, BusinessGuard &guard, IdempotentWrites &writes,
                          MessageSender &sender);
    void registerRoutes(HttpServer &server);

private:
    [[nodiscard]] ApiResponse create(const ApiRequest &request, const BusinessContactRecord &self);
    [[nodiscard]] ApiResponse update(const ApiRequest &request, const BusinessContactRecord &self);
    [[nodiscard]] ApiResponse remove(const ApiRequest &request, const BusinessContactRecord &self);
    [[nodiscard]] ApiResponse resetSecondFactor(const ApiRequest &request,
                                                const BusinessContactRecord &self);
    /// Gives `contact` (portal user, not linked yet) its login; the problem to answer, or
    /// nullopt. `password` is set when a new account was made (the e-mails go out after
    /// the contact is stored).
    [[nodiscard]] std::optional<ApiResponse> prepareLogin(BusinessContactRecord &contact,
                                                          QString &password,
                                                          std::optional<AccountRecord> &fresh);
    [[nodiscard]] bool sendLogin(const BusinessContactRecord &contact, const QString &password);

    AccountStore &m_accounts;
    BusinessStore &m_store;
    SecondFactorStore &m_factors;
    SessionStore &m_sessions;
    BusinessGuard &m_guard;
    IdempotentWrites &m_writes;
    MessageSender &m_sender;
};

} // namespace careportal::server
