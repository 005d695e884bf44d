// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal
import CarePortalTest

// The planning's export on screen: "Exporteren naar agenda (.ics)", "Afdrukken (PDF)" and
// each row's "In agenda zetten" are there with their accessible names, at least 48 px
// high, reachable with Tab, and stay inside the window at every width. (The kiosk hides
// them: tests/qml_kiosk/tst_kioskplanningexport.qml.)
Item {
    id: root
    width: 900
    height: 700

    Component { id: pageComponent; PlanningPage { anchors.fill: parent } }

    TestCase {
        name: "PlanningExport"
        when: windowShown

        function initTestCase() {
            verify(!App.kiosk)
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
        }

        function init() {
            root.width = 900
        }

        function inside(item, outer) {
            const p = item.mapToItem(outer, 0, 0)
            return p.x >= 0 && p.y >= 0 && p.x + item.width <= outer.width + 0.5
                && p.y + item.height <= outer.height + 0.5
        }

        function firstRow(page) {
            const list = findChild(page, "planningList")
            mouseClick(findChild(page, "todayButton"))
            tryVerify(() => list.count > 0, 20000)
            let row = null
            tryVerify(() => (row = list.itemAtIndex(0)) !== null, 5000)
            return row
        }

        function test_monthButtons() {
            const page = createTemporaryObject(pageComponent, root)
            const ics = findChild(page, "exportCalendarButton")
            const pdf = findChild(page, "printButton")
            compare(ics.text, "Exporteren naar agenda (.ics)")
            compare(pdf.text, "Afdrukken (PDF)")
            compare(TestAccessibility.nameOf(ics), "Planning van deze maand exporteren naar uw agenda (.ics)")
            compare(TestAccessibility.nameOf(pdf), "Planning van deze maand afdrukken in grote letters (PDF)")
            for (const button of [ics, pdf]) {
                verify(button.visible)
                verify(button.height >= 48, button.text)
                verify(inside(button, root), button.text)
            }
            // Keyboard: Tab goes from "Vernieuwen" to the export buttons.
            const refresh = findChild(page, "refreshButton")
            tryCompare(refresh, "enabled", true, 20000)
            refresh.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Tab)
            verify(ics.activeFocus)
            keyClick(Qt.Key_Tab)
            verify(pdf.activeFocus)
            compare(findChild(page, "exportMessage").visible, false)
        }

        function test_visitButton() {
            const page = createTemporaryObject(pageComponent, root)
            const row = firstRow(page)
            const button = findChild(row, "exportVisitButton")
            verify(button.visible)
            compare(button.text, "In agenda zetten")
            verify(button.height >= 48)
            verify(inside(button, row))
            compare(TestAccessibility.nameOf(button), "In agenda zetten: " + row.accessibleText)
            // Beside the columns, not over them.
            const cells = button.mapToItem(row, 0, 0)
            verify(cells.x >= row.width - page.visitActionWidth - row.rightPadding)
        }

        function test_narrowWindowPutsTheButtonUnderTheRow() {
            root.width = 360
            const page = createTemporaryObject(pageComponent, root)
            const row = firstRow(page)
            const button = findChild(row, "exportVisitButton")
            verify(row.actionBelow)
            verify(button.visible)
            verify(button.height >= 48)
            verify(inside(button, row))
            verify(button.y >= row.cellsHeight)
            // The month's own export is under "Meer" there (tst_planningnarrow).
            for (const name of ["exportCalendarButton", "printButton"])
                verify(!findChild(page, name).visible, name)
            tryVerify(() => inside(findChild(page, "moreActionsButton"), root), 5000, "Meer is on screen")
        }
    }
}
