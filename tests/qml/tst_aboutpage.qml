// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal
import "controls.js" as Controls

// "Over CarePortal" is a page of the page table: the menu lists it below the portal's
// pages and the shell shows it with its title; before login the login screen opens the
// same page, with a way back.
Item {
    id: root
    // Tall enough for the whole menu: "Over CarePortal" is its last entry.
    width: 1280
    height: 1400

    Component { id: shellComponent; AppShell {} }

    TestCase {
        name: "AboutPage"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
        }

        function cleanup() {
            Navigation.show("home")
            Navigation.loginPage = "login"
        }

        function logIn() {
            if (App.session.state === Session.LoggedIn)
                return
            App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
            tryCompare(App.session, "state", Session.LoggedIn, 20000)
        }

        function showsLicences(page) {
            const version = findChild(page, "aboutVersion")
            verify(version && Controls.shown(version), "the version is shown")
            compare(version.text, "Versie 0.0-test")
            verify(findChild(page, "licence_Qt Virtual Keyboard"), "the licences are listed")
            const own = findChild(page, "aboutOwnLicence")
            verify(Controls.shown(own), "CarePortal's own licence is named")
            verify(own.text.indexOf("GPL-3.0-or-later") >= 0, own.text)
        }

        // The full GPL text opens on the page and closes again; its lines are joined into
        // paragraphs, so it wraps to the window.
        function readsTheLicenceText(page) {
            const button = findChild(page, "aboutLicenceTextButton")
            const text = findChild(page, "aboutLicenceText")
            verify(Controls.shown(button))
            verify(!Controls.shown(text), "the text waits until asked for")
            mouseClick(button)
            tryVerify(() => Controls.shown(text), 5000)
            verify(text.text.indexOf("GNU GENERAL PUBLIC LICENSE") >= 0, "the GPL itself")
            verify(text.text.indexOf("Version 3, 29 June 2007") >= 0)
            verify(text.text.indexOf("either version 3 of the License, or") >= 0,
                   "joined across the file's line ends")
            compare(button.text, "Licentietekst verbergen")
            mouseClick(button)
            tryVerify(() => !Controls.shown(text), 5000)
            compare(page.licenceText, "", "not held once hidden")
        }

        function test_a_beforeLogin() {
            if (App.session.state === Session.LoggedIn) {
                App.session.logout()
                tryCompare(App.session, "state", Session.LoggedOut, 20000)
            }
            const shell = createTemporaryObject(shellComponent, root, { width: root.width, height: root.height })
            verify(shell)
            const loader = findChild(shell, "loginLoader")
            tryCompare(loader, "status", Loader.Ready, 10000)
            const open = findChild(shell, "loginAboutButton")
            verify(open && Controls.shown(open))
            mouseClick(open)
            tryVerify(() => findChild(shell, "aboutPage") !== null, 10000, "the about page opens")
            const page = findChild(shell, "aboutPage")
            showsLicences(page)
            readsTheLicenceText(page)
            const back = findChild(page, "aboutBackButton")
            verify(Controls.shown(back), "before login the page has a way back")
            mouseClick(back)
            compare(Navigation.loginPage, "login")
            tryVerify(() => findChild(shell, "loginAboutButton") !== null, 10000, "back at the login screen")
        }

        function test_b_menuEntry() {
            logIn()
            const shell = createTemporaryObject(shellComponent, root, { width: root.width, height: root.height })
            verify(shell)
            const entry = findChild(findChild(shell, "pinnedMenu"), "menu_about")
            verify(entry && Controls.shown(entry), "the menu lists Over CarePortal")
            compare(entry.text, "Over CarePortal")
            const planning = findChild(findChild(shell, "pinnedMenu"), "menu_planning")
            verify(entry.mapToItem(null, 0, 0).y > planning.mapToItem(null, 0, 0).y,
                   "below the portal's pages")
            mouseClick(entry)
            const loader = findChild(shell, "pageLoader")
            tryVerify(() => loader.status === Loader.Ready && loader.shownPage === "about", 10000)
            verify(entry.highlighted, "its entry is marked as the page shown")
            compare(findChild(shell, "pageTitle").text, "Over CarePortal")
            const page = findChild(shell, "aboutPage")
            showsLicences(page)
            verify(!Controls.shown(findChild(page, "aboutBackButton")), "after login the menu leads back")
        }
    }
}
