// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/businessaccount.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>
#include <utility>

namespace careportal {

const OrganisationLink *BusinessAccount::current() const {
    if (m_organisations.size() == 1)
        return &m_organisations.first();
    for (const OrganisationLink &organisation : m_organisations) {
        if (organisation.id == m_chosenId)
            return &organisation;
    }
    return nullptr; // several and none chosen: every request waits for the choice
}

QVariantList BusinessAccount::organisationsForQml() const {
    QList<OrganisationLink> sorted = m_organisations;
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

bool BusinessAccount::needsOrganisationChoice() const {
    return m_organisations.size() > 1 && !current();
}

QString BusinessAccount::organisationId() const {
    const OrganisationLink *organisation = current();
    return organisation ? organisation->id : QString();
}

QString BusinessAccount::organisationName() const {
    const OrganisationLink *organisation = current();
    return organisation ? organisation->name : QString();
}

QString BusinessAccount::ownContactId() const {
    const OrganisationLink *organisation = current();
    return organisation ? organisation->contactId : QString();
}

BusinessRights BusinessAccount::rights() const {
    const OrganisationLink *organisation = current();
    return organisation ? organisation->rights : BusinessRights{};
}

QStringList BusinessAccount::rightNames() const {
    const BusinessRights on = rights();
    QStringList names;
    for (const auto &[name, set] :
         {std::pair{"administrator", on.administrator}, std::pair{"portalUser", on.portalUser},
          std::pair{"emailServices", on.emailServices}, std::pair{"allProjects", on.allProjects}}) {
        if (set)
            names.append(QLatin1String(name));
    }
    return names;
}

void BusinessAccount::setOrganisations(const QList<OrganisationLink> &organisations) {
    m_organisations = organisations;
    if (!current())
        m_chosenId.clear();
}

void BusinessAccount::chooseOrganisation(const QString &organisationId) {
    const bool known =
        std::any_of(m_organisations.cbegin(), m_organisations.cend(),
                    [&](const OrganisationLink &o) { return o.id == organisationId; });
    if (!known || organisationId == this->organisationId())
        return;
    m_chosenId = organisationId;
    Q_EMIT changed(); // the models drop the other organisation's data
}

void BusinessAccount::switchOrganisation() {
    if (m_organisations.size() < 2 || m_chosenId.isEmpty())
        return;
    m_chosenId.clear();
    Q_EMIT changed();
}

} // namespace careportal
