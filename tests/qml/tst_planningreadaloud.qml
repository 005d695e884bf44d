// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// "Voorlezen" on the planning page: the day's or the month's visits, from the bar on a wide
// window and from "Meer" on a phone. The test machines have only flite (no Dutch voice, no
// sound card), so saying anything ends in a clear message there, which is what is checked;
// with a voice and a sound card "Stop voorlezen" shows instead.
Item {
    id: root
    width: 900
    height: 700

    Component { id: pageComponent; PlanningPage { anchors.fill: parent } }

    TestCase {
        name: "PlanningReadAloud"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
        }

        function init() {
            root.width = 900
        }

        function loaded(page) {
            mouseClick(findChild(page, "todayButton"))
            tryCompare(Client.planning, "loading", false, 20000)
            tryVerify(() => findChild(page, "planningList").count > 0, 20000)
        }

        // Speaking, or told why not; never nothing.
        function expectSpeechOrMessage(page) {
            const message = findChild(page, "readAloudMessage")
            const stop = findChild(page, "stopReadingButton")
            tryVerify(() => stop.visible || message.visible, 5000, "speaking or a message")
            if (message.visible) {
                verify(message.text.startsWith("Voorlezen "), message.text)
                mouseClick(findChild(message, "bannerAction"))
                compare(message.visible, false)
            } else {
                mouseClick(stop)
                compare(stop.visible, false)
            }
        }

        function test_fromTheBar() {
            const page = createTemporaryObject(pageComponent, root)
            loaded(page)
            const button = findChild(page, "readAloudButton")
            verify(button.visible, "flite is installed: Voorlezen is offered")
            compare(button.text, "Voorlezen")
            verify(button.height >= 48)
            const menu = findChild(page, "readAloudMenu")
            mouseClick(button)
            tryCompare(menu, "opened", true, 3000)
            waitForItemPolished(menu.contentItem) // its entries laid out, as on screen
            const month = findChild(menu.contentItem, "readMonthItem")
            compare(month.text, "Deze maand voorlezen")
            mouseClick(month)
            tryCompare(menu, "visible", false, 3000)
            expectSpeechOrMessage(page)
        }

        function test_todayOnlyInThisMonth() {
            const page = createTemporaryObject(pageComponent, root)
            loaded(page)
            const menu = findChild(page, "readAloudMenu")
            const today = findChild(menu.contentItem, "readTodayItem")
            verify(today.enabled)
            mouseClick(findChild(page, "nextMonthButton"))
            // Only the month on screen is loaded: of today nothing can be said from there.
            verify(!today.enabled)
            mouseClick(findChild(page, "todayButton"))
            verify(today.enabled)
            mouseClick(findChild(page, "readAloudButton"))
            tryCompare(menu, "opened", true, 3000)
            waitForItemPolished(menu.contentItem) // its entries laid out, as on screen
            mouseClick(today)
            expectSpeechOrMessage(page)
        }

        function test_fromMeerOnAPhone() {
            root.width = 360
            const page = createTemporaryObject(pageComponent, root)
            loaded(page)
            verify(!findChild(page, "readAloudButton").visible)
            const menu = findChild(page, "moreActionsMenu")
            mouseClick(findChild(page, "moreActionsButton"))
            tryCompare(menu, "opened", true, 3000)
            waitForItemPolished(menu.contentItem) // its entries laid out, as on screen
            const month = findChild(menu.contentItem, "readMonthMoreItem")
            verify(month.visible)
            verify(month.height >= 48)
            verify(findChild(menu.contentItem, "readTodayMoreItem").enabled)
            mouseClick(month)
            expectSpeechOrMessage(page)
        }
    }
}
