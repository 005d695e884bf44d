// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// "Accountbeveiliging" against the real server: linking an authenticator app shows its QR
// code and key after the password; "Overal uitloggen" asks first, then ends every session
// of the account, this one included, and says so on the login screen.
Item {
    id: root
    width: 800
    height: 1000

    Component { id: pageComponent; AccountSecurityPage { anchors.fill: parent } }

    TestCase {
        name: "AccountSecurityPage"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
            verify(Organisation.hasAccountSecurity)
        }

        function test_linkingShowsTheQrCodeAfterThePassword() {
            const page = createTemporaryObject(pageComponent, root)
            const status = findChild(page, "factorStatus")
            tryVerify(() => status.visible && !App.secondFactor.busy, 20000)
            verify(status.text.length > 0)
            mouseClick(findChild(page, "changeFactorButton"))
            // No factor required by the demo organisation: the password is enough.
            compare(findChild(page, "stepUpCodeField").visible, false)
            findChild(page, "factorPasswordInput").text = "Fout!2026"
            mouseClick(findChild(page, "factorContinueButton"))
            const error = findChild(page, "factorSetupError")
            tryVerify(() => error.text.indexOf("wachtwoord") >= 0, 20000, error.text)
            findChild(page, "factorPasswordInput").text = "Welkom!2026"
            mouseClick(findChild(page, "factorContinueButton"))
            const qr = findChild(page, "authenticatorQrCode")
            tryVerify(() => qr.visible, 20000)
            verify(qr.modules >= 29, "a version 3 code or larger for an otpauth link")
            const secret = findChild(page, "authenticatorSecret")
            compare(secret.text.replace(/ /g, "").length, 32)
            App.secondFactor.cancel()
            tryVerify(() => !qr.visible)
        }

        function init() {
            App.secondFactor.cancel() // no notice or key of the test before
        }

        function test_changeTheSmsNumber() {
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => findChild(page, "factorStatus").visible && !App.secondFactor.busy, 20000)
            mouseClick(findChild(page, "changePhoneButton"))
            const phone = findChild(page, "newPhoneField")
            verify(phone.visible)
            phone.text = "12"
            findChild(page, "factorPasswordInput").text = "Welkom!2026"
            mouseClick(findChild(page, "factorContinueButton"))
            verify(phone.shownError.length > 0)
            compare(App.secondFactor.notice, "")
            phone.text = "06-87654321"
            mouseClick(findChild(page, "factorContinueButton"))
            tryVerify(() => App.secondFactor.notice.indexOf("gewijzigd") >= 0, 20000,
                      App.secondFactor.notice)
            const status = findChild(page, "factorStatus")
            tryVerify(() => status.text.indexOf("\u2011•••••321") >= 0, 20000, status.text)
            verify(!phone.visible)
        }

        function test_noAnswerChangesNothing() {
            const page = createTemporaryObject(pageComponent, root)
            mouseClick(findChild(page, "logoutEverywhereButton"))
            const dialog = findChild(page, "confirmLogoutEverywhere")
            tryCompare(dialog, "opened", true)
            dialog.reject()
            tryCompare(dialog, "visible", false)
            compare(App.session.state, Session.LoggedIn)
        }

        function test_logoutEverywhereEndsThisSessionToo() {
            const page = createTemporaryObject(pageComponent, root)
            mouseClick(findChild(page, "logoutEverywhereButton"))
            const dialog = findChild(page, "confirmLogoutEverywhere")
            tryCompare(dialog, "opened", true)
            dialog.accept()
            tryCompare(App.session, "state", Session.LoggedOut, 20000)
            verify(App.session.notice.indexOf("al uw apparaten") >= 0, App.session.notice)
            // The old session is gone on the server: logging in again is the only way back.
            App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
            tryCompare(App.session, "state", Session.LoggedIn, 20000)
        }
    }
}
