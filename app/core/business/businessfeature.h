// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "business/businesscontactsmodel.h"
#include "business/businessorganisationmodel.h"
#include "business/correspondencemodel.h"
#include "business/invoicedocuments.h"
#include "business/invoicesmodel.h"
#include "business/projectsmodel.h"
#include "util/qmlsingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace careportal {

class DocumentCache;
class Outbox;

/// The business portal of seed 004, for a business contact at the organisation the session
/// chose: Home's correspondence, Mijn gegevens (own contact, organisation, colleagues),
/// Facturen and Projecten. Each list loads when its page asks, empties at logout and at a
/// switch of organisation, reads offline from the sealed cache, and writes through the
/// outbox. QML sees it as the singleton `Business`.
class BusinessFeature : public QObject, public QmlSingleton<BusinessFeature> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Business)
    QML_SINGLETON
    Q_PROPERTY(careportal::BusinessContactsModel *ownContact READ ownContact CONSTANT)
    Q_PROPERTY(careportal::BusinessOrganisationModel *organisation READ organisation CONSTANT)
    Q_PROPERTY(careportal::BusinessContactsModel *colleagues READ colleagues CONSTANT)
    Q_PROPERTY(careportal::InvoicesModel *invoices READ invoices CONSTANT)
    Q_PROPERTY(careportal::InvoiceDocuments *invoiceDocuments READ invoiceDocuments CONSTANT)
    Q_PROPERTY(careportal::ProjectsModel *projects READ projects CONSTANT)
    Q_PROPERTY(careportal::ProjectQuestionsModel *questions READ questions CONSTANT)
    Q_PROPERTY(careportal::CorrespondenceModel *correspondence READ correspondence CONSTANT)
public:
    /// What the lists are built on; all outlive this object.
    struct Parts {
        Session *session;
        CareBackend *backend;
        LanguageSettings *language;
        DocumentCache *documents; ///< the lists' offline copies
        Outbox *outbox;           ///< the writes
        bool kiosk;               ///< no invoice PDF leaves the app
    };
    explicit BusinessFeature(const Parts &parts, QObject *parent = nullptr);
    ~BusinessFeature() override;

    [[nodiscard]] BusinessContactsModel *ownContact() const { return m_ownContact; }
    [[nodiscard]] BusinessOrganisationModel *organisation() const { return m_organisation; }
    [[nodiscard]] BusinessContactsModel *colleagues() const { return m_colleagues; }
    [[nodiscard]] InvoicesModel *invoices() const { return m_invoices; }
    [[nodiscard]] InvoiceDocuments *invoiceDocuments() const { return m_invoiceDocuments; }
    [[nodiscard]] ProjectsModel *projects() const { return m_projects; }
    [[nodiscard]] ProjectQuestionsModel *questions() const { return m_questions; }
    [[nodiscard]] CorrespondenceModel *correspondence() const { return m_correspondence; }

private:
    BusinessContactsModel *m_ownContact;
    BusinessOrganisationModel *m_organisation;
    BusinessContactsModel *m_colleagues;
    InvoicesModel *m_invoices;
    InvoiceDocuments *m_invoiceDocuments;
    ProjectsModel *m_projects;
    ProjectQuestionsModel *m_questions;
    CorrespondenceModel *m_correspondence;
};

} // namespace careportal
