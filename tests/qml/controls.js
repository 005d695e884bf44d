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
