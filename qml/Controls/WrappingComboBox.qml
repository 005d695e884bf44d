// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CarePortal

// A choice list whose chosen text and rows wrap instead of being cut off: on a phone at
// 200 % "Ik ben wettelijk vertegenwoordiger van de cliënt" was 873 px wide in a field of
// 272 px. A word too wide is set a little smaller (FittedText). Not for typing in.
ComboBox {
    id: box

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)

    contentItem: FittedText {
        text: box.displayText
        fittedPixelSize: box.font.pixelSize
        font.family: box.font.family
        color: box.palette.buttonText
        // As the Basic style's field, which keeps 12 px from the edge.
        leftPadding: 12
        topPadding: Theme.spacing / 2
        bottomPadding: Theme.spacing / 2
        verticalAlignment: Text.AlignVCenter
    }

    delegate: ItemDelegate {
        id: row

        required property var model
        required property int index
        // The row's text as the Basic style reads it: a role of the model's item, or the
        // item itself.
        readonly property string label: box.textRole
            ? (Array.isArray(box.model) ? row.model.modelData[box.textRole] : row.model[box.textRole])
            : row.model.modelData

        width: ListView.view.width
        text: label
        font.weight: box.currentIndex === index ? Font.DemiBold : Font.Normal
        highlighted: box.highlightedIndex === index
        hoverEnabled: box.hoverEnabled
        implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
        contentItem: FittedText {
            text: row.label
            fittedPixelSize: box.font.pixelSize
            font.family: box.font.family
            font.weight: row.font.weight
            color: row.highlighted ? row.palette.highlightedText : row.palette.text
            verticalAlignment: Text.AlignVCenter
        }
    }
}
