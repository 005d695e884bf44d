// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// A time of day, typed the way people write it: "8", "08", "800", "0800", "8:00", "08.00"
// and "8,00" all mean 08:00. No input mask: a mask put the cursor wherever the click
// landed (after the ":") and dropped the digits typed there without a word, and showed
// " : " instead of an example. Focusing the field selects what is in it, so typing
// replaces it wherever the click or tap landed. `time` is the time as "HH:mm" ("" while the
// text is not one); when the user leaves the field (or presses Enter) the text becomes that
// time, or the field says what is wrong with it. Digits on the on-screen keyboard.
ColumnLayout {
    id: field

    property alias label: caption.text
    /// What the empty field shows as an example, as "HH:mm".
    property string example: "08:00"
    property alias text: timeInput.text
    readonly property string time: parsed.time
    readonly property string error: parsed.error
    /// The user left the field with text in it: from then on errors show.
    property bool touched: false
    readonly property string shownError: touched ? error : ""
    readonly property Item input: timeInput
    readonly property var parsed: field.parse(timeInput.text)
    /// The width label and field need side by side with another field, from their own
    /// sizes (not the layout's, which a binding must not read: polish loop).
    readonly property real naturalWidth: Math.max(caption.implicitWidth, timeInput.implicitWidth)

    /// Sets the field to `value` ("HH:mm" or "") without showing errors yet.
    function reset(value: string) {
        timeInput.text = value
        touched = false
    }

    /// {time: "HH:mm" or "", error: why the text is not a time ("" when empty or a time)}.
    function parse(entered: string) {
        // String(…) first: qmllint 6.4 crashes on a method called straight on a typed
        // string parameter.
        const typed = String(entered).trim()
        if (typed.length === 0)
            return { time: "", error: "" }
        let hours = -1
        let minutes = 0
        const parts = typed.match(/^(\d{1,2})\s*[:.,]\s*(\d*)$/)
        if (parts) {
            if (parts[2].length === 1 || parts[2].length > 2)
                return { time: "", error: qsTr("Typ de minuten met twee cijfers, bijvoorbeeld 08:05.") }
            hours = Number(parts[1])
            minutes = parts[2].length > 0 ? Number(parts[2]) : 0
        } else if (/^\d{1,4}$/.test(typed)) {
            // "8" and "08" are hours; "800" and "0800" hours and minutes.
            hours = Number(typed.length <= 2 ? typed : typed.slice(0, typed.length - 2))
            minutes = typed.length <= 2 ? 0 : Number(typed.slice(-2))
        } else if (/[^\d\s:.,]/.test(typed)) {
            return { time: "", error: qsTr("Typ de tijd met cijfers, bijvoorbeeld %1.").arg(field.example) }
        } else {
            return { time: "", error: qsTr("Typ de tijd als uu:mm, bijvoorbeeld %1.").arg(field.example) }
        }
        if (hours > 23)
            return { time: "", error: qsTr("Het uur kan 0 tot en met 23 zijn.") }
        if (minutes > 59)
            return { time: "", error: qsTr("De minuten kunnen 00 tot en met 59 zijn.") }
        return { time: String(hours).padStart(2, "0") + ":" + String(minutes).padStart(2, "0"), error: "" }
    }

    function finish() {
        if (timeInput.text.trim().length === 0)
            return
        touched = true
        if (field.time.length > 0 && timeInput.text !== field.time)
            timeInput.text = field.time
    }

    spacing: 4

    FieldLabel {
        id: caption
        Layout.fillWidth: true
    }
    TextField {
        id: timeInput
        objectName: field.objectName + "Input"
        placeholderText: qsTr("bijv. %1").arg(field.example)
        // Room for the example, never wider than the column it is given.
        implicitWidth: Math.ceil(Math.max(placeholderMetrics.advanceWidth, timeMetrics.advanceWidth))
                       + leftPadding + rightPadding + 4
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        implicitHeight: Theme.touchTarget
        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText
        Accessible.name: caption.text
        Accessible.description: field.shownError.length > 0 ? field.shownError : placeholderText

        TextMetrics { id: placeholderMetrics; font: timeInput.font; text: timeInput.placeholderText }
        TextMetrics { id: timeMetrics; font: timeInput.font; text: "00:00" }

        // Coming into the field selects what is in it, so that what is typed replaces the
        // time instead of landing in the middle of it. A press puts the cursor where it
        // landed after it gave the focus, so the release that ends that press selects again
        // (on touch screens that give the focus on release, the focus change does it).
        property bool justFocused: false
        onActiveFocusChanged: {
            if (activeFocus) {
                selectAll()
                justFocused = true
            } else {
                justFocused = false
                field.finish()
            }
        }
        onReleased: {
            if (justFocused)
                selectAll()
            justFocused = false
        }
        onTextEdited: justFocused = false
        onAccepted: field.finish()
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
