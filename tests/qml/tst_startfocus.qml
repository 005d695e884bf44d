// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// Issue 27, item 11: a page with a form starts with the keyboard in its first field, so
// that typing goes somewhere without a click first. (The login and "Kies uw wachtwoord"
// are checked in the whole shell by tst_passwordchange.)
Item {
    id: root
    width: 900
    height: 900

    Component { id: loginComponent; LoginPage { anchors.fill: parent } }
    Component { id: forgotComponent; ForgotPasswordPage { anchors.fill: parent } }
    Component { id: registrationComponent; RegistrationPage { anchors.fill: parent } }
    Component { id: secondFactorComponent; SecondFactorPage { anchors.fill: parent } }
    Component { id: requestFormComponent; ContactRequestForm { anchors.fill: parent; requestId: "" } }
    Component { id: personFormComponent; ContactPersonForm { anchors.fill: parent; personId: "" } }
    Component { id: securityComponent; SecondFactorSection { width: parent.width } }

    TestCase {
        name: "StartFocus"
        when: windowShown

        function cleanup() {
            App.passwordReset.restart()
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function startsIn(component, fieldName) {
            const page = createTemporaryObject(component, root)
            verify(page)
            const field = findChild(page, fieldName)
            verify(field, fieldName)
            tryVerify(() => field.activeFocus, 5000, fieldName + " has the keyboard")
            return { page: page, field: field }
        }

        function test_beforeLogin_data() {
            return [
                { tag: "Inloggen", component: loginComponent, field: "usernameField" },
                { tag: "Wachtwoord vergeten?", component: forgotComponent, field: "resetUsernameField" },
                { tag: "Aanmelden cliëntportaal", component: registrationComponent, field: "requesterFirstNameFieldInput" },
                { tag: "Inlogcode", component: secondFactorComponent, field: "factorCodeField" },
            ]
        }
        function test_beforeLogin(data) {
            const shown = startsIn(data.component, data.field)
            typeText("12")
            compare(shown.field.text, "12", "what is typed lands in the field")
        }

        function test_forms_data() {
            return [
                { tag: "Nieuw contactverzoek", component: requestFormComponent, field: "subjectBox" },
                { tag: "Contactpersoon toevoegen", component: personFormComponent, field: "nameFieldInput" },
            ]
        }
        function test_forms(data) {
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
            startsIn(data.component, data.field)
        }

        // Accountbeveiliging: the password asked before a change takes the keyboard as soon
        // as its form opens. (The section alone: the page's confirmation dialogs are item 13's.)
        function test_accountSecurityStepUp() {
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
            App.secondFactor.reload()
            const page = createTemporaryObject(securityComponent, root)
            const change = findChild(page, "changePhoneButton")
            tryVerify(() => change.visible, 20000)
            mouseClick(change)
            const password = findChild(page, "factorPasswordInput")
            tryVerify(() => password.activeFocus, 5000, "the current password has the keyboard")
        }
    }
}
