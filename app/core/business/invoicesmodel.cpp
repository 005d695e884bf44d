// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "business/invoicesmodel.h"

#include "backend/carebackend.h"
#include "util/dateformatter.h"
#include "util/futureresult.h"

#include <QJsonArray>
#include <QLocale>

namespace careportal {

namespace {

QLocale localeFor(const QString &language) {
    return language.startsWith(QLatin1String("en")) ? QLocale(QLocale::English, QLocale::Ireland)
                                                    : QLocale(QLocale::Dutch, QLocale::Netherlands);
}

qint64 cents(const QJsonObject &json, const char *member) {
    return json.value(QLatin1String(member)).toInteger();
}

} // namespace

InvoicesModel::InvoicesModel(Session *session, CareBackend *backend, LanguageSettings *language,
                             QObject *parent)
    : BusinessListModel(session, backend, language,
                        {"id", "number", "invoiceDate", "dueDate", "description", "amountCents",
                         "vatCents", "totalCents", "status", "paidOn", "overdue", "hasPdf"},
                        parent) {}

void InvoicesModel::setOpenOnly(bool openOnly) {
    if (openOnly == m_openOnly)
        return;
    m_openOnly = openOnly;
    Q_EMIT openOnlyChanged();
    reloadDroppingPending();
}

void InvoicesModel::fetch(const QString &orgId) {
    const bool openOnly = m_openOnly;
    list(openOnly ? QStringLiteral("business-invoices-open")
                  : QStringLiteral("business-invoices-all"),
         [this, orgId, openOnly](const QByteArray &etag) {
             return backend()->invoices(orgId, openOnly, etag);
         });
}

QString InvoicesModel::money(qint64 amount, const QString &language) {
    return localeFor(language).toCurrencyString(double(amount) / 100.0, QStringLiteral("€"));
}

QString InvoicesModel::dateText(const BusinessRecord &record, const char *member) const {
    const QDate date =
        QDate::fromString(record.json.value(QLatin1String(member)).toString(), Qt::ISODate);
    return date.isValid() ? DateFormatter(language()).dayText(date) : QString();
}

QList<QByteArray> InvoicesModel::derivedRoleNames() const {
    return {"amountText",  "vatText",    "totalText", "invoiceDateText",
            "dueDateText", "paidOnText", "open"};
}

QVariant InvoicesModel::derived(const BusinessRecord &record, int which) const {
    switch (which) {
    case 0:
        return money(cents(record.json, "amountCents"), language());
    case 1:
        return money(cents(record.json, "vatCents"), language());
    case 2:
        return money(cents(record.json, "totalCents"), language());
    case 3:
        return dateText(record, "invoiceDate");
    case 4:
        return dateText(record, "dueDate");
    case 5:
        return dateText(record, "paidOn");
    case 6:
        return record.json.value(QLatin1String("status")).toString() == QLatin1String("open");
    default:
        return {};
    }
}

void InvoicesModel::showDetail(const QString &id) {
    const int row = rowOf(shownRows(), id);
    m_detailId = id;
    m_detail = row < 0 ? QVariantMap() : item(id);
    m_detailLoading = !clientId().isEmpty();
    m_detailError.clear();
    Q_EMIT detailChanged();
    if (!m_detailLoading)
        return;
    const QString orgId = clientId();
    onResult(backend()->invoice(orgId, id), this,
             [this, id, orgId](const Result<BusinessRecord> &result) {
                 // Another invoice was asked for meanwhile, or this one again at another
                 // organisation (the same id there must not show this one's answer).
                 if (id != m_detailId || orgId != clientId())
                     return;
                 m_detailLoading = false;
                 if (result.ok())
                     m_detail = detailOf(result.value());
                 else
                     m_detailError = result.error().message(language());
                 Q_EMIT detailChanged();
             });
}

QVariantMap InvoicesModel::detailOf(const BusinessRecord &record) const {
    QVariantMap detail = record.toMap();
    detail.insert(QStringLiteral("itemId"), record.id);
    const QList<QByteArray> names = derivedRoleNames();
    for (qsizetype i = 0; i < names.size(); ++i)
        detail.insert(QString::fromLatin1(names.at(i)), derived(record, int(i)));
    QVariantList lines;
    const QLocale locale = localeFor(language());
    for (const auto &value : record.json.value(QLatin1String("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        lines.append(QVariantMap{
            {QStringLiteral("description"), line.value(QLatin1String("description")).toString()},
            {QStringLiteral("quantityText"),
             locale.toString(line.value(QLatin1String("quantity")).toDouble(), 'g', 6)},
            {QStringLiteral("unitPriceText"), money(cents(line, "unitPriceCents"), language())},
            {QStringLiteral("amountText"), money(cents(line, "amountCents"), language())},
            {QStringLiteral("vatText"),
             QStringLiteral("%1%").arg(line.value(QLatin1String("vatPercent")).toInt())}});
    }
    detail.insert(QStringLiteral("lines"), lines);
    return detail;
}

void InvoicesModel::clear() {
    BusinessListModel::clear();
    m_detail.clear();
    m_detailId.clear();
    m_detailLoading = false;
    m_detailError.clear();
    Q_EMIT detailChanged();
}

} // namespace careportal
