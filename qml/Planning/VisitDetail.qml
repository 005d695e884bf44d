// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// One visit, opened from its row in the planning: the day, from when to when, the kind of
// help and the carer, its marks, and "In agenda zetten" while the visit is still to come.
// "Terug", Escape, the back key (Alt+Left, a mouse's back button) return to the month.
// It follows the month: a refresh that moves or cancels the visit says so here.
Page {
    id: detail

    required property PlanningModel planning
    required property string visitId
    // Not on a kiosk: nothing may stay behind on the shared PC.
    property bool canExport: false
    property var visit: ({})
    readonly property bool found: visit.visitId !== undefined
    // Asks to return to the month; `withKeyboard` when the keyboard asked (the row it came
    // from then shows that it has the focus).
    signal backRequested(bool withKeyboard)
    signal exportRequested(string visitId)

    function refresh() { visit = planning.visit(visitId) }

    objectName: "visitDetail"
    background: Rectangle { color: Theme.background }
    Accessible.name: found ? visit.accessibleText : qsTr("Bezoek")
    Component.onCompleted: refresh()
    onVisitIdChanged: {
        refresh()
        scroll.ScrollBar.vertical.position = 0
    }
    // Shown: the keyboard is here now, on "Terug" (Escape returns too, Tab goes on).
    onVisibleChanged: {
        if (visible)
            backButton.forceActiveFocus(Qt.OtherFocusReason)
    }

    Keys.onEscapePressed: detail.backRequested(true)
    Keys.onBackPressed: detail.backRequested(true)
    Shortcut {
        // qmllint disable unqualified
        // Qt 6.4's qmllint does not know QtQuick's StandardKey (a value type's enum).
        sequences: [StandardKey.Back]
        // qmllint enable unqualified
        onActivated: detail.backRequested(true)
    }
    TapHandler {
        acceptedButtons: Qt.BackButton
        onTapped: detail.backRequested(false)
    }

    Connections {
        target: detail.planning
        function onModelReset() { detail.refresh() }
        function onDataChanged() { detail.refresh() }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.readingWidth, parent.width - 2 * Theme.margin)
            x: Theme.margin
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacing }
            Button {
                id: backButton
                objectName: "visitBackButton"
                text: "\u2039 " + qsTr("Terug")
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Terug naar de planning")
                onClicked: detail.backRequested(visualFocus)
            }
            Heading {
                objectName: "visitDetailTitle"
                text: detail.found ? qsTr("%1 %2").arg(detail.visit.weekday).arg(detail.visit.dateText)
                                   : qsTr("Bezoek")
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                color: Theme.primary
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            VisitMarks {
                changed: detail.visit.changed === true
                absenceReported: detail.visit.absenceReported === true
                Layout.fillWidth: true
            }

            Repeater {
                model: detail.found ? [
                    { name: "visitDetailTime", label: qsTr("Tijd"),
                      value: qsTr("%1 tot %2 uur").arg(detail.visit.startTime).arg(detail.visit.endTime) },
                    { name: "visitDetailHelpType", label: qsTr("Soort hulp"), value: detail.visit.helpType },
                    { name: "visitDetailCarer", label: qsTr("Medewerker"), value: detail.visit.carerName }
                ] : []
                delegate: ColumnLayout {
                    id: field
                    required property var modelData
                    spacing: 2
                    Layout.fillWidth: true
                    FieldLabel { text: field.modelData.label; Layout.fillWidth: true }
                    Label {
                        objectName: field.modelData.name
                        // Server text is plain text, never markup.
                        textFormat: Text.PlainText
                        text: field.modelData.value
                        font.pixelSize: Theme.largeFontSize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Accessible.name: field.modelData.label + ": " + text
                    }
                }
            }

            Label {
                objectName: "visitPastLabel"
                visible: detail.found && detail.visit.isPast === true
                text: qsTr("Dit bezoek is voorbij.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            WrappingButton {
                objectName: "exportVisitButton"
                visible: detail.canExport && detail.found && detail.visit.isPast !== true
                text: qsTr("In agenda zetten")
                Accessible.name: qsTr("Dit bezoek in uw agenda zetten (.ics)")
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                onClicked: detail.exportRequested(detail.visitId)
            }
            Label {
                objectName: "visitGoneLabel"
                visible: !detail.found
                text: qsTr("Dit bezoek staat niet meer in de planning van deze maand. Het is verplaatst of afgezegd.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
