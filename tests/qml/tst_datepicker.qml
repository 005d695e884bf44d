// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal
import CarePortalTest
import "textfit.js" as TextFit

// The date picker (Afwezigheid's dates) marks today: a ring, bold figures and ", vandaag"
// for a screen reader, on today only and in whichever month is shown. At 200 % text every
// day's figures stay whole, on a phone too.
Item {
    id: root
    width: 800
    height: 800

    // The window's text size, as Main.qml gives it.
    Component { id: pickerComponent; DatePickerDialog { font.pixelSize: Theme.fontSize } }

    TestCase {
        name: "DatePicker"
        when: windowShown

        function days(picker) {
            const grid = findChild(picker.contentItem, "pickerGrid")
            const found = []
            const cells = grid.contentItem.children
            for (let i = 0; i < cells.length; ++i) {
                if ("isToday" in cells[i])
                    found.push(cells[i])
            }
            return found
        }

        function test_todayIsMarked() {
            const picker = createTemporaryObject(pickerComponent, root)
            const today = new Date()
            // A day of another month chosen: today is marked all the same.
            picker.openAt(new Date(today.getFullYear(), today.getMonth(), today.getDate() === 1 ? 2 : 1))
            tryCompare(picker, "opened", true, 3000)
            const cells = days(picker)
            verify(cells.length >= 28, cells.length + " days")
            const marked = cells.filter(cell => cell.isToday)
            compare(marked.length, 1, "one day is today")
            const day = marked[0]
            compare(day.text, String(today.getDate()))
            verify(findChild(day, "todayMark").visible, "ringed")
            verify(day.font.bold)
            verify(TestAccessibility.nameOf(day).endsWith(", vandaag"), TestAccessibility.nameOf(day))
            for (const other of cells.filter(cell => !cell.isToday)) {
                verify(!findChild(other, "todayMark").visible, other.text + " is not ringed")
                verify(!TestAccessibility.nameOf(other).endsWith(", vandaag"))
            }
            // Next month has no today.
            mouseClick(findChild(picker.contentItem, "pickerNextMonth"))
            tryVerify(() => days(picker).filter(cell => cell.isToday && cell.enabled).length === 0, 3000)
            picker.close()
        }

        function test_largeText_data() {
            return [
                { tag: "phone 360x640", width: 360, height: 640 },
                { tag: "default window 1024x720", width: 1024, height: 720 },
            ]
        }
        function test_largeText(data) {
            App.display.textPercent = 200
            root.width = data.width
            root.height = data.height
            try {
                const picker = createTemporaryObject(pickerComponent, root)
                picker.openAt(new Date())
                tryCompare(picker, "opened", true, 3000)
                waitForItemPolished(findChild(picker.contentItem, "pickerGrid"))
                verify(picker.width <= root.width && picker.height <= root.height, "inside the window")
                for (const cell of days(picker)) {
                    const label = cell.contentItem.children.length > 0 ? cell.contentItem.children[0] : null
                    verify(!label || !label.truncated, cell.text + " whole")
                    verify(cell.height >= 48, cell.text + " large enough")
                }
                const box = picker.contentItem.parent
                const problems = () => TextFit.textProblems(box).filter(p => p.indexOf("runs out") < 0)
                // Laid out once the weekdays have their cells too.
                tryVerify(() => problems().length === 0, 3000, problems().join("; "))
                picker.close()
            } finally {
                App.display.restoreDefaults()
                root.width = 800
                root.height = 800
            }
        }
    }
}
