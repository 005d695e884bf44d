// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// Month navigation on the planning page, against the demo planning of J. Voorbeeld.
Item {
    id: root
    width: 900
    height: 700

    // TestCase itself is invisible: pages live in this visible root so input reaches them.
    Component { id: pageComponent; PlanningPage { anchors.fill: parent } }

    TestCase {
        id: testCase
        name: "PlanningPage"
        when: windowShown

        readonly property var shortMonths: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

        function titleFor(date) {
            return shortMonths[date.getMonth()] + " " + date.getFullYear()
        }

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
        }

        function test_monthNavigation() {
            const page = createTemporaryObject(pageComponent, root)
            const title = findChild(page, "monthTitle")
            const list = findChild(page, "planningList")
            const today = new Date()

            mouseClick(findChild(page, "todayButton"))
            compare(title.text, titleFor(today))
            tryVerify(() => list.count >= 8, 20000) // twice a week

            mouseClick(findChild(page, "nextMonthButton"))
            compare(title.text, titleFor(new Date(today.getFullYear(), today.getMonth() + 1, 1)))
            tryVerify(() => list.count >= 8, 20000)

            mouseClick(findChild(page, "previousMonthButton"))
            mouseClick(findChild(page, "previousMonthButton"))
            compare(title.text, titleFor(new Date(today.getFullYear(), today.getMonth() - 1, 1)))

            mouseClick(findChild(page, "todayButton"))
            compare(title.text, titleFor(today))
            tryCompare(Client.planning, "loading", false, 20000)
            compare(findChild(page, "planningError").visible, false)
        }

        function test_farFutureMonthIsEmpty() {
            const page = createTemporaryObject(pageComponent, root)
            const list = findChild(page, "planningList")
            for (let i = 0; i < 9; ++i)
                mouseClick(findChild(page, "nextMonthButton"))
            tryCompare(Client.planning, "loading", false, 20000)
            tryCompare(list, "count", 0, 20000)
            const empty = findChild(page, "emptyLabel")
            tryCompare(empty, "visible", true, 20000)
            compare(empty.text, "Er zijn in deze maand geen bezoeken gepland.")
            mouseClick(findChild(page, "todayButton"))
        }
    }
}
