// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// The absence reports, newest first: kind, period, and whether staff processed them.
ClientListPage {
    id: page

    signal correctRequested(double entryId)

    listModel: Client.absences
    introText: qsTr("Geef uw afwezigheid door, tenminste %1 werkdagen voordat de hulp komt.").arg(Organisation.absenceNoticeDays)
    addText: qsTr("Melden")
    addDescription: qsTr("Afwezigheid melden")
    addButtonObjectName: "newAbsenceButton"
    listObjectName: "absenceList"
    emptyText: qsTr("U heeft nog geen afwezigheid gemeld.")

    // A report cannot be opened: the row shows all there is.
    delegate: ClientRow {
        id: row
        required property string typeLabel
        required property string periodText
        required property string statusText
        required property bool late

        listModel: page.listModel
        opens: false
        // The status line says that the report waits; a refused one keeps its reason and
        // the buttons to correct it in the form or throw it away.
        contentShowsPending: true
        implicitHeight: implicitContentHeight + topPadding + bottomPadding
        spacing: 2
        Accessible.name: typeLabel + ", " + periodText + ", " + statusText
                         + (late ? ", " + qsTr("te laat gemeld") : "")
        onCorrectRequested: page.correctRequested(entryId)

        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label { text: row.typeLabel; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Label { text: row.periodText; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Label {
                objectName: "absenceStatus"
                text: row.statusText + (row.late ? " · " + qsTr("te laat gemeld") : "")
                color: row.late || row.refused ? Theme.error : (row.pending ? Theme.text : Theme.mutedText)
                font.pixelSize: Theme.smallFontSize
                font.bold: row.pending
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
