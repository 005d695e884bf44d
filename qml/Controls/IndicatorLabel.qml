// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Templates as T
import CarePortal

// The label of a check box, radio button or switch, beside its indicator, that wraps (and
// sets a word too wide a little smaller) instead of being cut off: "Primair contactpersoon"
// showed as "Primair co…" on a phone at 200 %. `oneLineWidth` is what the label needs on
// one line at full size, for a control that asks for that much.
FittedText {
    id: label

    required property T.AbstractButton control
    readonly property real oneLineWidth: Math.ceil(oneLine.advanceWidth) + leftPadding

    text: control.text
    fittedPixelSize: control.font.pixelSize
    font.family: control.font.family
    leftPadding: control.indicator ? control.indicator.width + control.spacing : 0
    verticalAlignment: Text.AlignVCenter

    TextMetrics {
        id: oneLine
        font: label.control.font
        text: label.control.text
    }
}
