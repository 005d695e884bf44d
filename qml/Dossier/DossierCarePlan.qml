// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Plannen": the care plan. On the left the goals ("Doelen"); choosing one shows on the
// right its care question and its actions ("Acties"). Stacked on a narrow screen.
Item {
    id: plan

    readonly property CarePlanModel goals: Dossier.carePlan
    readonly property bool wide: width >= 720
    property int chosenRow: 0
    readonly property bool hasChoice: chosenRow >= 0 && chosenRow < goalList.count

    function roleOf(role) {
        return hasChoice ? goals.data(goals.index(chosenRow, 0), role) : undefined
    }

    Component.onCompleted: goals.reload()

    GridLayout {
        anchors.fill: parent
        columns: plan.wide ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.preferredWidth: plan.wide ? 320 : -1
            Layout.fillWidth: !plan.wide
            Layout.fillHeight: plan.wide
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing / 2

            Heading {
                Layout.fillWidth: true
                text: qsTr("Doelen")
                font.pixelSize: Theme.largeFontSize
                font.bold: true
            }
            ListView {
                id: goalList
                objectName: "goalList"
                Layout.fillWidth: true
                Layout.fillHeight: plan.wide
                implicitHeight: plan.wide ? 0 : contentHeight
                interactive: plan.wide
                clip: true
                spacing: Theme.spacing / 2
                model: plan.goals

                delegate: ItemDelegate {
                    id: goalButton
                    required property int index
                    required property string title
                    required property int actionCount
                    readonly property bool chosen: index === plan.chosenRow
                    width: ListView.view.width
                    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                    highlighted: chosen
                    Accessible.role: Accessible.RadioButton
                    Accessible.checked: chosen
                    Accessible.name: title
                    onClicked: plan.chosenRow = index
                    background: Rectangle {
                        color: goalButton.chosen ? Theme.todayBackground : Theme.surface
                        border.color: goalButton.chosen ? Theme.primary : Theme.divider
                        radius: Theme.radius
                    }
                    contentItem: ColumnLayout {
                        spacing: 0
                        Label {
                            text: goalButton.title
                            textFormat: Text.PlainText
                            font.bold: goalButton.chosen
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("%n acties", "", goalButton.actionCount)
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallFontSize
                        }
                    }
                }

                ListState {
                    anchors.fill: parent
                    model: plan.goals
                    count: goalList.count
                    emptyText: qsTr("Er staan nog geen doelen in uw zorgplan.")
                }
            }
        }

        ScrollView {
            id: actionsView
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            visible: plan.hasChoice

            ColumnLayout {
                width: actionsView.availableWidth
                spacing: Theme.spacing

                Heading {
                    objectName: "goalTitle"
                    text: plan.roleOf(CarePlanModel.TitleRole) ?? ""
                    textFormat: Text.PlainText
                    color: Theme.primary
                    font.pixelSize: Theme.largeFontSize
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                }
                Label { text: qsTr("Zorgvraag"); font.bold: true }
                Label {
                    objectName: "careQuestion"
                    text: plan.roleOf(CarePlanModel.CareQuestionRole) ?? ""
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                }
                Heading {
                    Layout.fillWidth: true
                    text: qsTr("Acties")
                    font.pixelSize: Theme.largeFontSize
                    font.bold: true
                }
                Repeater {
                    objectName: "actionRepeater"
                    model: plan.roleOf(CarePlanModel.ActionsRole) ?? []
                    delegate: Rectangle {
                        id: actionCard
                        required property var modelData
                        Layout.fillWidth: true
                        implicitHeight: actionColumn.implicitHeight + 2 * Theme.spacing
                        color: Theme.surface
                        border.color: Theme.divider
                        radius: Theme.radius
                        Accessible.role: Accessible.StaticText
                        Accessible.name: modelData.description + (modelData.frequency.length > 0 ? ", " + modelData.frequency : "")
                        ColumnLayout {
                            id: actionColumn
                            anchors.fill: parent
                            anchors.margins: Theme.spacing
                            spacing: 2
                            Label {
                                text: actionCard.modelData.description
                                textFormat: Text.PlainText
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                                Layout.preferredWidth: 0
                            }
                            Label {
                                visible: text.length > 0
                                text: actionCard.modelData.frequency
                                textFormat: Text.PlainText
                                color: Theme.mutedText
                                font.pixelSize: Theme.smallFontSize
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
}
