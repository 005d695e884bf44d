// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal
import CarePortalTest

// The planning's export on screen: "Exporteren naar agenda (.ics)", "Afdrukken (PDF)" and
// a visit's "In agenda zetten" (in its detail) are there with their accessible names, at
// least 48 px high, reachable with Tab, and stay inside the window at every width. (The kiosk hides
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

        // A visit's own "In agenda zetten" is in its detail, opened from the row (the row
        // itself stays one compact line: tst_planningvisits).
        function openFirstVisit(page) {
            const list = findChild(page, "planningList")
            mouseClick(findChild(page, "todayButton"))
            mouseClick(findChild(page, "nextMonthButton")) // visits still to come
            tryCompare(Client.planning, "loading", false, 20000)
            tryVerify(() => list.count > 0, 20000)
            let row = null
            tryVerify(() => (row = list.itemAtIndex(0)) !== null, 5000)
            compare(findChild(row, "exportVisitButton"), null)
            mouseClick(row)
            let detail = null
            tryVerify(() => (detail = findChild(page, "visitDetail")) !== null, 5000)
            return { row: row, detail: detail }
        }

        function test_visitButton_data() {
            return [ { tag: "900 wide", width: 900 }, { tag: "360 wide", width: 360 } ]
        }
        function test_visitButton(data) {
            root.width = data.width
            const page = createTemporaryObject(pageComponent, root)
            const opened = openFirstVisit(page)
            const button = findChild(opened.detail, "exportVisitButton")
            tryVerify(() => button.visible && button.width > 0, 5000)
            compare(button.text, "In agenda zetten")
            verify(button.height >= 48)
            verify(inside(button, root))
            compare(TestAccessibility.nameOf(button), "Dit bezoek in uw agenda zetten (.ics)")
            // Keyboard: Tab goes from "Terug" to it.
            findChild(opened.detail, "visitBackButton").forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Tab)
            verify(button.activeFocus)
            if (data.width < 400) {
                // The month's own export is under "Meer" there (tst_planningnarrow).
                keyClick(Qt.Key_Escape)
                tryCompare(findChild(page, "planningMonth"), "visible", true, 5000)
                for (const name of ["exportCalendarButton", "printButton"])
                    verify(!findChild(page, name).visible, name)
                tryVerify(() => inside(findChild(page, "moreActionsButton"), root), 5000, "Meer is on screen")
            }
        }
    }
}
