// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Cliëntdossier": when the organisation keeps no dossier for the client, the portals' text
// that it holds no information yet; otherwise the tabs of seed 003 — Tijdlijn, Lezen,
// Plannen — and Gegevens. Nothing of it is stored on this device.
Page {
    id: page

    readonly property DossierModel dossier: Dossier.overview

    background: Rectangle { color: Theme.background }
    Component.onCompleted: dossier.reload()

    ListState {
        anchors.fill: parent
        anchors.margins: Theme.margin
        model: page.dossier
        count: page.dossier.available ? 1 : 0
        emptyText: ""
    }

    Label {
        objectName: "noDossierLabel"
        anchors.centerIn: parent
        width: Math.min(Theme.formWidth, parent.width - 2 * Theme.margin)
        visible: page.dossier.status === ClientListModel.Ready && !page.dossier.available
        text: qsTr("Het Cliëntdossier bevat op dit moment nog geen informatie. Hier zal in een latere fase mogelijk wel gebruik van gemaakt worden. U zal hier te zijner tijd over geïnformeerd worden.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        visible: page.dossier.available

        TabBar {
            id: tabs
            objectName: "dossierTabs"
            // The column gives the bar its width; the tabs' own widths (below) only decide
            // how far it scrolls. Taking its implicit width from the tabs made a loop.
            implicitWidth: 0
            Layout.fillWidth: true
            font.pixelSize: Theme.fontSize
            Repeater {
                model: [qsTr("Tijdlijn"), qsTr("Lezen"), qsTr("Plannen"), qsTr("Gegevens")]
                delegate: TabButton {
                    id: tab
                    required property string modelData
                    required property int index
                    objectName: "dossierTab" + index
                    text: modelData
                    implicitHeight: Theme.touchTarget
                    // Equal shares of the bar, but never narrower than the word: with large
                    // text on a phone the bar scrolls sideways instead of cutting words off.
                    width: Math.max(implicitWidth, tabs.width / tabs.count)
                    contentItem: Label {
                        text: tab.text
                        font.bold: tab.checked
                        color: tab.checked ? Theme.primary : Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        elide: Text.ElideRight
                    }
                    // The chosen tab is marked by colour, weight and a bar, not colour alone.
                    background: Rectangle {
                        color: tab.checked ? Theme.surface : Theme.background
                        border.color: Theme.divider
                        Rectangle {
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.bottom: parent.bottom
                            height: tab.checked ? 4 : 0
                            color: Theme.primary
                        }
                    }
                }
            }
        }

        // Each tab loads its own part when first shown; the dossier itself stays in memory.
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex
            Loader { active: page.dossier.available && (tabs.currentIndex === 0 || item !== null); source: "DossierTimeline.qml" }
            Loader { active: page.dossier.available && (tabs.currentIndex === 1 || item !== null); source: "DossierReading.qml" }
            Loader { active: page.dossier.available && (tabs.currentIndex === 2 || item !== null); source: "DossierCarePlan.qml" }
            Loader { active: page.dossier.available && (tabs.currentIndex === 3 || item !== null); source: "DossierGeneral.qml" }
        }
    }
}
