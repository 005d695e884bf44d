// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// One contact person, read-only, with Wijzigen and Verwijderen (after confirmation).
ClientDetailPage {
    id: page

    readonly property ContactPersonsModel persons: Client.contactPersons
    required property string personId
    // Re-read whenever the list changes (a save elsewhere, a new primary).
    property var person: ({})
    // A change of this person still waits to be sent: it can be changed again only
    // once the server has it, or has refused it.
    readonly property bool locked: person.pending === true && person.refused !== true

    function refresh() { person = persons.person(personId) }

    background: Rectangle { color: Theme.background }
    Component.onCompleted: refresh()

    Connections {
        target: page.persons
        function onDataChanged() { page.refresh() }
        function onModelReset() {
            page.refresh()
            if (page.person.personId === undefined)
                page.removed() // removed, or a new person got the server's id
        }
        function onQueued() {
            if (page.StackView.status === StackView.Active && page.person.pendingDelete === true)
                page.removed() // the removal waits in the list
        }
        function onRowsRemoved() {
            page.refresh()
            if (page.person.personId === undefined)
                page.removed()
        }
    }
    ConfirmDialog {
        id: confirmRemove
        objectName: "confirmRemovePerson"
        title: qsTr("Contactpersoon verwijderen")
        text: qsTr("Weet u zeker dat u %1 wilt verwijderen als contactpersoon?").arg(page.person.name ?? "")
        confirmText: qsTr("Verwijderen")
        onConfirmed: page.persons.remove(page.personId)
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.formWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacing }
            RowLayout {
                Layout.fillWidth: true
                Button {
                    objectName: "backButton"
                    text: "\u2039 " + qsTr("Terug")
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Terug")
                    onClicked: page.backRequested()
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "editPersonButton"
                    enabled: !page.locked
                    text: "\u270E " + qsTr("Wijzigen")
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Contactpersoon wijzigen")
                    onClicked: page.editRequested()
                }
            }
            Heading {
                text: page.person.name ?? ""
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: page.person.primary === true
                text: qsTr("Primair contactpersoon")
                font.bold: true
            }

            Repeater {
                model: [
                    { label: qsTr("Telefoonnummer 1"), value: page.person.phone1 ?? "" },
                    { label: qsTr("Telefoonnummer 2"), value: page.person.phone2 ?? "" },
                    { label: qsTr("Email"), value: page.person.email ?? "" },
                    { label: qsTr("Type"), value: page.person.typeLabel ?? "" },
                    { label: qsTr("Opmerkingen"), value: page.person.remarks ?? "" }
                ]
                delegate: ColumnLayout {
                    required property var modelData
                    visible: modelData.value.length > 0
                    spacing: 2
                    Layout.fillWidth: true
                    Label { text: parent.modelData.label; font.bold: true }
                    Label {
                        text: parent.modelData.value
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Accessible.name: parent.modelData.label + ": " + text
                    }
                }
            }

            Button {
                objectName: "removePersonButton"
                text: qsTr("Verwijderen")
                implicitHeight: Theme.touchTarget
                enabled: !page.persons.busy && !page.locked
                palette.buttonText: enabled ? Theme.error : Theme.mutedText
                Accessible.name: qsTr("Contactpersoon verwijderen")
                onClicked: confirmRemove.open()
            }
            StatusBanner {
                id: removeError
                isError: true
                Layout.fillWidth: true
                Connections {
                    target: page.persons
                    enabled: page.StackView.status === StackView.Active
                    function onSaveFailed(fieldErrors, message) { removeError.text = message }
                }
            }
        }
    }
}
