// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Tijdlijn": the reports as cards along a time bar, the newest on the right; scrolling
// to the left goes back in time and fetches older reports. The chosen card is shown in
// full above the bar.
Item {
    id: timeline

    readonly property DossierReportsModel reports: Dossier.timeline
    property string chosenId
    readonly property var chosen: chosenId.length > 0 ? reports.report(chosenId) : ({})

    Component.onCompleted: reports.reload()

    // The newest report is open at first, as on the portal's start screen.
    Connections {
        target: timeline.reports
        function onModelReset() { timeline.chooseNewest() }
        function onRowsInserted() { if (timeline.chosenId.length === 0) timeline.chooseNewest() }
    }
    function chooseNewest() {
        const first = reports.rowCount() > 0 ? reports.data(reports.index(0, 0), DossierReportsModel.IdRole) : ""
        chosenId = first ?? ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollView {
            id: detail
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            visible: timeline.chosenId.length > 0
            ReportCard {
                objectName: "timelineReport"
                width: detail.availableWidth
                discipline: timeline.chosen.discipline ?? ""
                disciplineLabel: timeline.chosen.disciplineLabel ?? ""
                kindLabel: timeline.chosen.kindLabel ?? ""
                writtenText: timeline.chosen.writtenText ?? ""
                author: timeline.chosen.author ?? ""
                title: timeline.chosen.title ?? ""
                text: timeline.chosen.text ?? ""
            }
        }
        Item { Layout.fillHeight: true; visible: !detail.visible }

        Label {
            text: qsTr("Tijdlijn — scroll naar links voor oudere rapportages")
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        Rectangle { color: Theme.primary; implicitHeight: 3; Layout.fillWidth: true }

        ListView {
            id: bar
            objectName: "timelineBar"
            Layout.fillWidth: true
            implicitHeight: Math.round(132 * Theme.textScale) + (Theme.textScale > 1 ? Theme.fontSize : 0)
            orientation: ListView.Horizontal
            layoutDirection: Qt.RightToLeft
            spacing: Theme.spacing
            clip: true
            model: timeline.reports
            ScrollBar.horizontal: ScrollBar { policy: ScrollBar.AlwaysOn }
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Tijdlijn van rapportages")

            delegate: ItemDelegate {
                id: cardButton
                required property int index
                required property string reportId
                required property string discipline
                required property string dayText
                required property string kindLabel
                required property string title

                readonly property bool chosen: reportId === timeline.chosenId
                // Never wider than the bar: a phone at large text showed only part of a card.
                width: Math.min(Math.round(200 * Theme.textScale), bar.width)
                height: Math.round(116 * Theme.textScale)
                highlighted: chosen
                Accessible.name: dayText + ", " + discipline + ", " + kindLabel + ", " + title
                onClicked: timeline.chosenId = reportId
                // Reaching the oldest card loaded so far fetches the next, older page.
                Component.onCompleted: if (index === timeline.reports.rowCount() - 1) timeline.reports.loadMore()

                background: Rectangle {
                    color: cardButton.chosen ? Theme.todayBackground : Theme.surface
                    border.color: cardButton.chosen ? Theme.primary : Theme.divider
                    border.width: cardButton.chosen ? 2 : 1
                    radius: Theme.radius
                }
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        text: cardButton.dayText
                        font.bold: true
                        font.pixelSize: Theme.smallFontSize
                    }
                    // "Zorgplanrapportage" is wider than a card on a phone at 200 %: set
                    // smaller rather than broken.
                    FittedText {
                        text: cardButton.discipline + " · " + cardButton.kindLabel
                        color: Theme.mutedText
                        fittedPixelSize: Theme.smallFontSize
                        Layout.fillWidth: true
                    }
                    Label {
                        text: cardButton.title
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }

            ListState {
                anchors.fill: parent
                model: timeline.reports
                count: bar.count
                emptyText: qsTr("Er staan nog geen rapportages in uw dossier.")
            }
        }
        Button {
            objectName: "olderReportsButton"
            visible: timeline.reports.hasMore
            enabled: !timeline.reports.loadingMore
            text: timeline.reports.loadingMore ? qsTr("Bezig…") : qsTr("Oudere rapportages laden")
            font.pixelSize: Theme.fontSize
            implicitHeight: Theme.touchTarget
            Layout.alignment: Qt.AlignLeft
            onClicked: timeline.reports.loadMore()
        }
    }
}
