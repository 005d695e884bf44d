// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal
import "controls.js" as Controls

// The login screen in the portal's words, its errors, and a real login.
Item {
    id: root
    width: 800
    height: 700

    // TestCase itself is invisible: pages live in this visible root so input reaches them.
    Component { id: pageComponent; LoginPage { anchors.fill: parent } }

    TestCase {
        id: testCase
        name: "LoginPage"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedOut) {
                App.session.logout()
                tryCompare(App.session, "state", Session.LoggedOut, 20000)
            }
        }

        // Taps the button as a user would: scrolled into sight first.
        function clickLogin(page) {
            const button = findChild(page, "loginButton")
            Controls.scrollIntoView(button)
            mouseClick(button)
        }

        function test_1_showsThePortalFields() {
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            tryCompare(findChild(page, "organisationField"), "text", "Thuiszorg De Linde", 20000)
            compare(findChild(page, "loginButton").text, "Inloggen")
            verify(findChild(page, "usernameField"))
            verify(findChild(page, "passwordFieldInput"))
            compare(findChild(page, "loginError").visible, false)
        }

        function test_2_emptyFieldsExplainWhatIsMissing() {
            const page = createTemporaryObject(pageComponent, root)
            clickLogin(page)
            const error = findChild(page, "loginError")
            tryCompare(error, "visible", true)
            compare(error.text, "Vul uw gebruikersnaam en wachtwoord in.")
        }

        function test_3_wrongPasswordIsRefused() {
            const page = createTemporaryObject(pageComponent, root)
            findChild(page, "usernameField").text = "j.voorbeeld@example.nl"
            findChild(page, "passwordFieldInput").text = "Onjuist!1"
            clickLogin(page)
            tryCompare(App.session, "busy", false, 20000)
            tryVerify(() => App.session.errorMessage.indexOf("onjuist") >= 0, 20000)
            compare(App.session.state, Session.LoggedOut)
        }

        function test_4_rightPasswordLogsIn() {
            const page = createTemporaryObject(pageComponent, root)
            findChild(page, "usernameField").text = "j.voorbeeld@example.nl"
            const password = findChild(page, "passwordFieldInput")
            password.text = "Welkom!2026"
            password.forceActiveFocus()
            keyClick(Qt.Key_Return)
            tryCompare(App.session, "state", Session.LoggedIn, 20000)
            compare(App.session.displayName, "de heer J. Voorbeeld")
        }
    }
}
