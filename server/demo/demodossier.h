// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>

namespace careportal::server {

class DossierStore;

/// An invented dossier for a demo client: general data, three months of reports by several
/// disciplines, and a care plan with goals and actions — enough that every tab of the
/// Cliëntdossier has realistic content. Nothing here is about a real person.
class DemoDossier {
public:
    explicit DemoDossier(DossierStore &store);
    [[nodiscard]] bool seed(const QString &clientId, const QDate &today);

private:
    [[nodiscard]] bool seedReports(const QString &clientId, const QDate &today);
    [[nodiscard]] bool seedCarePlan(const QString &clientId);

    DossierStore &m_store;
};

} // namespace careportal::server
