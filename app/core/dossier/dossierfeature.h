// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "dossier/careplanmodel.h"
#include "dossier/dossiermodel.h"
#include "dossier/dossierreportsmodel.h"
#include "util/qmlsingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace careportal {

class CareBackend;
class LanguageSettings;
class Session;

/// The client's dossier, as its pages and Home read it: the overview, the timeline (every
/// kind), the reading tab (one kind at a time), Home's newest additions and the care plan.
/// Memory only, wiped at logout. QML sees it as the singleton `Dossier`.
class DossierFeature : public QObject, public QmlSingleton<DossierFeature> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Dossier)
    QML_SINGLETON
    Q_PROPERTY(careportal::DossierModel *overview READ overview CONSTANT)
    Q_PROPERTY(careportal::DossierReportsModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(careportal::DossierReportsModel *reading READ reading CONSTANT)
    Q_PROPERTY(careportal::DossierReportsModel *latest READ latest CONSTANT)
    Q_PROPERTY(careportal::CarePlanModel *carePlan READ carePlan CONSTANT)
public:
    static constexpr int kPageSize = 20;
    static constexpr int kLatestCount = 3;

    DossierFeature(Session *session, CareBackend *backend, LanguageSettings *language,
                   QObject *parent = nullptr);
    ~DossierFeature() override;

    [[nodiscard]] DossierModel *overview() const { return m_overview; }
    [[nodiscard]] DossierReportsModel *timeline() const { return m_timeline; }
    [[nodiscard]] DossierReportsModel *reading() const { return m_reading; }
    [[nodiscard]] DossierReportsModel *latest() const { return m_latest; }
    [[nodiscard]] CarePlanModel *carePlan() const { return m_carePlan; }

private:
    DossierModel *m_overview;
    DossierReportsModel *m_timeline;
    DossierReportsModel *m_reading;
    DossierReportsModel *m_latest;
    CarePlanModel *m_carePlan;
};

} // namespace careportal
