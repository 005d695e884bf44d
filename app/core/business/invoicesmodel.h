// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "business/businesslistmodel.h"

namespace careportal {

/// "Facturen" (beheerder only; the server answers 404 to a medewerker): the open invoices
/// first, or with `openOnly` off "Alle facturen", and one invoice's detail with its lines.
/// Amounts come in euro cents and are shown as money in the reader's language.
// The base is spelled with its namespace: Qt 6.4's qmltyperegistrar does not resolve it otherwise.
class InvoicesModel : public careportal::BusinessListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Business.invoices")
    /// Only the open invoices (the page's first view) rather than all.
    Q_PROPERTY(bool openOnly READ openOnly WRITE setOpenOnly NOTIFY openOnlyChanged)
    /// The invoice asked for with showDetail(): its roles plus `lines` [{description,
    /// quantityText, unitPriceText, amountText, vatText}]; empty while none.
    Q_PROPERTY(QVariantMap detail READ detail NOTIFY detailChanged)
    Q_PROPERTY(bool detailLoading READ detailLoading NOTIFY detailChanged)
    Q_PROPERTY(QString detailError READ detailError NOTIFY detailChanged)
public:
    InvoicesModel(Session *session, CareBackend *backend, LanguageSettings *language,
                  QObject *parent = nullptr);

    [[nodiscard]] bool openOnly() const { return m_openOnly; }
    void setOpenOnly(bool openOnly);
    [[nodiscard]] QVariantMap detail() const { return m_detail; }
    [[nodiscard]] bool detailLoading() const { return m_detailLoading; }
    [[nodiscard]] QString detailError() const { return m_detailError; }

    /// Fetches the invoice `id` with its lines; the list's fields show at once.
    Q_INVOKABLE void showDetail(const QString &id);
    /// "€ 1.234,56" (Dutch) or "€1,234.56" (English).
    [[nodiscard]] static QString money(qint64 cents, const QString &language);

Q_SIGNALS:
    void openOnlyChanged();
    void detailChanged();

protected:
    void fetch(const QString &orgId) override;
    [[nodiscard]] QList<QByteArray> derivedRoleNames() const override;
    [[nodiscard]] QVariant derived(const BusinessRecord &record, int which) const override;
    void clear() override;

private:
    [[nodiscard]] QVariantMap detailOf(const BusinessRecord &record) const;
    [[nodiscard]] QString dateText(const BusinessRecord &record, const char *member) const;

    bool m_openOnly = true;
    QVariantMap m_detail;
    bool m_detailLoading = false;
    QString m_detailError;
    QString m_detailId;
};

} // namespace careportal
