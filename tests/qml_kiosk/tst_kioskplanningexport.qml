// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// On a kiosk the planning offers no export and no printout: nothing may stay behind on
// the shared PC, so neither the month's buttons nor a visit's "In agenda zetten" are shown.
Item {
    id: root
    width: 1280
    height: 800

    Component { id: pageComponent; PlanningPage { anchors.fill: parent } }

    TestCase {
        name: "KioskPlanningExport"
        when: windowShown

        function initTestCase() {
            verify(App.kiosk)
            tryVerify(() => App.session.state !== Session.Starting, 20000)
        }

        function test_noExportOnAKiosk() {
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
            App.idle.reset()
            const page = createTemporaryObject(pageComponent, root)
            const list = findChild(page, "planningList")
            mouseClick(findChild(page, "todayButton"))
            tryVerify(() => list.count > 0, 20000)
            verify(!findChild(page, "exportCalendarButton").visible)
            verify(!findChild(page, "printButton").visible)
            // Nor in a visit's detail.
            mouseClick(findChild(page, "nextMonthButton"))
            tryCompare(Client.planning, "loading", false, 20000)
            tryVerify(() => list.count > 0, 20000)
            let row = null
            tryVerify(() => (row = list.itemAtIndex(0)) !== null, 5000)
            verify(!row.isPast)
            mouseClick(row)
            let detail = null
            tryVerify(() => (detail = findChild(page, "visitDetail")) !== null, 5000)
            tryVerify(() => findChild(detail, "visitDetailCarer") !== null, 5000)
            verify(!findChild(detail, "exportVisitButton").visible)
        }
    }
}
