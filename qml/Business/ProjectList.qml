// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Projecten" (seed 004): "Mijn projecten" first, "Alle projecten" beside it; each row
// with the project's name, number, location and period.
BusinessTabbedList {
    id: page

    readonly property ProjectsModel projects: Business.projects

    /// "vanaf 01-03-2024" or "01-03-2024 – 31-12-2026".
    function period(startText: string, endText: string): string {
        if (endText.length === 0)
            return startText.length > 0 ? qsTr("vanaf %1").arg(startText) : ""
        return qsTr("%1 – %2").arg(startText).arg(endText)
    }

    /// The parts that are there, joined by `separator`.
    function joined(parts: var, separator: string): string {
        return parts.filter(part => String(part).length > 0).join(separator)
    }

    listModel: projects
    introText: qsTr("De projecten die %1 voor %2 uitvoert. Open een project om een vraag te stellen aan de projectleider.")
               .arg(Organisation.name).arg(App.session.business.organisationName)
    firstText: qsTr("Mijn projecten")
    secondText: qsTr("Alle projecten")
    firstObjectName: "myProjectsTab"
    secondObjectName: "allProjectsTab"
    firstShown: projects.mineOnly
    listObjectName: "projectsList"
    emptyText: projects.mineOnly ? qsTr("U bent nog geen lid van een project. Kijk bij Alle projecten.")
                                 : qsTr("Er zijn geen projecten.")
    onViewChosen: (first) => { page.projects.mineOnly = first }

    delegate: ClientRow {
        id: row
        required property int index
        required property string itemId
        required property string name
        required property string number
        required property string location
        required property string startText
        required property string endText

        objectName: "project_" + index
        listModel: page.listModel
        Accessible.name: page.joined([name, number, location, page.period(startText, endText)], ", ")
        onClicked: page.openRequested(itemId)

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 0 // wrap, never push the row wider
                spacing: 2
                Label {
                    text: row.name
                    textFormat: Text.PlainText
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: page.joined([row.number, row.location], " · ")
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: page.period(row.startText, row.endText)
                    visible: text.length > 0
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            Label { text: "\u203A"; font.pixelSize: Theme.largeFontSize; color: Theme.mutedText }
        }
    }
}
