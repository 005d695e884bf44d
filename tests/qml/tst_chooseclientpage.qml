// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// An account that acts for two clients, against the real server: after login it chooses
// whose data to see, the banner names that client, and switching asks again.
Item {
    id: root
    width: 800
    height: 700

    Component { id: chooserComponent; ChooseClientPage { anchors.fill: parent } }
    Component { id: bannerComponent; ClientBanner { width: 800 } }

    TestCase {
        name: "ChooseClientPage"
        when: windowShown

        function logOutIfNeeded() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedOut) {
                App.session.logout()
                tryCompare(App.session, "state", Session.LoggedOut, 20000)
            }
        }

        function initTestCase() {
            logOutIfNeeded()
            App.session.login("r.vertegenwoordiger@example.nl", "Welkom!2026")
            tryCompare(App.session, "state", Session.LoggedIn, 20000)
        }

        // The other pages' tests log in as the client himself.
        function cleanupTestCase() {
            logOutIfNeeded()
        }

        function test_chooseThenSwitch() {
            verify(App.session.needsClientChoice)
            verify(App.session.actsForOthers)
            compare(App.session.clientId, "")
            const page = createTemporaryObject(chooserComponent, root)
            const choices = findChild(page, "clientChoices")
            tryCompare(choices, "count", 2)
            // Its rows come at the list's next polish, after the count.
            tryVerify(() => findChild(page, "chooseClient_client-j-voorbeeld") !== null, 5000)

            mouseClick(findChild(page, "chooseClient_client-j-voorbeeld"))
            compare(App.session.clientId, "client-j-voorbeeld")
            verify(!App.session.needsClientChoice)
            // His planning, for him, as his representative.
            tryCompare(Client.planning, "loading", false, 20000)

            const banner = createTemporaryObject(bannerComponent, root)
            compare(findChild(banner, "clientBannerText").text,
                    "U bekijkt de gegevens van de heer J. Voorbeeld")
            const switchButton = findChild(banner, "clientBannerSwitch")
            verify(switchButton.visible)
            mouseClick(switchButton)
            verify(App.session.needsClientChoice)
            compare(App.session.clientId, "")

            const again = createTemporaryObject(chooserComponent, root)
            tryCompare(findChild(again, "clientChoices"), "count", 2)
            mouseClick(findChild(again, "chooseClient_client-c-test"))
            compare(App.session.clientName, "mevrouw C. Test")
        }
    }
}
