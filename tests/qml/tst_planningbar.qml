// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// Issue 27, item 12: the planning's bar has no empty gap between its buttons (the busy
// indicator held its place while idle, which on the kiosk sat before "Voorlezen"); while
// the month loads it shows at the end of the bar, moving no button.
Item {
    id: root
    width: 1024
    height: 720

    Component { id: pageComponent; PlanningPage { anchors.fill: parent } }

    TestCase {
        name: "PlanningBar"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
        }

        // The visible items of the bar's first line, left to right.
        function firstLine(page) {
            const bar = findChild(page, "todayButton").parent
            const items = []
            for (let i = 0; i < bar.children.length; ++i) {
                const item = bar.children[i]
                if (item.visible && item.width > 0 && item.y === 0)
                    items.push(item)
            }
            return items.sort((a, b) => a.x - b.x)
        }

        function test_noGapBetweenButtons() {
            const page = createTemporaryObject(pageComponent, root)
            tryCompare(Client.planning, "loading", false, 20000)
            waitForRendering(page)
            const items = firstLine(page)
            verify(items.length >= 4, "month arrows, Vandaag, Vernieuwen, …")
            for (let i = 1; i < items.length; ++i) {
                const gap = items[i].x - (items[i - 1].x + items[i - 1].width)
                verify(gap <= Theme.spacing + 0.5,
                       "gap of " + gap + " px before " + (items[i].objectName || items[i]))
            }
            compare(findChild(page, "planningBusy").visible, false)
        }

        function test_busyAtTheEndWhileLoading() {
            const page = createTemporaryObject(pageComponent, root)
            tryCompare(Client.planning, "loading", false, 20000)
            waitForRendering(page)
            const before = firstLine(page).map(item => item.x)
            const busy = findChild(page, "planningBusy")
            // No event loop between the refresh and the checks: the month may load within
            // a frame, and the bar is laid out now instead of on its next polish.
            Client.planning.refresh()
            verify(Client.planning.loading)
            verify(busy.visible)
            busy.parent.forceLayout()
            const line = firstLine(page).filter(item => item !== busy)
            compare(line.map(item => item.x), before, "no button moved")
            verify(busy.y > 0 || line.every(item => busy.x > item.x), "the indicator comes last")
            tryCompare(Client.planning, "loading", false, 20000)
            tryCompare(busy, "visible", false, 2000)
        }
    }
}
