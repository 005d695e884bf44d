// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import CarePortal
import CarePortalTest

// A question to a project's leader asked without a connection (seed 004, issue 19): it is
// kept, said once (QueuedDialog), shown under the project as "Wacht op verzending", and
// sent once the organisation can be reached again.
Item {
    id: root
    width: 1000
    height: 1200

    Component { id: projectsComponent; ProjectsPage { anchors.fill: parent } }

    TestCase {
        name: "BusinessOffline"
        when: windowShown

        readonly property string question: "Kan de nachtzorg ook op feestdagen een extra ronde lopen?"

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
            for (const organisation of App.session.business.organisations) {
                if (App.session.business.organisations.length > 1 && organisation.name === "Woonstichting De Kade")
                    App.session.business.chooseOrganisation(organisation.id)
            }
            tryCompare(App.session.business, "organisationName", "Woonstichting De Kade", 20000)
        }
        // The server back, and the client's login for the tests after this one.
        function cleanupTestCase() {
            if (!TestServer.isRunning())
                verify(TestServer.start())
            logOutIfNeeded()
        }

        function test_questionKeptAndSentLater() {
            const page = createTemporaryObject(projectsComponent, root)
            tryCompare(Business.projects, "status", ClientListModel.Ready, 20000)
            Business.projects.mineOnly = false
            tryCompare(Business.projects, "status", ClientListModel.Ready, 20000)
            const stack = findChild(page, "projectsStack")
            let row = null
            tryVerify(() => (row = findChild(stack, "project_0")) !== null, 20000)
            stack.currentItem.openRequested(row.itemId)
            tryCompare(stack, "busy", false, 5000)
            const detail = stack.currentItem

            TestServer.stop()
            const field = findChild(detail, "questionFieldArea")
            field.forceActiveFocus()
            field.insert(0, question)
            const send = findChild(detail, "sendQuestionButton")
            tryCompare(send, "enabled", true)
            mouseClick(send)
            const queued = findChild(page, "queuedDialog")
            tryCompare(queued, "opened", true, 30000)
            compare(findChild(detail, "questionSentDialog").visible, false, "not said to be sent")
            keyClick(Qt.Key_Return)
            tryCompare(queued, "visible", false, 5000)

            let asked = null
            tryVerify(() => (asked = findChild(detail, "askedQuestion_0")) !== null, 5000)
            compare(asked.modelData.question, question)
            compare(findChild(asked, "askedState").text, "Wacht op verzending")

            verify(TestServer.start())
            App.outbox.sendNow()
            tryCompare(App.outbox, "waitingCount", 0, 30000)
            tryVerify(() => {
                const shown = findChild(detail, "askedQuestion_0")
                return shown !== null && findChild(shown, "askedState").text.indexOf("Verstuurd op") === 0
            }, 20000, "sent once the server is back")
        }
    }
}
