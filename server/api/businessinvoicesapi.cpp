// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "businessinvoicesapi.h"

#include "businessguard.h"
#include "businessjson.h"
#include "http/entitytag.h"
#include "http/httpserver.h"
#include "http/problem.h"
#include "storage/businessinvoicestore.h"

#include <QJsonArray>

namespace careportal::server {

namespace {

using Need = BusinessGuard::Need;

// A file name made of the invoice number's safe characters only.
QByteArray pdfFileName(const QString &number) {
    QString safe;
    for (const QChar c : number)
        safe.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('-'));
    return QStringLiteral("factuur-%1.pdf").arg(safe).toLatin1();
}

} // namespace

BusinessInvoicesApi::BusinessInvoicesApi(BusinessInvoiceStore &store, BusinessGuard &guard)
    : m_store(store)
    , m_guard(guard) {}

void BusinessInvoicesApi::registerRoutes(HttpServer &server) {
    server.get("/business/organisations/([^/]+)/invoices", [this](const ApiRequest &request) {
        return m_guard.forOrganisation(
            request, Need::Administrator, [&](const BusinessContactRecord &self) -> ApiResponse {
                const QString status = request.query.value(QStringLiteral("status"));
                if (!status.isEmpty() && status != QLatin1String("open") &&
                    status != QLatin1String("all"))
                    return Problem::make(Problem::Code::BadRequest,
                                         QStringLiteral("status is \"open\" or \"all\"."));
                QJsonArray items;
                for (const BusinessInvoiceRecord &invoice :
                     m_store.invoices(self.customerId, status == QLatin1String("open")))
                    items.append(businessjson::invoice(invoice, false));
                return EntityTag::conditional(
                    request, ApiResponse::json(200, {{QLatin1String("items"), items}}));
            });
    });

    server.get("/business/organisations/([^/]+)/invoices/([^/]+)", [this](
                                                                       const ApiRequest &request) {
        return m_guard.forOrganisation(
            request, Need::Administrator, [&](const BusinessContactRecord &self) -> ApiResponse {
                const auto invoice = m_store.invoice(self.customerId, request.pathParams.value(1));
                if (!invoice)
                    return Problem::make(Problem::Code::NotFound);
                return EntityTag::conditional(
                    request, ApiResponse::json(200, businessjson::invoice(*invoice, true)));
            });
    });

    server.get("/business/organisations/([^/]+)/invoices/([^/]+)/pdf",
               [this](const ApiRequest &request) {
                   return m_guard.forOrganisation(
                       request, Need::Administrator,
                       [&](const BusinessContactRecord &self) -> ApiResponse {
                           const auto invoice =
                               m_store.invoice(self.customerId, request.pathParams.value(1));
                           const QByteArray pdf =
                               invoice ? m_store.pdf(self.customerId, invoice->id) : QByteArray();
                           if (pdf.isEmpty())
                               return Problem::make(Problem::Code::NotFound);
                           ApiResponse response;
                           response.status = 200;
                           response.body = pdf;
                           response.contentType = QByteArrayLiteral("application/pdf");
                           response.withHeader("Content-Disposition",
                                               "attachment; filename=\"" +
                                                   pdfFileName(invoice->number) + '"');
                           return response;
                       });
               });
}

} // namespace careportal::server
