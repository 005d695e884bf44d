// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal
import CarePortalTest
import "../qml/controls.js" as Controls

// Walks every screen of the shell, before and after login, and fails on any visible
// interactive control a screen reader would announce without a name or without a role.
// Names and roles are read through the accessibility interface AT-SPI uses.
Item {
    id: root
    width: 1280
    height: 800

    Component { id: shellComponent; AppShell { anchors.fill: parent } }
    Component {
        id: organisationComponent
        ChooseOrganisationPage { anchors.fill: parent; directory: OrganisationDirectoryModel {} }
    }

    TestCase {
        name: "AccessibleNames"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
        }

        function cleanupTestCase() {
            Navigation.loginPage = "login"
            Navigation.show("home")
        }

        function checkScreen(shell, loaderName, screen) {
            const loader = findChild(shell, loaderName)
            tryCompare(loader, "status", Loader.Ready, 10000)
            tryVerify(() => Controls.visibleControls(loader).length > 0, 10000, screen + ": controls found")
            wait(500) // lists and cards fill in
            const unnamed = []
            for (const control of Controls.visibleControls(shell)) {
                const name = TestAccessibility.nameOf(control).trim()
                if (name.length === 0 || TestAccessibility.roleOf(control) === 0)
                    unnamed.push(Controls.describe(control))
            }
            compare(unnamed.join("; "), "", screen + ": controls without an accessible name or role")
        }

        function checkControls(item, screen) {
            const unnamed = []
            for (const control of Controls.visibleControls(item)) {
                const name = TestAccessibility.nameOf(control).trim()
                if (name.length === 0 || TestAccessibility.roleOf(control) === 0)
                    unnamed.push(Controls.describe(control))
            }
            compare(unnamed.join("; "), "", screen + ": controls without an accessible name or role")
        }

        // "Selecteer organisatie", shown before the app is built: the list and the
        // confirmation of a choice.
        function test_chooseOrganisation() {
            const page = createTemporaryObject(organisationComponent, root)
            tryVerify(() => Controls.visibleControls(page).length > 3, 10000, "organisations listed")
            checkControls(page, "chooseOrganisation")
            mouseClick(findChild(page, "organisation_0"))
            tryCompare(findChild(page, "organisationConfirmation"), "visible", true)
            checkControls(page, "chooseOrganisation confirmation")
        }

        function test_loginScreens() {
            if (App.session.state !== Session.LoggedOut) {
                App.session.logout()
                tryCompare(App.session, "state", Session.LoggedOut, 20000)
            }
            const shell = createTemporaryObject(shellComponent, root)
            for (const screen of ["login", "forgotPassword", "privacy", "register"]) {
                Navigation.loginPage = screen
                checkScreen(shell, "loginLoader", screen)
            }
            Navigation.loginPage = "login"
        }

        function test_passwordFieldNamed() {
            if (App.session.state !== Session.LoggedOut) {
                App.session.logout()
                tryCompare(App.session, "state", Session.LoggedOut, 20000)
            }
            const shell = createTemporaryObject(shellComponent, root)
            let field = null
            tryVerify(() => (field = findChild(shell, "passwordFieldInput")) !== null, 10000)
            compare(TestAccessibility.nameOf(field), "Wachtwoord")
        }

        function test_pages() {
            App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
            tryCompare(App.session, "state", Session.LoggedIn, 20000)
            const shell = createTemporaryObject(shellComponent, root)
            for (const page of ["home", "contactDetails", "contactPersons", "planning", "dossier",
                                "contactRequests", "absence", "password", "security", "accessLog"]) {
                Navigation.show(page)
                checkScreen(shell, "pageLoader", page)
            }
        }
    }
}
