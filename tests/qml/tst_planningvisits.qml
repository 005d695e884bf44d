// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import CarePortal
import "controls.js" as Controls
import "textfit.js" as TextFit

// The month at a glance and a visit's detail (issue 27, items 2 and 12), in the shell as
// the window shows it: compact rows with start and end time and no action of their own,
// a scroll bar in sight and "Nog N bezoeken" under a list that does not fit, and a row that
// opens its visit (mouse, Enter, Space) with "In agenda zetten" for a visit still to come;
// "Terug" or Escape returns to the row. J. Voorbeeld has a visit twice a week.
Item {
    id: root
    width: 1024
    height: 1280

    // The shell as in the window: controls take their font from the window (Main.qml).
    Component {
        id: shellComponent
        Control {
            font.pixelSize: Theme.fontSize
            contentItem: AppShell {}
        }
    }

    TestCase {
        name: "PlanningVisits"
        when: windowShown

        function initTestCase() {
            verify(!App.kiosk)
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
        }

        function cleanup() {
            App.display.restoreDefaults()
            Client.planning.goToToday()
            Navigation.show("home")
        }

        // The planning page in a shell of the given size, showing `monthsAhead` months from
        // this one, once its visits are there.
        function planningIn(width, height, monthsAhead) {
            const shell = createTemporaryObject(shellComponent, root, { width: width, height: height })
            verify(shell)
            Navigation.show("planning")
            const loader = findChild(shell, "pageLoader")
            tryCompare(loader, "status", Loader.Ready, 10000)
            const page = loader.item
            const list = findChild(page, "planningList")
            mouseClick(findChild(page, "todayButton"))
            for (let i = 0; i < Math.abs(monthsAhead); ++i)
                mouseClick(findChild(page, monthsAhead > 0 ? "nextMonthButton" : "previousMonthButton"))
            tryCompare(Client.planning, "loading", false, 20000)
            tryVerify(() => list.count >= 8, 20000, "a month of visits")
            waitForItemPolished(list)
            return { shell: shell, page: page, list: list }
        }

        // The rows not wholly inside the list's visible part, below it. (A row far out of
        // sight may have no item: above the top one it is above, else below.)
        function rowsBelow(list) {
            const top = list.indexAt(list.width / 2, list.contentY + 1)
            let below = 0
            for (let i = 0; i < list.count; ++i) {
                const row = list.itemAtIndex(i)
                if (row ? row.y + row.height > list.contentY + list.height + 1 : i > top)
                    ++below
            }
            return below
        }

        function wholeRows(list) {
            let whole = 0
            for (let i = 0; i < list.count; ++i) {
                const row = list.itemAtIndex(i)
                if (row && row.y >= list.contentY - 1 && row.y + row.height <= list.contentY + list.height + 1)
                    ++whole
            }
            return whole
        }

        function moreText(n) {
            return "\u2193 Nog " + n + (n === 1 ? " bezoek" : " bezoeken")
        }

        function test_monthAtAGlance_data() {
            return [
                { tag: "default window 1024x720", width: 1024, height: 720, percent: 100, whole: 6, bar: true },
                { tag: "default window 1024x720 at 200 %", width: 1024, height: 720, percent: 200, whole: 3, bar: true },
                { tag: "portrait tablet 800x1280", width: 800, height: 1280, percent: 100, whole: 9, bar: false },
                { tag: "portrait tablet 800x1280 at 200 %", width: 800, height: 1280, percent: 200, whole: 6, bar: true },
                { tag: "phone 360x640", width: 360, height: 640, percent: 100, whole: 3, bar: true },
                // Room for one visit only: the visits keep it all (no bar under them).
                { tag: "phone 360x640 at 200 %", width: 360, height: 640, percent: 200, whole: 0, bar: false },
            ]
        }
        function test_monthAtAGlance(data) {
            App.display.textPercent = data.percent
            const p = planningIn(data.width, data.height, 0)
            const list = p.list
            verify(wholeRows(list) >= data.whole,
                   wholeRows(list) + " whole rows of " + list.count + ", at least " + data.whole)
            const first = list.itemAtIndex(0)
            verify(Math.min(first.height, list.height) >= 0.75 * first.height, "most of the first visit in sight")
            for (let i = 0; i < list.count; ++i) {
                const row = list.itemAtIndex(i)
                if (!row)
                    continue
                compare(findChild(row, "exportVisitButton"), null, "no action in row " + i)
                // Beside each other, at most three lines high (a date that wraps at large
                // text): no button under the row.
                if (!row.stacked)
                    verify(row.height <= Math.max(Theme.touchTarget, 3.6 * Theme.fontSize + 12) + 1,
                           "row " + i + " compact, not " + row.height)
                verify(findChild(row, row.stacked ? "visitTimeStacked" : "visitTime").text.indexOf(row.endTime) >= 0,
                       "row " + i + " shows its end time")
            }
            // More than fits: the scroll bar is in sight, the last row fades out and, where
            // there is room, the list says how many follow.
            const bar = findChild(p.page, "planningScrollBar")
            const more = findChild(p.page, "moreVisitsButton")
            if (list.contentHeight <= list.height) {
                verify(!data.bar, "everything fits")
                verify(!more.visible)
                return
            }
            compare(bar.policy, ScrollBar.AlwaysOn)
            verify(Controls.shown(bar), "the scroll bar is in sight")
            verify(rowsBelow(list) > 0)
            verify(findChild(p.page, "moreFade").visible)
            compare(Controls.shown(more), data.bar, "Nog N bezoeken")
            if (data.bar) {
                compare(more.text, moreText(rowsBelow(list)))
                // It shows them: a tap at a time until the month ends.
                for (let taps = 0; taps < list.count && more.visible; ++taps) {
                    const before = rowsBelow(list)
                    mouseClick(more)
                    tryVerify(() => rowsBelow(list) < before, 3000, "a tap shows more")
                    if (more.visible)
                        compare(more.text, moreText(rowsBelow(list)))
                }
                verify(Controls.shown(findChild(p.page, "monthEndLabel")), "Einde van de maand")
            } else {
                // Scrolled to the end (again, as rows of estimated height are laid out).
                tryVerify(() => { list.positionViewAtEnd(); return list.atYEnd && rowsBelow(list) === 0 }, 3000)
            }
            tryCompare(findChild(p.page, "moreFade"), "visible", false, 3000)
            compare(rowsBelow(list), 0)
            const problems = TextFit.textProblems(p.page).concat(TextFit.controlProblems(p.page))
            verify(problems.length === 0, problems.join("; "))
        }

        function detailOf(page) {
            const detail = findChild(page, "visitDetail")
            return detail && Controls.shown(detail) ? detail : null
        }

        // A visit still to come: the first row of next month.
        function test_openWithMouse() {
            const p = planningIn(1024, 720, 1)
            const row = p.list.itemAtIndex(0)
            verify(!row.isPast)
            mouseClick(row)
            let detail = null
            tryVerify(() => (detail = detailOf(p.page)) !== null, 3000, "the detail opened")
            verify(!findChild(p.page, "planningMonth").visible, "over the month")
            compare(findChild(detail, "visitDetailTitle").text, row.weekday + " " + row.dateText)
            compare(findChild(detail, "visitDetailTime").text, row.startTime + " tot " + row.endTime + " uur")
            compare(findChild(detail, "visitDetailHelpType").text, row.helpType)
            compare(findChild(detail, "visitDetailCarer").text, row.carerName)
            const add = findChild(detail, "exportVisitButton")
            verify(Controls.shown(add), "In agenda zetten")
            compare(add.text, "In agenda zetten")
            verify(!findChild(detail, "visitPastLabel").visible)
            mouseClick(findChild(detail, "visitBackButton"))
            tryVerify(() => detailOf(p.page) === null, 3000, "back to the month")
            verify(findChild(p.page, "planningMonth").visible)
        }

        function test_openWithKeyboard_data() {
            return [
                { tag: "Enter", key: Qt.Key_Return },
                { tag: "keypad Enter", key: Qt.Key_Enter },
                { tag: "Space", key: Qt.Key_Space },
            ]
        }
        function test_openWithKeyboard(data) {
            const p = planningIn(1024, 720, 1)
            const row = p.list.itemAtIndex(1)
            row.forceActiveFocus(Qt.TabFocusReason)
            verify(row.activeFocus)
            keyClick(data.key)
            let detail = null
            tryVerify(() => (detail = detailOf(p.page)) !== null, 3000, "the detail opened")
            compare(findChild(detail, "visitDetailCarer").text, row.carerName)
            verify(findChild(detail, "visitBackButton").activeFocus, "the detail has the keyboard")
            // Tab goes on to "In agenda zetten".
            keyClick(Qt.Key_Tab)
            verify(findChild(detail, "exportVisitButton").activeFocus, "focus on " + root.Window.activeFocusItem)
            keyClick(Qt.Key_Escape)
            tryVerify(() => detailOf(p.page) === null, 3000, "Escape returns")
            const again = p.list.itemAtIndex(1)
            tryVerify(() => again.activeFocus, 3000, "the row has the focus again")
            verify(again.visualFocus, "and shows it")
        }

        // A visit that has been: its detail, without "In agenda zetten".
        function test_pastVisit() {
            const p = planningIn(1024, 720, -1)
            const row = p.list.itemAtIndex(0)
            verify(row.isPast)
            mouseClick(row)
            let detail = null
            tryVerify(() => (detail = detailOf(p.page)) !== null, 3000, "the detail opened")
            verify(!findChild(detail, "exportVisitButton").visible, "no In agenda zetten")
            verify(Controls.shown(findChild(detail, "visitPastLabel")))
            keyClick(Qt.Key_Escape)
            tryVerify(() => detailOf(p.page) === null, 3000, "Escape returns")
        }

        // The detail on a phone at 200 %: nothing cut off or outside the window.
        function test_detailAtLargeText() {
            App.display.textPercent = 200
            const p = planningIn(360, 640, 1)
            mouseClick(p.list.itemAtIndex(0))
            let detail = null
            tryVerify(() => (detail = detailOf(p.page)) !== null, 3000, "the detail opened")
            waitForItemPolished(findChild(detail, "visitDetailTitle").parent)
            const problems = TextFit.textProblems(p.page).concat(TextFit.controlProblems(p.page))
            verify(problems.length === 0, problems.join("; "))
            for (const control of Controls.visibleControls(detail))
                verify(control.height >= 48 - 0.5, Controls.describe(control) + " too small")
        }
    }
}
