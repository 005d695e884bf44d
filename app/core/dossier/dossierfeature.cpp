// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dossier/dossierfeature.h"

namespace careportal {

DossierFeature::DossierFeature(Session *session, CareBackend *backend, LanguageSettings *language,
                               QObject *parent)
    : QObject(parent)
    , m_overview(new DossierModel(session, backend, language, this))
    , m_timeline(new DossierReportsModel(session, backend, language, m_overview, kPageSize, this))
    , m_reading(new DossierReportsModel(session, backend, language, m_overview, kPageSize, this))
    , m_latest(new DossierReportsModel(session, backend, language, m_overview, kLatestCount, this))
    , m_carePlan(new CarePlanModel(session, backend, language, this)) {}

DossierFeature::~DossierFeature() {
    // The report lists read the overview's kinds: they go before it.
    delete m_carePlan;
    delete m_latest;
    delete m_reading;
    delete m_timeline;
    delete m_overview;
}

} // namespace careportal
