// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "business/businessorganisationmodel.h"

#include "backend/carebackend.h"

namespace careportal {

BusinessOrganisationModel::BusinessOrganisationModel(Session *session, CareBackend *backend,
                                                     LanguageSettings *language, QObject *parent)
    : BusinessListModel(session, backend, language,
                        {"id", "name", "address", "postcode", "city", "postalAddress", "kvkNumber",
                         "phone", "email", "website"},
                        parent) {}

QVariantMap BusinessOrganisationModel::details() const {
    return shownRows().isEmpty() ? QVariantMap() : item(shownRows().first().id);
}

void BusinessOrganisationModel::fetch(const QString &orgId) {
    list(QStringLiteral("business-organisation"), [this, orgId](const QByteArray &etag) {
        return backend()->businessOrganisation(orgId, etag);
    });
}

void BusinessOrganisationModel::rebuildRows() {
    BusinessListModel::rebuildRows();
    Q_EMIT detailsChanged();
}

} // namespace careportal
