// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import CarePortal
import "OneLine.js" as OneLine

// Buttons (or radio buttons) side by side where they all fit whole, one under the other
// where they do not: on a phone at 200 % "Annuleren" left "Versturen" room for "V…" only,
// and "Eén dag" with "Meerdere dagen" ran out of the window. Give a button that should
// fill its line `Layout.fillWidth: true`.
GridLayout {
    id: row

    // What the visible buttons need on one line (see OneLine.js).
    readonly property real oneLineWidth: OneLine.width(children, columnSpacing)

    columns: width >= oneLineWidth ? Math.max(1, children.length) : 1
    // Side by side, packed at the start (choices like "Ja" and "Nee") instead of spread
    // over the line.
    property bool packed: false

    // Stacked, as wide as it is given: stacked buttons that may not grow would otherwise
    // hold the row to one button's width, and it would never find the room to put them
    // side by side.
    Layout.maximumWidth: packed && columns > 1 ? oneLineWidth : Infinity
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacing
}
