// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "business/businessfeature.h"

#include <initializer_list>

namespace careportal {

BusinessFeature::BusinessFeature(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_ownContact(new BusinessContactsModel(BusinessContactsModel::Scope::Own, parts.session,
                                             parts.backend, parts.language, this))
    , m_organisation(
          new BusinessOrganisationModel(parts.session, parts.backend, parts.language, this))
    , m_colleagues(new BusinessContactsModel(BusinessContactsModel::Scope::Colleagues,
                                             parts.session, parts.backend, parts.language, this))
    , m_invoices(new InvoicesModel(parts.session, parts.backend, parts.language, this))
    , m_invoiceDocuments(
          new InvoiceDocuments(parts.session, parts.backend, parts.language, parts.kiosk, this))
    , m_projects(new ProjectsModel(parts.session, parts.backend, parts.language, this))
    , m_questions(new ProjectQuestionsModel(parts.session, parts.backend, parts.language, this))
    , m_correspondence(
          new CorrespondenceModel(parts.session, parts.backend, parts.language, this)) {
    for (ClientListModel *list : std::initializer_list<ClientListModel *>{
             m_ownContact, m_organisation, m_colleagues, m_invoices, m_projects, m_questions,
             m_correspondence})
        list->setOfflineSupport(parts.documents, parts.outbox);
    // A change of the own contact is a change of a colleague too, and the other way round.
    connect(m_ownContact, &ClientListModel::saved, m_colleagues, &ClientListModel::reload);
    connect(m_colleagues, &ClientListModel::saved, m_ownContact, &ClientListModel::reload);
}

BusinessFeature::~BusinessFeature() {
    // In the reverse order of their making, as members would go.
    delete m_correspondence;
    delete m_questions;
    delete m_projects;
    delete m_invoiceDocuments;
    delete m_invoices;
    delete m_colleagues;
    delete m_organisation;
    delete m_ownContact;
}

} // namespace careportal
