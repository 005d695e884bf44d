// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// Under a row whose change waits in the outbox: "Wacht op verzending", or why the server
// refused it and what the user can do about it — correct it, see both versions after
// someone else changed it meanwhile, or throw the change away. Never silently dropped.
ColumnLayout {
    id: change

    required property ClientListModel model
    required property bool pending
    required property bool refused
    required property bool conflict
    required property bool pendingDelete
    /// Refused for what it says (not because the item is gone or closed): worth correcting.
    required property bool correctable
    required property string pendingText
    required property double entryId
    /// False where the list has no form to correct an entry in.
    property bool canCorrect: true
    signal correctRequested()

    visible: pending
    spacing: Theme.spacing / 2

    Label {
        objectName: "pendingText"
        visible: text.length > 0
        text: change.pendingText
        color: change.refused ? Theme.error : Theme.text
        font.pixelSize: Theme.smallFontSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Flow {
        visible: change.refused
        spacing: Theme.spacing
        Layout.fillWidth: true

        Button {
            objectName: "correctPending"
            visible: change.canCorrect && change.correctable && !change.pendingDelete
            text: qsTr("Aanpassen")
            implicitHeight: Theme.touchTarget
            Accessible.name: qsTr("Wijziging aanpassen die niet is verstuurd")
            onClicked: change.correctRequested()
        }
        Button {
            objectName: "showConflict"
            visible: change.conflict
            text: qsTr("Beide versies bekijken")
            implicitHeight: Theme.touchTarget
            onClicked: conflictDialog.open()
        }
        Button {
            objectName: "discardPending"
            text: qsTr("Weggooien")
            implicitHeight: Theme.touchTarget
            Accessible.name: qsTr("Wijziging weggooien die niet is verstuurd")
            onClicked: change.model.discardPending(change.entryId)
        }
    }

    ConflictDialog {
        id: conflictDialog
        model: change.model
        entryId: change.entryId
    }
}
