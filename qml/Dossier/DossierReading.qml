// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Lezen": on the left the kinds of report (Zorgplanrapportage, Incidentenrapportage,
// Zorgkaart) with what each is for; on the right the reports of the chosen kind, in full.
// On a narrow screen the kinds sit above the reports.
Item {
    id: reading

    readonly property DossierModel dossier: Dossier.overview
    readonly property DossierReportsModel reports: Dossier.reading
    readonly property bool wide: width >= 720

    Component.onCompleted: {
        if (reports.kind.length === 0 && dossier.rowCount() > 0)
            reports.kind = dossier.data(dossier.index(0, 0), DossierModel.CodeRole)
        reports.reload()
    }

    GridLayout {
        anchors.fill: parent
        columns: reading.wide ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.preferredWidth: reading.wide ? 280 : -1
            Layout.fillWidth: !reading.wide
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing / 2

            Repeater {
                model: reading.dossier
                delegate: ItemDelegate {
                    id: kindButton
                    required property string code
                    required property string label
                    required property string explanation
                    readonly property bool chosen: reading.reports.kind === code
                    objectName: "kind_" + code
                    text: label
                    font.pixelSize: Theme.fontSize
                    font.bold: chosen
                    highlighted: chosen
                    implicitHeight: Theme.touchTarget
                    Layout.fillWidth: true
                    Accessible.role: Accessible.RadioButton
                    Accessible.checked: chosen
                    background: Rectangle {
                        color: kindButton.chosen ? Theme.todayBackground : Theme.surface
                        border.color: kindButton.chosen ? Theme.primary : Theme.divider
                        radius: Theme.radius
                    }
                    onClicked: reading.reports.kind = code
                }
            }
            Label {
                objectName: "kindExplanation"
                text: {
                    for (let i = 0; i < reading.dossier.rowCount(); ++i) {
                        const index = reading.dossier.index(i, 0)
                        if (reading.dossier.data(index, DossierModel.CodeRole) === reading.reports.kind)
                            return reading.dossier.data(index, DossierModel.ExplanationRole)
                    }
                    return ""
                }
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.preferredWidth: 0
            }
            Button {
                objectName: "abbreviationsButton"
                text: qsTr("Afkortingen")
                font.pixelSize: Theme.fontSize
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Afkortingen van de disciplines")
                onClicked: abbreviations.open()
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            ListView {
                id: list
                objectName: "readingList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacing
                model: reading.reports
                ScrollBar.vertical: ScrollBar {}

                delegate: Item {
                    id: row
                    required property string discipline
                    required property string disciplineLabel
                    required property string kindLabel
                    required property string writtenText
                    required property string author
                    required property string title
                    required property string text
                    width: ListView.view.width
                    implicitHeight: card.implicitHeight
                    ReportCard {
                        id: card
                        width: parent.width
                        discipline: row.discipline
                        disciplineLabel: row.disciplineLabel
                        kindLabel: row.kindLabel
                        writtenText: row.writtenText
                        author: row.author
                        title: row.title
                        text: row.text
                    }
                }

                ListState {
                    anchors.fill: parent
                    model: reading.reports
                    count: list.count
                    emptyText: qsTr("Er zijn geen rapportages van deze soort.")
                }
            }
            Button {
                objectName: "moreReadingButton"
                visible: reading.reports.hasMore
                enabled: !reading.reports.loadingMore
                text: reading.reports.loadingMore ? qsTr("Bezig…") : qsTr("Laad meer rapportages")
                font.pixelSize: Theme.fontSize
                implicitHeight: Theme.touchTarget
                Layout.alignment: Qt.AlignHCenter
                onClicked: reading.reports.loadMore()
            }
        }
    }

    Dialog {
        id: abbreviations
        objectName: "abbreviationsDialog"
        title: qsTr("Afkortingen")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(460, reading.width)
        height: Math.min(implicitHeight, reading.height)
        standardButtons: Dialog.Close
        focus: true
        DialogKeys { dialog: abbreviations; onAccepted: abbreviations.close() }

        ScrollView {
            anchors.fill: parent
            contentWidth: availableWidth
            ColumnLayout {
                width: parent.width
                spacing: Theme.spacing / 2
                Label {
                    text: qsTr("De rapportages beginnen met een afkorting van de discipline die ze schreef. Met een vraag over een rapportage kunt u bij die discipline terecht.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                }
                Repeater {
                    model: reading.dossier.disciplines
                    delegate: RowLayout {
                        required property var modelData
                        spacing: Theme.spacing
                        Layout.fillWidth: true
                        Label { text: parent.modelData.code; font.bold: true; Layout.preferredWidth: Math.round(56 * Theme.textScale) }
                        Label {
                            text: parent.modelData.label
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0
                        }
                    }
                }
            }
        }
    }
}
