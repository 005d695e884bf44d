// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import CarePortal
import CarePortalTest

// The kiosk's idle logout on screen, with a clock the test moves: the countdown appears
// 30 seconds before the end, a touch anywhere cancels it, and at the end the login screen
// is back with nothing of the previous person in the models or in the login form.
Item {
    id: root
    width: 1280
    height: 800

    FakeIdleClock { id: clock }
    Component { id: shellComponent; AppShell { anchors.fill: parent } }

    TestCase {
        name: "KioskIdle"
        when: windowShown

        readonly property int timeoutMs: App.idle.timeoutSeconds * 1000

        function initTestCase() {
            verify(App.kiosk)
            App.idle.clock = clock
            tryVerify(() => App.session.state !== Session.Starting, 20000)
        }

        function logIn() {
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
            App.idle.reset()
        }

        function test_countdownCancelledByATouch() {
            logIn()
            const shell = createTemporaryObject(shellComponent, root)
            const warning = findChild(shell, "idleWarning")
            verify(warning)
            clock.advance(timeoutMs - 31000)
            verify(!warning.visible)
            clock.advance(2000)
            tryCompare(warning, "visible", true, 2000)
            compare(App.idle.secondsLeft, 29)
            compare(findChild(shell, "idleSecondsLeft").text, "U wordt over 29 seconden uitgelogd.")
            clock.advance(10000)
            compare(findChild(shell, "idleSecondsLeft").text, "U wordt over 19 seconden uitgelogd.")
            // A touch anywhere on the screen, not only on the button: the time starts again,
            // so the old deadline passes without a logout.
            mouseClick(shell, 20, root.height - 20)
            tryCompare(warning, "visible", false, 2000)
            clock.advance(25000)
            verify(!warning.visible)
            compare(App.session.state, Session.LoggedIn)
        }

        function test_logoutLeavesNothing() {
            logIn()
            const shell = createTemporaryObject(shellComponent, root)
            Navigation.show("planning")
            tryVerify(() => Client.planning.rowCount() > 0, 20000)
            verify(App.session.displayName.length > 0)
            // The previous person's large text and high contrast go too.
            App.display.textPercent = 200
            App.display.highContrast = true
            clock.advance(timeoutMs - 20000)
            tryCompare(findChild(shell, "idleWarning"), "visible", true, 2000)
            clock.advance(20000)
            tryCompare(App.session, "state", Session.LoggedOut, 5000)
            compare(App.session.displayName, "")
            compare(Client.planning.rowCount(), 0)
            compare(Client.contactDetails.rowCount(), 0)
            compare(Dossier.latest.rowCount(), 0)
            compare(Navigation.currentPage, "home")
            compare(App.display.textPercent, 100)
            verify(!App.display.highContrast)
            tryVerify(() => findChild(shell, "usernameField") !== null, 5000)
            verify(!findChild(shell, "idleWarning").visible)
        }

        function test_halfTypedLoginIsCleared() {
            if (App.session.state !== Session.LoggedOut) {
                App.session.logout()
                tryCompare(App.session, "state", Session.LoggedOut, 5000)
            }
            const shell = createTemporaryObject(shellComponent, root)
            let field = null
            tryVerify(() => (field = findChild(shell, "usernameField")) !== null, 5000)
            field.text = "iemand@example.nl"
            // The previous person's failed login leaves a message: it goes too.
            App.session.login("iemand@example.nl", "verkeerd")
            tryVerify(() => App.session.errorMessage.length > 0, 20000)
            App.idle.reset()
            clock.advance(timeoutMs)
            tryVerify(() => {
                const fresh = findChild(shell, "usernameField")
                return fresh !== null && fresh.text === ""
            }, 5000)
            compare(App.session.errorMessage, "")
            compare(App.session.notice, "")
        }

        function test_noRememberedDevice() {
            verify(!App.session.canRememberDevice)
        }
    }
}
