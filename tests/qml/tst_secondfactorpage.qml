// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal
import CarePortalTest

// The code screen of a login when the organisation asks for a second factor, against the
// real server: where the text message went, a wrong code, "Géén code ontvangen?" (too
// soon), the right code from the outbox. The setting is switched off again at the end.
Item {
    id: root
    width: 800
    height: 700

    Component { id: pageComponent; SecondFactorPage { anchors.fill: parent } }

    TestCase {
        name: "SecondFactorPage"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedOut)
                App.session.logout()
            compare(TestServer.admin(["set-second-factor", "--required", "yes"]), 0)
            compare(TestServer.admin(["set-phone", "--username", "j.voorbeeld@example.nl",
                                      "--phone", "06-12345678"]), 0)
        }

        function cleanupTestCase() {
            compare(TestServer.admin(["set-second-factor", "--required", "no"]), 0)
        }

        function test_codeByTextMessage() {
            App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
            tryCompare(App.session, "state", Session.SecondFactorRequired, 20000)
            const page = createTemporaryObject(pageComponent, root)
            const explanation = findChild(page, "factorExplanation")
            // A non-breaking hyphen keeps the number on one line.
            verify(explanation.text.indexOf("06\u2011•••••678") >= 0, explanation.text)
            verify(findChild(page, "resendCodeButton").visible)
            compare(findChild(page, "rememberDeviceBox").checked, false)

            const field = findChild(page, "factorCodeField")
            const code = TestServer.newestSmsCode("06-12345678")
            compare(code.length, 6)
            field.text = code === "000000" ? "000001" : "000000"
            mouseClick(findChild(page, "factorSubmitButton"))
            const error = findChild(page, "factorError")
            tryVerify(() => error.text.indexOf("niet juist") >= 0, 20000, error.text)
            compare(App.session.state, Session.SecondFactorRequired)

            mouseClick(findChild(page, "resendCodeButton"))
            tryVerify(() => error.text.indexOf("seconden") >= 0, 20000, error.text)

            field.text = code
            mouseClick(findChild(page, "factorSubmitButton"))
            tryCompare(App.session, "state", Session.LoggedIn, 20000)
        }
    }
}
