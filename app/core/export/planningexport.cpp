// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/planningexport.h"

#include "export/exportfile.h"
#include "export/planningcalendar.h"
#include "export/planningprintout.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace careportal {

PlanningExport::PlanningExport(QObject *parent)
    : QObject(parent) {}

void PlanningExport::setPlanning(PlanningModel *planning) {
    if (m_planning == planning)
        return;
    if (m_planning)
        disconnect(m_planning, nullptr, this, nullptr);
    m_planning = planning;
    if (m_planning)
        connect(m_planning, &PlanningModel::monthChanged, this, &PlanningExport::monthChanged);
    Q_EMIT planningChanged();
    Q_EMIT monthChanged();
}

void PlanningExport::setLanguage(LanguageSettings *language) {
    if (m_language == language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
}

void PlanningExport::setOrganisationName(const QString &name) {
    if (m_organisationName == name)
        return;
    m_organisationName = name;
    Q_EMIT organisationNameChanged();
}

QString PlanningExport::languageCode() const {
    return m_language ? m_language->code() : QStringLiteral("nl");
}

QString PlanningExport::monthFileName() const {
    if (!m_planning)
        return QStringLiteral("planning");
    return QStringLiteral("planning-") + m_planning->month().toString(QStringLiteral("yyyy-MM"));
}

QString PlanningExport::visitId(int row) const {
    if (!m_planning || row < 0 || row >= m_planning->appointments().size())
        return {};
    return m_planning->appointments().at(row).id;
}

const Appointment *PlanningExport::findVisit(const QString &visitId) const {
    if (!m_planning || visitId.isEmpty())
        return nullptr;
    for (const Appointment &visit : m_planning->appointments())
        if (visit.id == visitId)
            return &visit;
    return nullptr;
}

QString PlanningExport::visitFileName(const QString &visitId) const {
    const Appointment *visit = findVisit(visitId);
    if (!visit)
        return monthFileName();
    return tr("bezoek") + QLatin1Char('-') +
           visit->start.toString(QStringLiteral("yyyy-MM-dd-HHmm"));
}

QUrl PlanningExport::suggestedFolder() const {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(
        !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath());
}

QUrl PlanningExport::suggestedFile(const QString &fileName) const {
    return QUrl::fromLocalFile(QDir(suggestedFolder().toLocalFile()).filePath(fileName));
}

void PlanningExport::clearResult() {
    if (m_errorMessage.isEmpty() && m_resultMessage.isEmpty())
        return;
    m_errorMessage.clear();
    m_resultMessage.clear();
    Q_EMIT resultChanged();
}

QString PlanningExport::localPath(const QUrl &file, const QString &suffix) {
    QString path = file.isLocalFile() ? file.toLocalFile() : QString();
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}

bool PlanningExport::finish(bool ok, const QString &path, const QString &error) {
    m_errorMessage = ok ? QString() : error;
    m_resultMessage = ok ? tr("Opgeslagen als %1.").arg(QFileInfo(path).fileName()) : QString();
    Q_EMIT resultChanged();
    if (ok)
        Q_EMIT saved(m_resultMessage);
    else
        Q_EMIT failed(m_errorMessage);
    return ok;
}

QString PlanningExport::notLocalMessage() {
    return tr("Op deze plek kan CarePortal niet opslaan. Kies een map op deze computer.");
}

bool PlanningExport::save(const QString &path, const QByteArray &content) {
    if (path.isEmpty())
        return finish(false, path, notLocalMessage());
    ExportFile file(path);
    const bool ok = file.write(content);
    return finish(ok, path, file.errorMessage());
}

bool PlanningExport::saveMonthCalendar(const QUrl &file) {
    if (!m_planning)
        return finish(false, {}, tr("Er is geen planning om op te slaan."));
    const PlanningCalendar calendar(m_planning->appointments());
    return save(localPath(file, QStringLiteral("ics")), calendar.toICalendar());
}

bool PlanningExport::saveVisitCalendar(const QString &visitId, const QUrl &file) {
    const Appointment *visit = findVisit(visitId);
    if (!visit)
        return finish(false, {}, tr("Dit bezoek staat niet meer in de planning."));
    const PlanningCalendar calendar({*visit});
    return save(localPath(file, QStringLiteral("ics")), calendar.toICalendar());
}

bool PlanningExport::saveMonthPdf(const QUrl &file) {
    if (!m_planning)
        return finish(false, {}, tr("Er is geen planning om af te drukken."));
    const QString path = localPath(file, QStringLiteral("pdf"));
    if (path.isEmpty())
        return finish(false, path, notLocalMessage());
    PlanningPrintout printout(m_planning->month(), m_planning->appointments(), languageCode());
    printout.setOrganisationName(m_organisationName);
    ExportFile out(path);
    const bool ok = out.write([&printout](QIODevice *device) { return printout.write(device); });
    return finish(ok, path, out.errorMessage());
}

} // namespace careportal
