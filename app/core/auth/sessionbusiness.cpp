// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Session: a business contact's customer organisations (seed 004), chosen as a
// representative chooses a client.

#include "auth/session.h"

#include <QCollator>
#include <algorithm>

namespace careportal {

const OrganisationLink *Session::currentOrganisation() const {
    const auto &organisations = m_account.organisations;
    if (organisations.size() == 1)
        return &organisations.first();
    for (const OrganisationLink &organisation : organisations) {
        if (organisation.id == m_chosenOrganisationId)
            return &organisation;
    }
    return nullptr; // several and none chosen: every request waits for the choice
}

QString Session::accountKind() const {
    return m_account.kind == Account::Kind::Business ? QStringLiteral("business")
                                                     : QStringLiteral("client");
}

QVariantList Session::organisationsForQml() const {
    QList<OrganisationLink> sorted = m_account.organisations;
    QCollator collator{QLocale(QLocale::Dutch)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(sorted.begin(), sorted.end(),
              [&](const OrganisationLink &a, const OrganisationLink &b) {
                  return collator.compare(a.name, b.name) < 0;
              });
    QVariantList list;
    for (const OrganisationLink &organisation : sorted)
        list.append(
            QVariantMap{{QStringLiteral("id"), organisation.id},
                        {QStringLiteral("name"), organisation.name},
                        {QStringLiteral("administrator"), organisation.rights.administrator}});
    return list;
}

bool Session::needsOrganisationChoice() const {
    return m_account.organisations.size() > 1 && !currentOrganisation();
}

QString Session::organisationId() const {
    const OrganisationLink *organisation = currentOrganisation();
    return organisation ? organisation->id : QString();
}

QString Session::organisationName() const {
    const OrganisationLink *organisation = currentOrganisation();
    return organisation ? organisation->name : QString();
}

QString Session::ownContactId() const {
    const OrganisationLink *organisation = currentOrganisation();
    return organisation ? organisation->contactId : QString();
}

bool Session::administrator() const {
    return businessRights().administrator;
}

BusinessRights Session::businessRights() const {
    const OrganisationLink *organisation = currentOrganisation();
    return organisation ? organisation->rights : BusinessRights{};
}

void Session::chooseOrganisation(const QString &organisationId) {
    const auto &organisations = m_account.organisations;
    const bool known =
        std::any_of(organisations.cbegin(), organisations.cend(),
                    [&](const OrganisationLink &o) { return o.id == organisationId; });
    if (!known || organisationId == this->organisationId())
        return;
    m_chosenOrganisationId = organisationId;
    Q_EMIT accountChanged(); // the models drop the other organisation's data
}

void Session::switchOrganisation() {
    if (m_account.organisations.size() < 2 || m_chosenOrganisationId.isEmpty())
        return;
    m_chosenOrganisationId.clear();
    Q_EMIT accountChanged();
}

} // namespace careportal
