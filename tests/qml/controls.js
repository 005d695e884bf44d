// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Walks a Qt Quick item tree for what a test checks on every screen: the interactive
// controls the user can see. Used by the layout and accessibility tests.
.pragma library

// Buttons, delegates, switches (AbstractButton) and text fields, seen by what they have.
function isInteractive(item) {
    return ("autoRepeat" in item && "pressAndHold" in item) // AbstractButton
        || ("echoMode" in item && "cursorPosition" in item) // TextField, TextInput
        || ("wrapMode" in item && "placeholderText" in item && "textDocument" in item) // TextArea
        || ("currentIndex" in item && "popup" in item && "displayText" in item) // ComboBox
}

function shown(item) {
    for (let p = item; p; p = p.parent) {
        if (!p.visible || p.opacity === 0)
            return false
    }
    return item.width > 0 && item.height > 0
}

// Every visible interactive control under `root` (including inside list delegates).
function visibleControls(root) {
    const found = []
    const walk = item => {
        if (!item.visible || item.opacity === 0)
            return
        if (isInteractive(item) && item.width > 0 && item.height > 0)
            found.push(item)
        // A combo box is one control; its inner text field is not a stop of its own.
        if ("popup" in item && "displayText" in item)
            return
        for (let i = 0; i < item.children.length; ++i)
            walk(item.children[i])
    }
    walk(root)
    return found
}

function describe(item) {
    return (item.objectName || "") + " '" + (item.text !== undefined ? item.text : "") + "' "
        + String(item).split("(")[0]
}

// Scrolls the nearest Flickable (a ScrollView's) so that all of `item` is in its view, as a
// user would before tapping it: what a page shows above it (a notice left by an earlier
// test, larger text) must not push a tap outside the window.
function scrollIntoView(item) {
    let flickable = item.parent
    while (flickable && !("contentY" in flickable && "contentHeight" in flickable))
        flickable = flickable.parent
    if (!flickable)
        return
    const top = item.mapToItem(flickable.contentItem, 0, 0).y
    const bottom = top + item.height
    if (top < flickable.contentY)
        flickable.contentY = top
    else if (bottom > flickable.contentY + flickable.height)
        flickable.contentY = Math.min(bottom - flickable.height,
                                      flickable.contentHeight - flickable.height)
}
