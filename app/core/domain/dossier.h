// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/contact.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace careportal {

/// A kind of report (Zorgplanrapportage, Incidentenrapportage, Zorgkaart) with the
/// explanation seed 003 gives for it.
struct ReportKind {
    LabelledOption option;
    QString explanationNl;
    QString explanationEn;

    [[nodiscard]] static ReportKind fromJson(const QJsonObject &json);
    [[nodiscard]] bool isValid() const { return option.isValid(); }
    [[nodiscard]] QString explanation(const QString &language) const {
        return language.startsWith(QLatin1String("en")) && !explanationEn.isEmpty() ? explanationEn
                                                                                    : explanationNl;
    }
};

/// "Gegevens": what the organisation's record says about the client (read-only here).
struct DossierGeneral {
    QString address;
    QString postcode;
    QString city;
    QDate birthDate;
    QString gpName;
    QString gpPhone;
    QString pharmacyName;
    QString pharmacyPhone;

    [[nodiscard]] static DossierGeneral fromJson(const QJsonObject &json);
};

/// GET .../dossier: whether the organisation keeps a dossier for the client, and if so its
/// general data and the lists that label its reports.
struct DossierOverview {
    bool available = false;
    DossierGeneral general;
    QList<ReportKind> kinds;
    QList<LabelledOption> disciplines; // SO, FT, VP, ... with their meaning

    /// Invalid (nullopt-like) answers have no "available" at all; see isValid().
    [[nodiscard]] static DossierOverview fromJson(const QJsonObject &json, bool *valid);
};

/// One report: written by a discipline, plain text.
struct DossierReport {
    QString id;
    QString kind;
    QString discipline;
    QString author;
    QDateTime writtenAt;
    QString title;
    QString text;

    [[nodiscard]] static DossierReport fromJson(const QJsonObject &json);
    [[nodiscard]] bool isValid() const { return !id.isEmpty() && writtenAt.isValid(); }
};

/// One page of reports, newest first, and where the next (older) page starts.
struct DossierReportPage {
    QList<DossierReport> reports;
    QString nextCursor; ///< Empty on the last page.
};

struct CareAction {
    QString id;
    QString description;
    QString frequency;
};

/// A goal of the care plan ("Doel"), the care question behind it and its actions.
struct CareGoal {
    QString id;
    QString title;
    QString careQuestion;
    QList<CareAction> actions;

    [[nodiscard]] static CareGoal fromJson(const QJsonObject &json);
    [[nodiscard]] bool isValid() const { return !id.isEmpty() && !title.isEmpty(); }
};

} // namespace careportal
