// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "planning/planningmodel.h"
#include "settings/languagesettings.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace careportal {

/// Saves the planning on screen for use outside the app: the month or one visit as an
/// .ics file for the user's calendar app, and the month as a large-print PDF. Created in
/// the planning page with `planning: App.planning`. Each save is atomic and returns
/// whether it worked; a failure (no permission, disk full) leaves no partial file and
/// sets errorMessage, a success sets resultMessage. Not offered on a kiosk (the page hides
/// it): nothing may stay behind on a shared PC.
class PlanningExport : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        careportal::PlanningModel *planning READ planning WRITE setPlanning NOTIFY planningChanged)
    /// Texts and dates in this language (default Dutch), e.g. `language: App.language`.
    Q_PROPERTY(careportal::LanguageSettings *language READ language WRITE setLanguage NOTIFY
                   languageChanged)
    /// At the top of the printout, e.g. `organisationName: App.organisationName`.
    Q_PROPERTY(QString organisationName READ organisationName WRITE setOrganisationName NOTIFY
                   organisationNameChanged)
    /// "planning-2026-12": the month on screen, for the default file names.
    Q_PROPERTY(QString monthFileName READ monthFileName NOTIFY monthChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY resultChanged)
    Q_PROPERTY(QString resultMessage READ resultMessage NOTIFY resultChanged)
public:
    explicit PlanningExport(QObject *parent = nullptr);

    [[nodiscard]] PlanningModel *planning() const { return m_planning; }
    void setPlanning(PlanningModel *planning);
    [[nodiscard]] LanguageSettings *language() const { return m_language; }
    void setLanguage(LanguageSettings *language);
    [[nodiscard]] QString organisationName() const { return m_organisationName; }
    void setOrganisationName(const QString &name);
    [[nodiscard]] QString monthFileName() const;
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString resultMessage() const { return m_resultMessage; }

    /// The month on screen as an .ics file.
    Q_INVOKABLE bool saveMonthCalendar(const QUrl &file);
    /// The id of the visit in `row`: the page keeps it while the save dialog is open, so a
    /// refresh of the planning meanwhile cannot swap the visit for another.
    Q_INVOKABLE [[nodiscard]] QString visitId(int row) const;
    /// One visit (by visitId()) as an .ics file; fails when it left the planning.
    Q_INVOKABLE bool saveVisitCalendar(const QString &visitId, const QUrl &file);
    /// The month on screen as a large-print PDF.
    Q_INVOKABLE bool saveMonthPdf(const QUrl &file);
    /// "bezoek-2026-12-03-0900": a default file name for the visit.
    Q_INVOKABLE [[nodiscard]] QString visitFileName(const QString &visitId) const;
    /// The user's Documents folder (home when there is none): where the save dialog starts.
    Q_INVOKABLE [[nodiscard]] QUrl suggestedFolder() const;
    /// `fileName` in suggestedFolder().
    Q_INVOKABLE [[nodiscard]] QUrl suggestedFile(const QString &fileName) const;
    /// Forgets the last result (the page's message is closed).
    Q_INVOKABLE void clearResult();

Q_SIGNALS:
    void planningChanged();
    void languageChanged();
    void organisationNameChanged();
    void monthChanged();
    void resultChanged();
    void saved(const QString &message);
    void failed(const QString &message);

private:
    /// The local path of `file` with `suffix` added when it has none; empty (and the
    /// error set) when it is not a file on this computer.
    [[nodiscard]] QString localPath(const QUrl &file, const QString &suffix);
    [[nodiscard]] const Appointment *findVisit(const QString &visitId) const;
    [[nodiscard]] QString languageCode() const;
    [[nodiscard]] static QString notLocalMessage();
    bool save(const QString &path, const QByteArray &content);
    bool finish(bool ok, const QString &path, const QString &error);

    QPointer<PlanningModel> m_planning;
    QPointer<LanguageSettings> m_language;
    QString m_organisationName;
    QString m_errorMessage;
    QString m_resultMessage;
};

} // namespace careportal
