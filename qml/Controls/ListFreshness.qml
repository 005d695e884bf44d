// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CarePortal

// When what a page shows was last confirmed by the server and, when the server cannot be
// reached, that this is the kept copy: one wording on every page ("Geen verbinding: u ziet
// de bewaarde gegevens."), Home and the planning included. Above a list of the client's
// data give it the list (`model`); elsewhere say `offline` and `updatedText` yourself.
Label {
    id: freshness

    property ClientListModel model: null
    property bool offline: model ? model.offline : false
    /// "Laatst bijgewerkt: 26-11-2026 10:15", as the models say it (updatedText).
    property string updatedText: model ? model.updatedText : ""

    objectName: "listFreshness"
    visible: text.length > 0
    text: offline
          ? (qsTr("Geen verbinding: u ziet de bewaarde gegevens.") + " " + updatedText).trim()
          : updatedText
    color: offline ? Theme.text : Theme.mutedText
    font.pixelSize: Theme.smallFontSize
    font.bold: offline
    wrapMode: Text.Wrap
    padding: offline ? Theme.spacing / 2 : 0
    background: Rectangle {
        visible: freshness.offline
        color: Theme.noticeBackground
        radius: Theme.radius
    }
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
