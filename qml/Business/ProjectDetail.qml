// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// One project (seed 004): its description, location, start and end, "Projectleiding" with
// the care organisation's "Interne projectleider", and the question to him or her
// (ProjectQuestionForm) with the questions of this project that are waiting or sent.
ClientDetailPage {
    id: page

    readonly property ProjectsModel projects: Business.projects
    required property string projectId
    property var project: ({})

    function lookup(): var { return projects.item(projectId) }
    function refresh() {
        const found = lookup()
        if (found.itemId !== undefined)
            project = found // a list switched to the other tab keeps the page as it was
    }

    background: Rectangle { color: Theme.background }
    Component.onCompleted: refresh()

    Connections {
        target: page.projects
        function onModelReset() { page.refresh() }
        function onDataChanged() { page.refresh() }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.readingWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacing }
            Button {
                objectName: "backButton"
                text: "\u2039 " + qsTr("Terug")
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Terug naar de projecten")
                onClicked: page.backRequested()
            }
            Heading {
                objectName: "projectHeading"
                text: page.project.name ?? ""
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                Layout.fillWidth: true
            }
            Repeater {
                model: [
                    { label: qsTr("Projectnummer"), value: page.project.number ?? "" },
                    { label: qsTr("Omschrijving"), value: page.project.description ?? "" },
                    { label: qsTr("Locatie"), value: page.project.location ?? "" },
                    { label: qsTr("Startdatum"), value: page.project.startText ?? "" },
                    { label: qsTr("Einddatum"),
                      value: page.project.itemId === undefined ? ""
                           : (page.project.endText ?? "") || qsTr("Geen einddatum") }
                ]
                delegate: DetailField {}
            }

            Heading {
                text: qsTr("Projectleiding")
                fittedPixelSize: Theme.largeFontSize
                font.bold: true
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
            }
            Pane {
                objectName: "projectLead"
                Layout.fillWidth: true
                padding: Theme.spacing
                background: Rectangle { color: Theme.surface; radius: Theme.radius }
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: [
                            { label: qsTr("Interne projectleider"), value: page.project.leadName ?? "" },
                            { label: qsTr("Telefoon"), value: page.project.leadPhone ?? "" },
                            { label: qsTr("E-mail"), value: page.project.leadEmail ?? "" }
                        ]
                        delegate: DetailField {}
                    }
                }
            }

            ProjectQuestionForm {
                projectId: page.projectId
                leadName: page.project.leadName ?? ""
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
