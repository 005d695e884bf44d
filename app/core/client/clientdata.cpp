// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "client/clientdata.h"

#include <initializer_list>

namespace careportal {

ClientData::ClientData(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_planning(new PlanningModel(parts.session, parts.backend, parts.planningCache,
                                   parts.language, this))
    , m_contactDetails(new ContactDetailsModel(parts.session, parts.backend, parts.language, this))
    , m_contactPersons(new ContactPersonsModel(parts.session, parts.backend, parts.language, this))
    , m_contactRequests(
          new ContactRequestsModel(parts.session, parts.backend, parts.language, this))
    , m_absences(new AbsencesModel(parts.session, parts.backend, parts.language, this))
    , m_accessLog(new AccessLogModel(parts.session, parts.backend, parts.language, this)) {
    m_contactRequests->setSeenStore(parts.cache);
    for (ClientListModel *list : std::initializer_list<ClientListModel *>{
             m_contactDetails, m_contactPersons, m_contactRequests, m_absences})
        list->setOfflineSupport(parts.documents, parts.outbox);
    // The planning marks the visits of absences the client reported until staff process them.
    connect(m_absences, &AbsencesModel::reportedAbsencesChanged, m_planning,
            [this] { m_planning->setReportedAbsences(m_absences->reportedAbsences()); });
}

ClientData::~ClientData() {
    // In the reverse order of their making, as members would go.
    delete m_accessLog;
    delete m_absences;
    delete m_contactRequests;
    delete m_contactPersons;
    delete m_contactDetails;
    delete m_planning;
}

} // namespace careportal
