// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// One entry of the side menu; highlighted while its page is shown.
ItemDelegate {
    id: entry

    required property string page
    signal chosen()

    objectName: "menu_" + page
    highlighted: Navigation.currentPage === page
    // Reachable with Tab and from a screen reader (an ItemDelegate takes no focus itself).
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.fontSize
    leftPadding: Theme.margin
    Layout.fillWidth: true
    // Long entries ("Wie heeft mijn gegevens ingezien") wrap instead of being cut off, and
    // a long word ("Contactpersonen") at 200 % is set smaller rather than broken.
    implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
    contentItem: FittedText {
        text: entry.text
        fittedPixelSize: entry.font.pixelSize
        font.family: entry.font.family
        verticalAlignment: Text.AlignVCenter
    }
    onClicked: {
        Navigation.show(page)
        entry.chosen()
    }
}
