// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal
import CarePortalTest

// Issue 27, as a new client meets it in the whole shell at the default window size
// (1024x720), with the keyboard only: typing starts in the first field of the login and of
// "Kies uw wachtwoord"; "Wachtwoord wijzigen" keeps its button in the window and leads back
// to Home, which says so as a success (not in a notice's amber); after a later ordinary
// logout the login screen does not say it again, and a notice there never pushes "English /
// Weergave / Over CarePortal" out of the window.
Item {
    id: root
    width: 1024
    height: 720

    Component { id: shellComponent; AppShell { anchors.fill: parent } }

    TestCase {
        name: "PasswordChange"
        when: windowShown

        readonly property string username: "p.wissel@example.nl"
        property string password: ""

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedOut) {
                App.session.logout()
                tryCompare(App.session, "state", Session.LoggedOut, 20000)
            }
            // A client of our own (staff's create-client), so that changing the password
            // leaves the demo accounts of the other tests alone.
            const letter = TestServer.adminOutput(["create-client", "--salutation", "mevrouw",
                                                   "--initials", "P.", "--surname", "Wissel",
                                                   "--username", username])
            const found = /Eenmalig wachtwoord:\s+(\S+)/.exec(letter)
            verify(found, "the letter names the one-time password: " + letter)
            password = found[1]
        }

        function cleanupTestCase() {
            if (App.session.state !== Session.LoggedOut)
                App.session.logout()
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function inWindow(item) {
            const top = item.mapToItem(root, 0, 0).y
            return item.visible && top >= 0 && top + item.height <= root.height + 0.5
        }

        function loggedInShell() {
            const shell = createTemporaryObject(shellComponent, root)
            verify(shell)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login(username, password)
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
            return shell
        }

        function changeThroughTheForm(shell, next) {
            const current = findChild(shell, "currentPasswordFieldInput")
            verify(current)
            tryVerify(() => current.activeFocus, 5000, "typing starts in the first field")
            typeText(password)
            keyClick(Qt.Key_Return) // on to the next field
            typeText(next)
            keyClick(Qt.Key_Return)
            typeText(next)
            compare(findChild(shell, "repeatPasswordFieldInput").text, next)
            keyClick(Qt.Key_Return) // sends
            password = next
        }

        // "Kies uw wachtwoord" took no keys until clicked (issue 27, item 11).
        function test_1_firstLoginTypesIntoTheFirstFields() {
            const shell = createTemporaryObject(shellComponent, root)
            const user = findChild(shell, "usernameField")
            verify(user)
            tryVerify(() => user.activeFocus, 5000, "the login starts in Gebruikersnaam")
            typeText(username)
            keyClick(Qt.Key_Return)
            typeText(password)
            keyClick(Qt.Key_Return)
            tryCompare(App.session, "state", Session.PasswordChangeRequired, 20000)
            changeThroughTheForm(shell, "Wissel!2027")
            tryCompare(App.session, "state", Session.LoggedIn, 20000)
        }

        // Item 9: the button stays in the window; afterwards Home, with a success.
        function test_2_changeFromTheMenuLeadsHomeWithASuccess() {
            const shell = loggedInShell()
            Navigation.show("password")
            const loader = findChild(shell, "pageLoader")
            tryVerify(() => loader.status === Loader.Ready && loader.shownPage === "password", 5000)
            const button = findChild(loader.item, "changePasswordButton")
            verify(button)
            waitForItemPolished(loader.item)
            verify(inWindow(button), "Wijzig wachtwoord lies inside the window, at "
                   + button.mapToItem(root, 0, 0).y + " + " + button.height)

            changeThroughTheForm(shell, "Wissel!2028")
            tryCompare(Navigation, "currentPage", "home", 20000)
            tryVerify(() => loader.status === Loader.Ready && loader.shownPage === "home", 5000)
            const confirmation = findChild(loader.item, "homeConfirmation")
            verify(confirmation)
            tryCompare(confirmation, "visible", true, 5000)
            compare(confirmation.text, "Uw wachtwoord is gewijzigd.")
            compare(confirmation.isSuccess, true)
            verify(Qt.colorEqual(confirmation.color, Theme.successBackground),
                   "a success, not the amber of a notice: " + confirmation.color)
            verify(!Qt.colorEqual(confirmation.color, Theme.noticeBackground))
            compare(App.session.notice, "")

            // Said once: another page, and it is gone.
            Navigation.show("about")
            compare(App.session.confirmation, "")
            Navigation.show("home")
        }

        // Item 4: a later ordinary logout.
        function test_3_aLaterLogoutDoesNotSayItAgain() {
            const shell = loggedInShell()
            App.session.logout()
            tryCompare(App.session, "state", Session.LoggedOut, 20000)
            const notice = findChild(shell, "loginNotice")
            verify(notice)
            compare(notice.visible, false, "the login screen says: " + notice.text)
            compare(App.session.notice, "")
            compare(App.session.confirmation, "")
        }

        // Item 4: a notice on the login screen (here: logged out everywhere) leaves the
        // language, Weergave and Over CarePortal in the window.
        function test_4_aNoticeKeepsTheTopBarInTheWindow() {
            const shell = loggedInShell()
            App.session.logoutEverywhere()
            tryCompare(App.session, "state", Session.LoggedOut, 20000)
            const notice = findChild(shell, "loginNotice")
            tryCompare(notice, "visible", true, 5000)
            const loader = findChild(shell, "loginLoader")
            waitForItemPolished(loader.item)
            for (const name of ["loginLanguageSwitch", "loginDisplayButton", "loginAboutButton"]) {
                const button = findChild(shell, name)
                verify(button, name)
                verify(inWindow(button), name + " lies inside the window, at "
                       + button.mapToItem(root, 0, 0).y)
            }
            App.session.clearNotice()
        }
    }
}
