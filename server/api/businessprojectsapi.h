// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/businessrecords.h"

namespace careportal::server {

class BusinessGuard;
class BusinessProjectStore;
class HttpServer;

/// "Projecten" and "Mijn correspondentie" of a business contact (seed 004). A contact's own
/// projects ("Mijn projecten") are those it is a member of, or every project when it is
/// "contactpersoon voor alle projecten"; a beheerder sees all projects, a medewerker only
/// its own: another project answers 404, as if it did not exist. Correspondence is the
/// answers to the contact's questions about projects, read or unread.
class BusinessProjectsApi {
public:
    BusinessProjectsApi(BusinessProjectStore &store, BusinessGuard &guard);
    void registerRoutes(HttpServer &server);

    /// Whether the project is among the contact's own.
    [[nodiscard]] bool isOwn(const BusinessContactRecord &contact, const QString &projectId);
    /// Whether the contact may see the project at all.
    [[nodiscard]] bool maySee(const BusinessContactRecord &contact, const QString &projectId);

private:
    void registerCorrespondence(HttpServer &server);

    BusinessProjectStore &m_store;
    BusinessGuard &m_guard;
};

} // namespace careportal::server
