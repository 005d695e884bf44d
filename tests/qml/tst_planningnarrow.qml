// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// The planning at the window's minimum width (360 px, a small tablet): every control
// stays on screen, the actions without room go under "Meer", and the rows show date, time
// with kind of help, and the carer. At 200 % text the visits still get close to half of it.
Item {
    id: root
    width: 360
    height: 640

    // TestCase itself is invisible: pages live in this visible root so input reaches them.
    Component { id: pageComponent; PlanningPage { anchors.fill: parent } }

    TestCase {
        name: "PlanningNarrow"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
        }

        function onScreen(item) {
            const p = item.mapToItem(root, 0, 0)
            return item.visible && p.x >= 0 && p.y >= 0 && p.x + item.width <= root.width
        }

        function test_everythingFits() {
            const page = createTemporaryObject(pageComponent, root)
            const list = findChild(page, "planningList")
            for (const name of ["previousMonthButton", "monthTitle", "nextMonthButton", "todayButton", "moreActionsButton"])
                tryVerify(() => onScreen(findChild(page, name)), 5000, name + " is on screen")
            for (const name of ["refreshButton", "exportCalendarButton", "printButton"])
                verify(!findChild(page, name).visible, name + " is in the menu instead")
            mouseClick(findChild(page, "todayButton"))
            tryVerify(() => list.count > 0, 20000)
            mouseClick(findChild(page, "nextMonthButton"))
            tryVerify(() => list.count > 0, 20000)
            verify(onScreen(list))
        }

        // "Meer": every entry inside the window, large enough to tap, its text whole.
        function checkMenu(page) {
            const menu = findChild(page, "moreActionsMenu")
            mouseClick(findChild(page, "moreActionsButton"))
            tryCompare(menu, "opened", true, 3000)
            waitForItemPolished(menu.contentItem) // its entries laid out, as on screen
            for (const name of ["refreshMenuItem", "exportCalendarMenuItem", "printMenuItem"]) {
                const item = findChild(menu.contentItem, name)
                const p = item.mapToItem(root, 0, 0)
                verify(p.x >= 0 && p.x + item.width <= root.width + 0.5, name + " inside the window")
                verify(item.height >= 48, name + " large enough")
                verify(!item.contentItem.truncated, name + " whole")
                verify(item.contentItem.contentWidth <= item.contentItem.width + 1, name + " not clipped")
            }
            return menu
        }

        function test_menuRefreshes() {
            const page = createTemporaryObject(pageComponent, root)
            tryCompare(Client.planning, "loading", false, 20000)
            const menu = checkMenu(page)
            const refresh = findChild(menu.contentItem, "refreshMenuItem")
            const loads = { count: 0 }
            const counter = () => { if (Client.planning.loading) ++loads.count }
            Client.planning.loadingChanged.connect(counter)
            mouseClick(refresh)
            tryCompare(menu, "visible", false, 3000)
            tryVerify(() => loads.count > 0 && !Client.planning.loading, 20000, "refreshed")
            Client.planning.loadingChanged.disconnect(counter)
        }

        function test_largeTextLeavesRoomForTheVisits() {
            App.display.textPercent = 200
            try {
                const page = createTemporaryObject(pageComponent, root)
                const list = findChild(page, "planningList")
                mouseClick(findChild(page, "todayButton"))
                tryVerify(() => list.count > 0, 20000)
                // Measured once the month is in and laid out ("Bijgewerkt op" under it): a
                // whole visit fits, and the visits get close to half the screen. (No bar
                // "Nog N bezoeken" here: the scroll bar and the fade say that more follow.)
                tryCompare(Client.planning, "loading", false, 20000)
                waitForItemPolished(list.parent.parent)
                let first = null
                tryVerify(() => (first = list.itemAtIndex(0)) !== null, 5000)
                verify(list.height >= first.height, "a whole visit fits: " + list.height + " < " + first.height)
                verify(list.height >= 0.45 * root.height, "the visits get close to half the screen, not " + list.height)
                verify(!findChild(page, "moreVisitsButton").visible)
                const today = findChild(page, "todayButton")
                const more = findChild(page, "moreActionsButton")
                compare(more.y, today.y, "Vandaag and Meer share a line")
                const menu = checkMenu(page)
                menu.close()
            } finally {
                App.display.restoreDefaults()
            }
        }
    }
}
