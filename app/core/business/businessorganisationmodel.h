// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "business/businesslistmodel.h"

namespace careportal {

/// "Mijn organisatie": the chosen customer organisation as the care organisation's books
/// have it (name, address, KvK number, contact details). Read-only: changes go by phone.
// The base is spelled with its namespace: Qt 6.4's qmltyperegistrar does not resolve it otherwise.
class BusinessOrganisationModel : public careportal::BusinessListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Business.organisation")
    /// The organisation as a map of the role names; empty before it is loaded.
    Q_PROPERTY(QVariantMap details READ details NOTIFY detailsChanged)
public:
    BusinessOrganisationModel(Session *session, CareBackend *backend, LanguageSettings *language,
                              QObject *parent = nullptr);

    [[nodiscard]] QVariantMap details() const;

Q_SIGNALS:
    void detailsChanged();

protected:
    void fetch(const QString &orgId) override;
    void rebuildRows() override;
};

} // namespace careportal
