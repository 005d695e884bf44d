// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One label and its value on a detail page of the business portal, read out as one; gone
// while the value is empty. A Repeater's delegate over [{label, value}].
ColumnLayout {
    id: field

    required property var modelData

    visible: String(modelData.value).length > 0
    spacing: 2
    Layout.fillWidth: true

    Label {
        text: field.modelData.label
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        // Server text is plain text, never markup.
        textFormat: Text.PlainText
        text: field.modelData.value
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.name: field.modelData.label + ": " + text
    }
}
