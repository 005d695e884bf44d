// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import CarePortal
import "controls.js" as Controls

// What an account may see follows its link to the client shown (ClientLink.rights): the
// demo's representative is legal representative of J. Voorbeeld (every part) and
// authorised contact person of C. Test (by default no dossier and no access log). The
// menu offers only the parts the link opens, and Home shows no dossier card without it.
Item {
    id: root
    width: 1280
    height: 1400

    Component { id: shellComponent; AppShell {} }

    TestCase {
        name: "LinkRights"
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
            App.session.login("r.vertegenwoordiger@example.nl", "Welkom!2026")
            tryCompare(App.session, "state", Session.LoggedIn, 20000)
            tryVerify(() => Organisation.hasDossier && Organisation.hasAccessLog, 20000)
        }

        // The other pages' tests log in as the client himself.
        function cleanupTestCase() {
            logOutIfNeeded()
        }

        function menuEntry(shell, page) {
            return findChild(findChild(shell, "pinnedMenu"), "menu_" + page)
        }

        function test_menuFollowsTheLink() {
            const shell = createTemporaryObject(shellComponent, root, { width: root.width, height: root.height })
            verify(shell)
            App.session.chooseClient("client-c-test")
            compare(App.session.clientName, "mevrouw C. Test")
            verify(App.session.rights.indexOf("dossier") < 0, "the contact link has no dossier")
            tryVerify(() => Controls.shown(menuEntry(shell, "planning")), 5000, "planning is offered")
            verify(Controls.shown(menuEntry(shell, "contactRequests")))
            verify(!Controls.shown(menuEntry(shell, "dossier")), "no dossier for a contact person")
            verify(!Controls.shown(menuEntry(shell, "accessLog")), "no access log for a contact person")
            const card = findChild(shell, "dossierLatestCard")
            verify(!card || !Controls.shown(card), "Home shows no dossier card")

            // Switching to the client she is legal representative of opens every part.
            App.session.switchClient()
            App.session.chooseClient("client-j-voorbeeld")
            compare(App.session.clientName, "de heer J. Voorbeeld")
            tryVerify(() => Controls.shown(menuEntry(shell, "dossier")), 5000, "the dossier is offered")
            verify(Controls.shown(menuEntry(shell, "accessLog")))
        }
    }
}
