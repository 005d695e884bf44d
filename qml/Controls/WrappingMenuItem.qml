// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CarePortal

// A menu entry whose text wraps rather than being cut off when the menu is narrower than
// the text on one line (a phone at large text). Large enough to tap.
MenuItem {
    id: item

    // A hidden entry takes no room in the menu.
    implicitHeight: visible ? Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding) : 0

    contentItem: Label {
        text: item.text
        font: item.font
        // As the Basic style colours its own entries (greyed through the palette when off).
        color: item.down || item.highlighted ? item.palette.highlightedText : item.palette.windowText
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
}
