// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import CarePortal
import CarePortalTest
import "textfit.js" as TextFit

// Text at 200 % before logging in, on a phone and on a landscape tablet, in Dutch and in
// English: the login screen and what it leads to (forgotten password, registration, the
// privacy statement, the code of a second factor, the forced password change, choosing an
// organisation) keep every text whole and inside the window, and every control in it.
// A person who needs large text needs it most before the first login.
Item {
    id: root
    width: 1280
    height: 1280

    // As in the window: controls take their font from the window (Main.qml).
    Component {
        id: shellComponent
        Control {
            font.pixelSize: Theme.fontSize
            contentItem: AppShell {}
        }
    }
    Component {
        id: changePasswordComponent
        Control {
            font.pixelSize: Theme.fontSize
            contentItem: ChangePasswordPage { forced: true }
        }
    }
    Component {
        id: chooseOrganisationComponent
        Control {
            font.pixelSize: Theme.fontSize
            contentItem: ChooseOrganisationPage { directory: OrganisationDirectoryModel {} }
        }
    }

    TestCase {
        name: "LargeTextBeforeLogin"
        when: windowShown

        function logOut() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedOut) {
                App.session.logout()
                tryCompare(App.session, "state", Session.LoggedOut, 20000)
            }
        }

        function initTestCase() {
            logOut()
        }

        function init() {
            App.display.textPercent = 200
            compare(Theme.fontSize, 36)
        }

        function cleanup() {
            logOut()
            App.display.restoreDefaults()
            App.language.code = "nl"
            Navigation.loginPage = "login"
        }

        function cleanupTestCase() {
            compare(TestServer.admin(["set-second-factor", "--required", "no"]), 0)
        }

        function checkScreen(screen, where) {
            // Laid out at the new size: a layout arranges its items at its next polish.
            wait(300)
            const problems = TextFit.textProblems(screen).concat(TextFit.controlProblems(screen))
            verify(problems.length === 0, where + ": " + problems.join("; "))
        }

        function sizes_data() {
            return [
                // A phone's width, tall enough that the whole page is checked, not only
                // its top: the privacy statement broke "persoonsgegeve-ns" below the fold.
                { tag: "phone width 360, nl", width: 360, height: 6000, language: "nl" },
                { tag: "phone width 360, en", width: 360, height: 6000, language: "en" },
                { tag: "landscape tablet 1280x800, nl", width: 1280, height: 800, language: "nl" },
            ]
        }

        function test_loginPages_data() { return sizes_data() }
        function test_loginPages(data) {
            App.language.code = data.language
            const shell = createTemporaryObject(shellComponent, root, { width: data.width, height: data.height })
            verify(shell)
            const loader = findChild(shell, "loginLoader")
            for (const page of ["login", "forgotPassword", "register", "privacy"]) {
                Navigation.loginPage = page
                tryCompare(loader, "status", Loader.Ready, 10000)
                checkScreen(shell, data.tag + ", " + page)
            }
        }

        function test_secondFactor_data() { return sizes_data() }
        function test_secondFactor(data) {
            App.language.code = data.language
            compare(TestServer.admin(["set-second-factor", "--required", "yes"]), 0)
            compare(TestServer.admin(["set-phone", "--username", "j.voorbeeld@example.nl",
                                      "--phone", "06-12345678"]), 0)
            const shell = createTemporaryObject(shellComponent, root, { width: data.width, height: data.height })
            App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
            tryCompare(App.session, "state", Session.SecondFactorRequired, 20000)
            const loader = findChild(shell, "loginLoader")
            tryVerify(() => loader.status === Loader.Ready && findChild(loader.item, "factorExplanation") !== null,
                      10000, "the code screen is shown")
            checkScreen(shell, data.tag + ", second factor")
        }

        function test_forcedPasswordChange_data() { return sizes_data() }
        function test_forcedPasswordChange(data) {
            App.language.code = data.language
            const screen = createTemporaryObject(changePasswordComponent, root,
                                                 { width: data.width, height: data.height })
            checkScreen(screen, data.tag + ", forced password change")
        }

        function test_chooseOrganisation_data() { return sizes_data() }
        function test_chooseOrganisation(data) {
            App.language.code = data.language
            const screen = createTemporaryObject(chooseOrganisationComponent, root,
                                                 { width: data.width, height: data.height })
            tryVerify(() => findChild(screen, "organisationList").count > 0, 5000)
            checkScreen(screen, data.tag + ", choose organisation")
        }
    }
}
