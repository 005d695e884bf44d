// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// "Wachtwoord vergeten?" against the real server, for a name that has no account: the
// same answer as for a real one (on to the code step), the send button only with both
// fields, the set button only with an 8-digit code and a password that meets the rules,
// and the server's refusal of the code shown at the form.
Item {
    id: root
    width: 600
    height: 900

    Component { id: pageComponent; ForgotPasswordPage { anchors.fill: parent } }

    TestCase {
        name: "ForgotPasswordPage"
        when: windowShown

        // As the login screen's "Wachtwoord vergeten?" does before opening the page.
        function init() {
            App.passwordReset.restart()
        }

        function typeInto(field, text) {
            field.forceActiveFocus()
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        // A careportal:// link (at start-up, or handed over by a second start) opens the
        // page at the code step with the code filled in; loading the page keeps that.
        function test_linkOpenedBeforeThePageLoads() {
            verify(App.passwordReset.openLink("careportal://reset-password?user=iemand%40example.nl&code=12345678"))
            const page = createTemporaryObject(pageComponent, root)
            compare(App.passwordReset.step, PasswordReset.Confirm)
            verify(findChild(page, "resetCodeField").visible)
            compare(findChild(page, "resetCodeField").text, "12345678")
        }

        function test_unknownAccountGetsTheSameSteps() {
            const page = createTemporaryObject(pageComponent, root)
            compare(App.passwordReset.step, PasswordReset.Request)
            const send = findChild(page, "sendCodeButton")
            compare(send.enabled, false)
            typeInto(findChild(page, "resetUsernameField"), "nobody@example.nl")
            compare(send.enabled, false)
            typeInto(findChild(page, "resetEmailField"), "nobody@example.nl")
            compare(send.enabled, true)
            mouseClick(send)
            tryCompare(App.passwordReset, "step", PasswordReset.Confirm, 20000)
            verify(findChild(page, "codeSentLabel").visible)

            const set = findChild(page, "setPasswordButton")
            typeInto(findChild(page, "resetCodeField"), "1234")
            findChild(page, "resetNewPasswordField").text = "Nieuw#Wachtwoord26"
            findChild(page, "resetRepeatPasswordField").text = "Nieuw#Wachtwoord26"
            compare(set.enabled, false) // the code is 8 digits
            typeInto(findChild(page, "resetCodeField"), "5678")
            tryCompare(set, "enabled", true, 5000)
            mouseClick(set)
            tryVerify(() => App.passwordReset.errorMessage.length > 0, 20000)
            verify(findChild(page, "resetError").text.indexOf("code") >= 0)
            compare(App.passwordReset.step, PasswordReset.Confirm)

            mouseClick(findChild(page, "backToLoginButton"))
            compare(Navigation.loginPage, "login")
            compare(App.passwordReset.step, PasswordReset.Request)
        }
    }
}
