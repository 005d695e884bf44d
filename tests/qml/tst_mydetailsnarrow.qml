// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import CarePortal
import "textfit.js" as TextFit

// Mijn gegevens of the business portal on a phone (400 px) at 200 % text: the tiles, every
// view and both forms show their texts whole, nothing on top of another, nothing out of
// the window.
Item {
    id: root
    width: 400
    height: 2400

    // As in the window: controls take their font from the window (Main.qml).
    Component {
        id: pageComponent
        Control {
            font.pixelSize: Theme.fontSize
            contentItem: MyDetailsPage {}
        }
    }

    TestCase {
        name: "MyDetailsNarrow"
        when: windowShown

        function logOutIfNeeded() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedOut) {
                App.session.logout()
                tryCompare(App.session, "state", Session.LoggedOut, 20000)
            }
        }
        function initTestCase() {
            logOutIfNeeded()
            App.session.login("m.kademaker@example.nl", "Welkom!2026")
            tryCompare(App.session, "state", Session.LoggedIn, 20000)
            if (App.session.business.organisationId !== "demo-business-de-kade")
                App.session.business.chooseOrganisation("demo-business-de-kade")
            tryCompare(App.session.business, "organisationId", "demo-business-de-kade", 20000)
        }
        function cleanupTestCase() {
            App.display.restoreDefaults()
            logOutIfNeeded()
        }

        function checkScreen(item, where) {
            const problems = TextFit.textProblems(item).concat(TextFit.controlProblems(item))
            verify(problems.length === 0, where + ": " + problems.join("; "))
        }
        function settled(shell) {
            const stack = findChild(shell, "myDetailsStack")
            tryCompare(stack, "busy", false, 10000)
            wait(300)
            return stack.currentItem
        }

        function test_views_data() {
            return [
                { tag: "tiles", tile: "", button: "" },
                { tag: "own contact", tile: "ownContactTile", button: "" },
                { tag: "own contact form", tile: "ownContactTile", button: "editOwnContactButton" },
                { tag: "organisation", tile: "organisationTile", button: "" },
                { tag: "colleagues", tile: "colleaguesTile", button: "" },
                { tag: "colleague form", tile: "colleaguesTile", button: "addColleagueButton" },
                { tag: "colleague detail", tile: "colleaguesTile", button: "detail" },
            ]
        }
        function test_views(data) {
            App.display.textPercent = 200
            compare(Theme.fontSize, 36)
            const shell = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height })
            settled(shell)
            if (data.tile.length > 0) {
                mouseClick(findChild(shell, data.tile))
                settled(shell)
            }
            if (data.tile === "ownContactTile")
                tryVerify(() => Business.ownContact.contact.itemId !== undefined, 20000)
            if (data.tile === "organisationTile")
                tryVerify(() => Business.organisation.details.itemId !== undefined, 20000)
            if (data.tile === "colleaguesTile")
                tryCompare(Business.colleagues, "status", ClientListModel.Ready, 20000)
            if (data.button === "detail") {
                settled(shell).openRequested(App.session.business.ownContactId)
            } else if (data.button.length > 0) {
                const button = findChild(shell, data.button)
                tryCompare(button, "enabled", true, 20000)
                mouseClick(button)
            }
            const shown = settled(shell)
            verify(shown)
            checkScreen(shell, "400 px at 200 %, " + data.tag)
        }
    }
}
