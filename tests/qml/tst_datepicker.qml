// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal
import CarePortalTest

// The date picker (Afwezigheid's dates) marks today: a ring, bold figures and ", vandaag"
// for a screen reader, on today only and in whichever month is shown.
Item {
    id: root
    width: 800
    height: 800

    Component { id: pickerComponent; DatePickerDialog {} }

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
    }
}
