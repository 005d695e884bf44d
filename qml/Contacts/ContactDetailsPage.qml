// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Mijn contactdetails": the client's phone numbers and e-mail addresses. As in the portal
// the pencil switches to editing, where each detail has its own pencil and a cross, and the
// plus adds one.
Page {
    id: page

    readonly property ContactDetailsModel details: Client.contactDetails
    property bool editing: false
    property string removeId

    background: Rectangle { color: Theme.background }
    Component.onCompleted: details.reload()

    ContactDetailDialog { id: editor }
    QueuedDialog { id: queuedDialog }
    Connections {
        target: page.details
        function onQueued() { queuedDialog.open() }
    }
    ConfirmDialog {
        id: confirmRemove
        objectName: "confirmRemoveDetail"
        title: qsTr("Contactdetail verwijderen")
        text: qsTr("Weet u zeker dat u dit contactdetail wilt verwijderen?")
        confirmText: qsTr("Verwijderen")
        onConfirmed: page.details.remove(page.removeId)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        IntroBar {
            objectName: "contactDetailsIntro"
            Layout.fillWidth: true
            text: page.editing ? qsTr("Wijzig een contactdetail met het potlood, of voeg er een toe met de plus.")
                               : qsTr("Uw telefoonnummers en e-mailadressen bij %1.").arg(Organisation.name)
            Button {
                objectName: "addDetailButton"
                visible: page.editing
                text: "+"
                font.pixelSize: Theme.titleFontSize
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                enabled: page.details.status === ClientListModel.Ready && !page.details.busy
                Accessible.name: qsTr("Contactdetail toevoegen")
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
                onClicked: editor.openFor("", "mobile-phone", "", "")
            }
            Button {
                objectName: "editDetailsButton"
                text: page.editing ? qsTr("Klaar") : "\u270E " + qsTr("Wijzigen")
                implicitHeight: Theme.touchTarget
                enabled: page.details.status === ClientListModel.Ready
                Accessible.name: page.editing ? qsTr("Klaar met wijzigen") : qsTr("Contactdetails wijzigen")
                onClicked: page.editing = !page.editing
            }
        }

        ListFreshness {
            model: page.details
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "contactDetailsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 1
            model: page.details
            ScrollBar.vertical: ScrollBar {}

            delegate: ContactDetailDelegate {
                listModel: page.details
                editing: page.editing
                onEditRequested: editor.openFor(detailId, kind, value, remark)
                onRemoveRequested: {
                    page.removeId = detailId
                    confirmRemove.open()
                }
            }

            ListState {
                anchors.fill: parent
                model: page.details
                count: list.count
                emptyText: qsTr("Er zijn nog geen contactdetails. Kies Wijzigen en dan + om er een toe te voegen.")
            }
        }
    }
}
