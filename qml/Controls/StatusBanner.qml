// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// A full-width message: offline state, errors, notices, and a success ("Uw wachtwoord is
// gewijzigd.") in green with a tick, never in the amber of a notice. Read out by screen
// readers.
Rectangle {
    id: banner

    property string text
    property bool isError: false
    property bool isSuccess: false
    property string actionText
    // A notice above a page takes at most this height: a longer text scrolls inside it, and
    // its button stays in sight (on a phone at large text the whole screen was text).
    property real maximumHeight: Infinity
    signal actionTriggered()

    // The button goes under the message where beside it the message would have too little
    // room (a phone at large text): words would otherwise break in the middle.
    readonly property bool stacked: action.visible
        && width - action.implicitWidth - 3 * Theme.spacing < 12 * Theme.fontSize
    // The room the button takes under or beside the message.
    readonly property real buttonHeight: stacked ? action.implicitHeight + Theme.spacing : 0
    readonly property real buttonWidth: action.visible && !stacked ? action.width + Theme.spacing : 0

    visible: text.length > 0
    color: isError ? Theme.errorBackground : isSuccess ? Theme.successBackground : Theme.noticeBackground
    border.color: isError ? Theme.error : isSuccess ? Theme.success : Theme.accent
    border.width: Theme.borderWidth
    radius: Theme.radius
    // The message's width follows the banner's directly (not through a row layout), so its
    // wrapped height is known as soon as the banner has a width: with large text a column
    // layout around it then gives it all its lines.
    implicitHeight: Math.min(maximumHeight,
                             (stacked ? message.implicitHeight + buttonHeight
                                      : Math.max(message.implicitHeight,
                                                 action.visible ? action.implicitHeight : 0))
                             + 2 * Theme.spacing)
    Layout.minimumHeight: implicitHeight
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Flickable {
        id: messageView
        objectName: "bannerMessageView"
        x: Theme.spacing
        width: banner.width - 2 * Theme.spacing - banner.buttonWidth
        height: Math.max(0, Math.min(message.implicitHeight,
                                     banner.height - 2 * Theme.spacing - banner.buttonHeight))
        // One line beside the taller button sits level with its label, not at the top.
        y: banner.stacked ? Theme.spacing : Math.max(Theme.spacing, (banner.height - height) / 2)
        contentWidth: width
        contentHeight: message.implicitHeight
        interactive: contentHeight > height + 1
        clip: interactive
        boundsBehavior: Flickable.StopAtBounds
        // In the banner's margin, beside the text: the text keeps its width either way.
        ScrollBar.vertical: ScrollBar {
            parent: banner
            x: messageView.x + messageView.width + 2
            y: messageView.y
            width: Theme.spacing - 4
            height: messageView.height
            policy: messageView.interactive ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }

        Label {
            id: message
            objectName: "bannerMessage"
            width: messageView.width
            // The tick says "done" to whoever does not tell green from amber.
            text: banner.isSuccess ? "\u2713 " + banner.text : banner.text
            color: banner.isError ? Theme.error : Theme.text
            wrapMode: Text.Wrap
        }
    }
    Button {
        id: action
        objectName: "bannerAction"
        visible: banner.actionText.length > 0
        x: banner.width - width - Theme.spacing
        y: banner.stacked ? messageView.y + messageView.height + Theme.spacing
                          : (banner.height - height) / 2
        text: banner.actionText
        implicitHeight: Theme.touchTarget
        onClicked: banner.actionTriggered()
    }
}
