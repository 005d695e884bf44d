// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// After a 412: the organisation changed the item after the user did, offline. Both
// versions side by side, field by field, and the user chooses which one stays. Enter sends
// the user's version (the highlighted choice), Escape is "Later kiezen".
Dialog {
    id: dialog

    required property ClientListModel model
    required property double entryId
    property var fields: []

    objectName: "conflictDialog"
    title: qsTr("Twee versies")
    padding: Theme.margin
    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, (parent ? parent.width : 560) - 2 * Theme.margin)
    onAboutToShow: fields = model.conflictFields(entryId)

    function sendMine() {
        model.sendMineAnyway(entryId)
        close()
    }
    DialogKeys { dialog: dialog; onAccepted: dialog.sendMine() }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing

        Label {
            text: qsTr("%1 heeft dit gewijzigd nadat u uw wijziging maakte. Welke versie wilt u houden?").arg(Organisation.name)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: dialog.fields
            delegate: ColumnLayout {
                id: field
                required property var modelData
                spacing: 2
                Layout.fillWidth: true
                Accessible.role: Accessible.Grouping
                Accessible.name: modelData.label

                Label { text: field.modelData.label; font.bold: true; Layout.fillWidth: true }
                Label {
                    text: qsTr("Uw versie: %1").arg(field.modelData.mine || qsTr("(leeg)"))
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Versie van %1: %2").arg(Organisation.name).arg(field.modelData.theirs || qsTr("(leeg)"))
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    // One choice per line, full width: long organisation names never squeeze them.
    footer: ColumnLayout {
        spacing: Theme.spacing

        PrimaryButton {
            objectName: "keepMine"
            text: qsTr("Mijn versie versturen")
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            onClicked: dialog.sendMine()
        }
        Button {
            objectName: "keepTheirs"
            text: qsTr("Versie van %1 houden").arg(Organisation.name)
            implicitHeight: Theme.touchTarget
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            onClicked: {
                dialog.model.discardPending(dialog.entryId)
                dialog.close()
            }
        }
        Button {
            text: qsTr("Later kiezen")
            implicitHeight: Theme.touchTarget
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.bottomMargin: Theme.margin
            onClicked: dialog.close()
        }
    }
}
