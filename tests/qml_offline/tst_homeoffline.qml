// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal
import CarePortalTest

// Issue 27, item 10, with the real app and the real server, which the test stops: Home says
// that what it shows was kept and since when, in the words every list uses ("Geen
// verbinding: u ziet de bewaarde gegevens."); a month of the planning that was never kept
// says so, and when it will be, instead of only an error; with the server back both go.
Item {
    id: root
    width: 1024
    height: 720

    Component { id: homeComponent; HomePage { anchors.fill: parent } }
    Component { id: planningComponent; PlanningPage { anchors.fill: parent } }

    TestCase {
        name: "HomeOffline"
        when: windowShown

        readonly property string kept: "Geen verbinding: u ziet de bewaarde gegevens."

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
            tryVerify(() => Client.planning.hasData && !Client.planning.loading, 20000)
            tryVerify(() => Client.planning.nextVisit.dateText !== undefined, 20000)
        }

        function cleanupTestCase() {
            if (!TestServer.isRunning())
                verify(TestServer.start())
        }

        function test_1_homeSaysWhatItShowsWasKept() {
            const home = createTemporaryObject(homeComponent, root)
            const freshness = findChild(home, "homeFreshness")
            verify(freshness)
            compare(freshness.visible, false, "with a connection there is nothing to say")

            TestServer.stop()
            Client.planning.refresh()
            tryCompare(Client.planning, "offline", true, 30000)
            tryCompare(freshness, "visible", true, 5000)
            verify(freshness.text.startsWith(kept), freshness.text)
            verify(/Laatst bijgewerkt: \d\d-\d\d-\d{4} \d\d:\d\d/.test(freshness.text), freshness.text)
            // What was kept is still shown.
            compare(findChild(home, "nextVisitLabel").visible, true)
        }

        // The planning says it in the same words as Home and the lists (it said "Offline —
        // bijgewerkt op …" on its own), and keeps showing the kept month.
        function test_1b_planningSaysItInTheSameWords() {
            verify(!TestServer.isRunning())
            const planning = createTemporaryObject(planningComponent, root)
            const banner = findChild(planning, "offlineBanner")
            verify(banner)
            tryCompare(banner, "visible", true, 5000)
            verify(banner.text.startsWith(kept), banner.text)
            verify(/Laatst bijgewerkt: \d\d-\d\d-\d{4} \d\d:\d\d/.test(banner.text), banner.text)
            compare(findChild(planning, "planningUpdated").visible, false, "said once, not twice")
            verify(Client.planning.rowCount() > 0)
        }

        function test_2_aMonthNeverKeptSaysWhen() {
            verify(!TestServer.isRunning())
            // Far ahead: outside the months kept by themselves.
            Client.planning.showMonth(new Date(new Date().getFullYear() + 3, 5, 1))
            tryCompare(Client.planning, "loading", false, 30000)
            compare(Client.planning.hasData, false)
            compare(Client.planning.offline, true)
            const message = Client.planning.errorMessage
            verify(message.startsWith("Geen verbinding. Deze maand is niet bewaard om zonder verbinding te bekijken."), message)
            verify(/bewaart vanzelf \w+ \d{4} tot en met \w+ \d{4}/.test(message), message)
            verify(message.indexOf("als u die bekijkt terwijl er verbinding is") > 0, message)
            Client.planning.goToToday()
            tryCompare(Client.planning, "loading", false, 30000)
            compare(Client.planning.hasData, true, "this month was kept")
        }

        function test_3_backOnline() {
            const home = createTemporaryObject(homeComponent, root)
            const freshness = findChild(home, "homeFreshness")
            verify(TestServer.start())
            Client.planning.refresh()
            tryCompare(Client.planning, "offline", false, 30000)
            tryCompare(freshness, "visible", false, 5000)
            const planning = createTemporaryObject(planningComponent, root)
            compare(findChild(planning, "offlineBanner").visible, false)
            const updated = findChild(planning, "planningUpdated")
            tryCompare(updated, "visible", true, 5000)
            verify(updated.text.startsWith("Laatst bijgewerkt: "), updated.text)
        }
    }
}
