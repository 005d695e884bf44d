// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CarePortal

// The states every list of the client's data shares: loading, error with "Opnieuw
// proberen", and the text for an empty list. Place it over the ListView.
Item {
    id: state

    required property ClientListModel model
    property int count: 0
    property string emptyText

    BusyIndicator {
        objectName: "listBusy"
        anchors.centerIn: parent
        running: state.model.status === ClientListModel.Loading && state.count === 0
        visible: running
        Accessible.name: qsTr("Bezig met laden")
    }
    StatusBanner {
        objectName: "listError"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        text: state.model.status === ClientListModel.Error ? state.model.errorMessage : ""
        isError: true
        actionText: qsTr("Opnieuw proberen")
        onActionTriggered: state.model.reload()
    }
    Label {
        objectName: "listEmpty"
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        visible: state.model.status === ClientListModel.Ready && state.count === 0
        text: state.emptyText
        color: Theme.mutedText
    }
}
