// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// A labelled text field with its error right below it. `error` is what the app's own check
// says; it shows once the user has left the field (not while they are still typing the
// number), and from then on follows every keystroke. `serverError` is what the server said
// at the last save and clears as soon as the user changes the text. Multi-line for remarks.
ColumnLayout {
    id: field

    property alias label: caption.text
    property string text
    property string error
    property string serverError
    property bool multiline: false
    property int inputHints: Qt.ImhNone
    property bool touched: false
    readonly property string shownError: serverError.length > 0 ? serverError
                                                                : touched ? error : ""
    readonly property Item input: multiline ? area : line

    function focusInput() { input.forceActiveFocus() }
    /// For a form that is (re)opened: no errors until the user leaves a field again.
    function reset(value) {
        text = value
        serverError = ""
        touched = false
    }

    spacing: 4

    FieldLabel {
        id: caption
        Layout.fillWidth: true
    }
    TextField {
        id: line
        objectName: field.objectName + "Input"
        visible: !field.multiline
        text: field.text
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        inputMethodHints: field.inputHints
        Accessible.name: caption.text
        Accessible.description: field.shownError
        onTextEdited: {
            field.text = text
            field.serverError = ""
        }
        onActiveFocusChanged: if (!activeFocus && text.length > 0) field.touched = true
    }
    TextArea {
        id: area
        objectName: field.objectName + "Area"
        visible: field.multiline
        text: field.text
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(3 * Theme.touchTarget, implicitHeight)
        wrapMode: TextEdit.Wrap
        Accessible.name: caption.text
        Accessible.description: field.shownError
        background: Rectangle {
            border.color: area.activeFocus ? Theme.primary : Theme.divider
            border.width: area.activeFocus ? 2 : 1
            radius: 2
        }
        onActiveFocusChanged: if (!activeFocus && text.length > 0) field.touched = true
        onTextChanged: {
            if (text === field.text)
                return
            field.text = text
            field.serverError = ""
        }
    }
    Label {
        objectName: field.objectName + "Error"
        visible: field.shownError.length > 0
        text: field.shownError
        color: Theme.error
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
