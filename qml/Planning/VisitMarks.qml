// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CarePortal

// What is special about a visit, as small labels under its carer, in the row and in the
// detail alike: "Gewijzigd" (new, moved or another carer since the planning was last
// fetched). A new mark is one more label here, with its own property.
Flow {
    id: marks

    property bool changed: false

    // No mark shown: no height, so the row keeps its compact size.
    spacing: Theme.spacing / 2

    Label {
        objectName: "changedMark"
        visible: marks.changed
        text: qsTr("Gewijzigd")
        font.bold: true
        font.pixelSize: Theme.smallFontSize
        color: Theme.text
        leftPadding: 6
        rightPadding: 6
        background: Rectangle { color: Theme.noticeBackground; border.color: Theme.accent; radius: 3 }
    }
}
