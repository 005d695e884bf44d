// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// Mijn contactdetails and Contactpersonen at the window's minimum width (360 px): the
// explanation wraps, and every button and row stays on screen.
Item {
    id: root
    width: 360
    height: 640

    Component { id: detailsComponent; ContactDetailsPage { anchors.fill: parent } }
    Component { id: personsComponent; ContactPersonsPage { anchors.fill: parent } }

    TestCase {
        name: "ContactsNarrow"
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
            return item.visible && p.x >= 0 && p.y >= 0 && p.x + item.width <= root.width + 0.5
        }


        function test_contactDetails() {
            const page = createTemporaryObject(detailsComponent, root)
            tryCompare(Client.contactDetails, "status", ClientListModel.Ready, 20000)
            const list = findChild(page, "contactDetailsList")
            tryVerify(() => list.count > 0, 20000)
            verify(onScreen(findChild(page, "editDetailsButton")))
            mouseClick(findChild(page, "editDetailsButton"))
            tryVerify(() => onScreen(findChild(page, "addDetailButton")), 5000)
            verify(onScreen(list))
            verify(list.contentItem.children.length > 0)
        }

        function test_contactPersons() {
            const page = createTemporaryObject(personsComponent, root)
            tryCompare(Client.contactPersons, "status", ClientListModel.Ready, 20000)
            const list = findChild(page, "contactPersonsList")
            tryVerify(() => list.count > 0, 20000)
            verify(onScreen(findChild(page, "addPersonButton")))
            verify(onScreen(list))
        }
    }
}
