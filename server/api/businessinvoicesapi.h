// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace careportal::server {

class BusinessGuard;
class BusinessInvoiceStore;
class HttpServer;

/// "Facturen" of a business customer (seed 004): only a beheerder sees them; for a
/// medewerker every route answers 404. The list has the open invoices first; the detail
/// has the lines; the PDF is served as application/pdf and never cached (no-store), so
/// nothing of it stays behind on a shared PC.
class BusinessInvoicesApi {
public:
    BusinessInvoicesApi(BusinessInvoiceStore &store, BusinessGuard &guard);
    void registerRoutes(HttpServer &server);

private:
    BusinessInvoiceStore &m_store;
    BusinessGuard &m_guard;
};

} // namespace careportal::server
