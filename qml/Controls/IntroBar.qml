// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal
import "OneLine.js" as OneLine

// The line at the top of a list page: what the page is for, with the page's buttons beside
// it where both fit and under it where they do not (a phone at 200 % text). In one row
// the text was squeezed beside "Wijzigen" to a word's width and broke every word.
//
//     IntroBar { text: qsTr("…"); Button { … } }
GridLayout {
    id: bar

    property alias text: intro.text
    default property alias actions: actionRow.data

    // What the buttons need on one line (see OneLine.js).
    readonly property real actionsWidth: OneLine.width(actionRow.children, actionRow.spacing)

    columns: width - actionsWidth - columnSpacing >= Math.round(200 * Theme.textScale) ? 2 : 1
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacing

    // A word too long for a phone at 200 % ("telefoonnummers") makes the text a little
    // smaller rather than break.
    FittedText {
        id: intro
        fittedPixelSize: Theme.fontSize
        Layout.fillWidth: true
        Layout.preferredWidth: 0 // wrap instead of widening the bar
    }
    RowLayout {
        id: actionRow
        spacing: Theme.spacing
    }
}
