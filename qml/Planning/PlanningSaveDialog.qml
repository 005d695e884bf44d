// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Dialogs
import CarePortal

// Asks where to save the month's or one visit's calendar file, or the month as a PDF to
// print, starting in Documenten with a name like "planning-2026-12.ics", and saves it there.
FileDialog {
    id: dialog

    required property PlanningExport planningExport
    property string kind: "month" // "month", "visit" or "pdf"
    property string visitId

    function ask(what: string, visit: string, fileName: string) {
        planningExport.clearResult()
        kind = what
        visitId = visit
        currentFolder = planningExport.suggestedFolder()
        selectedFile = planningExport.suggestedFile(fileName)
        open()
    }

    fileMode: FileDialog.SaveFile
    // Qt's own dialog (where the platform has none) says "Openen" on a save otherwise.
    acceptLabel: qsTr("Opslaan")
    rejectLabel: qsTr("Annuleren")
    title: kind === "pdf" ? qsTr("Planning opslaan om af te drukken")
         : kind === "visit" ? qsTr("Bezoek opslaan voor uw agenda")
         : qsTr("Planning opslaan voor uw agenda")
    nameFilters: kind === "pdf" ? [qsTr("PDF-bestanden (*.pdf)")] : [qsTr("Agendabestanden (*.ics)")]
    defaultSuffix: kind === "pdf" ? "pdf" : "ics"
    onAccepted: {
        if (kind === "pdf") {
            // Opened at once in the PDF viewer, where it can be printed.
            if (planningExport.saveMonthPdf(selectedFile))
                Qt.openUrlExternally(selectedFile)
        } else if (kind === "visit") {
            planningExport.saveVisitCalendar(visitId, selectedFile)
        } else {
            planningExport.saveMonthCalendar(selectedFile)
        }
    }
}
