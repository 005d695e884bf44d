// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import CarePortal
import "controls.js" as Controls
import "textfit.js" as TextFit

// The business portal's Home, Facturen and Projecten, and an invoice's and a project's
// detail, on a phone (400 px) at 100 % and 200 % text: no text cut off or on top of
// another, no control out of the window.
Item {
    id: root
    width: 400
    height: 860

    Component { id: shellComponent; AppShell {} }

    TestCase {
        name: "BusinessNarrow"
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
            for (const organisation of App.session.business.organisations) {
                if (App.session.business.organisations.length > 1 && organisation.name === "Woonstichting De Kade")
                    App.session.business.chooseOrganisation(organisation.id)
            }
            tryCompare(App.session.business, "organisationName", "Woonstichting De Kade", 20000)
        }
        function cleanupTestCase() { logOutIfNeeded() }
        function cleanup() {
            App.display.restoreDefaults()
            Navigation.show("home")
        }

        // Only the page: the organisation banner above it is the frame's.
        function checkScreen(item, where) {
            const problems = TextFit.textProblems(item).concat(TextFit.controlProblems(item))
            verify(problems.length === 0, where + ": " + problems.join("; "))
        }
        function shown(shell, page, model) {
            Navigation.show(page)
            const loader = findChild(shell, "pageLoader")
            tryCompare(loader, "status", Loader.Ready, 10000)
            tryCompare(model, "status", ClientListModel.Ready, 20000)
            return loader.item
        }
        function opened(stack, rowName) {
            let row = null
            tryVerify(() => (row = findChild(stack, rowName)) !== null, 10000, rowName + " shown")
            stack.currentItem.openRequested(row.itemId)
            tryCompare(stack, "busy", false, 5000)
            return stack.currentItem
        }

        function test_pages_data() {
            return [
                { tag: "phone 400x860 at 100 %", percent: 100 },
                { tag: "phone 400x860 at 200 %", percent: 200 },
            ]
        }
        function test_pages(data) {
            App.display.textPercent = data.percent
            const shell = createTemporaryObject(shellComponent, root, { width: root.width, height: root.height })
            verify(shell)

            let page = shown(shell, "home", Business.correspondence)
            tryVerify(() => Controls.shown(findChild(page, "askQuestionButton")), 10000)
            wait(300)
            checkScreen(page, data.tag + ", Home")

            page = shown(shell, "invoices", Business.invoices)
            let stack = findChild(page, "invoicesStack")
            wait(300)
            checkScreen(page, data.tag + ", Facturen")
            const invoice = opened(stack, "invoice_0")
            tryCompare(Business.invoices, "detailLoading", false, 20000)
            wait(300)
            checkScreen(invoice, data.tag + ", a Factuur")

            page = shown(shell, "projects", Business.projects)
            stack = findChild(page, "projectsStack")
            Business.projects.mineOnly = false
            tryCompare(Business.projects, "status", ClientListModel.Ready, 20000)
            wait(300)
            checkScreen(page, data.tag + ", Projecten")
            const project = opened(stack, "project_0")
            wait(300)
            checkScreen(project, data.tag + ", a project")
        }
    }
}
