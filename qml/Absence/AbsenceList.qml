pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// The absence reports, newest first: kind, period, and whether staff processed them.
Page {
    id: page

    readonly property AbsencesModel absences: Client.absences
    signal newRequested()
    signal correctRequested(double entryId)

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        IntroBar {
            Layout.fillWidth: true
            text: qsTr("Geef uw afwezigheid door, tenminste %1 werkdagen voordat de hulp komt.").arg(Organisation.absenceNoticeDays)
            Button {
                objectName: "newAbsenceButton"
                text: "+ " + qsTr("Melden")
                font.pixelSize: Theme.fontSize
                implicitHeight: Theme.touchTarget
                enabled: page.absences.status === ClientListModel.Ready
                Accessible.name: qsTr("Afwezigheid melden")
                onClicked: page.newRequested()
            }
        }

        ListFreshness {
            model: page.absences
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "absenceList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 1
            model: page.absences
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: row
                required property string typeLabel
                required property string periodText
                required property string statusText
                required property bool late
                required property bool pending
                required property bool refused
                required property bool conflict
                required property bool pendingDelete
                required property bool correctable
                required property string pendingText
                required property double entryId

                width: ListView.view.width
                implicitHeight: content.implicitHeight + 2 * Theme.spacing
                color: row.pending ? Theme.noticeBackground : Theme.surface
                border.color: row.refused ? Theme.error : "transparent"
                border.width: row.refused ? 3 : 0
                Accessible.role: Accessible.ListItem
                Accessible.name: typeLabel + ", " + periodText + ", " + statusText
                                 + (late ? ", " + qsTr("te laat gemeld") : "")

                ColumnLayout {
                    id: content
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: 2
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
                    // The server refused it: it stays here, with the reason, until corrected
                    // in the form or thrown away.
                    PendingChange {
                        model: page.absences
                        pending: row.refused
                        refused: row.refused
                        conflict: row.conflict
                        pendingDelete: row.pendingDelete
                        correctable: row.correctable
                        pendingText: ""
                        entryId: row.entryId
                        Layout.fillWidth: true
                        onCorrectRequested: page.correctRequested(row.entryId)
                    }
                }
            }

            ListState {
                anchors.fill: parent
                model: page.absences
                count: list.count
                emptyText: qsTr("U heeft nog geen afwezigheid gemeld.")
            }
        }
    }
}
