// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CarePortal

// An invoice's status as a small label: Betaald in green, Open in amber, Vervallen in red
// (with its word: colour alone says nothing to whoever does not see it).
Label {
    id: status

    property bool good: false
    property bool bad: false

    color: good || bad ? Theme.textOnPrimary : Theme.text
    font.pixelSize: Theme.smallFontSize
    font.bold: bad
    padding: 6
    background: Rectangle {
        color: status.bad ? Theme.error : status.good ? Theme.success : Theme.noticeBackground
        radius: Theme.radius
    }
}
