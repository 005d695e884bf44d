// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "businessrecords.h"

#include <optional>

namespace careportal::server {

class Database;

/// The invoices to business customers ("Facturen", seed 004): their lines, whether they are
/// paid, and the PDF the books sent.
class BusinessInvoiceStore {
public:
    explicit BusinessInvoiceStore(Database &database);

    /// The invoice, its lines (amounts as given) and its PDF in one transaction; false when
    /// the number is taken.
    [[nodiscard]] bool insertInvoice(const BusinessInvoiceRecord &invoice, const QByteArray &pdf);
    /// The customer's invoices with their totals, open ones first (by due date), then the
    /// paid ones, newest first. Without lines; `openOnly` leaves the paid ones out.
    [[nodiscard]] QList<BusinessInvoiceRecord> invoices(const QString &customerId, bool openOnly);
    /// The invoice `invoiceId` of `customerId` with its lines; nullopt when it is another
    /// customer's.
    [[nodiscard]] std::optional<BusinessInvoiceRecord> invoice(const QString &customerId,
                                                               const QString &invoiceId);
    /// Its PDF; empty when it has none (or it is another customer's).
    [[nodiscard]] QByteArray pdf(const QString &customerId, const QString &invoiceId);
    /// Staff: paid on `day`, or open again with an invalid date.
    [[nodiscard]] bool setPaid(const QString &invoiceId, const QDate &day);

private:
    Database &m_database;
};

} // namespace careportal::server
