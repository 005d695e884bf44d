// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CarePortal

// Above a list of the client's data: when it was last confirmed by the server and, when
// the server cannot be reached, that this is the kept copy.
Label {
    id: freshness

    required property ClientListModel model

    objectName: "listFreshness"
    visible: text.length > 0
    text: model.offline
          ? qsTr("Geen verbinding: u ziet de bewaarde gegevens.") + " " + model.updatedText
          : model.updatedText
    color: model.offline ? Theme.text : Theme.mutedText
    font.pixelSize: Theme.smallFontSize
    font.bold: model.offline
    wrapMode: Text.Wrap
    padding: model.offline ? Theme.spacing / 2 : 0
    background: Rectangle {
        visible: freshness.model.offline
        color: Theme.noticeBackground
        radius: Theme.radius
    }
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
