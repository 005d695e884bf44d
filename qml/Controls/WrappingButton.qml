// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CarePortal

// A button whose label wraps onto more lines instead of running out of a narrow window
// (a phone at 200 % text). It asks for the width of its label on one line; give it less
// (e.g. `Layout.maximumWidth: implicitWidth` with `Layout.fillWidth: true`, or
// `width: Math.min(implicitWidth, room)`) and it grows in height instead. A single word
// wider than the button ("Privacyverklaring") is set a little smaller, not broken.
Button {
    id: button

    // The label's one-line width at full size, whatever size it has now: a width derived
    // from the shrunk label would let the button shrink further with it.
    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            Math.ceil(oneLine.advanceWidth) + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)

    contentItem: FittedText {
        text: button.text
        fittedPixelSize: button.font.pixelSize
        font.family: button.font.family
        font.bold: button.font.bold
        // As the Basic style colours its own label.
        color: button.checked || button.highlighted ? button.palette.brightText
             : button.flat && !button.down ? (button.visualFocus ? button.palette.highlight
                                                                 : button.palette.windowText)
             : button.palette.buttonText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    TextMetrics {
        id: oneLine
        font: button.font
        text: button.text
    }
}
