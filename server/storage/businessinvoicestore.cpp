// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "businessinvoicestore.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

namespace careportal::server {

namespace {

// The invoice with its totals, summed from its lines.
const QString kSelect = QStringLiteral(
    "SELECT i.id, i.customer_id, i.number, i.invoice_date, i.due_date, i.description, "
    "i.paid_on, i.pdf IS NOT NULL, COALESCE(SUM(l.amount_cents), 0), COALESCE(SUM(l.vat_cents), "
    "0) FROM business_invoices i LEFT JOIN business_invoice_lines l ON l.invoice_id = i.id ");

BusinessInvoiceRecord readInvoice(const QSqlQuery &q) {
    BusinessInvoiceRecord r;
    r.id = q.value(0).toString();
    r.customerId = q.value(1).toString();
    r.number = q.value(2).toString();
    r.invoiceDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    r.dueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.description = q.value(5).toString();
    r.paidOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    r.hasPdf = q.value(7).toBool();
    r.amountCents = q.value(8).toLongLong();
    r.vatCents = q.value(9).toLongLong();
    return r;
}

} // namespace

BusinessInvoiceStore::BusinessInvoiceStore(Database &database)
    : m_database(database) {}

bool BusinessInvoiceStore::insertInvoice(const BusinessInvoiceRecord &invoice,
                                         const QByteArray &pdf) {
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return false;
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("INSERT INTO business_invoices (id, customer_id, number, "
                            "invoice_date, due_date, description, paid_on, pdf, created_utc) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {invoice.id, invoice.customerId, invoice.number,
              invoice.invoiceDate.toString(Qt::ISODate), invoice.dueDate.toString(Qt::ISODate),
              notNull(invoice.description), dateOrNull(invoice.paidOn),
              pdf.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(pdf),
              QDateTime::currentSecsSinceEpoch()}))
        return false;
    int position = 0;
    for (const BusinessInvoiceLine &line : invoice.lines) {
        CachedQuery lineQuery(m_database);
        if (!run(lineQuery,
                 QStringLiteral("INSERT INTO business_invoice_lines (invoice_id, position, "
                                "description, quantity, unit_price_cents, amount_cents, "
                                "vat_percent, vat_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {invoice.id, ++position, line.description, line.quantity, line.unitPriceCents,
                  line.amountCents, line.vatPercent, line.vatCents}))
            return false;
    }
    return transaction.commit();
}

QList<BusinessInvoiceRecord> BusinessInvoiceStore::invoices(const QString &customerId,
                                                            bool openOnly) {
    return readRows(m_database,
                    kSelect +
                        QStringLiteral("WHERE i.customer_id = ? %1 GROUP BY i.id ORDER BY "
                                       "i.paid_on IS NOT NULL, CASE WHEN i.paid_on IS NULL THEN "
                                       "i.due_date END, i.invoice_date DESC, i.number DESC")
                            .arg(openOnly ? QStringLiteral("AND i.paid_on IS NULL") : QString()),
                    {customerId}, readInvoice);
}

std::optional<BusinessInvoiceRecord> BusinessInvoiceStore::invoice(const QString &customerId,
                                                                   const QString &invoiceId) {
    CachedQuery query(m_database);
    if (!run(query, kSelect + QStringLiteral("WHERE i.id = ? AND i.customer_id = ? GROUP BY i.id"),
             {invoiceId, customerId}) ||
        !query.next())
        return std::nullopt;
    BusinessInvoiceRecord record = readInvoice(query);
    CachedQuery lines(m_database);
    if (!run(lines,
             QStringLiteral("SELECT description, quantity, unit_price_cents, amount_cents, "
                            "vat_percent, vat_cents FROM business_invoice_lines WHERE invoice_id "
                            "= ? ORDER BY position"),
             {invoiceId}))
        return std::nullopt;
    while (lines.next())
        record.lines.append({lines.value(0).toString(), lines.value(1).toDouble(),
                             lines.value(2).toLongLong(), lines.value(3).toLongLong(),
                             lines.value(4).toInt(), lines.value(5).toLongLong()});
    return record;
}

QByteArray BusinessInvoiceStore::pdf(const QString &customerId, const QString &invoiceId) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT pdf FROM business_invoices WHERE id = ? AND customer_id = ?"),
             {invoiceId, customerId}) ||
        !query.next())
        return {};
    return query.value(0).toByteArray();
}

bool BusinessInvoiceStore::setPaid(const QString &invoiceId, const QDate &day) {
    CachedQuery query(m_database);
    return run(query, QStringLiteral("UPDATE business_invoices SET paid_on = ? WHERE id = ?"),
               {dateOrNull(day), invoiceId}) &&
           query.numRowsAffected() == 1;
}

} // namespace careportal::server
