// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Aanpassen persoonsgegevens" (seed 004): the own contact's fields, "E-mail diensten" and
// "Contactpersoon voor alle projecten" with what they mean. Switching the latter off asks
// first (all projects are left; the invoices stay); only a beheerder may change it.
// Enter saves, Escape cancels (MyDetailsPage).
ClientFormPage {
    id: page

    readonly property BusinessContactsModel own: Business.ownContact
    readonly property bool mayChangeAllProjects: App.session.business.administrator
    property var original: ({})

    function submit() {
        if (!fields.complete || own.busy)
            return
        if (original.allProjects === true && !switches.allProjects)
            confirmLeave.open()
        else
            save()
    }
    function save() {
        const form = fields.values()
        form.itemId = original.itemId ?? ""
        form.emailServices = switches.emailServices
        form.allProjects = switches.allProjects
        formError.text = ""
        own.save(form)
    }

    objectName: "ownContactForm"
    background: Rectangle { color: Theme.background }
    Component.onCompleted: {
        original = own.contact
        fields.load(original)
        switches.emailServices = original.emailServices === true
        switches.allProjects = original.allProjects === true
        App.startTypingIn(fields.firstInput)
    }
    Keys.onReturnPressed: submit()
    Keys.onEnterPressed: submit()

    Connections {
        target: page.own
        enabled: page.StackView.status === StackView.Active
        function onSaved() { page.done() }
        function onSaveFailed(fieldErrors, message) {
            formError.text = fields.showServerErrors(fieldErrors) ? "" : message
        }
    }
    ConfirmDialog {
        id: confirmLeave
        objectName: "confirmLeaveProjects"
        title: qsTr("Contactpersoon voor alle projecten uitzetten")
        text: qsTr("U wordt uit alle projecten verwijderd. Dit betekent dat u geen toegang meer heeft tot de projecten, maar u behoudt wel toegang tot de facturen. Weet u het zeker?")
        confirmText: qsTr("Uitzetten en opslaan")
        onConfirmed: page.save()
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            objectName: "ownContactFormColumn"
            width: Math.min(Theme.formWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacing }
            Heading {
                text: qsTr("Aanpassen persoonsgegevens")
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Velden met * zijn verplicht.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            BusinessContactFields {
                id: fields
                model: page.own
                Layout.fillWidth: true
            }
            ProjectSwitches {
                id: switches
                objectName: "ownSwitches"
                own: true
                originalAllProjects: page.original.allProjects === true
                mayChangeAllProjects: page.mayChangeAllProjects
                Layout.fillWidth: true
            }
            Label {
                id: formError
                objectName: "ownContactFormError"
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            ButtonRow {
                Layout.fillWidth: true
                Button {
                    objectName: "cancelOwnContactButton"
                    text: qsTr("Annuleren")
                    implicitHeight: Theme.touchTarget
                    enabled: !page.own.busy
                    onClicked: page.done()
                }
                PrimaryButton {
                    objectName: "saveOwnContactButton"
                    text: page.own.busy ? qsTr("Bezig…") : qsTr("Opslaan")
                    Layout.fillWidth: true
                    enabled: fields.complete && !page.own.busy
                    onClicked: page.submit()
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
