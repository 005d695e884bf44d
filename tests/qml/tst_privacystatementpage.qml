// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal

// "Privacyverklaring" from the login screen against the real server: readable without a
// session, in paragraphs with headings, in the app's language; back leads to login.
Item {
    id: root
    width: 800
    height: 700

    Component { id: pageComponent; PrivacyStatementPage { anchors.fill: parent } }

    TestCase {
        name: "PrivacyStatementPage"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state === Session.LoggedIn) {
                App.session.logout()
                tryCompare(App.session, "state", Session.LoggedOut, 20000)
            }
        }

        function cleanupTestCase() {
            App.language.code = "nl"
            Navigation.loginPage = "login"
        }

        function test_readableWithoutLogin() {
            const page = createTemporaryObject(pageComponent, root)
            tryCompare(App.privacyStatement, "status", PrivacyStatementLoader.Ready, 20000)
            compare(App.session.state, Session.LoggedOut)
            verify(App.privacyStatement.text.indexOf("Autoriteit Persoonsgegevens") > 0)
            verify(findChild(page, "privacyUpdatedOn").text.indexOf("Bijgewerkt op") === 0)
            const paragraphs = findChild(page, "privacyParagraphs")
            verify(paragraphs.count >= 5, paragraphs.count)
            // The title paragraph is not repeated; the first one shown is "Wie zijn wij".
            compare(paragraphs.itemAt(0).children[0].text, "Wie zijn wij")
        }

        function test_followsTheLanguage() {
            const page = createTemporaryObject(pageComponent, root)
            tryCompare(App.privacyStatement, "status", PrivacyStatementLoader.Ready, 20000)
            App.language.code = "en"
            verify(App.privacyStatement.text.indexOf("Privacy statement") === 0)
            compare(findChild(page, "privacyParagraphs").itemAt(0).children[0].text, "Who we are")
            App.language.code = "nl"
            verify(App.privacyStatement.text.indexOf("Privacyverklaring") === 0)
        }

        function test_backLeadsToLogin() {
            Navigation.loginPage = "privacy"
            const page = createTemporaryObject(pageComponent, root)
            mouseClick(findChild(page, "privacyBackButton"))
            compare(Navigation.loginPage, "login")
        }
    }
}
