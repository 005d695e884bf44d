// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import CarePortal

// A computer without a keychain (ctest runs this folder with no D-Bus session): the shell
// says that nothing is kept here, once (not again on Home for the session). The notice can be
// closed, and comes back at the next login.
Item {
    id: root
    width: 360
    height: 640

    Component {
        id: shellComponent
        Control {
            font.pixelSize: Theme.fontSize
            contentItem: AppShell {}
        }
    }

    TestCase {
        name: "CacheNotice"
        when: windowShown

        function logIn() {
            App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
            tryCompare(App.session, "state", Session.LoggedIn, 20000)
        }

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn)
                logIn()
        }

        function test_closeUntilTheNextLogin() {
            const shell = createTemporaryObject(shellComponent, root, { width: 360, height: 640 })
            const notice = findChild(shell, "cacheNotice")
            tryCompare(notice, "visible", true, 5000)
            verify(notice.text.indexOf("sleutelbos") >= 0, notice.text)
            verify(notice.text.indexOf("opnieuw in") >= 0, "it says what it means for the session")
            // Said once: the session's own notice (on Home) does not repeat it.
            verify(App.session.notice.indexOf("sleutelbos") < 0, App.session.notice)
            const page = findChild(shell, "pageLoader")
            verify(page.y >= notice.y + notice.height, "the page starts under the notice")

            const close = findChild(notice, "bannerAction")
            compare(close.text, "Sluiten")
            mouseClick(close)
            compare(notice.visible, false)
            compare(page.y, 0)

            App.session.logout()
            tryCompare(App.session, "state", Session.LoggedOut, 20000)
            logIn()
            tryCompare(notice, "visible", true, 5000)
        }
    }
}
