// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CarePortal

// The one main action of a screen ("Inloggen", "Wijzig wachtwoord"): the organisation's
// colour, white text, a large target; greyed clearly when not yet possible.
Button {
    id: button

    // Its label wraps, and a word too wide is set smaller (FittedText): on a phone at 200 %
    // "Wijzig wachtwoord" was cut off.
    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            Math.ceil(oneLine.advanceWidth) + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget + 4, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.fontSize
    font.bold: true

    contentItem: FittedText {
        text: button.text
        fittedPixelSize: button.font.pixelSize
        font.family: button.font.family
        font.bold: true
        color: button.enabled ? Theme.textOnPrimary : Theme.mutedText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    TextMetrics {
        id: oneLine
        font: button.font
        text: button.text
    }
    background: Rectangle {
        radius: Theme.radius
        color: !button.enabled ? Theme.divider
             : button.down ? Qt.darker(Theme.primary, 1.25) : Theme.primary
        border.width: button.visualFocus ? 3 : 0
        border.color: Theme.accent
    }
}
