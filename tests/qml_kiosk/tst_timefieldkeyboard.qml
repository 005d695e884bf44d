// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import CarePortal
import "../qml/controls.js" as Controls

// The absence form's time fields on a kiosk's touch screen (issue 27, 1): a tap shows the
// on-screen keyboard with its digits, and the digits tapped there give the time, wherever
// the tap landed in the field.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: formComponent
        Item {
            anchors.fill: parent
            AbsenceForm {
                objectName: "form"
                width: parent.width
                height: parent.height - (panel.active ? panel.height : 0)
            }
            KeyboardPanel {
                id: panel
                width: parent.width
                y: active ? parent.height - height : parent.height
            }
        }
    }

    TestCase {
        name: "TimeFieldKeyboard"
        when: windowShown

        function cleanup() {
            Qt.inputMethod.hide()
        }

        // A key of the keyboard by what it types.
        function findKey(panel, text) {
            let found = null
            const walk = item => {
                if (found || !item.visible)
                    return
                if ("key" in item && "text" in item && "displayText" in item && item.text === text)
                    found = item
                for (let i = 0; i < item.children.length; ++i)
                    walk(item.children[i])
            }
            walk(panel)
            return found
        }

        function key(panel, text) {
            tryVerify(() => findKey(panel, text) !== null, 5000, "key '" + text + "' on the keyboard")
            return findKey(panel, text)
        }

        function tapDigits(panel, digits) {
            for (const digit of digits)
                mouseClick(key(panel, digit))
        }

        // As a user does: the field is scrolled into sight above the keyboard, then tapped.
        function tap(field, x) {
            Controls.scrollIntoView(field)
            verify(field.mapToItem(root, 0, field.height).y <= root.height - findChild(root, "keyboardPanel").height + 1,
                   "the field above the keyboard")
            mouseClick(field, x, field.height / 2)
        }

        function test_digitsOnTheKeyboardGiveTheTime() {
            verify(App.virtualKeyboard)
            const ui = createTemporaryObject(formComponent, root)
            const form = findChild(ui, "form")
            const panel = findChild(ui, "keyboardPanel")
            const day = new Date()
            day.setDate(day.getDate() + 14)
            form.startDate = day
            mouseClick(findChild(form, "wholeDayNo"))
            const start = findChild(form, "startTimeFieldInput")
            const end = findChild(form, "endTimeFieldInput")
            tryVerify(() => start.width > 0, 3000)

            // Tapped on its right side, where the old mask's ":" put the cursor.
            mouseClick(start, start.width - 4, start.height / 2)
            tryCompare(panel, "active", true, 5000)
            tryVerify(() => panel.y < root.height - panel.height / 2, 3000, "the keyboard is up")
            wait(100)
            verify(findKey(panel, "a") === null, "the digits, not the letters")
            tapDigits(panel, "0830")
            compare(start.text, "0830")
            tap(end, end.width / 2)
            compare(start.text, "08:30")
            tapDigits(panel, "12")
            tap(start, 4)
            compare(end.text, "12:00")
            // A time already there is replaced by what is tapped.
            tapDigits(panel, "915")
            tap(end, end.width / 2)
            compare(start.text, "09:15")
            compare(form.periodError, "")
        }
    }
}
