// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "absence/absencesmodel.h"
#include "accesslog/accesslogmodel.h"
#include "contacts/contactdetailsmodel.h"
#include "contacts/contactpersonsmodel.h"
#include "planning/planningmodel.h"
#include "requests/contactrequestsmodel.h"
#include "util/qmlsingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace careportal {

class CacheDatabase;
class CareBackend;
class DocumentCache;
class LanguageSettings;
class Outbox;
class PlanningCache;
class Session;

/// The lists of the client the session shows (the one logged in, or the one a
/// representative chose): each loads when its page asks, empties at logout and at a client
/// switch, and reads offline from the sealed cache. QML sees it as the singleton `Client`.
class ClientData : public QObject, public QmlSingleton<ClientData> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Client)
    QML_SINGLETON
    Q_PROPERTY(careportal::PlanningModel *planning READ planning CONSTANT)
    Q_PROPERTY(careportal::ContactDetailsModel *contactDetails READ contactDetails CONSTANT)
    Q_PROPERTY(careportal::ContactPersonsModel *contactPersons READ contactPersons CONSTANT)
    Q_PROPERTY(careportal::ContactRequestsModel *contactRequests READ contactRequests CONSTANT)
    Q_PROPERTY(careportal::AbsencesModel *absences READ absences CONSTANT)
    Q_PROPERTY(careportal::AccessLogModel *accessLog READ accessLog CONSTANT)
public:
    /// What the lists are built on; all outlive this object.
    struct Parts {
        Session *session;
        CareBackend *backend;
        LanguageSettings *language;
        CacheDatabase *cache; ///< which answers were seen
        PlanningCache *planningCache;
        DocumentCache *documents; ///< the lists' offline copies
        Outbox *outbox;           ///< the lists' writes
    };

    explicit ClientData(const Parts &parts, QObject *parent = nullptr);
    ~ClientData() override;

    [[nodiscard]] PlanningModel *planning() const { return m_planning; }
    [[nodiscard]] ContactDetailsModel *contactDetails() const { return m_contactDetails; }
    [[nodiscard]] ContactPersonsModel *contactPersons() const { return m_contactPersons; }
    [[nodiscard]] ContactRequestsModel *contactRequests() const { return m_contactRequests; }
    [[nodiscard]] AbsencesModel *absences() const { return m_absences; }
    [[nodiscard]] AccessLogModel *accessLog() const { return m_accessLog; }

private:
    PlanningModel *m_planning;
    ContactDetailsModel *m_contactDetails;
    ContactPersonsModel *m_contactPersons;
    ContactRequestsModel *m_contactRequests;
    AbsencesModel *m_absences;
    AccessLogModel *m_accessLog;
};

} // namespace careportal
