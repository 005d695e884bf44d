// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import CarePortal

// English as an English reader expects it, where the Dutch sentence does not carry over
// word for word.
Item {
    id: root
    width: 1024
    height: 720

    Component {
        id: shellComponent
        Control {
            font.pixelSize: Theme.fontSize
            contentItem: AppShell {}
        }
    }

    TestCase {
        name: "EnglishTexts"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
        }

        function cleanup() {
            App.language.code = "nl"
            Navigation.show("home")
        }

        function textsUnder(item) {
            const found = []
            const walk = it => {
                if (typeof it.text === "string" && it.text.length > 0)
                    found.push(it.text)
                for (let i = 0; i < it.children.length; ++i)
                    walk(it.children[i])
            }
            walk(item)
            return found
        }

        // "Welcome mevrouw C. Test" reads as an order; English puts a comma before the name.
        function test_welcomeHasItsComma() {
            App.language.code = "en"
            const shell = createTemporaryObject(shellComponent, root, { width: root.width, height: root.height })
            Navigation.show("home")
            const loader = findChild(shell, "pageLoader")
            tryCompare(loader, "status", Loader.Ready, 10000)
            const welcome = textsUnder(loader.item).filter(t => t.startsWith("Welcome"))
            compare(welcome.length, 1, welcome.join(" | "))
            compare(welcome[0], "Welcome, " + App.session.displayName)
        }
    }
}
