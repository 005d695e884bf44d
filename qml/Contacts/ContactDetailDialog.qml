// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Contactdetail bewerken" / "Contactdetail toevoegen": Soort contactdetail, Contactdetail,
// Opmerkingen. Checked while typing; Opslaan stays disabled while something is wrong; what
// the server refuses appears at its field and the dialog stays open with the input intact.
Dialog {
    id: dialog

    readonly property ContactDetailsModel details: Client.contactDetails
    property string detailId
    readonly property string kind: kindBox.currentValue ?? ""
    readonly property bool valid: valueField.error.length === 0 && remarkField.error.length === 0
                                  && kind.length > 0

    function openFor(id, kindCode, value, remark) {
        detailId = id
        kindBox.currentIndex = Math.max(0, kindBox.indexOfValue(kindCode))
        valueField.reset(value)
        remarkField.reset(remark)
        formError.text = ""
        open()
        valueField.focusInput()
    }

    title: detailId.length > 0 ? qsTr("Contactdetail bewerken") : qsTr("Contactdetail toevoegen")
    modal: true
    padding: Theme.margin
    // A fixed top, not centred: when an error line appears the fields below it move down
    // but nothing above jumps away from under the user's finger.
    parent: Overlay.overlay
    x: Math.round((parent.width - width) / 2)
    y: Math.min(Theme.margin * 2, Math.max(0, parent.height - height))
    width: Math.min(520, parent.width - 2 * Theme.spacing)
    closePolicy: dialog.details.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    focus: true
    // Enter saves, as "Opslaan" does (not while it is greyed out); Escape cancels.
    DialogKeys {
        dialog: dialog
        enabled: saveButton.enabled
        onAccepted: saveButton.clicked()
    }

    Connections {
        target: dialog.details
        enabled: dialog.opened
        function onSaved() { dialog.close() }
        function onSaveFailed(fieldErrors, message) {
            valueField.serverError = fieldErrors.value ?? ""
            remarkField.serverError = fieldErrors.remark ?? ""
            formError.text = Object.keys(fieldErrors).length > 0 ? "" : message
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing

        FieldLabel { text: qsTr("Soort contactdetail"); Layout.fillWidth: true }
        WrappingComboBox {
            id: kindBox
            objectName: "kindBox"
            model: dialog.details.kinds
            textRole: "label"
            valueRole: "code"
            Layout.fillWidth: true
            Accessible.name: qsTr("Soort contactdetail")
        }
        FormField {
            id: valueField
            objectName: "valueField"
            label: qsTr("Contactdetail")
            error: text.length > 0 ? dialog.details.valueError(dialog.kind, text) : ""
            inputHints: dialog.kind.indexOf("email") === 0 ? Qt.ImhEmailCharactersOnly : Qt.ImhDialableCharactersOnly
            Layout.fillWidth: true
        }
        FormField {
            id: remarkField
            objectName: "remarkField"
            label: qsTr("Opmerkingen")
            error: dialog.details.remarkError(text)
            Layout.fillWidth: true
        }
        Label {
            id: formError
            objectName: "detailFormError"
            visible: text.length > 0
            color: Theme.error
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }

    footer: Item {
        implicitHeight: buttons.implicitHeight + 2 * Theme.spacing
        RowLayout {
            id: buttons
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacing
            Button {
                text: qsTr("Annuleren")
                implicitHeight: Theme.touchTarget
                enabled: !dialog.details.busy
                onClicked: dialog.close()
            }
            PrimaryButton {
                id: saveButton
                objectName: "saveDetailButton"
                text: dialog.details.busy ? qsTr("Bezig…") : qsTr("Opslaan")
                implicitWidth: Math.max(140, implicitContentWidth + 2 * Theme.spacing)
                enabled: dialog.valid && valueField.text.trim().length > 0 && !dialog.details.busy
                onClicked: dialog.details.save(dialog.detailId, dialog.kind, valueField.text, remarkField.text)
            }
        }
    }
}
